// SPDX-License-Identifier: GPL-3.0-or-later
// The rounds game's arithmetic: the paytable's exact RTP, its limits, and the draw's fairness
// measured on a million draws of the real function.
#include "server/chain/primitives/Keccak256.h"
#include "server/games/rounds/FairDraw.h"
#include "server/games/rounds/Paytable.h"
#include "server/games/rounds/RoundsConfig.h"

#include <QJsonObject>
#include <QtEndian>
#include <QTest>

#include <cmath>

using namespace steward;
using namespace steward::rounds;
using namespace Qt::StringLiterals;

class TestRoundsFair : public QObject
{
    Q_OBJECT
private slots:
    // A table's play money is named in A–Z only; its limits are whole units up to 10^12.
    void tableConfigurationIsPlain()
    {
        using steward::rounds::RoundsConfig;
        QVERIFY(RoundsConfig::fromJson({{QStringLiteral("currency"), QStringLiteral("CHIPS")}}));
        for (const QString &bad : {QStringLiteral("ÄÖÜ"), QStringLiteral("ΑΒΓ"), QStringLiteral("chips"), QStringLiteral("C1")})
            QCOMPARE(RoundsConfig::fromJson({{QStringLiteral("currency"), bad}}).error().code, steward::ErrorCode::InvalidConfig);
        for (const double bad : {1e12 + 1, 9.3e18, 1e300, 150.5})
            QCOMPARE(RoundsConfig::fromJson({{QStringLiteral("limits"), QJsonObject{{QStringLiteral("maxWin"), bad}}}}).error().code,
                     steward::ErrorCode::InvalidConfig);
        QVERIFY(RoundsConfig::fromJson({{QStringLiteral("limits"), QJsonObject{{QStringLiteral("maxWin"), 1e12}}}}));
    }

