// SPDX-License-Identifier: GPL-3.0-or-later
// The transaction outbox against a real anvil and a real SQLite database: intents queued with
// events become confirmed transactions exactly once, through a stuck send, a revert, a node
// restart and a host that dies mid-send.
#include "RealParts.h"
#include "server/chain/ChainListener.h"
#include "server/chain/ContractDeployer.h"
#include "server/chain/TxOutbox.h"
#include "server/chain/node/DevnetProcess.h"
#include "server/chain/node/JsonRpcClient.h"
#include "server/chain/primitives/AbiFunction.h"
#include "server/chain/primitives/EventLog.h"
#include "server/chain/primitives/Hex.h"
#include "server/chain/primitives/Secp256k1.h"
#include "server/core/ChainIntent.h"
#include "server/core/Clock.h"
#include "server/games/beer/BeerLedgerCalls.h"
#include "server/store/Database.h"
#include "server/store/EventStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace steward;
using namespace steward::chain;
using namespace Qt::StringLiterals;

namespace {

const QString AnvilPath = QStringLiteral(STEWARD_ANVIL_PATH);

RpcResult await(JsonRpcClient &rpc, const QString &method, const QJsonArray &params)
{
    std::optional<RpcResult> out;
    rpc.call(method, params, [&](const RpcResult &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 15'000))
        return RpcResult::failure(RpcError::local(RpcError::Kind::Timeout, u"test wait"_s));
    return *out;
}

QByteArray newKey()
{
    QByteArray key(32, '\0');
    do {
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    } while (!secp256k1::isValidPrivateKey(key));
    return key;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestTxOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<DevnetProcess> m_devnet;
    std::unique_ptr<JsonRpcClient> m_rpc;
    QByteArray m_key;
    Address m_ledger;
    quint16 m_port = 0;
    int m_seq = 0;

    bool startDevnet(bool automine)
    {
        DevnetOptions options;
        options.anvilPath = AnvilPath;
        options.port = m_port;
        options.automine = automine;
        options.statePath = m_dir.filePath(u"devnet-state.json"_s);
        options.stateIntervalSeconds = 1;
        m_devnet = std::make_unique<DevnetProcess>(options);
        QSignalSpy ready(m_devnet.get(), &DevnetProcess::ready);
        QSignalSpy failed(m_devnet.get(), &DevnetProcess::failed);
        m_devnet->start();
        if (!QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, 20'000) || ready.isEmpty())
            return false;
        if (!m_rpc)
            m_rpc = std::make_unique<JsonRpcClient>(m_devnet->url());
        m_rpc->setMaxAttempts(1);
        m_rpc->setTimeoutMs(3000);
        return true;
    }

    void stopDevnet()
    {
        QSignalSpy stopped(m_devnet.get(), &DevnetProcess::stopped);
        m_devnet->stop();
        QVERIFY(QTest::qWaitFor([&] { return !stopped.isEmpty(); }, 10'000));
        m_devnet.reset();
    }

    std::unique_ptr<TxOutbox> newOutbox(OutboxSettings settings = {})
    {
        settings.pollMs = 100;
        auto outbox = std::make_unique<TxOutbox>(*m_db, *m_rpc, m_clock, m_key, 31337, settings);
        outbox->setContract(u"BeerGameLedger"_s, m_ledger);
        connect(m_store.get(), &EventStore::intentsCommitted, outbox.get(), &TxOutbox::wake);
        return outbox;
    }

    // An outbox that has synced with the node and is sending; null if it did not start.
    std::unique_ptr<TxOutbox> startOutbox(OutboxSettings settings = {})
    {
        auto outbox = newOutbox(settings);
        QSignalSpy started(outbox.get(), &TxOutbox::started);
        outbox->start();
        return QTest::qWaitFor([&] { return !started.isEmpty(); }, 10'000) ? std::move(outbox) : nullptr;
    }

    // A listener reading the ledger's events, telling `outbox` about reorganisations.
    std::unique_ptr<ChainListener> startListener(TxOutbox &outbox)
    {
        ListenerSettings settings;
        settings.pollMs = 100;
        settings.contractName = u"BeerGameLedger"_s; // whose outbox rows it reconciles
        auto listener = std::make_unique<ChainListener>(*m_db, *m_rpc, m_clock, m_ledger, settings);
        connect(listener.get(), &ChainListener::reorganised, &outbox, &TxOutbox::reopen);
        listener->start();
        return listener;
    }

    // Queues one order intent, as the Beer Game would for an accepted order.
    QByteArray queueOrder(int quantity)
    {
        const QByteArray id = chainIntentId(u"g1"_s, ++m_seq, 0);
        m_store->appendIntent(u"g1"_s, ChainIntent{id, u"beer.order"_s, u"BeerGameLedger"_s,
                              beer::ledger::placeOrder(u"g1"_s, 1, m_seq, beer::BeerRole::Retailer, quantity, id)},
                              m_clock.nowMs());
        return id;
    }

    qint64 countWhere(const QString &table, const QString &condition)
    {
        QSqlQuery q(m_db->handle());
        if (!q.exec(u"SELECT COUNT(*) FROM %1 WHERE %2"_s.arg(table, condition)) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // Every OrderPlaced the ledger holds, by intent id: what is really on chain.
    QHash<QByteArray, int> ordersOnChain()
    {
        QHash<QByteArray, int> seen;
        const auto event = AbiEvent::parse(
            u"OrderPlaced(bytes32 indexed gameId, uint16 team, uint32 week, uint8 role, uint32 quantity, bytes32 indexed intentId)");
        const RpcResult logs = await(*m_rpc, u"eth_getLogs"_s,
                                     {QJsonObject{{u"fromBlock"_s, u"0x0"_s}, {u"toBlock"_s, u"latest"_s},
                                                  {u"address"_s, m_ledger.toChecksumString()},
                                                  {u"topics"_s, QJsonArray{hex::encode(event->topic0())}}}});
        const QJsonArray list = logs.value().toArray();
        for (const QJsonValue &l : list) {
            const QJsonArray topics = l.toObject().value(u"topics").toArray();
            seen[hex::decode(topics.at(2).toString()).value_or(QByteArray())] += 1;
        }
        return seen;
    }

private slots:
    void initTestCase()
    {
        STEWARD_NEEDS(QFile::exists(AnvilPath), "anvil is not installed: run scripts/setup");
        m_port = freePort();
        QVERIFY(startDevnet(true));
        auto db = Database::open({}, m_dir.path());
        QVERIFY(db);
        m_db = std::move(db.value());
        m_store = std::make_unique<EventStore>(*m_db);
        QVERIFY(m_store->createGame(GameRow{u"g1"_s, u"beer"_s, {}, 1, u"ABCDEF"_s, 1, u"admin"_s}));
        // A fresh operator key, funded the devnet way: never one of the well-known dev keys.
        m_key = newKey();
        const Address op = *secp256k1::addressOf(m_key);
        QVERIFY(await(*m_rpc, u"anvil_setBalance"_s, {op.toChecksumString(), u"0x3635C9ADC5DEA00000"_s}).ok());

        ContractDeployer deployer(*m_db, *m_rpc, m_key, 31337);
        QString error = u"pending"_s;
        deployer.ensure({u"BeerGameLedger"_s}, [&](const QHash<QString, Address> &found, const QString &e) {
            error = e;
            m_ledger = found.value(u"BeerGameLedger"_s);
        });
        QTRY_VERIFY_WITH_TIMEOUT(error != u"pending"_s, 20'000);
        QCOMPARE(error, QString());
        QVERIFY(!m_ledger.isZero());
        QCOMPARE(countWhere(u"chain_contracts"_s, u"name = 'BeerGameLedger'"_s), 1);

        // A second run finds the deployment and keeps it.
        ContractDeployer again(*m_db, *m_rpc, m_key, 31337);
        Address second;
        error = u"pending"_s;
        again.ensure({u"BeerGameLedger"_s}, [&](const QHash<QString, Address> &found, const QString &e) {
            error = e;
            second = found.value(u"BeerGameLedger"_s);
        });
        QTRY_VERIFY_WITH_TIMEOUT(error != u"pending"_s, 20'000);
        QCOMPARE(second, m_ledger);
    }

    void cleanupTestCase()
    {
        if (m_devnet)
            stopDevnet();
    }

    void intentsBecomeConfirmedTransactionsOnce()
    {
        auto outbox = startOutbox();
        QVERIFY(outbox);
        QList<QByteArray> ids;
        for (int i = 0; i < 20; ++i)
            ids << queueOrder(i + 1);
        QVERIFY(m_store->flush());
        QTRY_COMPARE_WITH_TIMEOUT(outbox->counts().confirmed, 20, 30'000);
        QCOMPARE(outbox->counts().failed, 0);
        const auto onChain = ordersOnChain();
        for (const QByteArray &id : std::as_const(ids))
            QCOMPARE(onChain.value(id), 1);
        // Nonces 1.. (0 deployed the ledger) with no gap, each used once.
        QCOMPARE(countWhere(u"chain_tx"_s, u"status = 'confirmed'"_s), 20);
        QSqlQuery q(m_db->handle());
        QVERIFY(q.exec(u"SELECT MIN(nonce), MAX(nonce), COUNT(DISTINCT nonce) FROM chain_tx"_s) && q.next());
        QCOMPARE(q.value(2).toLongLong(), q.value(1).toLongLong() - q.value(0).toLongLong() + 1);
        // The REST view of the outbox shows block and gas.
        const QJsonObject newest = outbox->recent(1).first();
        QCOMPARE(newest.value(u"status").toString(), u"confirmed"_s);
        QVERIFY(newest.value(u"block").toInteger() > 0);
        QVERIFY(newest.value(u"gasUsed").toInteger() > 20'000);
    }

    void aRevertIsMarkedFailedWithItsReason()
    {
        auto outbox = startOutbox();
        QVERIFY(outbox);
        // A second outbox row carrying an intent the ledger already holds: the contract refuses it.
        const QByteArray recorded = queueOrder(5);
        QVERIFY(m_store->flush());
        QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"chain_outbox"_s, u"status = 'confirmed'"_s), 21, 30'000);
        QSignalSpy failed(outbox.get(), &TxOutbox::failed);
        m_store->appendIntent(u"g1"_s, ChainIntent{chainIntentId(u"g1"_s, 9999, 0), u"beer.order"_s, u"BeerGameLedger"_s,
                              beer::ledger::placeOrder(u"g1"_s, 1, 1, beer::BeerRole::Retailer, 3, recorded)},
                              m_clock.nowMs());
        QVERIFY(m_store->flush());
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30'000);
        QCOMPARE(failed.at(0).at(3).toString(), u"intent already recorded"_s);
        QCOMPARE(countWhere(u"chain_outbox"_s, u"status = 'failed' AND reason = 'intent already recorded'"_s), 1);
        QCOMPARE(ordersOnChain().value(recorded), 1);
    }

    void aFailedRowIsRetriedOrCancelledByHand()
    {
        auto outbox = startOutbox();
        QVERIFY(outbox);
        QSqlQuery q(m_db->handle());
        QVERIFY(q.exec(u"SELECT id FROM chain_outbox WHERE status = 'failed'"_s) && q.next());
        const qint64 reverted = q.value(0).toLongLong();
        QVERIFY(q.exec(u"SELECT id FROM chain_outbox WHERE status = 'confirmed' ORDER BY id LIMIT 1"_s) && q.next());
        const qint64 confirmed = q.value(0).toLongLong();
        q.finish(); // an unfinished SELECT would keep this connection reading an old snapshot

        // A row for a contract this outbox has no address for fails before anything is signed ...
        QSignalSpy failed(outbox.get(), &TxOutbox::failed);
        const QByteArray id = chainIntentId(u"g1"_s, 8888, 0);
        m_store->appendIntent(u"g1"_s, ChainIntent{id, u"beer.order"_s, u"LaterLedger"_s,
                              beer::ledger::placeOrder(u"g1"_s, 1, 40, beer::BeerRole::Retailer, 6, id)},
                              m_clock.nowMs());
        QVERIFY(m_store->flush());
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15'000);
        const qint64 later = failed.at(0).at(0).toLongLong();
        QCOMPARE(outbox->recent(1).first().value(u"attempts").toInteger(), 0);
        // ... and, once the address is known, a retry sends it: on chain once, with the reason it had failed.
        outbox->setContract(u"LaterLedger"_s, m_ledger);
        const auto retried = outbox->retry(later);
        QVERIFY(retried);
        QVERIFY(retried.value().contains(u"LaterLedger"_s));
        QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"chain_outbox"_s, u"id = %1 AND status = 'confirmed'"_s.arg(later)), 1, 15'000);
        QCOMPARE(ordersOnChain().value(id), 1);
        QCOMPARE(outbox->recent(1).first().value(u"attempts").toInteger(), 1);

        // Only failed rows are touched; a game's awaited kind is retried, never cancelled.
        QCOMPARE(outbox->retry(confirmed).error().codeName(), u"INTENT_NOT_FAILED"_s);
        QCOMPARE(outbox->cancel(confirmed, {}).error().codeName(), u"INTENT_NOT_FAILED"_s);
        QCOMPARE(outbox->retry(987654).error().codeName(), u"NOT_FOUND"_s);
        QCOMPARE(outbox->cancel(reverted, {u"beer.order"_s}).error().codeName(), u"INTENT_AWAITED"_s);
        const qint64 failedBefore = outbox->counts().failed;
        const auto cancelled = outbox->cancel(reverted, {u"rounds.commit"_s});
        QVERIFY(cancelled);
        QCOMPARE(cancelled.value(), u"intent already recorded"_s);
        QCOMPARE(outbox->counts().failed, failedBefore - 1);
        QCOMPARE(outbox->counts().cancelled, 1);
        QCOMPARE(outbox->retry(reverted).error().codeName(), u"INTENT_NOT_FAILED"_s);
        // Cancelled stays cancelled: nothing more is sent for it.
        QTest::qWait(500);
        QCOMPARE(countWhere(u"chain_outbox"_s, u"id = %1 AND status = 'cancelled'"_s.arg(reverted)), 1);
        QCOMPARE(ordersOnChain().value(id), 1);
    }

    void aStuckSendIsReplacedWithHigherFees()
    {
        stopDevnet();
        QVERIFY(startDevnet(false)); // same state, no automine: nothing is mined until we say so
        OutboxSettings settings;
        settings.stuckAfterMs = 600;
        auto outbox = startOutbox(settings);
        QVERIFY(outbox);
        const QByteArray id = queueOrder(7);
        QVERIFY(m_store->flush());
        // Sent, then replaced by the same nonce paying more (this row's: earlier tests left
        // replaced transactions of their own).
        const QString row = u"outbox_id = (SELECT id FROM chain_outbox WHERE intent_id = '%1')"_s.arg(hex::encode(id));
        QTRY_VERIFY_WITH_TIMEOUT(countWhere(u"chain_tx"_s, u"status = 'replaced' AND "_s + row) >= 1, 15'000);
        QSqlQuery q(m_db->handle());
        QVERIFY(q.exec(u"SELECT COUNT(DISTINCT nonce), COUNT(*) FROM chain_tx WHERE outbox_id = "
                       "(SELECT id FROM chain_outbox WHERE intent_id = '%1')"_s.arg(hex::encode(id))) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.value(1).toInt() >= 2);
        QVERIFY(await(*m_rpc, u"evm_mine"_s, {}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"chain_outbox"_s, u"intent_id = '%1' AND status = 'confirmed'"_s.arg(hex::encode(id))),
                                  1, 15'000);
        QCOMPARE(ordersOnChain().value(id), 1);
    }

    void aHostKilledMidSendResumesWithTheSameTransactions()
    {
        // Still without automine: the sends stay pending while the first outbox "dies".
        auto first = startOutbox();
        QVERIFY(first);
        QList<QByteArray> ids;
        for (int i = 0; i < 5; ++i)
            ids << queueOrder(10 + i);
        QVERIFY(m_store->flush());
        QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"chain_outbox"_s, u"status = 'sent'"_s), 5, 15'000);
        QSqlQuery q(m_db->handle());
        QVERIFY(q.exec(u"SELECT tx_hash FROM chain_outbox WHERE status = 'sent' ORDER BY id"_s));
        QStringList hashesBefore;
        while (q.next())
            hashesBefore << q.value(0).toString();
        first.reset(); // gone without a word, like a kill -9: only the database remains

        auto second = startOutbox();
        QVERIFY(second);
        QVERIFY(await(*m_rpc, u"evm_mine"_s, {}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"chain_outbox"_s, u"status = 'sent' OR status = 'queued'"_s), 0, 15'000);
        QVERIFY(q.exec(u"SELECT tx_hash FROM chain_outbox WHERE intent_id IN ('%1') ORDER BY id"_s.arg(
            [&] {
                QStringList hexIds;
                for (const QByteArray &id : std::as_const(ids))
                    hexIds << hex::encode(id);
                return hexIds.join(u"','"_s);
            }())));
        QStringList hashesAfter;
        while (q.next())
            hashesAfter << q.value(0).toString();
        QCOMPARE(hashesAfter, hashesBefore); // the very same transactions, not new ones
        const auto onChain = ordersOnChain();
        for (const QByteArray &id : std::as_const(ids))
            QCOMPARE(onChain.value(id), 1);
    }

    void theNodeRestartsWhileOrdersKeepComing()
    {
        stopDevnet();
        QVERIFY(startDevnet(true));
        auto outbox = startOutbox();
        QVERIFY(outbox);
        QList<QByteArray> ids;
        for (int i = 0; i < 5; ++i)
            ids << queueOrder(20 + i);
        QVERIFY(m_store->flush());
        QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"chain_outbox"_s, u"status = 'sent' OR status = 'queued'"_s), 0, 15'000);

        stopDevnet(); // the node goes away; the game does not
        for (int i = 0; i < 5; ++i)
            ids << queueOrder(30 + i);
        QVERIFY(m_store->flush());
        QTRY_VERIFY_WITH_TIMEOUT(!outbox->nodeReachable(), 10'000);
        QCOMPARE(countWhere(u"chain_outbox"_s, u"status = 'confirmed'"_s) > 0, true);
        QVERIFY(countWhere(u"chain_outbox"_s, u"status = 'queued' OR status = 'sent'"_s) > 0); // waiting

        QVERIFY(startDevnet(true)); // back on the same port, with its saved state
        QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"chain_outbox"_s, u"status = 'sent' OR status = 'queued'"_s), 0, 30'000);
        const auto onChain = ordersOnChain();
        for (const QByteArray &id : std::as_const(ids))
            QCOMPARE(onChain.value(id), 1); // none lost, none twice
    }

    void aReorgIsRolledBackAndReapplied()
    {
        auto outbox = startOutbox();
        QVERIFY(outbox);
        const auto listenerPtr = startListener(*outbox);
        ChainListener &listener = *listenerPtr;
        // Everything so far is read and marked first.
        QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"chain_outbox"_s, u"status = 'confirmed' AND log_block IS NULL"_s), 0, 15'000);

        const RpcResult snapshot = await(*m_rpc, u"evm_snapshot"_s, {});
        QVERIFY(snapshot.ok());
        QList<QByteArray> ids;
        for (int i = 0; i < 3; ++i)
            ids << queueOrder(40 + i);
        QVERIFY(m_store->flush());
        const QString these = [&] {
            QStringList hexIds;
            for (const QByteArray &id : std::as_const(ids))
                hexIds << u"'"_s + hex::encode(id) + u"'"_s;
            return hexIds.join(u","_s);
        }();
        QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"chain_outbox"_s, u"intent_id IN (%1) AND log_block IS NOT NULL"_s.arg(these)),
                                  3, 15'000);

        // Another history wins: the blocks holding the orders are replaced by longer, empty ones.
        QVERIFY(await(*m_rpc, u"evm_revert"_s, {snapshot.value()}).ok());
        QVERIFY(await(*m_rpc, u"anvil_mine"_s, {u"0x8"_s}).ok());
        QTRY_VERIFY_WITH_TIMEOUT(listener.reorgs() >= 1, 15'000);
        // Rolled back, then sent again from the outbox's own signed bytes, and seen again.
        QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"chain_outbox"_s, u"intent_id IN (%1) AND status = 'confirmed' AND "
                                             "log_block IS NOT NULL"_s.arg(these)),
                                  3, 30'000);
        const auto onChain = ordersOnChain();
        for (const QByteArray &id : std::as_const(ids))
            QCOMPARE(onChain.value(id), 1);

        // Reconciliation agrees with the chain, then notices a row the chain never got.
        bool done = false;
        listener.reconcile([&] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
        QCOMPARE(listener.reconciliation().value(u"ok").toBool(), true);
        QSqlQuery q(m_db->handle());
        const QString ghost = hex::encode(chainIntentId(u"g1"_s, 424242, 0));
        QVERIFY(q.exec(u"INSERT INTO chain_outbox (id, intent_id, game_id, kind, contract, call_data, status, block_number, "
                       "created_at, updated_at) VALUES (100000, '%1', 'g1', 'beer.order', 'BeerGameLedger', '0x', "
                       "'confirmed', 1, 0, 0)"_s.arg(ghost)));
        done = false;
        listener.reconcile([&] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
        QCOMPARE(listener.reconciliation().value(u"ok").toBool(), false);
        QCOMPARE(listener.reconciliation().value(u"missing").toArray(), QJsonArray{ghost});
        QVERIFY(q.exec(u"DELETE FROM chain_outbox WHERE id = 100000"_s));
    }

    void theNodeKilledHardLosesNothing()
    {
        auto outbox = startOutbox();
        QVERIFY(outbox);
        const auto listenerPtr = startListener(*outbox);
        ChainListener &listener = *listenerPtr;
        QList<QByteArray> ids;
        for (int i = 0; i < 5; ++i)
            ids << queueOrder(50 + i);
        QVERIFY(m_store->flush());
        QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"chain_outbox"_s, u"status IN ('queued', 'sent')"_s), 0, 15'000);

        // SIGKILL: anvil cannot save, so the chain it comes back with may lack the newest blocks.
        QVERIFY(m_devnet->processId() > 0);
        ::kill(pid_t(m_devnet->processId()), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(!outbox->nodeReachable(), 10'000);
        for (int i = 0; i < 5; ++i)
            ids << queueOrder(60 + i); // the game goes on meanwhile
        QVERIFY(m_store->flush());
        m_devnet.reset();
        QVERIFY(startDevnet(true));

        QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"chain_outbox"_s, u"status IN ('queued', 'sent')"_s), 0, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"chain_outbox"_s, u"status = 'confirmed' AND log_block IS NULL"_s), 0, 30'000);
        const auto onChain = ordersOnChain();
        for (const QByteArray &id : std::as_const(ids))
            QCOMPARE(onChain.value(id), 1); // none lost, none twice
        bool done = false;
        listener.reconcile([&] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
        QVERIFY(listener.reconciliation().value(u"ok").toBool());
    }

    // A row queued again although its transaction was mined (the host did not see the receipt
    // before a kill): the contract refuses the repeat, and the row is confirmed from the
    // transaction that did record it, never left failed with "intent already recorded".
    void aRowWhoseEarlierSendWasMinedIsConfirmed()
    {
        qint64 row = 0;
        QString hash;
        {
            auto outbox = startOutbox();
            QVERIFY(outbox);
            queueOrder(77);
            QVERIFY(m_store->flush());
            QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"chain_outbox"_s, u"status IN ('queued', 'sent')"_s), 0, 30'000);
            QSqlQuery q(m_db->handle());
            QVERIFY(q.exec(u"SELECT id, tx_hash, status FROM chain_outbox ORDER BY id DESC LIMIT 1"_s) && q.next());
            QCOMPARE(q.value(2).toString(), u"confirmed"_s);
            row = q.value(0).toLongLong();
            hash = q.value(1).toString();
        }
        // What the outbox writes when it takes a send for lost and queues the intent again.
        QSqlQuery u(m_db->handle());
        QVERIFY(u.exec(u"UPDATE chain_tx SET status = 'replaced' WHERE outbox_id = %1"_s.arg(row)));
        QVERIFY(u.exec(u"UPDATE chain_outbox SET status = 'queued', nonce = NULL, tx_hash = NULL, block_number = NULL "
                       "WHERE id = %1"_s.arg(row)));
        const qint64 failedBefore = countWhere(u"chain_outbox"_s, u"status = 'failed'"_s);
        auto outbox = startOutbox();
        QVERIFY(outbox);
        QSignalSpy confirmed(outbox.get(), &TxOutbox::confirmed);
        outbox->wake();
        QTRY_COMPARE_WITH_TIMEOUT(confirmed.size(), 1, 30'000);
        QCOMPARE(confirmed.at(0).at(0).toLongLong(), row);
        QCOMPARE(confirmed.at(0).at(3).toString(), hash);
        QCOMPARE(countWhere(u"chain_outbox"_s, u"id = %1 AND status = 'confirmed' AND tx_hash = '%2'"_s.arg(row).arg(hash)), 1);
        QCOMPARE(countWhere(u"chain_outbox"_s, u"status = 'failed'"_s), failedBefore);
    }

    // A kind some game waits for (a round's commitment) is sent before a backlog of others.
    void urgentKindsJumpTheQueue()
    {
        OutboxSettings settings;
        settings.maxInFlight = 4;
        auto outbox = startOutbox(settings);
        QVERIFY(outbox);
        outbox->setUrgentKinds([] { return QStringList{u"test.urgent"_s}; });
        QSignalSpy confirmed(outbox.get(), &TxOutbox::confirmed);
        for (int i = 0; i < 40; ++i)
            queueOrder(100 + i);
        const QByteArray id = chainIntentId(u"g1"_s, ++m_seq, 0);
        m_store->appendIntent(u"g1"_s, ChainIntent{id, u"test.urgent"_s, u"BeerGameLedger"_s,
                              beer::ledger::placeOrder(u"g1"_s, 1, m_seq, beer::BeerRole::Factory, 1, id)},
                              m_clock.nowMs());
        QVERIFY(m_store->flush());
        QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"chain_outbox"_s, u"status IN ('queued', 'sent')"_s), 0, 60'000);
        qsizetype at = -1;
        for (qsizetype i = 0; i < confirmed.size(); ++i) {
            if (confirmed.at(i).at(2).toString() == u"test.urgent"_s)
                at = i;
        }
        // Queued last, but in the first batches: at most the four already in flight before it.
        QVERIFY2(at >= 0 && at <= 8, qPrintable(QString::number(at)));
        QCOMPARE(confirmed.size(), 41);
    }
};

QTEST_GUILESS_MAIN(TestTxOutbox)
#include "tst_txoutbox.moc"
