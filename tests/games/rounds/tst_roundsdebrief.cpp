// SPDX-License-Identifier: GPL-3.0-or-later
// A rounds table's analytics from its history: volume, where the numbers fell, the chi-square
// test of the draw against reference values, and the realised RTP round by round.
#include "server/games/rounds/RoundsDebrief.h"

#include <QJsonArray>
#include <QTest>

using namespace steward::rounds;
using namespace Qt::StringLiterals;

namespace {
QJsonObject round(qint64 n, QJsonValue number, int bets, qint64 stake, qint64 returned)
{
    return {{u"round"_s, n}, {u"number"_s, number}, {u"bets"_s, bets}, {u"stake"_s, stake}, {u"returned"_s, returned}};
}

QJsonObject paytable()
{
    return {{u"exact"_s, QJsonObject{{u"rtp"_s, 88.0}}}, {u"decade"_s, QJsonObject{{u"rtp"_s, 95.0}}},
            {u"highLow"_s, QJsonObject{{u"rtp"_s, 96.0}}}, {u"oddEven"_s, QJsonObject{{u"rtp"_s, 96.0}}}};
}
} // namespace

class TestRoundsDebrief : public QObject
{
    Q_OBJECT
private slots:
    void chiSquareSurvivalMatchesTables()
    {
        // Two degrees of freedom: exactly e^(-x/2).
        QVERIFY(qAbs(chiSquareSurvival(3.0, 2) - std::exp(-1.5)) < 1e-12);
        // The 5 % and 1 % critical values of the usual tables.
        QVERIFY(qAbs(chiSquareSurvival(3.841459, 1) - 0.05) < 1e-6);
        QVERIFY(qAbs(chiSquareSurvival(16.918978, 9) - 0.05) < 1e-6);
        QVERIFY(qAbs(chiSquareSurvival(21.665994, 9) - 0.01) < 1e-6);
        QVERIFY(qAbs(chiSquareSurvival(2.087901, 9) - 0.99) < 1e-6); // the series branch
        QCOMPARE(chiSquareSurvival(0, 9), 1.0);
    }

    void anEvenSpreadIsFair()
    {
        QJsonArray rounds;
        for (int i = 0; i < 20; ++i)
            rounds.append(round(i + 1, (i % 10) * 10 + 5, 2, 100, i % 2 ? 0 : 180));
        rounds.append(round(21, QJsonValue::Null, 3, 300, 0)); // open: not settled, not counted
        const RoundsDebrief d = RoundsDebrief::fromHistory({{u"rounds"_s, rounds}, {u"paytable"_s, paytable()}});
        QCOMPARE(d.rounds.size(), 20);
        for (int n : d.decades)
            QCOMPARE(n, 2);
        QCOMPARE(d.chiSquare, 0.0);
        QCOMPARE(d.pValue, 1.0);
        QCOMPARE(d.bets, 40);
        QCOMPARE(d.stake, 2000);
        QCOMPARE(d.returned, 1800);
        QCOMPARE(*d.realisedRtp(), 90.0);
        QCOMPARE(d.rounds.at(0).cumulativeRtp, 180.0); // 180 of 100
        QCOMPARE(d.rounds.at(1).cumulativeRtp, 90.0);  // 180 of 200
        QCOMPARE(d.rounds.at(2).cumulativeRtp, 120.0); // 360 of 300
        QCOMPARE(d.theoreticalLow, 88.0);
        QCOMPARE(d.theoreticalHigh, 96.0);
    }

    void aStuckDrawIsFlagged()
    {
        QJsonArray rounds;
        for (int i = 0; i < 10; ++i)
            rounds.append(round(i + 1, 7, 0, 0, 0));
        const RoundsDebrief d = RoundsDebrief::fromHistory({{u"rounds"_s, rounds}});
        QCOMPARE(d.decades[0], 10);
        // Expected 1 per decade: (10 − 1)² / 1 + 9 × (0 − 1)² / 1 = 90.
        QCOMPARE(d.chiSquare, 90.0);
        QVERIFY(d.pValue < 1e-14);
        QVERIFY(!d.realisedRtp());
        QCOMPARE(d.rounds.at(9).cumulativeRtp, -1.0);
    }

    void noRoundsNoVerdict()
    {
        const RoundsDebrief d = RoundsDebrief::fromHistory({});
        QVERIFY(d.rounds.isEmpty());
        QCOMPARE(d.pValue, 1.0);
        QVERIFY(!d.realisedRtp());
    }
};

QTEST_GUILESS_MAIN(TestRoundsDebrief)
#include "tst_roundsdebrief.moc"
