// SPDX-License-Identifier: GPL-3.0-or-later
// A rounds table on a real anvil whose node goes down in the middle of a round: the round
// still closes and settles (nothing paid twice, nothing lost), no further round opens without
// its commitment on chain, and when the node returns the settled round's reveal lands on
// chain, checked by the contract, and play resumes with the next round number.
#include "HttpClient.h"
#include "TestHost.h"
#include "server/chain/node/DevnetProcess.h"
#include "server/chain/node/JsonRpcClient.h"
#include "server/chain/primitives/Hex.h"
#include "server/chain/primitives/Keccak256.h"
#include "server/core/GameHost.h"
#include "server/games/rounds/FairDraw.h"
#include "server/games/rounds/RoundsGame.h"
#include "server/ledger/LedgerQueries.h"
#include "server/runtime/HostRuntime.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestRoundsChain : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<chain::DevnetProcess> m_node;
    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    QString m_admin, m_table;
    quint16 m_nodePort = 0;

    bool startNode()
    {
        chain::DevnetOptions o;
        o.toolsDir = QStringLiteral(STEWARD_CHAIN_TOOLS_DIR);
        o.port = m_nodePort;
        o.statePath = m_dir.filePath(u"anvil-state.json"_s);
        o.stateIntervalSeconds = 1;
        m_node = std::make_unique<chain::DevnetProcess>(o);
        QSignalSpy ready(m_node.get(), &chain::DevnetProcess::ready);
        m_node->start();
        if (!ready.wait(20'000))
            return false;
        m_nodePort = quint16(m_node->url().port());
        return true;
    }
    void stopNode()
    {
        QSignalSpy stopped(m_node.get(), &chain::DevnetProcess::stopped);
        m_node->stop();
        QVERIFY(stopped.wait(10'000) || m_node->state() == chain::DevnetProcess::State::Idle);
    }
    const rounds::RoundsGame &table() { return *static_cast<const rounds::RoundsGame *>(m_host->runtime().games().game(m_table)); }
    QJsonObject record(qint64 round) { return m_http->get(u"/api/rounds/%1/%2"_s.arg(m_table).arg(round)).json; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(startNode(), m_node->output().constData());
        chain::ChainOptions o;
        o.enabled = true;
        o.rpcUrl = m_node->url();
        o.toolsDir = QStringLiteral(STEWARD_CHAIN_TOOLS_DIR);
        o.secrets = SecretStorePreference::File;
        m_host = std::make_unique<TestHost>(o, m_dir.filePath(u"host"_s));
        QVERIFY2(m_host->ok(), qPrintable(m_host->error()));
        m_http = std::make_unique<HttpClient>(m_host->httpUrl());
        m_admin = m_http->post(u"/api/players/authenticate"_s, {{u"username"_s, u"admin"_s},
                                                               {u"password"_s, QString::fromLatin1(TestHost::Password)}})
                      .json.value(u"token").toString();
        QVERIFY(QTest::qWaitFor([&] {
            return m_http->get(u"/api/chain/status"_s, m_admin).json.value(u"stage").toString() == u"running";
        }, 30'000));
        const HttpReply created = m_http->post(u"/api/games/create"_s,
                                               {{u"kind"_s, u"rounds"_s}, {u"config"_s, QJsonObject{{u"periodMs"_s, 2'500}, {u"bettingMs"_s, 1'800}}}},
                                               m_admin);
        QCOMPARE(created.status, 200);
        m_table = created.json.value(u"gameId").toString();
    }

    void roundsCommitAndRevealOnChain()
    {
        QTRY_VERIFY_WITH_TIMEOUT(record(2).value(u"revealedOnChain"_s).toBool(), 30'000);
        const QJsonObject r1 = record(1);
        QCOMPARE(r1.value(u"committedOnChain"_s).toBool(), true);
        QVERIFY(!r1.value(u"commitTx"_s).toString().isEmpty());
        QVERIFY(!r1.value(u"revealTx"_s).toString().isEmpty());
        QCOMPARE(r1.value(u"chain"_s).toObject().value(u"chainId"_s).toInteger(), 31337);
    }

    void nodeDownMidRound()
    {
        GameHost &games = m_host->runtime().games();
        auto joined = games.join({games.joinCode(m_table), u"Ada"_s, {{u"role"_s, u"player"_s}}, {}});
        QVERIFY(joined);
        const Actor ada = joined->player.actor();
        // A round that has its commitment on chain and takes bets for a while yet.
        qint64 round = 0;
        QTRY_VERIFY_WITH_TIMEOUT((round = table().openRound().value_or(0)) > 0
                                     && games.viewFor(m_table, Actor::system()).value(u"current"_s).toObject()
                                            .value(u"closesAt"_s).toInteger() > QDateTime::currentMSecsSinceEpoch() + 1'000,
                                 20'000);
        QVERIFY(games.viewFor(m_table, Actor::system()).value(u"current"_s).toObject().value(u"committedOnChain"_s).toBool());
        const qint64 before = table().lanBalance(ada.id);
        QVERIFY(games.submitWire(m_table, u"bet.place"_s, {{u"betId"_s, u"x1"_s}, {u"type"_s, u"odd"_s}, {u"stake"_s, 1'000}}, ada));
        QVERIFY(games.submitWire(m_table, u"bet.place"_s, {{u"betId"_s, u"x2"_s}, {u"type"_s, u"even"_s}, {u"stake"_s, 1'000}}, ada));
        QVERIFY(games.submitWire(m_table, u"bet.place"_s, {{u"betId"_s, u"x3"_s}, {u"type"_s, u"exact"_s}, {u"pick"_s, 7}, {u"stake"_s, 500}}, ada));

        stopNode();
        // The round settles without the chain; exactly one of odd/even wins (1,770 back).
        QTRY_VERIFY_WITH_TIMEOUT(record(round).value(u"round"_s).toInteger() == round, 15'000);
        const QJsonObject settled = record(round);
        const int number = settled.value(u"number"_s).toInt();
        const qint64 expected = before - 2'500 + 1'770 + (number == 7 ? 44'000 : 0);
        QCOMPARE(table().lanBalance(ada.id), expected);
        QCOMPARE(settled.value(u"revealedOnChain"_s).toBool(), false);
        QVERIFY(settled.value(u"revealTx"_s).isNull());
        // No round opens without its commitment on chain.
        QTest::qWait(4'000);
        QCOMPARE(table().openRound().has_value(), false);
        QCOMPARE(table().history().value(u"rounds"_s).toArray().last().toObject().value(u"round"_s).toInteger(), round);

        QVERIFY2(startNode(), m_node->output().constData());
        // The reveal lands, the contract having checked seed and number; play resumes.
        QTRY_VERIFY_WITH_TIMEOUT(record(round).value(u"revealedOnChain"_s).toBool(), 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(table().openRound().value_or(0), round + 1, 30'000);
        QCOMPARE(table().lanBalance(ada.id), expected); // settled once, not again

        chain::JsonRpcClient rpc(m_node->url());
        std::optional<chain::RpcResult> receipt;
        rpc.call(u"eth_getTransactionReceipt"_s, {record(round).value(u"revealTx"_s).toString()},
                 [&](const chain::RpcResult &r) { receipt = r; });
        QTRY_VERIFY_WITH_TIMEOUT(receipt.has_value(), 10'000);
        QVERIFY(*receipt);
        QCOMPARE(receipt->value().toObject().value(u"status"_s).toString(), u"0x1"_s);
        const QString revealed = chain::hex::encode(chain::keccak256("Revealed(bytes32,uint64,bytes32,bytes32,uint8,bytes32)"));
        bool found = false;
        for (const QJsonValue &l : receipt->value().toObject().value(u"logs"_s).toArray()) {
            const QJsonObject log = l.toObject();
            if (log.value(u"topics"_s).toArray().at(0).toString() != revealed)
                continue;
            found = true;
            // data: seed ‖ betsRoot ‖ number ‖ intentId
            const QByteArray data = chain::hex::decode(log.value(u"data"_s).toString()).value_or(QByteArray());
            QCOMPARE(rounds::fair::toHex(data.mid(0, 32)), settled.value(u"seed"_s).toString());
            QCOMPARE(rounds::fair::toHex(data.mid(32, 32)), settled.value(u"betsRoot"_s).toString());
            QCOMPARE(int(quint8(data.at(95))), number);
        }
        QVERIFY(found);
        QVERIFY(ledger::checkConserved(const_cast<Database &>(m_host->runtime().database())));
    }

    void cleanupTestCase()
    {
        m_host.reset();
        if (m_node)
            stopNode();
    }
};

QTEST_GUILESS_MAIN(TestRoundsChain)
#include "tst_roundschain.moc"
