// SPDX-License-Identifier: GPL-3.0-or-later
// The RTP report: sums and band checked against hand arithmetic, the band's false-alarm rate on
// simulated fair play, its power on a rigged table, the splits by operator and day, the CSV shape,
// and paging through a real rounds archive.
#include "ManualClock.h"
#include "server/games/rounds/betting/RoundsArchive.h"
#include "server/games/rounds/betting/RtpReport.h"
#include "server/core/GameHost.h"
#include "server/core/GameRegistry.h"
#include "server/store/Database.h"
#include "server/store/EventStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace steward;
using namespace steward::betting;
using namespace steward::rounds;
using namespace Qt::StringLiterals;

namespace {

struct SimBet
{
    QString betRef;
    QString type;
    int pick = 0;
    qint64 stake = 0;
};

// 2026-05-28T00:00:00Z
constexpr qint64 May28 = 1'779'926'400'000;
constexpr qint64 Day = 86'400'000;

// A settled round's public record, returns as the game pays them (floored).
QJsonObject record(qint64 round, qint64 closesAt, int number, const QList<SimBet> &bets,
                   const Paytable &paytable = Paytable::standard())
{
    QJsonArray list;
    qint64 stake = 0, returned = 0;
    for (const SimBet &b : bets) {
        QJsonObject j{{u"betRef"_s, b.betRef}, {u"type"_s, b.type}, {u"stake"_s, b.stake}, {u"clientSeed"_s, u""_s}};
        if (b.type == u"exact"_s || b.type == u"decade"_s)
            j.insert(u"pick"_s, b.pick);
        const Selection s = parseSelection(j).value();
        const qint64 r = s.wins(number) ? paytable.winningReturn(s.kind, b.stake) : 0;
        j.insert(u"return"_s, r);
        stake += b.stake;
        returned += r;
        list.append(j);
    }
    return {{u"round"_s, round}, {u"opensAt"_s, closesAt - 30'000}, {u"closesAt"_s, closesAt},
            {u"number"_s, number}, {u"stake"_s, stake}, {u"returned"_s, returned}, {u"bets"_s, list}};
}

// A bet of a random kind and pick, as a crowd of independent players would place it.
SimBet randomBet(QRandomGenerator &rng, const QString &betRef)
{
    static const QString Types[] = {u"exact"_s, u"decade"_s, u"high"_s, u"low"_s, u"odd"_s, u"even"_s};
    SimBet b;
    b.betRef = betRef;
    switch (rng.bounded(4)) {
    case 0: b.type = Types[0], b.pick = rng.bounded(100); break;
    case 1: b.type = Types[1], b.pick = rng.bounded(10); break;
    case 2: b.type = Types[2 + rng.bounded(2)]; break;
    default: b.type = Types[4 + rng.bounded(2)]; break;
    }
    // Any whole amount, so the floor of the returns is exercised too.
    b.stake = rng.bounded(100, 10'001);
    return b;
}

QJsonObject cellOf(const QJsonArray &byKind, const QString &kind)
{
    for (const QJsonValue &v : byKind) {
        if (v[u"kind"].toString() == kind)
            return v[u"cell"].toObject();
    }
    return {};
}

} // namespace

class TestRtpReport : public QObject
{
    Q_OBJECT
private slots:
    void handComputedSingleKind();
    void handComputedMixedKinds();
    void docsWorkedExample();
    void largeStakesDoNotOverflow();
    void lowVolumeIsNotAnAlert();
    void fairPlayStaysInTheBand();
    void exactBetsWinningTwiceAsOftenAlert();
    void splitsByOperatorAndDay();
    void csvTableShape();
    void readsTheArchiveInPages();
};

// Four high/low bets on the number 75: two highs win 1.77×, two lows lose.
void TestRtpReport::handComputedSingleKind()
{
    RtpAccumulator acc;
    acc.add(record(1, May28 + 1000, 75,
                   {{u"lan:p1:a"_s, u"high"_s, 0, 100}, {u"lan:p1:b"_s, u"low"_s, 0, 200},
                    {u"lan:p2:c"_s, u"high"_s, 0, 300}, {u"lan:p2:d"_s, u"low"_s, 0, 400}}));
    const QJsonObject r = acc.report(Paytable::standard());
    const QJsonObject c = r[u"overall"].toObject();
    QCOMPARE(c[u"bets"].toInteger(), 4);
    QCOMPARE(c[u"wins"].toInteger(), 2);
    QCOMPARE(c[u"stake"].toInteger(), 1000);
    QCOMPARE(c[u"returned"].toInteger(), 177 + 531);
    // Σs = 1000, ΣR = 708, Σs² = 100² + 200² + 300² + 400² = 300,000.
    const double sigma = std::sqrt(1.77 * 1.77 * 0.5 * 0.5 * 300'000.0) / 1000.0; // 0.48473…
    QVERIFY(std::abs(c[u"realisedRtp"].toDouble() - 0.708) < 1e-9);
    QVERIFY(std::abs(c[u"theoreticalRtp"].toDouble() - 0.885) < 1e-9);
    QCOMPARE(c[u"roundingBias"].toDouble(), 0.0); // whole hundreds: 1.77 × s is whole
    QVERIFY(std::abs(c[u"sigma"].toDouble() - sigma) < 1e-9);
    QVERIFY(std::abs(c[u"z"].toDouble() - (0.708 - 0.885) / sigma) < 1e-9);
    QVERIFY(std::abs(c[u"lower"].toDouble() - (0.885 - 3.29 * sigma)) < 1e-9);
    QVERIFY(std::abs(c[u"upper"].toDouble() - (0.885 + 3.29 * sigma)) < 1e-9);
    QCOMPARE(c[u"status"].toString(), u"low-volume"_s);
    // One kind only: the kind's cell is the overall cell.
    const QJsonArray byKind = r[u"byKind"].toArray();
    QCOMPARE(byKind.size(), 1);
    QCOMPARE(byKind.at(0)[u"kind"].toString(), u"highLow"_s);
    QCOMPARE(byKind.at(0)[u"cell"].toObject(), c);
    const QJsonObject from = r[u"generatedFrom"].toObject();
    QCOMPARE(from[u"rounds"].toInteger(), 1);
    QCOMPARE(from[u"fromRound"].toInteger(), 1);
    QCOMPARE(from[u"toRound"].toInteger(), 1);
    QCOMPARE(from[u"skippedBets"].toInteger(), 0);
}

// One bet of each kind on the number 7, with stakes whose returns the floor trims.
void TestRtpReport::handComputedMixedKinds()
{
    RtpAccumulator acc;
    acc.add(record(5, May28, 7,
                   {{u"lan:p1:a"_s, u"exact"_s, 7, 50},   // wins 50 × 88 = 4400
                    {u"lan:p1:b"_s, u"decade"_s, 0, 20},  // wins 20 × 8.85 = 177
                    {u"lan:p1:c"_s, u"odd"_s, 0, 30},     // wins 30 × 1.77 = 53.1 → 53
                    {u"lan:p1:d"_s, u"even"_s, 0, 40}})); // loses (a win would be 70.8 → 70)
    const QJsonObject r = acc.report(Paytable::standard());
    const QJsonObject c = r[u"overall"].toObject();
    QCOMPARE(c[u"stake"].toInteger(), 140);
    QCOMPARE(c[u"returned"].toInteger(), 4630);
    QCOMPARE(c[u"wins"].toInteger(), 3);
    // Theoretical: stake-weighted 88 % and 88.5 %.
    const double theoretical = (50 * 0.88 + 20 * 0.885 + 30 * 0.885 + 40 * 0.885) / 140.0;
    // Floor: odd/even wins with p = 0.5 and would lose 0.10 (stake 30) or 0.80 (stake 40).
    const double bias = (0.5 * 0.10 + 0.5 * 0.80) / 140.0;
    // Each kind adds m² p (1 − p) Σs².
    const double variance = 88.0 * 88 * 0.01 * 0.99 * 50 * 50 + 8.85 * 8.85 * 0.1 * 0.9 * 20 * 20
                            + 1.77 * 1.77 * 0.5 * 0.5 * (30 * 30 + 40 * 40);
    const double sigma = std::sqrt(variance) / 140.0;
    const double realised = 4630.0 / 140.0;
    QVERIFY(std::abs(c[u"realisedRtp"].toDouble() - realised) < 1e-9);
    QVERIFY(std::abs(c[u"theoreticalRtp"].toDouble() - theoretical) < 1e-9);
    QVERIFY(std::abs(c[u"roundingBias"].toDouble() - bias) < 1e-9);
    QVERIFY(std::abs(c[u"sigma"].toDouble() - sigma) < 1e-9);
    QVERIFY(std::abs(c[u"z"].toDouble() - (realised - (theoretical - bias)) / sigma) < 1e-9);
    QVERIFY(std::abs(c[u"lower"].toDouble() - (theoretical - bias - 3.29 * sigma)) < 1e-9);
    QVERIFY(std::abs(c[u"upper"].toDouble() - (theoretical - bias + 3.29 * sigma)) < 1e-9);

    const QJsonArray byKind = r[u"byKind"].toArray();
    QCOMPARE(byKind.size(), 3); // odd and even are one kind
    const QJsonObject odd = cellOf(byKind, u"oddEven"_s);
    QCOMPARE(odd[u"bets"].toInteger(), 2);
    QCOMPARE(odd[u"returned"].toInteger(), 53);
    QVERIFY(std::abs(odd[u"theoreticalRtp"].toDouble() - 0.885) < 1e-12);
    QVERIFY(std::abs(odd[u"roundingBias"].toDouble() - 0.45 / 70.0) < 1e-12);
    const QJsonObject exact = cellOf(byKind, u"exact"_s);
    QVERIFY(std::abs(exact[u"sigma"].toDouble() - 88.0 * std::sqrt(0.0099)) < 1e-9); // one bet
    QVERIFY(std::abs(exact[u"realisedRtp"].toDouble() - 88.0) < 1e-12);
}

// docs/games/rtp.md: 2,000 high/low bets of 1,000, 1,100 of them winning, then 5,000 exact bets of 100.
void TestRtpReport::docsWorkedExample()
{
    QList<SimBet> bets;
    for (int i = 0; i < 2000; ++i)
        bets.append({u"op_ab12:%1"_s.arg(i), i < 1100 ? u"high"_s : u"low"_s, 0, 1000});
    RtpAccumulator acc;
    acc.add(record(1, May28, 75, bets));
    QJsonObject c = acc.report(Paytable::standard())[u"overall"].toObject();
    QCOMPARE(c[u"returned"].toInteger(), 1'947'000);
    QVERIFY(std::abs(c[u"sigma"].toDouble() - 0.019789) < 1e-6);
    QVERIFY(std::abs(c[u"lower"].toDouble() - 0.819894) < 1e-6);
    QVERIFY(std::abs(c[u"upper"].toDouble() - 0.950106) < 1e-6);
    QVERIFY(std::abs(c[u"z"].toDouble() - 4.47) < 5e-3);
    QCOMPARE(c[u"status"].toString(), u"alert"_s);

    QList<SimBet> exact;
    for (int i = 0; i < 5000; ++i)
        exact.append({u"op_ab12:e%1"_s.arg(i), u"exact"_s, i % 100, 100});
    acc.add(record(2, May28 + 60'000, 0, exact));
    const QJsonObject r = acc.report(Paytable::standard());
    const QJsonObject e = cellOf(r[u"byKind"].toArray(), u"exact"_s);
    QVERIFY(std::abs(e[u"sigma"].toDouble() - 0.123827) < 1e-6);
    QVERIFY(std::abs(e[u"lower"].toDouble() - 0.472609) < 1e-6);
    QVERIFY(std::abs(e[u"upper"].toDouble() - 1.287391) < 1e-6);
    c = r[u"overall"].toObject();
    QVERIFY(std::abs(c[u"theoreticalRtp"].toDouble() - 0.884) < 1e-12);
    QVERIFY(std::abs(c[u"sigma"].toDouble() - 0.029393) < 1e-6);
    QVERIFY(std::abs(c[u"lower"].toDouble() - 0.787297) < 1e-6);
    QVERIFY(std::abs(c[u"upper"].toDouble() - 0.980703) < 1e-6);
}

// Σs² of three 1e12 stakes is 3e24: past 64 bits, inside 128.
void TestRtpReport::largeStakesDoNotOverflow()
{
    const qint64 big = 1'000'000'000'000;
    RtpAccumulator acc;
    acc.add(record(1, May28, 3,
                   {{u"op_big:1"_s, u"exact"_s, 3, big}, {u"op_big:2"_s, u"exact"_s, 4, big},
                    {u"op_big:3"_s, u"exact"_s, 5, big}}));
    const QJsonObject c = acc.report(Paytable::standard())[u"overall"].toObject();
    QCOMPARE(c[u"stake"].toInteger(), 3 * big);
    QCOMPARE(c[u"returned"].toInteger(), 88 * big);
    QVERIFY(std::abs(c[u"realisedRtp"].toDouble() - 88.0 / 3) < 1e-9);
    QVERIFY(std::abs(c[u"sigma"].toDouble() - 88.0 * std::sqrt(0.0099 / 3)) < 1e-9);
    const QStringList total = acc.table(Paytable::standard()).at(1);
    QCOMPARE(total.at(4), u"3000000000000"_s);
    QCOMPARE(total.at(5), u"88000000000000"_s);
}

// 29 bets far off the paytable are too few to judge; the 30th bet makes it an alert.
void TestRtpReport::lowVolumeIsNotAnAlert()
{
    RtpAccumulator acc;
    for (int i = 0; i < 29; ++i)
        acc.add(record(i + 1, May28, 42, {{u"lan:p:%1"_s.arg(i), u"exact"_s, 42, 100}}));
    QJsonObject c = acc.report(Paytable::standard())[u"overall"].toObject();
    QCOMPARE(c[u"bets"].toInteger(), 29);
    QVERIFY(c[u"z"].toDouble() > 3.29);
    QCOMPARE(c[u"status"].toString(), u"low-volume"_s);
    acc.add(record(30, May28, 42, {{u"lan:p:30"_s, u"exact"_s, 42, 100}}));
    c = acc.report(Paytable::standard())[u"overall"].toObject();
    QCOMPARE(c[u"status"].toString(), u"alert"_s);

    // Unreadable bets are skipped and counted, not guessed.
    RtpAccumulator bad;
    QJsonObject r = record(1, May28, 1, {{u"lan:p:1"_s, u"odd"_s, 0, 100}});
    QJsonArray bets = r[u"bets"].toArray();
    bets.append(QJsonObject{{u"betRef"_s, u"lan:p:2"_s}, {u"type"_s, u"red"_s}, {u"stake"_s, 100}, {u"return"_s, 0}});
    bets.append(QJsonObject{{u"betRef"_s, u"lan:p:3"_s}, {u"type"_s, u"odd"_s}, {u"stake"_s, 100}});
    r.insert(u"bets"_s, bets);
    bad.add(r);
    const QJsonObject report = bad.report(Paytable::standard());
    QCOMPARE(report[u"overall"][u"bets"].toInteger(), 1);
    QCOMPARE(report[u"generatedFrom"][u"skippedBets"].toInteger(), 2);
}

// 200 fair tables of 20,000 bets: each has 5 judged cells (4 kinds + overall) at 0.1 % each.
void TestRtpReport::fairPlayStaysInTheBand()
{
    const Paytable paytable = Paytable::standard();
    int tablesAlerting = 0, cells = 0, beyond196 = 0;
    QStringList alerted;
    double sumZ = 0;
    for (int t = 0; t < 200; ++t) {
        QRandomGenerator rng(quint32(20'260'528 + t));
        RtpAccumulator acc;
        for (int round = 1; round <= 200; ++round) {
            QList<SimBet> bets;
            for (int i = 0; i < 100; ++i)
                bets.append(randomBet(rng, u"op_sim:%1-%2"_s.arg(round).arg(i)));
            acc.add(record(round, May28 + round * 60'000, rng.bounded(100), bets, paytable));
        }
        const QJsonObject r = acc.report(paytable);
        QList<QJsonObject> judged{r[u"overall"].toObject()};
        QStringList names{u"overall"_s};
        for (const QJsonValue &k : r[u"byKind"].toArray()) {
            judged.append(k[u"cell"].toObject());
            names.append(k[u"kind"].toString());
        }
        QCOMPARE(judged.size(), 5);
        QCOMPARE(judged.first()[u"bets"].toInteger(), 20'000);
        bool alert = false;
        for (qsizetype i = 0; i < judged.size(); ++i) {
            const QJsonObject &c = judged.at(i);
            QVERIFY(c[u"status"].toString() != u"low-volume"_s);
            if (c[u"status"].toString() == u"alert"_s) {
                alert = true;
                alerted.append(u"table %1 %2 z=%3"_s.arg(t).arg(names.at(i)).arg(c[u"z"].toDouble(), 0, 'f', 2));
            }
            const double z = c[u"z"].toDouble();
            ++cells;
            sumZ += z;
            beyond196 += std::abs(z) > 1.96;
        }
        tablesAlerting += alert;
    }
    qInfo("fair play: %d of 200 tables alerted; %d of %d cells beyond 1.96 sigma; mean z %.3f", tablesAlerting,
          beyond196, cells, sumZ / cells);
    qInfo("alerts: %s", qPrintable(alerted.join(u"; "_s)));
    QVERIFY(tablesAlerting <= 2); // at most ~1 %
    // The band is calibrated, not just wide: ~5 % of cells beyond 1.96σ, z centred on 0.
    QVERIFY2(beyond196 >= 25 && beyond196 <= 80, qPrintable(QString::number(beyond196)));
    QVERIFY(std::abs(sumZ / cells) < 0.15);
}

// The draw favours exact bets: with probability 1/99 the number is the exact bet's pick, so it
// wins 1/99 + 98/99 × 1/100 = 2 % of the time. 5,000 rounds (a few evenings) are enough to see it.
void TestRtpReport::exactBetsWinningTwiceAsOftenAlert()
{
    const Paytable paytable = Paytable::standard();
    QRandomGenerator rng(4004);
    RtpAccumulator acc;
    qint64 exactWins = 0;
    for (int round = 1; round <= 5000; ++round) {
        const int pick = rng.bounded(100);
        const int number = rng.bounded(99) == 0 ? pick : rng.bounded(100);
        exactWins += number == pick;
        acc.add(record(round, May28 + round * 60'000, number,
                       {{u"lan:p1:e%1"_s.arg(round), u"exact"_s, pick, rng.bounded(100, 10'001)},
                        {u"lan:p2:h%1"_s.arg(round), rng.bounded(2) ? u"high"_s : u"low"_s, 0, rng.bounded(100, 10'001)}},
                       paytable));
    }
    const QJsonObject r = acc.report(paytable);
    const QJsonObject exact = cellOf(r[u"byKind"].toArray(), u"exact"_s);
    qInfo("rigged: exact bets won %lld of 5000, realised %.4f, z %.2f", exactWins,
          exact[u"realisedRtp"].toDouble(), exact[u"z"].toDouble());
    QCOMPARE(exact[u"wins"].toInteger(), exactWins);
    QCOMPARE(exact[u"status"].toString(), u"alert"_s);
    QVERIFY(exact[u"realisedRtp"].toDouble() > exact[u"upper"].toDouble());
    QCOMPARE(r[u"overall"][u"status"].toString(), u"alert"_s);
    // The high/low bets are not touched by the rigging and stay in their band.
    QCOMPARE(cellOf(r[u"byKind"].toArray(), u"highLow"_s)[u"status"].toString(), u"ok"_s);
}

void TestRtpReport::splitsByOperatorAndDay()
{
    RtpAccumulator acc;
    // Round 7 closes a millisecond before midnight UTC, round 8 at midnight.
    acc.add(record(7, May28 - 1, 12,
                   {{u"lan:ann:1"_s, u"exact"_s, 12, 100}, {u"op_ab12:bet-77"_s, u"low"_s, 0, 500},
                    {u"op_cd34:x:y"_s, u"even"_s, 0, 300}}));
    acc.add(record(8, May28, 61,
                   {{u"lan:bob:2"_s, u"decade"_s, 5, 200}, {u"op_ab12:bet-78"_s, u"low"_s, 0, 500},
                    {u"op_ab12:bet-79"_s, u"odd"_s, 0, 1000}}));
    acc.add(record(9, May28 + Day + 5, 3, {{u"op_ab12:bet-80"_s, u"exact"_s, 3, 100}}));
    const QJsonObject r = acc.report(Paytable::standard());
    QCOMPARE(r[u"generatedFrom"][u"rounds"].toInteger(), 3);
    QCOMPARE(r[u"generatedFrom"][u"fromRound"].toInteger(), 7);
    QCOMPARE(r[u"generatedFrom"][u"toRound"].toInteger(), 9);

    const QJsonArray ops = r[u"byOperator"].toArray();
    QCOMPARE(ops.size(), 3);
    QCOMPARE(ops.at(0)[u"operator"].toString(), u"lan"_s);
    QCOMPARE(ops.at(1)[u"operator"].toString(), u"op_ab12"_s);
    QCOMPARE(ops.at(2)[u"operator"].toString(), u"op_cd34"_s);

    const QJsonObject lan = ops.at(0).toObject();
    QCOMPARE(lan[u"cell"][u"bets"].toInteger(), 2);
    QCOMPARE(lan[u"cell"][u"returned"].toInteger(), 8800); // the exact 12 won; decade 50–59 lost on 61
    const QJsonArray lanDays = lan[u"byDay"].toArray();
    QCOMPARE(lanDays.size(), 2);
    QCOMPARE(lanDays.at(0)[u"day"].toString(), u"2026-05-27"_s);
    QCOMPARE(lanDays.at(1)[u"day"].toString(), u"2026-05-28"_s);
    QCOMPARE(lanDays.at(1)[u"byKind"].toArray().at(0)[u"kind"].toString(), u"decade"_s);

    const QJsonObject ab = ops.at(1).toObject();
    QCOMPARE(ab[u"cell"][u"bets"].toInteger(), 4);
    QCOMPARE(ab[u"cell"][u"stake"].toInteger(), 2100);
    QCOMPARE(ab[u"cell"][u"returned"].toInteger(), 885 + 1770 + 8800); // low on 12, odd on 61, exact 3
    const QJsonArray abDays = ab[u"byDay"].toArray();
    QCOMPARE(abDays.size(), 3);
    QCOMPARE(abDays.at(0)[u"day"].toString(), u"2026-05-27"_s);
    QCOMPARE(abDays.at(2)[u"day"].toString(), u"2026-05-29"_s);
    const QJsonObject may28 = abDays.at(1).toObject();
    QCOMPARE(may28[u"cell"][u"bets"].toInteger(), 2);
    QCOMPARE(may28[u"byKind"].toArray().size(), 2);
    QCOMPARE(cellOf(may28[u"byKind"].toArray(), u"highLow"_s)[u"returned"].toInteger(), 0);
    QCOMPARE(cellOf(may28[u"byKind"].toArray(), u"oddEven"_s)[u"returned"].toInteger(), 1770);
    // Per operator and kind, over all days: the two low bets.
    const QJsonObject abLow = cellOf(ab[u"byKind"].toArray(), u"highLow"_s);
    QCOMPARE(abLow[u"bets"].toInteger(), 2);
    QCOMPARE(abLow[u"stake"].toInteger(), 1000);
    // A mixed cell's theoretical RTP is stake-weighted over its kinds.
    const double theo = (500 * 0.885 + 500 * 0.885 + 1000 * 0.885 + 100 * 0.88) / 2100.0;
    QVERIFY(std::abs(ab[u"cell"][u"theoreticalRtp"].toDouble() - theo) < 1e-12);

    // Every level adds up to the overall cell.
    qint64 stake = 0, bets = 0;
    for (const QJsonValue &op : ops) {
        qint64 dayStake = 0;
        for (const QJsonValue &d : op[u"byDay"].toArray())
            dayStake += d[u"cell"][u"stake"].toInteger();
        QCOMPARE(dayStake, op[u"cell"][u"stake"].toInteger());
        stake += op[u"cell"][u"stake"].toInteger();
        bets += op[u"cell"][u"bets"].toInteger();
    }
    QCOMPARE(stake, r[u"overall"][u"stake"].toInteger());
    QCOMPARE(bets, 7);
    qint64 kindStake = 0;
    for (const QJsonValue &k : r[u"byKind"].toArray())
        kindStake += k[u"cell"][u"stake"].toInteger();
    QCOMPARE(kindStake, stake);
}

void TestRtpReport::csvTableShape()
{
    RtpAccumulator acc;
    acc.add(record(1, May28, 12, {{u"lan:ann:1"_s, u"exact"_s, 12, 100}, {u"op_ab12:b"_s, u"low"_s, 0, 500}}));
    acc.add(record(2, May28 + Day, 80, {{u"op_ab12:c"_s, u"high"_s, 0, 500}, {u"op_ab12:d"_s, u"odd"_s, 0, 300}}));
    const QList<QStringList> rows = acc.table(Paytable::standard());
    QCOMPARE(rows.first(), (QStringList{u"operator"_s, u"day"_s, u"kind"_s, u"bets"_s, u"stake"_s, u"returned"_s,
                                        u"realised"_s, u"theoretical"_s, u"lower"_s, u"upper"_s, u"z"_s,
                                        u"status"_s}));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 12);
    // overall + 3 kinds; lan: total + exact + 1 day × (total + exact);
    // op_ab12: total + 2 kinds + day 1 × (total + highLow) + day 2 × (total + highLow + oddEven).
    QCOMPARE(rows.size(), 1 + 4 + 4 + 8);
    QCOMPARE(rows.at(1), (QStringList{u"all"_s, u"all"_s, u"all"_s, u"4"_s, u"1400"_s, u"10570"_s, u"7.550000"_s,
                                      rows.at(1).at(7), rows.at(1).at(8), rows.at(1).at(9), rows.at(1).at(10),
                                      u"low-volume"_s}));
    QCOMPARE(rows.at(2).mid(0, 6), (QStringList{u"all"_s, u"all"_s, u"exact"_s, u"1"_s, u"100"_s, u"8800"_s}));
    QCOMPARE(rows.at(2).at(7), u"0.880000"_s);
    const QStringList leaf = rows.last();
    QCOMPARE(leaf.mid(0, 6), (QStringList{u"op_ab12"_s, u"2026-05-29"_s, u"oddEven"_s, u"1"_s, u"300"_s, u"0"_s}));
    QCOMPARE(leaf.at(6), u"0.000000"_s);
    QCOMPARE(leaf.at(7), u"0.885000"_s);
    bool ok = false;
    QVERIFY(leaf.at(8).toDouble(&ok) < 0 && ok);
    QVERIFY(leaf.at(10).toDouble(&ok) < 0 && ok);
}

// 2,500 records of one table among another table's, read back in pages of 1,000.
void TestRtpReport::readsTheArchiveInPages()
{
    QTemporaryDir dir;
    auto db = Database::open({}, dir.path());
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    EventStore store(*db.value());
    const GameRegistry kinds = GameRegistry::withBuiltinKinds();
    ManualClock clock{May28};
    GameHost host(store, kinds, clock);
    QVERIFY(host.load());
    RoundsArchive archive(host, store, *db.value());

    const Paytable paytable = Paytable::standard();
    QRandomGenerator rng(77);
    RtpAccumulator direct;
    QSqlDatabase handle = db.value()->handle();
    QVERIFY(handle.transaction());
    QSqlQuery q(handle);
    QVERIFY(q.prepare(u"INSERT INTO rounds_archive (game_id, round, settled_at, record) VALUES (?, ?, ?, ?)"_s));
    for (int round = 1; round <= 2500; ++round) {
        for (const QString &game : {u"g1"_s, u"g2"_s}) {
            QList<SimBet> bets;
            for (int i = 0; i < 3; ++i)
                bets.append(randomBet(rng, u"op_%1:%2-%3"_s.arg(game).arg(round).arg(i)));
            const QJsonObject rec = record(round, May28 + round * 60'000, rng.bounded(100), bets, paytable);
            if (game == u"g1"_s)
                direct.add(rec);
            q.addBindValue(game);
            q.addBindValue(round);
            q.addBindValue(May28 + round * 60'000);
            q.addBindValue(QString::fromUtf8(QJsonDocument(rec).toJson(QJsonDocument::Compact)));
            QVERIFY(q.exec());
        }
    }
    QVERIFY(handle.commit());

    const auto report = RtpAccumulator::fromArchive(archive, u"g1"_s, paytable);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report.value()[u"generatedFrom"][u"rounds"].toInteger(), 2500);
    QCOMPARE(report.value()[u"generatedFrom"][u"fromRound"].toInteger(), 1);
    QCOMPARE(report.value()[u"generatedFrom"][u"toRound"].toInteger(), 2500);
    QCOMPARE(report.value()[u"byOperator"].toArray().size(), 1);
    QCOMPARE(report.value(), direct.report(paytable));

    const auto none = RtpAccumulator::fromArchive(archive, u"nope"_s, paytable);
    QVERIFY(none);
    QCOMPARE(none.value()[u"generatedFrom"][u"rounds"].toInteger(), 0);
    QVERIFY(none.value()[u"generatedFrom"][u"fromRound"].isNull());
    QCOMPARE(none.value()[u"overall"][u"status"].toString(), u"low-volume"_s);
}

QTEST_GUILESS_MAIN(TestRtpReport)
#include "tst_rtpreport.moc"
