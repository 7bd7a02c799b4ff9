// SPDX-License-Identifier: GPL-3.0-or-later
// A real steward-host process killed with SIGKILL mid-week and started again on the same data:
// no acknowledged order is lost and players' tokens still work.
#include "RealParts.h"
#include "HostProcess.h"
#include "HttpClient.h"
#include "WsClient.h"

#include "server/chain/node/DevnetProcess.h"
#include "server/chain/node/JsonRpcClient.h"
#include "server/chain/primitives/Hex.h"
#include "server/chain/primitives/Keccak256.h"

#include <QSignalSpy>
#include <QTcpServer>

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Password = QString::fromLatin1(HostProcess::Password);
const QString Roles[] = {u"retailer"_s, u"wholesaler"_s, u"distributor"_s, u"factory"_s};
} // namespace

class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedMidWeekLosesNoAcknowledgedOrder()
    {
        QTemporaryDir data;
        QJsonArray players;
        QString gameId;
        int lastBurstQuantity = 0;
        {
            HostProcess host(data.path());
            QVERIFY2(host.port() != 0, host.output().constData());
            HttpClient http(host.http());
            const QString admin = http.signIn(Password);
            QVERIFY(!admin.isEmpty());
            const HttpReply game = http.post(u"/api/games/create"_s, {{u"kind"_s, u"beer"_s}, {u"config"_s, QJsonObject{{u"teams"_s, 1}}}}, admin);
            gameId = game.json.value(u"gameId").toString();
            for (const QString &role : Roles) {
                players.append(http.post(u"/api/games/join"_s, {{u"joinCode"_s, game.json.value(u"joinCode")},
                                                                 {u"name"_s, role.toUpper()}, {u"team"_s, 1}, {u"role"_s, role}}).json);
            }
            QCOMPARE(http.post(u"/api/games/start"_s, {{u"gameId"_s, gameId}}, admin).status, 200);
            // Week 1: everyone orders 5.
            for (const QJsonValue &p : std::as_const(players)) {
                const HttpReply r = http.post(u"/api/orders/place"_s, {{u"gameId"_s, gameId}, {u"quantity"_s, 5}},
                                              p.toObject().value(u"token").toString());
                QCOMPARE(r.status, 200);
            }
            // Week 2: the retailer and wholesaler order over REST...
            for (int i = 0; i < 2; ++i) {
                QCOMPARE(http.post(u"/api/orders/place"_s, {{u"gameId"_s, gameId}, {u"quantity"_s, 11 + i}},
                                   players.at(i).toObject().value(u"token").toString()).json.value(u"week").toInt(), 2);
            }
            // ...and the distributor sends a burst of replacing orders over the WebSocket without
            // waiting; once the last is acknowledged, the host dies.
            WsClient ws(host.ws());
            QVERIFY(ws.waitConnected());
            QCOMPARE(ws.request(u"auth"_s, {{u"token"_s, players.at(2).toObject().value(u"token")}}).value(u"type").toString(), u"ok"_s);
            // Twenty: as many orders as a seat may place in one week (BeerGame::MaxOrdersPerWeek).
            for (int q = 1; q <= 20; ++q)
                ws.send({{u"type"_s, u"order.place"_s}, {u"id"_s, q}, {u"data"_s, QJsonObject{{u"quantity"_s, 100 + q}}}});
            lastBurstQuantity = 120;
            QVERIFY(!ws.waitFor([](const QJsonObject &m) { return m.value(u"re").toInt() == 20; }).isEmpty());
            host.killHard();
            QCOMPARE(host.process().exitStatus(), QProcess::CrashExit);
        }
        HostProcess again(data.path());
        QVERIFY2(again.port() != 0, again.output().constData());
        QVERIFY(again.output().contains("Restored"));
        HttpClient http(again.http());
        // Tokens issued before the crash still work.
        const QString distributorToken = players.at(2).toObject().value(u"token").toString();
        const HttpReply view = http.get(u"/api/games/"_s + gameId, distributorToken);
        QCOMPARE(view.status, 200);
        QCOMPARE(view.json.value(u"week").toInt(), 2);
        QCOMPARE(view.json.value(u"pendingOrder").toInt(), lastBurstQuantity);
        QCOMPARE(view.json.value(u"teamOrdered").toObject().value(u"wholesaler").toBool(), true);
        QCOMPARE(view.json.value(u"teamOrdered").toObject().value(u"factory").toBool(), false);
        WsClient ws(again.ws());
        QVERIFY(ws.waitConnected());
        QCOMPARE(ws.request(u"auth"_s, {{u"token"_s, players.at(3).toObject().value(u"token")}}).value(u"type").toString(), u"ok"_s);
        // The factory's order completes week 2 with the orders from before the crash.
        QCOMPARE(ws.request(u"order.place"_s, {{u"quantity"_s, 7}}).value(u"data").toObject().value(u"week").toInt(), 2);
        const QString admin = http.signIn(Password);
        const QJsonObject history = http.get(u"/api/analytics/gameHistory?gameId="_s + gameId, admin).json;
        const QJsonObject week2 = history.value(u"teams").toArray().at(0).toObject().value(u"weeks").toArray().at(1).toObject();
        const QJsonObject roles = week2.value(u"roles").toObject();
        QCOMPARE(roles.value(u"retailer").toObject().value(u"order").toInt(), 11);
        QCOMPARE(roles.value(u"wholesaler").toObject().value(u"order").toInt(), 12);
        QCOMPARE(roles.value(u"distributor").toObject().value(u"order").toInt(), 120);
        QCOMPARE(roles.value(u"factory").toObject().value(u"order").toInt(), 7);
    }

    void sigtermShutsDownCleanly()
    {
        QTemporaryDir data;
        HostProcess host(data.path());
        QVERIFY(host.port() != 0);
        host.process().terminate(); // SIGTERM
        QVERIFY(host.process().waitForFinished(10000));
        QCOMPARE(host.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(host.process().exitCode(), 0);
        QVERIFY(host.output().contains("Shutting down"));
    }

    // The host dies with SIGKILL right after its players' orders, while their transactions are
    // queued or on their way; a new host on the same data sends what is left, and the chain ends
    // up with each intent exactly once.
    void killedMidSendRecordsEachIntentOnce()
    {
        const QString anvil = QStringLiteral(STEWARD_CHAIN_TOOLS_DIR) + u"/node_modules/.bin/anvil"_s;
        STEWARD_NEEDS(QFile::exists(anvil), "anvil is not installed: run scripts/setup");
        // The node is the test's, so it outlives both hosts; a block a second, like a real chain.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        steward::chain::DevnetOptions options;
        options.anvilPath = anvil;
        options.port = probe.serverPort();
        probe.close();
        options.automine = false;
        options.blockTimeSeconds = 1;
        steward::chain::DevnetProcess node(options);
        QSignalSpy ready(&node, &steward::chain::DevnetProcess::ready);
        node.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20'000);
        const QStringList chainArgs{u"--chain-rpc"_s, node.url().toString(), u"--chain-id"_s, u"31337"_s,
                                    u"--secrets"_s, u"file"_s};

        QTemporaryDir dir;
        auto host = std::make_unique<HostProcess>(dir.path(), chainArgs);
        QVERIFY2(host->port() != 0, host->output().constData());
        auto http = std::make_unique<HttpClient>(host->http());
        QString admin = http->signIn(Password);
        auto stage = [&] { return http->get(u"/api/chain/status"_s, admin).json; };
        QTRY_COMPARE_WITH_TIMEOUT(stage().value(u"stage").toString(), u"running"_s, 30'000);
        const QString ledger = stage().value(u"contracts").toObject().value(u"BeerGameLedger").toString();

        const HttpReply game = http->post(u"/api/games/create"_s,
                                          {{u"kind"_s, u"beer"_s}, {u"config"_s, QJsonObject{{u"teams"_s, 1}, {u"weeks"_s, 2}}}},
                                          admin);
        const QString gameId = game.json.value(u"gameId").toString();
        QStringList tokens;
        for (const QString &role : Roles) {
            const HttpReply joined = http->post(u"/api/games/join"_s, {{u"joinCode"_s, game.json.value(u"joinCode")},
                                                                      {u"name"_s, role}, {u"team"_s, 1}, {u"role"_s, role}});
            tokens << joined.json.value(u"token").toString();
        }
        QCOMPARE(http->post(u"/api/games/start"_s, {{u"gameId"_s, gameId}}, admin).status, 200);
        int queued = 0;
        for (int i = 0; i < 4; ++i) {
            const HttpReply order = http->post(u"/api/orders/place"_s, {{u"gameId"_s, gameId}, {u"quantity"_s, 5 + i}}, tokens[i]);
            QCOMPARE(order.status, 200);
            queued += int(order.json.value(u"chain").toArray().size());
        }
        QCOMPARE(queued, 9); // 4 orders, and the week's 4 inventories and result
        host->killHard();    // mid-send: nothing mined yet, some of it signed and sent

        host = std::make_unique<HostProcess>(dir.path(), chainArgs);
        QVERIFY2(host->port() != 0, host->output().constData());
        http = std::make_unique<HttpClient>(host->http());
        admin = http->signIn(Password);
        QTRY_COMPARE_WITH_TIMEOUT(stage().value(u"outbox").toObject().value(u"confirmed").toInt(), 9, 30'000);
        QCOMPARE(stage().value(u"outbox").toObject().value(u"failed").toInt(), 0);
        QCOMPARE(stage().value(u"contracts").toObject().value(u"BeerGameLedger").toString(), ledger);

        // On the chain: nine records, nine different intents.
        steward::chain::JsonRpcClient rpc(node.url());
        std::optional<steward::chain::RpcResult> logs;
        rpc.call(u"eth_getLogs"_s, {QJsonObject{{u"fromBlock"_s, u"0x0"_s}, {u"address"_s, ledger}}},
                 [&](const steward::chain::RpcResult &r) { logs = r; });
        QTRY_VERIFY_WITH_TIMEOUT(logs.has_value(), 10'000);
        QSet<QString> intents;
        int records = 0;
        const QString operatorChanged =
            steward::chain::hex::encode(steward::chain::keccak256("OperatorChanged(address,address)"));
        for (const QJsonValue &l : logs->value().toArray()) {
            const QJsonArray topics = l.toObject().value(u"topics").toArray();
            if (topics.at(0).toString() == operatorChanged)
                continue; // the deployment's, not a record
            ++records;
            intents.insert(topics.at(2).toString());
        }
        QCOMPARE(records, 9);
        QCOMPARE(intents.size(), 9);
        host.reset();
        QSignalSpy stopped(&node, &steward::chain::DevnetProcess::stopped);
        node.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 10'000);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
