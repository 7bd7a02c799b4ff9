// SPDX-License-Identifier: GPL-3.0-or-later
// A Sovereign Lines match on a host with a real anvil: its end is recorded on
// SovereignLinesResults through the outbox, and its replay, played again from the seed and the
// events, reaches the very hashes the chain holds.
#include "HttpClient.h"
#include "RealParts.h"
#include "TestHost.h"
#include "WsClient.h"

#include "server/chain/node/JsonRpcClient.h"
#include "server/chain/primitives/EventLog.h"
#include "server/chain/primitives/Hex.h"
#include "server/games/sovereign/SovereignResultCalls.h"
#include "sovereign/SovereignVerifyMode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestSovereignChain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        STEWARD_NEEDS(QFile::exists(QStringLiteral(STEWARD_CHAIN_TOOLS_DIR) + u"/node_modules/.bin/anvil"_s),
                      "anvil is not installed: run scripts/setup");
    }

    void theEndIsOnChainAndTheReplayReachesIt()
    {
        QTemporaryDir dir;
        TestHost host(TestHost::devnet(), dir.path());
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const QString admin = http.signIn(QString::fromLatin1(TestHost::Password));
        QVERIFY(QTest::qWaitFor([&] { return http.get(u"/api/chain/status"_s, admin).json.value(u"stage").toString() == u"running"; },
                                30'000));
        const QString results =
            http.get(u"/api/chain/status"_s, admin).json.value(u"contracts"_s).toObject().value(u"SovereignLinesResults"_s).toString();
        QVERIFY(results.startsWith(u"0x"));

        // Ada against three bots of both strengths on the small map of seed 7.
        const HttpReply created = http.post(u"/api/games/create"_s,
                                            {{u"kind"_s, u"sovereign"_s},
                                             {u"config"_s, QJsonObject{{u"mapSeed"_s, 7}, {u"slots"_s, 4}, {u"botStrength"_s, u"mixed"_s}}}},
                                            admin);
        QCOMPARE(created.status, 200);
        const QString gameId = created.json.value(u"gameId"_s).toString();
        const QJsonObject ada = http.post(u"/api/games/join"_s, {{u"joinCode"_s, created.json.value(u"joinCode"_s)},
                                                                 {u"name"_s, u"Ada"_s}}).json;
        WsClient ws(host.wsUrl());
        QVERIFY(ws.waitConnected());
        QCOMPARE(ws.request(u"auth"_s, {{u"token"_s, ada.value(u"token"_s)}}).value(u"type"_s).toString(), u"ok"_s);
        QCOMPARE(ws.request(u"sovereign.pick"_s, {{u"region"_s, 4}}).value(u"type"_s).toString(), u"ok"_s);
        const QString replayPath = u"/api/sovereign/%1/replay"_s.arg(gameId);
        QCOMPARE(http.get(replayPath, admin).errorCode(), u"MATCH_NOT_OVER"_s);
        QCOMPARE(http.post(u"/api/games/start"_s, {{u"gameId"_s, gameId}}, admin).status, 200);
        QVERIFY(!ws.waitForState([](const QJsonObject &v) { return v.value(u"tick"_s).toInt() >= 40; }, 10000).isEmpty());
        QCOMPARE(ws.request(u"sovereign.attack"_s, {{u"from"_s, 4}, {u"to"_s, 29}, {u"share"_s, 60}}).value(u"type"_s).toString(), u"ok"_s);
        // Three seconds of bots playing, then the host ends it.
        QVERIFY(!ws.waitForState([](const QJsonObject &v) { return v.value(u"tick"_s).toInt() >= 100; }, 10000).isEmpty());
        const HttpReply ended = http.post(u"/api/games/end"_s, {{u"gameId"_s, gameId}}, admin);
        QCOMPARE(ended.status, 200);
        const QJsonArray chain = ended.json.value(u"chain"_s).toArray();
        QCOMPARE(chain.size(), 1);
        QCOMPARE(chain.first().toObject().value(u"kind"_s).toString(), u"sovereign.result"_s);
        QVERIFY(QTest::qWaitFor([&] {
            const QJsonArray txs = http.get(u"/api/chain/transactions"_s, admin).json.value(u"transactions"_s).toArray();
            return txs.size() == 1 && txs.first().toObject().value(u"status"_s).toString() == u"confirmed"_s;
        }, 30'000));

        // The replay: the host's players may see it, others may not.
        const HttpReply replay = http.get(replayPath, admin);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.json.value(u"matchesHost"_s).toBool(), true);
        QCOMPARE(replay.json.value(u"endReason"_s).toString(), u"host"_s);
        QVERIFY(replay.json.value(u"frames"_s).toArray().size() >= 3); // a frame a second
        QCOMPARE(replay.json.value(u"start"_s).toObject().value(u"players"_s).toObject().size(), 4);
        QCOMPARE(http.get(replayPath, ada.value(u"token"_s).toString()).status, 200);
        const HttpReply other = http.post(u"/api/games/create"_s, {{u"kind"_s, u"sovereign"_s}, {u"config"_s, QJsonObject{}}}, admin);
        const QJsonObject stranger = http.post(u"/api/games/join"_s, {{u"joinCode"_s, other.json.value(u"joinCode"_s)},
                                                                      {u"name"_s, u"Eve"_s}}).json;
        QCOMPARE(http.get(replayPath, stranger.value(u"token"_s).toString()).errorCode(), u"FORBIDDEN"_s);
        QCOMPARE(http.get(replayPath).errorCode(), u"AUTH_REQUIRED"_s);

        // What the chain holds is what the replay reached.
        chain::JsonRpcClient rpc(QUrl(http.get(u"/api/chain/status"_s, admin).json.value(u"node"_s).toString()));
        const auto recorded = chain::AbiEvent::parse(
            u"MatchRecorded(bytes32 indexed gameId, bytes32 inputHash, bytes32 stateHash, bytes32 standingsHash, uint16 winner, "
            "uint16 players, uint64 endTick, bytes32 indexed intentId)");
        QVERIFY(recorded.has_value());
        std::optional<chain::RpcResult> logs;
        rpc.call(u"eth_getLogs"_s, {QJsonObject{{u"fromBlock"_s, u"0x0"_s}, {u"address"_s, results},
                                                {u"topics"_s, QJsonArray{chain::hex::encode(recorded->topic0())}}}},
                 [&](const chain::RpcResult &r) { logs = r; });
        QVERIFY(QTest::qWaitFor([&] { return logs.has_value(); }, 10'000));
        QVERIFY(logs->ok());
        QCOMPARE(logs->value().toArray().size(), 1);
        const QJsonObject l = logs->value().toArray().first().toObject();
        chain::EventLog log;
        for (const QJsonValue &t : l.value(u"topics"_s).toArray())
            log.topics << chain::hex::decode(t.toString()).value_or(QByteArray());
        log.data = chain::hex::decode(l.value(u"data"_s).toString()).value_or(QByteArray());
        const auto values = recorded->decode(log);
        QVERIFY2(values.ok(), qPrintable(values ? QString() : values.error().reason));
        QCOMPARE(values->at(0).toBytes(), sovereign::results::gameKey(gameId));
        QCOMPARE(QString::fromLatin1(values->at(1).toBytes().toHex()), replay.json.value(u"inputHash"_s).toString());
        QCOMPARE(QString::fromLatin1(values->at(2).toBytes().toHex()), replay.json.value(u"stateHash"_s).toString());
        QList<int> standings;
        for (const QJsonValue &v : replay.json.value(u"standings"_s).toArray())
            standings << v.toInt();
        QCOMPARE(standings.size(), 4);
        QCOMPARE(values->at(3).toBytes(), sovereign::results::standingsHash(standings));
        QCOMPARE(values->at(4).toNumber().toU64().value_or(99), quint64(standings.first()));
        QCOMPARE(values->at(5).toNumber().toU64().value_or(0), 4u);
        QCOMPARE(qint64(values->at(6).toNumber().toU64().value_or(0)), replay.json.value(u"endTick"_s).toInteger());

        // steward-verify --sovereign, as a player runs it: through the host and its chain relay.
        const auto verify = [](const QStringList &args, QString &text) {
            QString errors;
            QTextStream out(&text), err(&errors);
            const int code = verify::SovereignVerifyMode().run(QStringList{u"steward-verify"_s} + args, out, err);
            text += errors;
            return code;
        };
        QString report;
        QCOMPARE(verify({u"--host"_s, host.httpUrl().toString(), u"--game"_s, gameId, u"--token"_s, ada.value(u"token"_s).toString()},
                        report),
                 0);
        QVERIFY2(report.contains(u"Every check passed."_s), qPrintable(report));
        QVERIFY2(report.contains(u"ok    winner on chain"_s), qPrintable(report));
        QCOMPARE(report.count(u"FAILED"_s), 0);
        // A checkpoint at the start and every 5 s (100 ticks) of the match, each reached again.
        const QJsonArray checkpoints = replay.json.value(u"checkpoints"_s).toArray();
        QCOMPARE(checkpoints.size(), 1 + replay.json.value(u"endTick"_s).toInteger() / 100);
        QCOMPARE(checkpoints.at(1).toArray().at(0).toInteger(), 100);
        QVERIFY2(report.contains(u"ok    every checkpoint as the host reached it: %1 checkpoint(s), one every 5 s"_s.arg(checkpoints.size())),
                 qPrintable(report));

        // A copy whose one input was changed (Ada sent one troop fewer) plays to another state.
        QJsonObject tampered = replay.json;
        QJsonArray inputs = tampered.value(u"inputs"_s).toArray();
        bool changed = false;
        qint64 changedAt = 0; // the host's tick; the match started at the tick of sovereign.started
        qint64 startedAt = 0;
        for (qsizetype i = 0; i < inputs.size() && !changed; ++i) {
            QJsonObject in = inputs.at(i).toObject();
            if (in.value(u"type"_s).toString() == u"sovereign.started"_s)
                startedAt = in.value(u"tick"_s).toInteger();
            if (in.value(u"type"_s).toString() == u"sovereign.sent"_s) {
                changedAt = in.value(u"tick"_s).toInteger();
                QJsonObject data = in.value(u"data"_s).toObject();
                data.insert(u"troops"_s, data.value(u"troops"_s).toInt() - 1);
                in.insert(u"data"_s, data);
                inputs[i] = in;
                changed = true;
            }
        }
        QVERIFY(changed);
        tampered.insert(u"inputs"_s, inputs);
        QFile copy(dir.filePath(u"tampered.json"_s));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(QJsonDocument(tampered).toJson());
        copy.close();
        report.clear();
        QCOMPARE(verify({u"--file"_s, copy.fileName(), u"--rpc"_s, http.get(u"/api/chain/status"_s, admin).json.value(u"node"_s).toString()},
                        report),
                 1);
        QVERIFY2(report.contains(u"FAILED input hash as the host claims"_s), qPrintable(report));
        QVERIFY2(report.contains(u"FAILED final state on chain"_s), qPrintable(report));
        // The checkpoints agree up to the change, and the first after it differs.
        const qint64 firstAfter = ((changedAt - startedAt) / 100 + 1) * 100;
        QVERIFY2(report.contains(u"FAILED every checkpoint as the host reached it: %1 of %2 the same; the first that differs is at tick %3"_s
                                     .arg(firstAfter / 100)
                                     .arg(checkpoints.size())
                                     .arg(firstAfter)),
                 qPrintable(report));
        // Nothing to check it against: a usage error, not a pass.
        report.clear();
        QCOMPARE(verify({u"--file"_s, copy.fileName()}, report), 2);
        QVERIFY2(report.contains(u"--no-chain"_s), qPrintable(report));

        // A copy edited to send to a region the map does not have is refused, not played.
        QJsonArray odd = replay.json.value(u"inputs"_s).toArray();
        qsizetype sentAt = -1;
        for (qsizetype i = 0; i < odd.size() && sentAt < 0; ++i) {
            QJsonObject in = odd.at(i).toObject();
            if (in.value(u"type"_s).toString() == u"sovereign.sent"_s) {
                QJsonObject data = in.value(u"data"_s).toObject();
                data.insert(u"to"_s, 9999);
                in.insert(u"data"_s, data);
                odd[i] = in;
                sentAt = i;
            }
        }
        QJsonObject oddCopy = replay.json;
        oddCopy.insert(u"inputs"_s, odd);
        QFile oddFile(dir.filePath(u"odd.json"_s));
        QVERIFY(oddFile.open(QIODevice::WriteOnly));
        oddFile.write(QJsonDocument(oddCopy).toJson());
        oddFile.close();
        report.clear();
        QCOMPARE(verify({u"--file"_s, oddFile.fileName(), u"--no-chain"_s}, report), 2);
        QVERIFY2(report.contains(u"The match cannot be played again: Input %1: sovereign.sent names a player or a region this match does not have."_s.arg(sentAt)),
                 qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(TestSovereignChain)
#include "tst_sovereignchain.moc"
