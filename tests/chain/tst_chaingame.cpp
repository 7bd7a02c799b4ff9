// SPDX-License-Identifier: GPL-3.0-or-later
// The Beer Game on chain, end to end: a host with its own devnet, players ordering over
// WebSocket, each order and week result confirmed on BeerGameLedger, players told, and a
// restart that reuses the contract and sends nothing twice.
#include "RealParts.h"
#include "HttpClient.h"
#include "TestHost.h"
#include "WsClient.h"

#include "server/chain/node/JsonRpcClient.h"
#include "server/chain/primitives/EventLog.h"
#include "server/chain/primitives/Hex.h"
#include "server/store/Database.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

bool waitRunning(HttpClient &http, const QString &admin)
{
    return QTest::qWaitFor([&] {
        return http.get(u"/api/chain/status"_s, admin).json.value(u"stage").toString() == u"running";
    }, 30'000);
}

} // namespace

class TestChainGame : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        STEWARD_NEEDS(QFile::exists(QStringLiteral(STEWARD_CHAIN_TOOLS_DIR) + u"/node_modules/.bin/anvil"_s),
                      "anvil is not installed: run scripts/setup");
    }

    void ordersAndWeeksAreConfirmedOnChain()
    {
        TestHost host(TestHost::devnet(), m_dir.path());
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const QString admin = http.signIn(QString::fromLatin1(TestHost::Password));
        QVERIFY(waitRunning(http, admin));
        const QJsonObject status = http.get(u"/api/chain/status"_s, admin).json;
        QCOMPARE(status.value(u"chainId").toInteger(), 31337);
        QVERIFY(status.value(u"keyStore").toString().contains(u"secrets.json"));
        const QString ledger = status.value(u"contracts").toObject().value(u"BeerGameLedger").toString();
        QVERIFY(ledger.startsWith(u"0x"));

        const HttpReply game = http.post(u"/api/games/create"_s,
                                         {{u"kind"_s, u"beer"_s}, {u"config"_s, QJsonObject{{u"teams"_s, 1}, {u"weeks"_s, 2}}}},
                                         admin);
        QCOMPARE(game.status, 200);
        const QString roles[] = {u"retailer"_s, u"wholesaler"_s, u"distributor"_s, u"factory"_s};
        std::vector<std::unique_ptr<WsClient>> players;
        for (const QString &role : roles) {
            const HttpReply joined = http.post(u"/api/games/join"_s, {{u"joinCode"_s, game.json.value(u"joinCode")},
                                                                     {u"name"_s, role}, {u"team"_s, 1}, {u"role"_s, role}});
            QCOMPARE(joined.status, 200);
            auto ws = std::make_unique<WsClient>(host.wsUrl());
            QVERIFY(ws->waitConnected());
            QCOMPARE(ws->request(u"auth"_s, {{u"token"_s, joined.json.value(u"token")}}).value(u"type").toString(), u"ok"_s);
            players.push_back(std::move(ws));
        }
        QCOMPARE(http.post(u"/api/games/start"_s, {{u"gameId"_s, game.json.value(u"gameId")}}, admin).status, 200);

        // Week 1: each player orders 3 + their seat number; the last order also closes the week.
        QList<QList<qint64>> queuedBy;
        for (int i = 0; i < 4; ++i) {
            const QJsonObject ok = players[i]->request(u"order.place"_s, {{u"quantity"_s, 3 + i}});
            QCOMPARE(ok.value(u"type").toString(), u"ok"_s);
            const QJsonArray chain = ok.value(u"data").toObject().value(u"chain").toArray();
            QList<qint64> ids;
            for (const QJsonValue &c : chain) {
                QCOMPARE(c.toObject().value(u"status").toString(), u"queued"_s);
                QVERIFY(c.toObject().value(u"txHash").isNull());
                ids << c.toObject().value(u"outboxId").toInteger();
            }
            QCOMPARE(chain.first().toObject().value(u"kind").toString(), u"beer.order"_s);
            QCOMPARE(ids.size(), i < 3 ? 1 : 6); // the week's 4 inventories and its result ride on the last order
            queuedBy << ids;
        }
        // Each player is told about each of their intents, with its transaction.
        for (int i = 0; i < 4; ++i) {
            for (qint64 id : std::as_const(queuedBy[i])) {
                const QJsonObject settled = players[i]->waitFor([id](const QJsonObject &m) {
                    return m.value(u"type").toString() == u"chain.tx"
                        && m.value(u"data").toObject().value(u"outboxId").toInteger() == id;
                }, 20'000);
                QCOMPARE(settled.value(u"data").toObject().value(u"status").toString(), u"confirmed"_s);
                QVERIFY(settled.value(u"data").toObject().value(u"txHash").toString().startsWith(u"0x"));
            }
        }
        const QJsonArray txs = http.get(u"/api/chain/transactions"_s, admin).json.value(u"transactions").toArray();
        QCOMPARE(txs.size(), 9);
        for (const QJsonValue &t : txs)
            QCOMPARE(t.toObject().value(u"status").toString(), u"confirmed"_s);

        // What the chain itself holds: the four orders with their quantities.
        chain::JsonRpcClient rpc(QUrl(http.get(u"/api/chain/status"_s, admin).json.value(u"node").toString()));
        const auto placed = chain::AbiEvent::parse(
            u"OrderPlaced(bytes32 indexed gameId, uint16 team, uint32 week, uint8 role, uint32 quantity, bytes32 indexed intentId)");
        std::optional<chain::RpcResult> logs;
        rpc.call(u"eth_getLogs"_s, {QJsonObject{{u"fromBlock"_s, u"0x0"_s}, {u"address"_s, ledger},
                                                {u"topics"_s, QJsonArray{chain::hex::encode(placed->topic0())}}}},
                 [&](const chain::RpcResult &r) { logs = r; });
        QVERIFY(QTest::qWaitFor([&] { return logs.has_value(); }, 10'000));
        QVERIFY(logs->ok());
        QList<quint64> quantities;
        for (const QJsonValue &l : logs->value().toArray()) {
            chain::EventLog log;
            for (const QJsonValue &t : l.toObject().value(u"topics").toArray())
                log.topics << chain::hex::decode(t.toString()).value_or(QByteArray());
            log.data = chain::hex::decode(l.toObject().value(u"data").toString()).value_or(QByteArray());
            const auto values = placed->decode(log);
            QVERIFY2(values.ok(), qPrintable(values ? QString() : values.error().reason));
            QCOMPARE(values->at(1).toNumber().toU64().value_or(0), 1u); // team
            quantities << values->at(4).toNumber().toU64().value_or(0);
        }
        std::sort(quantities.begin(), quantities.end());
        QCOMPARE(quantities, (QList<quint64>{3, 4, 5, 6}));
    }

    void aRestartReusesTheContractAndSendsNothingAgain()
    {
        // The same data folder as the test before: its devnet state, key and outbox.
        TestHost host(TestHost::devnet(), m_dir.path());
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const QString admin = http.signIn(QString::fromLatin1(TestHost::Password));
        QVERIFY(waitRunning(http, admin));
        const QJsonObject status = http.get(u"/api/chain/status"_s, admin).json;
        QCOMPARE(status.value(u"outbox").toObject().value(u"confirmed").toInteger(), 9);
        QSqlQuery q(host.runtime().database().handle());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM chain_tx"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 9);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM chain_contracts"_s) && q.next());
        // Every kind's contract (BeerGameLedger, RoundFairness, SovereignLinesResults), found again, not deployed again.
        QCOMPARE(q.value(0).toInt(), 3);
    }

    void withoutAChainNothingIsQueued()
    {
        TestHost host; // the chain is off unless asked for
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const QString admin = http.signIn(QString::fromLatin1(TestHost::Password));
        QCOMPARE(http.get(u"/api/chain/status"_s, admin).json, (QJsonObject{{u"enabled"_s, false}}));
        const HttpReply game = http.post(u"/api/games/create"_s, {{u"kind"_s, u"beer"_s}}, admin);
        const HttpReply joined = http.post(u"/api/games/join"_s, {{u"joinCode"_s, game.json.value(u"joinCode")},
                                                                 {u"name"_s, u"Ana"_s}, {u"team"_s, 1}, {u"role"_s, u"retailer"_s}});
        QCOMPARE(http.post(u"/api/games/start"_s, {{u"gameId"_s, game.json.value(u"gameId")}}, admin).status, 200);
        const HttpReply order = http.post(u"/api/orders/place"_s, {{u"gameId"_s, game.json.value(u"gameId")}, {u"quantity"_s, 4}},
                                          joined.json.value(u"token").toString());
        QCOMPARE(order.status, 200);
        QVERIFY(!order.json.contains(u"chain"));
        QSqlQuery q(host.runtime().database().handle());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM chain_outbox"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChainGame)
#include "tst_chaingame.moc"
