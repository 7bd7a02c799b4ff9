// SPDX-License-Identifier: GPL-3.0-or-later
// The verifier agrees with the host for a hundred rounds played on anvil: a real host with its
// own devnet runs a rounds table (one round a second), two LAN players bet over WebSocket in
// some rounds, and once round 100 is revealed on chain every check of every round passes, in
// process (straight to the node) and in the steward-verify binary (through the host's public
// records and its chain relay, and from the regulator export). Tampered copies of one record
// fail exactly the checks that should catch them.
#include "RealParts.h"
#include "HttpClient.h"
#include "TestHost.h"
#include "WsClient.h"

#include "rounds/ChainChecks.h"
#include "ChainReader.h"
#include "rounds/RoundVerifier.h"

#include "server/games/rounds/FairDraw.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace steward;
using namespace steward::verify;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Rounds = 100;

QString statuses(const RoundReport &r)
{
    QString s;
    for (const RoundCheck &c : r.checks)
        s += statusName(c.status).at(0); // p, f, s, u
    return s;
}

QString describe(const RoundReport &r)
{
    QString s = u"round %1: "_s.arg(r.round);
    for (const RoundCheck &c : r.checks)
        s += u"\n  %1 %2: %3"_s.arg(statusName(c.status), checks::id(c.check), c.reason);
    return s;
}

QString seconds(const QElapsedTimer &t)
{
    return QString::number(double(t.elapsed()) / 1000.0, 'f', 1) + u" s"_s;
}

} // namespace

