// SPDX-License-Identifier: GPL-3.0-or-later
// The Beer Game's debrief: bullwhip ratios, costs and ranking, from hand-made weeks with numbers
// worked out by hand, and from 36 weeks of the real rules played by pass-through bots.
#include "server/games/beer/BeerDebrief.h"
#include "server/games/beer/BeerGame.h"
#include "server/games/beer/BeerKind.h"

#include <QJsonArray>
#include <QTest>

using namespace steward;
using namespace steward::beer;
using namespace Qt::StringLiterals;

namespace {

QJsonObject week(int w, int demand, const QList<int> &orders, double cumulative)
{
    QJsonObject roles;
    const QStringList ids{u"retailer"_s, u"wholesaler"_s, u"distributor"_s, u"factory"_s};
    for (int r = 0; r < 4; ++r)
        roles.insert(ids[r], QJsonObject{{u"order"_s, orders[r]}, {u"inventory"_s, 10 + r}, {u"backlog"_s, r},
                                         {u"cumulativeCost"_s, cumulative * (r + 1)}});
    return {{u"week"_s, w}, {u"customerDemand"_s, demand}, {u"roles"_s, roles}};
}

QJsonObject team(int number, const QJsonArray &weeks)
{
    return {{u"team"_s, number}, {u"weeks"_s, weeks}};
}

} // namespace

class TestBeerDebrief : public QObject
{
    Q_OBJECT
private slots:
    void varianceRatioAndRanking()
    {
        // Demand 4 4 8 8 (sample variance 16/3); the retailer orders 4 8 12 8 (32/3): ratio 2.
        // The wholesaler orders the same every week: ratio 0. The factory copies demand: ratio 1.
        const QJsonArray weeks{week(1, 4, {4, 6, 4, 4}, 1), week(2, 4, {8, 6, 8, 4}, 2),
                               week(3, 8, {12, 6, 4, 8}, 3), week(4, 8, {8, 6, 8, 8}, 4)};
        const QJsonArray flat{week(1, 4, {4, 4, 4, 4}, 2), week(2, 4, {4, 4, 4, 4}, 5)};
        const BeerDebrief d = BeerDebrief::fromHistory(
            {{u"config"_s, QJsonObject{{u"weeks"_s, 4}}},
             {u"teams"_s, QJsonArray{team(1, weeks), team(2, flat), team(3, weeks)}}});
        QCOMPARE(d.teams.size(), 3);
        const TeamDebrief &t1 = d.teams[0];
        QCOMPARE(t1.demand, (QList<int>{4, 4, 8, 8}));
        QCOMPARE(t1.roles[0].orders, (QList<int>{4, 8, 12, 8}));
        QVERIFY(t1.roles[0].varianceRatio);
        QCOMPARE(*t1.roles[0].varianceRatio, 2.0);
        QCOMPARE(*t1.roles[1].varianceRatio, 0.0);
        QCOMPARE(*t1.roles[3].varianceRatio, 1.0);
        // Costs: the last week's cumulative cost, 4 × (1 + 2 + 3 + 4) = 40 for the team.
        QCOMPARE(t1.roles[2].cost, 12.0);
        QCOMPARE(t1.cost, 40.0);
        // Demand that never moved gives no ratio, rather than a division by zero.
        QVERIFY(!d.teams[1].roles[0].varianceRatio);
        QCOMPARE(d.teams[1].cost, 50.0);
        // Teams 1 and 3 cost 40 and share first place; team 2 is third.
        QCOMPARE(d.teams[0].rank, 1);
        QCOMPARE(d.teams[2].rank, 1);
        QCOMPARE(d.teams[1].rank, 3);
        QVERIFY(d.team(2) && d.team(2)->team == 2);
        QVERIFY(!d.team(9));
        QVERIFY(!sampleVariance({7}));
    }

    void passThroughClassicGame()
    {
        // 36 weeks of the classic game, every seat played by a pass-through bot: the check
        // of the rules, 330 / 242 / 154 / 66, read back through the debrief.
        auto config = beer::BeerConfig::fromJson({{u"teams"_s, 2}, {u"bot"_s, u"passThrough"_s}});
        QVERIFY(config);
        beer::BeerGame game(config.value(), 7);
        beer::BeerKind kind;
        const Actor facilitator{ActorRole::Facilitator, u"admin"_s, {}, {}};
        const auto run = [&](const QString &type) {
            auto cmd = kind.parse(type, {});
            QVERIFY(cmd);
            auto decision = game.decide(cmd.value(), facilitator, 1000);
            QVERIFY2(decision, qPrintable(decision ? QString() : decision.error().message));
            for (const Event &e : decision->events)
                game.apply(e, 1000);
        };
        run(u"game.start"_s);
        for (int w = 0; w < 36; ++w)
            run(u"week.advance"_s);
        const BeerDebrief d = BeerDebrief::fromHistory(game.history());
        QCOMPARE(d.teams.size(), 2);
        for (const TeamDebrief &t : d.teams) {
            QCOMPARE(t.demand.size(), 36);
            QCOMPARE(t.roles[0].cost, 330.0);
            QCOMPARE(t.roles[1].cost, 242.0);
            QCOMPARE(t.roles[2].cost, 154.0);
            QCOMPARE(t.roles[3].cost, 66.0);
            QCOMPARE(t.cost, 792.0);
            QCOMPARE(t.rank, 1);
            // The retailer passes on exactly the customers' demand: no amplification at all.
            QCOMPARE(t.roles[0].orders, t.demand);
            QCOMPARE(*t.roles[0].varianceRatio, 1.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestBeerDebrief)
#include "tst_beerdebrief.moc"
