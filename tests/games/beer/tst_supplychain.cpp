// SPDX-License-Identifier: GPL-3.0-or-later
// The Beer Game's weekly rules, checked with exact numbers worked out by hand.
#include "server/games/beer/BeerBots.h"
#include "server/games/beer/SupplyChain.h"
#include "server/games/beer/BeerDemand.h"

#include <QTest>

#include <numeric>

using namespace steward::beer;
using namespace Qt::StringLiterals;

namespace {

const std::array<QString, RoleCount> ByPlayers{u"player"_s, u"player"_s, u"player"_s, u"player"_s};

std::array<int, RoleCount> passThroughOrders(const SupplyChain &chain)
{
    std::array<int, RoleCount> orders{};
    for (BeerRole r : AllRoles)
        orders[index(r)] = chain.role(r).current()->incomingOrder;
    return orders;
}

SupplyChain chainFor(const BeerConfig &c, quint64 seed = 1)
{
    return SupplyChain(c, demandSeries(c.demand, c.weeks, seed));
}

} // namespace

class TestSupplyChain : public QObject
{
    Q_OBJECT
private slots:
    void startsPrimedWithFours()
    {
        const SupplyChain chain = chainFor(BeerConfig{});
        QCOMPARE(chain.week(), 1);
        for (BeerRole r : AllRoles) {
            const WeekRecord *w = chain.role(r).current();
            QVERIFY(w);
            // Week 1: 12 in stock + 4 arriving, 4 ordered and shipped: 12 left, cost 0.5 x 12.
            QCOMPARE(w->incomingShipment, 4);
            QCOMPARE(w->incomingOrder, 4);
            QCOMPARE(w->shipped, 4);
            QCOMPARE(w->inventory, 12);
            QCOMPARE(w->backlog, 0);
            QCOMPARE(w->cost, 6.0);
            QVERIFY(!w->order.has_value());
        }
    }

    void steadyStateStaysSteady()
    {
        BeerConfig c;
        c.demand.pattern = u"constant"_s;
        c.demand.value = 4;
        c.weeks = 10;
        SupplyChain chain = chainFor(c);
        while (!chain.finished())
            chain.closeWeek(passThroughOrders(chain), ByPlayers);
        for (BeerRole r : AllRoles) {
            QCOMPARE(chain.role(r).weeks.size(), 10);
            for (const WeekRecord &w : chain.role(r).weeks) {
                QCOMPARE(w.inventory, 12);
                QCOMPARE(w.backlog, 0);
                QCOMPARE(*w.order, 4);
            }
            QCOMPARE(chain.role(r).cumulativeCost, 60.0);
        }
    }

    void stepDemandWithPassThroughWeekByWeek()
    {
        SupplyChain chain = chainFor(BeerConfig{});
        for (int w = 0; w < 8; ++w)
            chain.closeWeek(passThroughOrders(chain), ByPlayers);
        const QList<WeekRecord> &retailer = chain.role(BeerRole::Retailer).weeks;
        const QList<int> inventory{12, 12, 12, 12, 8, 4, 0, 0};
        const QList<int> backlog{0, 0, 0, 0, 0, 0, 0, 4};
        const QList<int> arriving{4, 4, 4, 4, 4, 4, 4, 4};
        const QList<double> cost{6, 6, 6, 6, 4, 2, 0, 4};
        for (int w = 0; w < 8; ++w) {
            QCOMPARE(retailer.at(w).incomingShipment, arriving.at(w));
            QCOMPARE(retailer.at(w).inventory, inventory.at(w));
            QCOMPARE(retailer.at(w).backlog, backlog.at(w));
            QCOMPARE(retailer.at(w).cost, cost.at(w));
        }
        // Week 9: the wholesaler shipped the retailer's week-5 order of 8 in week 7.
        const WeekRecord &week9 = chain.role(BeerRole::Retailer).weeks.at(8);
        QCOMPARE(week9.incomingShipment, 8);
        QCOMPARE(week9.incomingOrder, 8);
        QCOMPARE(week9.shipped, 8);
        QCOMPARE(week9.backlog, 4);
        // The wholesaler sees the retailer's week-5 jump in week 7.
        QCOMPARE(chain.role(BeerRole::Wholesaler).weeks.at(5).incomingOrder, 4);
        QCOMPARE(chain.role(BeerRole::Wholesaler).weeks.at(6).incomingOrder, 8);
    }