    void standardPaytableRtpIsExact()
    {
        const Paytable p = Paytable::standard();
        QCOMPARE(p.rtpBasisPoints(BetKind::Exact), 8800);
        QCOMPARE(p.rtpBasisPoints(BetKind::Decade), 8850);
        QCOMPARE(p.rtpBasisPoints(BetKind::HighLow), 8850);
        QCOMPARE(p.rtpBasisPoints(BetKind::OddEven), 8850);
        // The same by brute force: every pick of every kind, every number, stake 10,000.
        for (BetKind k : AllBetKinds) {
            const int picks = k == BetKind::Exact ? 100 : k == BetKind::Decade ? 10 : 2;
            for (int pick = 0; pick < picks; ++pick) {
                const Selection s{k, pick};
                qint64 returned = 0;
                for (int n = 0; n < Outcomes; ++n)
                    returned += s.wins(n) ? p.winningReturn(k, 10'000) : 0;
                // RTP in basis points = total return over all numbers / (100 numbers × stake) × 10,000
                QCOMPARE(returned, qint64(p.rtpBasisPoints(k)) * 100);
            }
        }
    }

    void paytableOutsideTheBandIsRefused_data()
    {
        QTest::addColumn<QJsonObject>("table");
        QTest::addColumn<QString>("code");
        const QJsonObject ok{{u"exact"_s, 88}, {u"decade"_s, 8.85}, {u"highLow"_s, 1.77}, {u"oddEven"_s, 1.77}};
        auto with = [&](const QString &k, const QJsonValue &v) { QJsonObject o = ok; o.insert(k, v); return o; };
        QTest::newRow("exact 89.01x = 89.01 %") << with(u"exact"_s, 89.01) << u"RTP_OUT_OF_RANGE"_s;
        QTest::newRow("exact 87.99x = 87.99 %") << with(u"exact"_s, 87.99) << u"RTP_OUT_OF_RANGE"_s;
        QTest::newRow("decade 8.79x = 87.9 %") << with(u"decade"_s, 8.79) << u"RTP_OUT_OF_RANGE"_s;
        QTest::newRow("high/low 1.79x = 89.5 %") << with(u"highLow"_s, 1.79) << u"RTP_OUT_OF_RANGE"_s;
        QTest::newRow("odd/even 2x = 100 %") << with(u"oddEven"_s, 2) << u"RTP_OUT_OF_RANGE"_s;
        QTest::newRow("three decimals") << with(u"decade"_s, 8.855) << u"INVALID_PAYTABLE"_s;
        QTest::newRow("missing kind") << QJsonObject{{u"exact"_s, 88}} << u"INVALID_PAYTABLE"_s;
        QTest::newRow("unknown kind") << with(u"red"_s, 2) << u"INVALID_PAYTABLE"_s;
        QTest::newRow("text multiplier") << with(u"exact"_s, u"88"_s) << u"INVALID_PAYTABLE"_s;
    }
    void paytableOutsideTheBandIsRefused()
    {
        QFETCH(QJsonObject, table);
        QFETCH(QString, code);
        const auto p = Paytable::fromJson(table);
        QVERIFY(!p);
        QCOMPARE(p.error().codeName(), code);
    }

    void paytableAtTheBandsEdgesIsAccepted()
    {
        const auto p = Paytable::fromJson({{u"exact"_s, 89}, {u"decade"_s, 8.8}, {u"highLow"_s, 1.78}, {u"oddEven"_s, 1.76}});
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QCOMPARE(p->rtpBasisPoints(BetKind::Exact), 8900);
        QCOMPARE(p->rtpBasisPoints(BetKind::Decade), 8800);
        QCOMPARE(p->rtpBasisPoints(BetKind::HighLow), 8900);
        QCOMPARE(p->rtpBasisPoints(BetKind::OddEven), 8800);
        QCOMPARE(Paytable::fromJson(p->toJson()).value(), p.value());
    }

    void seedHashIsKeccakOfTheSeed()
    {
        // keccak256 of 32 zero bytes, a value every Ethereum tool agrees on.
        QCOMPARE(fair::toHex(fair::seedHash(QByteArray(32, char(0)))),
                 u"0x290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563"_s);
        QCOMPARE(fair::newSeed().size(), 32);
        QVERIFY(fair::newSeed() != fair::newSeed());
    }

    void betsRootDependsOnEveryBetAndItsOrder()
    {
        fair::BetsRoot a(7), b(7), c(7), empty(8);
        const QString x = fair::betLine(u"op:1"_s, u"exact"_s, 42, true, 100, u"s1"_s);
        const QString y = fair::betLine(u"op:2"_s, u"odd"_s, 0, false, 250, QString());
        QCOMPARE(y, u"op:2|odd||250|"_s);
        a.add(x);
        a.add(y);
        b.add(y);
        b.add(x);
        c.add(x);
        c.add(y);
        QCOMPARE(a.value(), c.value());
        QVERIFY(a.value() != b.value());
        QVERIFY(fair::BetsRoot(7).value() != empty.value());
        QCOMPARE(a.value().size(), 32);
    }

    // A million draws of the real function over independent seeds: each number's count against
    // a uniform expectation (chi-square, 99 degrees of freedom, critical value 134.642 at 99 %).
    // The seeds are keccak256(i), fixed, so the test's outcome is the same on every run.
    void drawIsUniform()
    {
        constexpr int Draws = 1'000'000;
        std::array<qint64, 100> counts{};
        QByteArray root = chain::keccak256(QByteArray("steward.rounds.test"));
        std::vector<int> sequence;
        sequence.reserve(Draws);
        for (int i = 0; i < Draws; ++i) {
            QByteArray index(8, Qt::Uninitialized);
            qToBigEndian(quint64(i), index.data());
            const int n = fair::drawNumber(chain::keccak256(index), root);
            QVERIFY(n >= 0 && n < 100);
            ++counts.at(size_t(n));
            sequence.push_back(n);
        }
        const double expected = Draws / 100.0;
        double chi2 = 0;
        for (qint64 c : counts)
            chi2 += (double(c) - expected) * (double(c) - expected) / expected;
        qInfo("chi-square over %d draws: %.2f (99 %% critical value 134.64)", Draws, chi2);
        QVERIFY2(chi2 < 134.642, qPrintable(u"chi-square %1"_s.arg(chi2)));

        // Wald–Wolfowitz runs test on high (50–99) / low (00–49): too few runs means the draws
        // cluster, too many means they alternate; |z| < 2.576 at 99 %.
        qint64 highs = 0, runs = 1;
        for (size_t i = 0; i < sequence.size(); ++i) {
            highs += sequence[i] >= 50;
            if (i > 0 && (sequence[i] >= 50) != (sequence[i - 1] >= 50))
                ++runs;
        }
        const double n1 = double(highs), n2 = double(Draws - highs), n = Draws;
        const double mean = 2 * n1 * n2 / n + 1;
        const double variance = (mean - 1) * (mean - 2) / (n - 1);
        const double z = (double(runs) - mean) / std::sqrt(variance);
        qInfo("runs test: %lld runs, expected %.1f, z = %.3f", runs, mean, z);
        QVERIFY2(std::abs(z) < 2.576, qPrintable(u"runs z = %1"_s.arg(z)));
    }

    // The same seed and bets always draw the same number; a different bets root, another.
    void drawIsAFunctionOfSeedAndBets()
    {
        const QByteArray seed = chain::keccak256(QByteArray("seed"));
        fair::BetsRoot r1(1), r2(1);
        r2.add(u"lan:p1:b1|high||100|abc"_s);
        QCOMPARE(fair::drawNumber(seed, r1.value()), fair::drawNumber(seed, r1.value()));
        int differing = 0;
        for (int i = 0; i < 50; ++i) {
            fair::BetsRoot r(i);
            differing += fair::drawNumber(seed, r.value()) != fair::drawNumber(seed, r2.value());
        }
        QVERIFY(differing > 40); // with 100 numbers, about one in a hundred coincides
    }
};

QTEST_GUILESS_MAIN(TestRoundsFair)
#include "tst_roundsfair.moc"
