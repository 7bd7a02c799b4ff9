// SPDX-License-Identifier: GPL-3.0-or-later
// The verifier's checks 1–3 on hand-made round records: an honest record passes, and each kind
// of tampering fails the check that should catch it and no other. The expected bets root and
// number were computed independently with ethers (tools/chain), not with FairDraw. Also the
// steward-verify command line on saved records: its exit codes, its lines and its --json.
#include "rounds/ChainChecks.h"
#include "rounds/RecordChecks.h"
#include "rounds/RoundVerifier.h"

#include "server/games/rounds/FairDraw.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::verify;
using namespace Qt::StringLiterals;

namespace {

// keccak256(utf8("steward-verify test seed")), and what ethers makes of it with the bets below.
const QString Seed = u"0xce47c8d0a5143521255a38deef110e566a512f3545917c1868d4e8cc04d8664e"_s;
const QString SeedHash = u"0xc76dc892fa48ff396f4fc3bf06fbfe046ebf42534ceb1216db5780e5c638a442"_s;
const QString BetsRoot = u"0x9ebb3fad7d97d7cdfe916b743846c5f6b0ef333832970400042560f824760858"_s;
constexpr int Number = 76;

QJsonObject honestRecord()
{
    const QJsonArray bets{
        QJsonObject{{u"betRef"_s, u"lan:p1:b1"_s}, {u"type"_s, u"exact"_s}, {u"pick"_s, 42}, {u"stake"_s, 1000},
                    {u"clientSeed"_s, u"c1"_s}, {u"return"_s, 0}},
        QJsonObject{{u"betRef"_s, u"lan:p2:b2"_s}, {u"type"_s, u"high"_s}, {u"stake"_s, 500}, {u"clientSeed"_s, u""_s},
                    {u"return"_s, 980}},
        QJsonObject{{u"betRef"_s, u"op:x:b3"_s}, {u"type"_s, u"decade"_s}, {u"pick"_s, 4}, {u"stake"_s, 200},
                    {u"clientSeed"_s, u"ü✓|x"_s}, {u"return"_s, 0}},
    };
    return {{u"gameId"_s, u"g-test"_s}, {u"round"_s, 7}, {u"seedHash"_s, SeedHash}, {u"seed"_s, Seed},
            {u"betsRoot"_s, BetsRoot}, {u"number"_s, Number}, {u"opensAt"_s, qint64(1'780'000'000'000)},
            {u"closesAt"_s, qint64(1'780'000'000'600)}, {u"commitTx"_s, QJsonValue::Null}, {u"revealTx"_s, QJsonValue::Null},
            {u"committedOnChain"_s, false}, {u"revealedOnChain"_s, false}, {u"stake"_s, 1700}, {u"returned"_s, 980},
            {u"chain"_s, QJsonValue::Null}, {u"bets"_s, bets}};
}

QJsonObject withBets(QJsonObject record, const std::function<void(QJsonArray &)> &change)
{
    QJsonArray bets = record.value(u"bets").toArray();
    change(bets);
    record.insert(u"bets"_s, bets);
    return record;
}

QJsonObject changeBet(const QJsonObject &record, int index, const QString &key, const QJsonValue &value)
{
    return withBets(record, [&](QJsonArray &bets) {
        QJsonObject b = bets.at(index).toObject();
        if (value.isUndefined())
            b.remove(key);
        else
            b.insert(key, value);
        bets.replace(index, b);
    });
}

QString statuses(const RoundReport &r)
{
    QString s;
    for (const RoundCheck &c : r.checks)
        s += statusName(c.status).at(0); // p, f, s, u
    return s;
}

} // namespace

class TestRoundVerifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run runCli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(STEWARD_VERIFY_BIN), args);
        if (!p.waitForFinished(30'000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QString save(const QString &name, const QJsonObject &o)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(o).toJson());
        return path;
    }

private slots:
    void theVectorsAreEthers()
    {
        // FairDraw agrees with the independent computation the other tests rely on.
        const QByteArray seed = rounds::fair::fromHex32(Seed);
        QCOMPARE(rounds::fair::toHex(rounds::fair::seedHash(seed)), SeedHash);
        const BetsRootResult root = betsRootOf(7, honestRecord().value(u"bets").toArray());
        QVERIFY2(root.error.isEmpty(), qPrintable(root.error));
        QCOMPARE(rounds::fair::toHex(root.root), BetsRoot);
        QCOMPARE(rounds::fair::drawNumber(seed, root.root), Number);
    }

    void anHonestRecordPasses()
    {
        RoundVerifier v;
        const RoundReport r = v.verifyNow(honestRecord());
        QCOMPARE(statuses(r), u"pppssss"_s);
        QCOMPARE(r.round, 7);
        QCOMPARE(r.number, Number);
        QVERIFY(!r.anyFailed());
        // Played with no chain: said plainly.
        QCOMPARE(r.notices.size(), 1);
        QVERIFY(r.notices.first().contains(u"not on chain"));
        QCOMPARE(r.toJson().value(u"passed").toBool(), true);
        QCOMPARE(r.toJson().value(u"checks").toArray().at(1).toObject().value(u"id").toString(), u"betsRoot"_s);
    }

    void eachTamperingFailsItsCheck_data()
    {
        QTest::addColumn<QJsonObject>("record");
        QTest::addColumn<QString>("expected");
        const QJsonObject h = honestRecord();
        auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject o = h;
            o.insert(key, value);
            return o;
        };
        // Another seed: it no longer matches the commitment, and draws another number.
        const QString otherSeed = rounds::fair::toHex(rounds::fair::seedHash(rounds::fair::fromHex32(Seed)));
        QTest::newRow("tampered seed") << with(u"seed"_s, otherSeed) << u"fpfssss"_s;
        QTest::newRow("seed too short") << with(u"seed"_s, Seed.left(64)) << u"fpfssss"_s;
        QTest::newRow("tampered commitment") << with(u"seedHash"_s, BetsRoot) << u"fppssss"_s;
        QTest::newRow("tampered stake") << changeBet(h, 1, u"stake"_s, 501) << u"pfpssss"_s;
        QTest::newRow("tampered pick") << changeBet(h, 0, u"pick"_s, 43) << u"pfpssss"_s;
        QTest::newRow("tampered client seed") << changeBet(h, 2, u"clientSeed"_s, u"ü✓|y"_s) << u"pfpssss"_s;
        QTest::newRow("tampered type") << changeBet(h, 1, u"type"_s, u"low"_s) << u"pfpssss"_s;
        QTest::newRow("bet left out") << withBets(h, [](QJsonArray &b) { b.removeAt(1); }) << u"pfpssss"_s;
        QTest::newRow("bet added") << withBets(h, [](QJsonArray &b) { b.append(b.at(0)); }) << u"pfpssss"_s;
        QTest::newRow("bets swapped") << withBets(h, [](QJsonArray &b) {
            const QJsonValue first = b.at(0);
            b.replace(0, b.at(1));
            b.replace(1, first);
        }) << u"pfpssss"_s;
        QTest::newRow("another round") << with(u"round"_s, 8) << u"pfpssss"_s;
        QTest::newRow("wrong number") << with(u"number"_s, (Number + 1) % 100) << u"ppfssss"_s;
        QTest::newRow("number out of range") << with(u"number"_s, 176) << u"ppfssss"_s;
        QTest::newRow("tampered bets root") << with(u"betsRoot"_s, SeedHash) << u"pffssss"_s;
        QTest::newRow("exact bet without pick") << changeBet(h, 0, u"pick"_s, QJsonValue::Undefined) << u"pfpssss"_s;
        QTest::newRow("high bet with pick") << changeBet(h, 1, u"pick"_s, 1) << u"pfpssss"_s;
        QTest::newRow("fractional stake") << changeBet(h, 1, u"stake"_s, 500.5) << u"pfpssss"_s;
        QTest::newRow("no bets list") << [&] { QJsonObject o = h; o.remove(u"bets"_s); return o; }() << u"pfpssss"_s;
    }

    void eachTamperingFailsItsCheck()
    {
        QFETCH(QJsonObject, record);
        QFETCH(QString, expected);
        RoundVerifier v;
        const RoundReport r = v.verifyNow(record);
        QCOMPARE(statuses(r), expected);
        QVERIFY(r.anyFailed());
        for (const RoundCheck &c : r.checks)
            QVERIFY2(!c.reason.isEmpty(), qPrintable(checks::id(c.check)));
    }

    void noBetsStillHaveARoot()
    {
        // An empty round's root is root₀ alone, so the number still depends on the round number.
        QJsonObject o = honestRecord();
        o.insert(u"bets"_s, QJsonArray());
        const BetsRootResult root = betsRootOf(7, {});
        o.insert(u"betsRoot"_s, rounds::fair::toHex(root.root));
        o.insert(u"number"_s, rounds::fair::drawNumber(rounds::fair::fromHex32(Seed), root.root));
        QCOMPARE(statuses(RoundVerifier().verifyNow(o)), u"pppssss"_s);
    }

    void onChainWithoutANodeSkipsTheChainChecks()
    {
        QJsonObject o = honestRecord();
        o.insert(u"committedOnChain"_s, true);
        RoundVerifier v;
        v.setChain(nullptr, u"no node here"_s);
        const RoundReport r = v.verifyNow(o);
        QCOMPARE(statuses(r), u"pppssss"_s);
        QCOMPARE(r.notices, QStringList{u"no node here"_s});
    }

    void theCommitTimeRuleAllowsTheBlocksSecond()
    {
        // Block timestamps are whole seconds, rounded down: a block passes when
        // timestamp * 1000 <= opensAt, never when stamped with a later second.
        QVERIFY(ChainChecks::committedBeforeOpening(1'700'000'000, 1'700'000'000'000));
        QVERIFY(ChainChecks::committedBeforeOpening(1'700'000'000, 1'700'000'000'999));
        QVERIFY(!ChainChecks::committedBeforeOpening(1'700'000'000, 1'699'999'999'999));
        QVERIFY(ChainChecks::committedBeforeOpening(1'699'999'990, 1'700'000'000'000));
        QVERIFY(!ChainChecks::committedBeforeOpening(1'700'000'001, 1'700'000'000'999));
    }

    // ---- the command line ----

    void theCliPassesAnHonestRecord()
    {
        const Run r = runCli({u"--file"_s, save(u"honest.json"_s, honestRecord()), u"7"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"✓ 1. seed matches the commitment"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"number 76"));
        QVERIFY(r.out.contains(u"not on chain"));
        QVERIFY(r.out.contains(u"All 1 round(s) passed"));
    }

    void theCliFailsATamperedRecord()
    {
        const QString path = save(u"tampered.json"_s, changeBet(honestRecord(), 1, u"stake"_s, 501));
        const Run r = runCli({u"--file"_s, path, u"--all"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"✗ 2. bets give the bets root"), qPrintable(r.out));
        const Run j = runCli({u"--file"_s, path, u"--json"_s, u"7"_s});
        QCOMPARE(j.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(o.value(u"ok"_s).toBool(true), false);
        QCOMPARE(o.value(u"exitCode"_s).toInt(), 1);
        const QJsonObject round = o.value(u"rounds").toArray().at(0).toObject();
        QCOMPARE(round.value(u"round").toInteger(), 7);
        QCOMPARE(round.value(u"checks").toArray().at(1).toObject().value(u"status").toString(), u"fail"_s);
        QCOMPARE(round.value(u"checks").toArray().at(0).toObject().value(u"status").toString(), u"pass"_s);
    }

    void theCliReadsAnExport()
    {
        QJsonObject second = honestRecord();
        second.insert(u"round"_s, 8); // the bets root is round 7's
        second.remove(u"gameId"_s);
        const QJsonObject exported{{u"gameId"_s, u"g-test"_s}, {u"tableKey"_s, u"0x"_s}, {u"chain"_s, QJsonValue::Null},
                                   {u"paytable"_s, QJsonObject()}, {u"rounds"_s, QJsonArray{honestRecord(), second}}};
        const QString path = save(u"export.json"_s, exported);
        QCOMPARE(runCli({u"--file"_s, path, u"7"_s}).code, 0);
        const Run all = runCli({u"--file"_s, path, u"--all"_s, u"--json"_s});
        QCOMPARE(all.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(all.out.toUtf8()).object();
        QCOMPARE(o.value(u"checked").toInt(), 2);
        QCOMPARE(o.value(u"passed").toInt(), 1);
        QCOMPARE(o.value(u"rounds").toArray().at(1).toObject().value(u"gameId").toString(), u"g-test"_s);
    }

    void theCliRefusesBadUsage()
    {
        QCOMPARE(runCli({}).code, 2);
        QCOMPARE(runCli({u"--file"_s, m_dir.filePath(u"missing.json"_s), u"1"_s}).code, 2);
        QCOMPARE(runCli({u"--file"_s, save(u"h.json"_s, honestRecord()), u"9"_s}).code, 2); // no such round
        QCOMPARE(runCli({u"--file"_s, save(u"h.json"_s, honestRecord()), u"7"_s, u"--all"_s}).code, 2);
        QCOMPARE(runCli({u"--host"_s, u"ftp://x"_s, u"--game"_s, u"g"_s, u"1"_s}).code, 2);
        // Nobody listens on port 1.
        const Run down = runCli({u"--host"_s, u"http://127.0.0.1:1"_s, u"--game"_s, u"g"_s, u"1"_s});
        QCOMPARE(down.code, 2);
        QVERIFY2(down.err.contains(u"cannot be reached"), qPrintable(down.err));
    }
};

QTEST_GUILESS_MAIN(TestRoundVerifier)
#include "tst_roundverifier.moc"
