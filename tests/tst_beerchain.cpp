// SPDX-License-Identifier: GPL-3.0-or-later
// The Beer Game's weekly rules, checked with exact numbers.
#include "games/beer/BeerBots.h"
#include "games/beer/BeerChain.h"
#include "games/beer/BeerDemand.h"

#include <QTest>

using namespace steward::beer;
using namespace Qt::StringLiterals;

namespace {

// Every role passes on exactly what it receives as an order.
void playPassThrough(BeerChain &chain)
{
    while (!chain.finished()) {
        std::array<int, RoleCount> orders{};
        for (BeerRole r : AllRoles)
            orders[index(r)] = chain.role(r).current()->incomingOrder;
        chain.closeWeek(orders, {u"player"_s, u"player"_s, u"player"_s, u"player"_s});
    }
}

BeerChain classicChain()
{
    BeerConfig c;
    return BeerChain(c, demandSeries(c.demand, c.weeks, 1));
}

} // namespace

class TestBeerChain : public QObject
{
    Q_OBJECT
private slots:
    void passThroughCostsMatchTheBoardGame()
    {
        BeerChain chain = classicChain();
        playPassThrough(chain);
        QCOMPARE(chain.role(BeerRole::Retailer).cumulativeCost, 330.0);
        QCOMPARE(chain.role(BeerRole::Wholesaler).cumulativeCost, 242.0);
        QCOMPARE(chain.role(BeerRole::Distributor).cumulativeCost, 154.0);
        QCOMPARE(chain.role(BeerRole::Factory).cumulativeCost, 66.0);
    }
};

QTEST_GUILESS_MAIN(TestBeerChain)
#include "tst_beerchain.moc"