class TestVerifyChain : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    QString m_admin;
    QString m_gameId;
    QString m_node;
    QList<QJsonObject> m_records; // rounds 1..100 as the host publishes them
    QElapsedTimer m_clock;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    // The binary, while this process's event loop keeps the host serving.
    Run runCli(const QStringList &args, int ms = 120'000)
    {
        QProcess p;
        p.start(QStringLiteral(STEWARD_VERIFY_BIN), args);
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, ms)) {
            p.kill();
            p.waitForFinished(5000);
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        STEWARD_NEEDS(QFile::exists(QStringLiteral(STEWARD_CHAIN_TOOLS_DIR) + u"/node_modules/.bin/anvil"_s),
                      "anvil is not installed: run scripts/setup");
        m_clock.start();
    }

    void aHundredRoundsArePlayedOnChain()
    {
        m_host = std::make_unique<TestHost>(TestHost::devnet());
        QVERIFY2(m_host->ok(), qPrintable(m_host->error()));
        m_http = std::make_unique<HttpClient>(m_host->httpUrl());
        m_admin = m_http->signIn(QString::fromLatin1(TestHost::Password));
        QVERIFY(!m_admin.isEmpty());
        QVERIFY(QTest::qWaitFor([&] {
            return m_http->get(u"/api/chain/status"_s, m_admin).json.value(u"stage").toString() == u"running";
        }, 60'000));
        const QJsonObject status = m_http->get(u"/api/chain/status"_s, m_admin).json;
        m_node = status.value(u"node").toString();
        QVERIFY(status.value(u"contracts").toObject().value(u"RoundFairness").toString().startsWith(u"0x"));
        qInfo().noquote() << "chain running after" << seconds(m_clock);

        const HttpReply game = m_http->post(u"/api/games/create"_s,
                                            {{u"kind"_s, u"rounds"_s},
                                             {u"config"_s, QJsonObject{{u"periodMs"_s, 1000}, {u"bettingMs"_s, 600}}}},
                                            m_admin);
        QCOMPARE(game.status, 200);
        m_gameId = game.json.value(u"gameId").toString();
        std::vector<std::unique_ptr<WsClient>> players;
        for (const QString &name : {u"Ada"_s, u"Bo"_s}) {
            const HttpReply joined = m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, game.json.value(u"joinCode")},
                                                                         {u"name"_s, name}, {u"team"_s, 1},
                                                                         {u"role"_s, u"player"_s}});
            QCOMPARE(joined.status, 200);
            auto ws = std::make_unique<WsClient>(m_host->wsUrl());
            QVERIFY(ws->waitConnected());
            QCOMPARE(ws->request(u"auth"_s, {{u"token"_s, joined.json.value(u"token")}}).value(u"type").toString(), u"ok"_s);
            players.push_back(std::move(ws));
        }

        // A few bets in some rounds (bursts of two, then a pause), of every kind, until round 40.
        static const QString Types[] = {u"exact"_s, u"high"_s, u"decade"_s, u"odd"_s, u"low"_s, u"even"_s};
        QHash<qint64, QStringList> betsByRound;
        int accepted = 0;
        for (int k = 0;; ++k) {
            const HttpReply last = m_http->get(u"/api/rounds/%1/%2"_s.arg(m_gameId).arg(Rounds));
            if (last.status == 200 && last.json.value(u"revealTx").isString())
                break;
            QVERIFY2(m_clock.elapsed() < 230'000, "round 100 was not revealed in time");
            if (k % 5 < 2 && (betsByRound.isEmpty() || betsByRound.keys().last() < 40)) {
                const QString type = Types[k % 6];
                QJsonObject bet{{u"betId"_s, u"b%1"_s.arg(k)}, {u"type"_s, type}, {u"stake"_s, 100 + k}};
                if (type == u"exact")
                    bet.insert(u"pick"_s, (k * 7) % 100);
                if (type == u"decade")
                    bet.insert(u"pick"_s, k % 10);
                if (k % 3)
                    bet.insert(u"clientSeed"_s, k % 3 == 1 ? u"seed-%1"_s.arg(k) : u"ü✓|%1"_s.arg(k));
                const QJsonObject reply = players[size_t(k % 2)]->request(u"bet.place"_s, bet);
                if (reply.value(u"type").toString() == u"ok") {
                    const QJsonObject d = reply.value(u"data").toObject();
                    betsByRound[d.value(u"round").toInteger()] << d.value(u"betRef").toString();
                    ++accepted;
                }
            }
            QTest::qWait(k % 5 < 2 ? 150 : 500);
        }
        qInfo().noquote() << "round" << Rounds << "revealed after" << seconds(m_clock) << "with" << accepted
                          << "bets in" << betsByRound.size() << "rounds";
        QVERIFY(accepted >= 10);

        for (qint64 n = 1; n <= Rounds; ++n) {
            const HttpReply r = m_http->get(u"/api/rounds/%1/%2"_s.arg(m_gameId).arg(n));
            QCOMPARE(r.status, 200);
            m_records << r.json;
            // The bets the players were told were accepted are the ones published, in order.
            QStringList refs;
            for (const QJsonValue &b : r.json.value(u"bets").toArray())
                refs << b.toObject().value(u"betRef").toString();
            QCOMPARE(refs, betsByRound.value(n));
        }
        QVERIFY(!m_records.last().value(u"chain").toObject().value(u"contract").toString().isEmpty());
    }

    void theVerifierAgreesInProcess()
    {
        QCOMPARE(m_records.size(), Rounds);
        QElapsedTimer t;
        t.start();
        ChainReader node{QUrl(m_node)};
        RoundVerifier verifier;
        verifier.setChain(&node);
        for (const QJsonObject &record : std::as_const(m_records)) {
            QVERIFY(record.value(u"committedOnChain").toBool());
            QVERIFY(record.value(u"revealedOnChain").toBool());
            const RoundReport r = verifier.verifyNow(record);
            QVERIFY2(statuses(r) == u"ppppppp"_s, qPrintable(describe(r)));
            QVERIFY(r.notices.isEmpty());
        }
        qInfo().noquote() << Rounds << "rounds verified in process in" << seconds(t);

        // Through the host's relay, as the web page and the binary read the chain.
        ChainReader relay{QUrl(m_host->httpUrl().toString() + u"/api/chain/rpc"_s)};
        verifier.setChain(&relay);
        const RoundReport viaRelay = verifier.verifyNow(m_records.at(41));
        QVERIFY2(statuses(viaRelay) == u"ppppppp"_s, qPrintable(describe(viaRelay)));
    }

    void tamperedCopiesFail()
    {
        QCOMPARE(m_records.size(), Rounds);
        ChainReader node{QUrl(m_node)};
        RoundVerifier verifier;
        verifier.setChain(&node);
        // A round with bets, if any had some.
        QJsonObject honest = m_records.at(4);
        for (const QJsonObject &r : std::as_const(m_records)) {
            if (!r.value(u"bets").toArray().isEmpty()) {
                honest = r;
                break;
            }
        }
        auto expect = [&](const QString &what, const QJsonObject &record, const QString &expected) {
            const RoundReport r = verifier.verifyNow(record);
            if (statuses(r) != expected)
                qWarning().noquote() << what << describe(r);
            return statuses(r) == expected;
        };

        QJsonObject wrongNumber = honest;
        wrongNumber.insert(u"number"_s, (honest.value(u"number").toInt() + 1) % 100);
        QVERIFY(expect(u"wrong number"_s, wrongNumber, u"ppfppff"_s));

        // A host that swapped the seed after the fact, consistently with itself: only the chain
        // can tell.
        const QByteArray seed = rounds::fair::newSeed();
        const QByteArray root = rounds::fair::fromHex32(honest.value(u"betsRoot").toString());
        QJsonObject otherSeed = honest;
        otherSeed.insert(u"seed"_s, rounds::fair::toHex(seed));
        otherSeed.insert(u"seedHash"_s, rounds::fair::toHex(rounds::fair::seedHash(seed)));
        otherSeed.insert(u"number"_s, rounds::fair::drawNumber(seed, root));
        QVERIFY(expect(u"other seed"_s, otherSeed, u"pppfffp"_s));

        // Betting that opened before the commitment was in a block.
        QJsonObject early = honest;
        early.insert(u"opensAt"_s, honest.value(u"opensAt").toInteger() - 5'000);
        QVERIFY(expect(u"early opening"_s, early, u"ppppfpp"_s));

        // The commitment of another round.
        QJsonObject otherCommit = honest;
        otherCommit.insert(u"commitTx"_s, m_records.at(honest.value(u"round").toInt()).value(u"commitTx"));
        QVERIFY(expect(u"other commit"_s, otherCommit, u"pppffpp"_s));

        // A bet the host did not take.
        QJsonObject extraBet = honest;
        QJsonArray bets = honest.value(u"bets").toArray();
        bets.append(QJsonObject{{u"betRef"_s, u"lan:x:late"_s}, {u"type"_s, u"odd"_s}, {u"stake"_s, 100},
                                {u"clientSeed"_s, u""_s}});
        extraBet.insert(u"bets"_s, bets);
        QVERIFY(expect(u"extra bet"_s, extraBet, u"pfppppp"_s));

        // Another contract than RoundFairness's.
        verifier.setContract(u"0x000000000000000000000000000000000000dEaD"_s);
        QVERIFY(expect(u"other contract"_s, honest, u"pppffff"_s));
    }

    void theBinaryAgrees()
    {
        QCOMPARE(m_records.size(), Rounds);
        QElapsedTimer t;
        t.start();
        // Public data only: the host's records and its chain relay. More rounds may have been
        // settled meanwhile; their reveals may still be on the way (check 6 skipped, not failed).
        const Run all = runCli({u"--host"_s, m_host->httpUrl().toString(), u"--game"_s, m_gameId, u"--all"_s, u"--json"_s});
        QVERIFY2(all.code == 0, all.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(all.out).object();
        QVERIFY(o.value(u"checked").toInt() >= Rounds);
        QCOMPARE(o.value(u"passed").toInt(), o.value(u"checked").toInt());
        const QJsonArray rounds = o.value(u"rounds").toArray();
        for (qint64 n = 0; n < Rounds; ++n) {
            const QJsonObject r = rounds.at(n).toObject();
            QCOMPARE(r.value(u"round").toInteger(), n + 1);
            for (const QJsonValue &c : r.value(u"checks").toArray())
                QCOMPARE(c.toObject().value(u"status").toString(), u"pass"_s);
        }
        qInfo().noquote() << "steward-verify --all checked" << o.value(u"checked").toInt() << "rounds via the relay in"
                          << seconds(t);

        // The human form of one round.
        const Run one = runCli({u"--host"_s, m_host->httpUrl().toString(), u"--game"_s, m_gameId, u"7"_s});
        QCOMPARE(one.code, 0);
        const QString text = QString::fromUtf8(one.out);
        QCOMPARE(text.count(u"  ✓ "_s), 7);
        QVERIFY(text.contains(u"Round 7 of"));

        // The regulator export, checked with the node named.
        const HttpReply exported = m_http->get(u"/api/rounds/%1/export.json"_s.arg(m_gameId), m_admin);
        QCOMPARE(exported.status, 200);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(exported.body);
        f.close();
        const Run file = runCli({u"--file"_s, path, u"--rpc"_s, m_node, u"--all"_s, u"--json"_s});
        QVERIFY2(file.code == 0, file.err.constData());
        QVERIFY(QJsonDocument::fromJson(file.out).object().value(u"checked").toInt() >= Rounds);
        // Without a node: checks 1–3 only, and it says so.
        const Run offline = runCli({u"--file"_s, path, u"12"_s});
        QCOMPARE(offline.code, 0);
        QVERIFY(QString::fromUtf8(offline.out).contains(u"no --rpc node was given"));

        // A tampered copy of one record fails.
        QJsonObject tampered = m_records.at(11);
        tampered.insert(u"number"_s, (tampered.value(u"number").toInt() + 50) % 100);
        const QString tamperedPath = dir.filePath(u"round12.json"_s);
        QFile g(tamperedPath);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QJsonDocument(tampered).toJson());
        g.close();
        const Run bad = runCli({u"--file"_s, tamperedPath, u"--rpc"_s, m_node, u"12"_s});
        QCOMPARE(bad.code, 1);
        QVERIFY(QString::fromUtf8(bad.out).contains(u"✗ 3."));
        qInfo().noquote() << "whole test" << seconds(m_clock);
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_host.reset();
    }
};

QTEST_GUILESS_MAIN(TestVerifyChain)
#include "tst_verifychain.moc"