    void passThroughCostsMatchTheBoardGame()
    {
        SupplyChain chain = chainFor(BeerConfig{});
        while (!chain.finished())
            chain.closeWeek(passThroughOrders(chain), ByPlayers);
        QCOMPARE(chain.role(BeerRole::Retailer).cumulativeCost, 330.0);
        QCOMPARE(chain.role(BeerRole::Wholesaler).cumulativeCost, 242.0);
        QCOMPARE(chain.role(BeerRole::Distributor).cumulativeCost, 154.0);
        QCOMPARE(chain.role(BeerRole::Factory).cumulativeCost, 66.0);
        QCOMPARE(chain.totalCost(), 792.0);
        QCOMPARE(chain.week(), 37);
    }

    void ordersArriveUpstreamTwoWeeksLater()
    {
        SupplyChain chain = chainFor(BeerConfig{});
        chain.closeWeek({9, 4, 4, 4}, ByPlayers); // week 1: retailer orders 9
        chain.closeWeek({4, 4, 4, 4}, ByPlayers); // week 2
        QCOMPARE(chain.role(BeerRole::Wholesaler).weeks.at(1).incomingOrder, 4);
        QCOMPARE(chain.role(BeerRole::Wholesaler).current()->incomingOrder, 9); // week 3
        QCOMPARE(chain.role(BeerRole::Wholesaler).current()->shipped, 9);
        // ...and what the wholesaler ships in week 3 reaches the retailer in week 5.
        chain.closeWeek({4, 4, 4, 4}, ByPlayers);
        QCOMPARE(chain.role(BeerRole::Retailer).current()->incomingShipment, 4); // week 4
        chain.closeWeek({4, 4, 4, 4}, ByPlayers);
        QCOMPARE(chain.role(BeerRole::Retailer).current()->incomingShipment, 9); // week 5
    }

    void factoryBrewsForThreeWeeks()
    {
        SupplyChain chain = chainFor(BeerConfig{});
        chain.closeWeek({4, 4, 4, 20}, ByPlayers); // week 1: factory starts 20
        QCOMPARE(chain.role(BeerRole::Factory).current()->incomingShipment, 4); // week 2: primed slot
        chain.closeWeek({4, 4, 4, 4}, ByPlayers);
        QCOMPARE(chain.role(BeerRole::Factory).current()->incomingShipment, 4); // week 3: primed slot
        chain.closeWeek({4, 4, 4, 4}, ByPlayers);
        QCOMPARE(chain.role(BeerRole::Factory).current()->incomingShipment, 20); // week 4
        QCOMPARE(chain.role(BeerRole::Factory).current()->inventory, 28);
    }

    void backlogIsServedFirst()
    {
        BeerConfig c;
        c.initialInventory = 0;
        c.demand.pattern = u"constant"_s;
        c.demand.value = 6;
        SupplyChain chain = chainFor(c);
        const WeekRecord &w1 = *chain.role(BeerRole::Retailer).current();
        QCOMPARE(w1.shipped, 4); // only the 4 that arrived
        QCOMPARE(w1.backlog, 2);
        QCOMPARE(w1.cost, 2.0);
        chain.closeWeek({6, 6, 6, 6}, ByPlayers);
        const WeekRecord &w2 = *chain.role(BeerRole::Retailer).current();
        QCOMPARE(w2.shipped, 4);
        QCOMPARE(w2.backlog, 4); // 2 owed + 6 ordered - 4 shipped
        QCOMPARE(w2.cumulativeCost, 6.0);
    }

    void customCostsAndDelays()
    {
        BeerConfig c;
        c.holdingCost = 1.0;
        c.backlogCost = 3.0;
        c.shippingDelay = 1;
        c.initialInventory = 2;
        c.demand.pattern = u"constant"_s;
        c.demand.value = 10;
        SupplyChain chain = chainFor(c);
        const WeekRecord &w1 = *chain.role(BeerRole::Retailer).current();
        QCOMPARE(w1.incomingShipment, 4);
        QCOMPARE(w1.backlog, 4); // 2 + 4 in stock, 10 wanted
        QCOMPARE(w1.cost, 12.0);
        chain.closeWeek({10, 10, 10, 10}, ByPlayers);
        // With a one-week shipping delay the wholesaler's week-1 shipment (4) is here in week 2.
        QCOMPARE(chain.role(BeerRole::Retailer).current()->incomingShipment, 4);
    }

    void inventoryCorrectionRecomputesTheWeek()
    {
        SupplyChain chain = chainFor(BeerConfig{});
        chain.correctInventory(BeerRole::Distributor, 20);
        const WeekRecord &w = *chain.role(BeerRole::Distributor).current();
        QCOMPARE(w.inventory, 20);
        QCOMPARE(*w.correctedFrom, 12);
        QCOMPARE(w.cost, 10.0);
        QCOMPARE(w.cumulativeCost, 10.0);
        chain.closeWeek({4, 4, 4, 4}, ByPlayers);
        QCOMPARE(chain.role(BeerRole::Distributor).current()->inventory, 20);
    }

    void demandPatterns()
    {
        DemandConfig step;
        QCOMPARE(demandSeries(step, 7, 1), (QList<int>{4, 4, 4, 4, 8, 8, 8}));
        DemandConfig constant;
        constant.pattern = u"constant"_s;
        constant.value = 7;
        QCOMPARE(demandSeries(constant, 3, 1), (QList<int>{7, 7, 7}));
        DemandConfig list;
        list.pattern = u"list"_s;
        list.values = {3, 9, 5};
        QCOMPARE(demandSeries(list, 5, 1), (QList<int>{3, 9, 5, 5, 5}));

        DemandConfig normal;
        normal.pattern = u"normal"_s;
        normal.mean = 8;
        normal.sd = 2;
        const QList<int> a = demandSeries(normal, 5000, 42);
        QCOMPARE(demandSeries(normal, 5000, 42), a); // the seed fixes the series
        QVERIFY(demandSeries(normal, 5000, 43) != a);
        const double mean = std::accumulate(a.begin(), a.end(), 0.0) / a.size();
        double var = 0;
        for (int x : a)
            var += (x - mean) * (x - mean);
        var /= a.size() - 1;
        QVERIFY2(std::abs(mean - 8.0) < 0.1, qPrintable(QString::number(mean)));
        QVERIFY2(std::abs(std::sqrt(var) - 2.0) < 0.15, qPrintable(QString::number(std::sqrt(var))));
        QVERIFY(std::all_of(a.begin(), a.end(), [](int x) { return x >= 0; }));

        DemandConfig uniform;
        uniform.pattern = u"uniform"_s;
        uniform.min = 2;
        uniform.max = 6;
        const QList<int> u = demandSeries(uniform, 2000, 7);
        QCOMPARE(demandSeries(uniform, 2000, 7), u);
        for (int v = 2; v <= 6; ++v) {
            const auto n = std::count(u.begin(), u.end(), v);
            QVERIFY2(n > 300 && n < 500, qPrintable(u"%1 drawn %2 times"_s.arg(v).arg(n)));
        }
        QVERIFY(std::all_of(u.begin(), u.end(), [](int x) { return x >= 2 && x <= 6; }));
    }

    void stermanRule()
    {
        const StermanParams p; // θ 0.36, αS 0.26, β 0.34, S′ 17
        // 5.44 + 0.26 × (17 − 12 − 0.34 × 16) = 5.3256
        QCOMPARE(stermanOrder(p, 5.44, 12, 0, 16), 5);
        // 8 + 0.26 × (17 + 10 − 0.34 × 8) = 14.3128
        QCOMPARE(stermanOrder(p, 8.0, 0, 10, 8), 14);
        // Far too much stock: never a negative order.
        QCOMPARE(stermanOrder(p, 4.0, 60, 0, 20), 0);
    }

    void botsInTheChain()
    {
        const BeerConfig c;
        const SupplyChain chain = chainFor(c);
        // Week 1, retailer: L = 4, S = 12, SL = 16 primed − 4 received = 12 → 4.2392 → 4.
        QCOMPARE(chain.role(BeerRole::Retailer).supplyLine, 12);
        QCOMPARE(botOrder(u"sterman"_s, c, chain.role(BeerRole::Retailer)), 4);
        // Factory: SL = 12 in production − 4 = 8 → 4 + 0.26 × (17 − 12 − 2.72) = 4.5928 → 5.
        QCOMPARE(chain.role(BeerRole::Factory).supplyLine, 8);
        QCOMPARE(botOrder(u"sterman"_s, c, chain.role(BeerRole::Factory)), 5);
        // Base stock 28 − (12 + 12) = 4; pass-through orders what came in.
        QCOMPARE(botOrder(u"baseStock"_s, c, chain.role(BeerRole::Retailer)), 4);
        QCOMPARE(botOrder(u"passThrough"_s, c, chain.role(BeerRole::Wholesaler)), 4);
    }

    void smoothedDemandFollowsOrders()
    {
        SupplyChain chain = chainFor(BeerConfig{});
        for (int w = 0; w < 4; ++w)
            chain.closeWeek({4, 4, 4, 4}, ByPlayers);
        // Week 5: demand 8 → L = 0.36 × 8 + 0.64 × 4 = 5.44.
        QCOMPARE(chain.role(BeerRole::Retailer).expectedDemand, 5.44);
    }
};

QTEST_GUILESS_MAIN(TestSupplyChain)
#include "tst_supplychain.moc"
