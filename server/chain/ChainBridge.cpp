// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainBridge.h"

#include "ChainListener.h"
#include "ContractDeployer.h"
#include "TxOutbox.h"
#include "server/chain/node/DevnetProcess.h"
#include "server/chain/node/JsonRpcClient.h"
#include "server/chain/primitives/Secp256k1.h"
#include "server/core/GameHost.h"
#include "server/chain/primitives/Hex.h"
#include "server/secrets/OperatorKeyPolicy.h"
#include "server/secrets/SecretStores.h"
#include "server/store/EventStore.h"

#include <QDir>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcChain, "steward.chain")

namespace steward::chain {

namespace {
constexpr quint64 DevnetChainId = 31337;
} // namespace

ChainBridge::ChainBridge(ChainOptions options, Database &db, EventStore &store, GameHost &games, const Clock &clock,
                         QString dataDir, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_db(db), m_store(store), m_games(games), m_clock(clock),
      m_dataDir(std::move(dataDir))
{
    // From now on every new event's intents are kept, whatever the node does.
    m_games.setRecordingChainIntents(true);
    m_backlogTimer.setInterval(1000);
    connect(&m_backlogTimer, &QTimer::timeout, this, &ChainBridge::checkBacklog);
    m_backlogTimer.start();
}

void ChainBridge::checkBacklog()
{
    QSqlQuery q(m_db.handle());
    q.prepare(u"SELECT game_id FROM chain_outbox WHERE status IN ('queued', 'sent') GROUP BY game_id "
              "HAVING COUNT(*) >= ?"_s);
    q.addBindValue(m_options.maxBacklogPerGame);
    if (!q.exec())
        return; // the database is busy: the last answer stands
    QSet<QString> over;
    while (q.next())
        over.insert(q.value(0).toString());
    m_games.setChainBacklogged(over);
}

ChainBridge::~ChainBridge() = default;

void ChainBridge::fail(const QString &error)
{
    m_stage = u"stopped"_s;
    m_error = error;
    qCCritical(lcChain).noquote() << "chain bridge stopped:" << error
                                  << "- games go on; their transactions wait in the outbox.";
}

bool ChainBridge::loadOperatorKey()
{
    auto opened = SecretStores::open(m_dataDir, m_options.secrets);
    if (!opened) {
        fail(opened.error().message);
        return false;
    }
    SecretStore &store = *opened.value().store;
    m_keyStore = store.description();
    m_keyStoreWarning = opened.value().fallbackReason;
    auto existing = store.read(OperatorKeySecret.toString());
    if (!existing) {
        fail(existing.error().message);
        return false;
    }
    if (existing.value()) {
        m_key = *existing.value();
    } else {
        // A key of our own, made once: never one of the well-known development keys.
        QByteArray key(32, '\0');
        do {
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
        } while (!secp256k1::isValidPrivateKey(key));
        if (auto written = store.write(OperatorKeySecret.toString(), key); !written) {
            fail(written.error().message);
            return false;
        }
        m_key = key;
        qCInfo(lcChain).noquote() << "created a new operator key, kept in" << m_keyStore;
    }
    if (const auto refusal = OperatorKeyPolicy::check(m_options.chainId, m_key)) {
        fail(u"%1: %2"_s.arg(refusal->code, refusal->message));
        return false;
    }
    m_operator = secp256k1::addressOf(m_key).value_or(Address());
    return true;
}

void ChainBridge::start()
{
    if (!loadOperatorKey())
        return;
    if (!m_options.rpcUrl.isEmpty()) {
        onNodeReady(m_options.rpcUrl);
        return;
    }
    DevnetOptions devnet;
    devnet.toolsDir = m_options.toolsDir;
    devnet.statePath = QDir(m_dataDir).filePath(u"devnet/state.json"_s);
    QDir().mkpath(QDir(m_dataDir).filePath(u"devnet"_s));
    m_devnet = std::make_unique<DevnetProcess>(devnet);
    connect(m_devnet.get(), &DevnetProcess::ready, this, &ChainBridge::onNodeReady);
    connect(m_devnet.get(), &DevnetProcess::failed, this, [this](const QString &reason) {
        fail(u"The local devnet did not start: %1"_s.arg(reason));
    });
    m_stage = u"starting devnet"_s;
    m_devnet->start();
}

void ChainBridge::onNodeReady(const QUrl &url)
{
    qCInfo(lcChain).noquote() << "node at" << url.toString() << "operator" << m_operator.toChecksumString();
    m_rpc = std::make_unique<JsonRpcClient>(url);
    if (!m_devnet && m_options.chainId != DevnetChainId) {
        deploy();
        return;
    }
    // A devnet's coin is free (ours, or an anvil named with --chain-rpc on the devnet's chain
    // id): fund the operator so it can pay for gas. A node that is not anvil just refuses.
    m_rpc->call(u"anvil_setBalance"_s, {m_operator.toChecksumString(), u"0x3635C9ADC5DEA00000"_s}, this,
                [this](const RpcResult &r) {
        if (!r && m_devnet)
            qCWarning(lcChain).noquote() << "could not fund the operator on the devnet:" << r.error().toString();
        deploy();
    });
}

void ChainBridge::deploy()
{
    m_stage = u"deploying contracts"_s;
    m_deployer = std::make_unique<ContractDeployer>(m_db, *m_rpc, m_key, m_options.chainId);
    m_deployer->ensure(m_games.kinds().contracts(), [this](const QHash<QString, Address> &found,
                                                                   const QString &error) {
        if (!error.isEmpty()) {
            fail(error);
            return;
        }
        m_contracts = found;
        OutboxSettings settings;
        settings.confirmations = m_options.confirmations;
        m_outbox = std::make_unique<TxOutbox>(m_db, *m_rpc, m_clock, m_key, m_options.chainId, settings);
        m_outbox->setUrgentKinds([this] { return m_games.confirmationKinds(); });
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            m_outbox->setContract(it.key(), it.value());
        connect(&m_store, &EventStore::intentsCommitted, m_outbox.get(), &TxOutbox::wake);
        connect(m_outbox.get(), &TxOutbox::confirmed, this,
                [this](qint64 id, const QString &gameId, const QString &kind, const QString &hash, qint64 block,
                       const QByteArray &callData) {
            m_games.deliverConfirmation(gameId, ChainReceipt{id, kind, callData, hash, block, true});
            emit intentSettled(id, gameId, kind, u"confirmed"_s, hash, {});
        });
        connect(m_outbox.get(), &TxOutbox::failed, this,
                [this](qint64 id, const QString &gameId, const QString &kind, const QString &reason) {
            emit intentSettled(id, gameId, kind, u"failed"_s, {}, reason);
        });
        // One listener, for the contract the kinds ask to reconcile. (A second such contract
        // would need a listener of its own, and /api/chain/status a list of them.)
        const QStringList reconciled = m_games.kinds().reconciledContracts();
        if (!reconciled.isEmpty()) {
            ListenerSettings listen;
            listen.confirmations = m_options.confirmations;
            listen.contractName = reconciled.first();
            m_listener = std::make_unique<ChainListener>(m_db, *m_rpc, m_clock, found.value(listen.contractName), listen);
            connect(m_listener.get(), &ChainListener::reorganised, m_outbox.get(), &TxOutbox::reopen);
        }
        m_stage = u"running"_s;
        redeliverConfirmations();
        m_outbox->start();
        if (m_listener)
            m_listener->start();
        emit ready();
    });
}

// Confirmations a game waits for that were settled while the host was down, or just before a
// crash took the game's reaction with it: each is handed over again, and marked when it is.
void ChainBridge::redeliverConfirmations()
{
    const QStringList kinds = m_games.confirmationKinds();
    if (kinds.isEmpty())
        return;
    QStringList marks;
    for (qsizetype i = 0; i < kinds.size(); ++i)
        marks << u"?"_s;
    QSqlQuery q(m_db.handle());
    q.prepare(u"SELECT id, game_id, kind, call_data, tx_hash, block_number FROM chain_outbox "
              "WHERE status = 'confirmed' AND delivered_at IS NULL AND kind IN (%1) ORDER BY id"_s.arg(marks.join(u", ")));
    for (const QString &k : kinds)
        q.addBindValue(k);
    if (!q.exec()) {
        qCWarning(lcChain).noquote() << "cannot read undelivered confirmations:" << q.lastError().text();
        return;
    }
    while (q.next()) {
        const QByteArray callData = hex::decode(q.value(3).toString()).value_or(QByteArray());
        m_games.deliverConfirmation(q.value(1).toString(), ChainReceipt{q.value(0).toLongLong(), q.value(2).toString(),
                                                                        callData, q.value(4).toString(),
                                                                        q.value(5).toLongLong(), true});
    }
}

QString ChainBridge::contractAddress(const QString &name) const
{
    const auto it = m_contracts.constFind(name);
    return it == m_contracts.cend() ? QString() : it->toChecksumString();
}

void ChainBridge::relay(const QString &method, const QJsonArray &params, const QObject *context,
                        std::function<void(const QJsonObject &)> done)
{
    static const QStringList ReadOnly{u"eth_chainId"_s, u"eth_blockNumber"_s, u"eth_getTransactionReceipt"_s,
                                      u"eth_getTransactionByHash"_s, u"eth_getBlockByNumber"_s,
                                      u"eth_getBlockByHash"_s, u"eth_call"_s, u"eth_getLogs"_s};
    auto failure = [](int code, const QString &message) {
        return QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
    };
    if (!ReadOnly.contains(method)) {
        done(failure(-32601, u"Only read-only calls are relayed."_s));
        return;
    }
    if (!m_rpc) {
        done(failure(-32000, u"The chain node is not running."_s));
        return;
    }
    m_rpc->call(method, params, context, [done, failure](const RpcResult &r) {
        if (!r)
            done(failure(-32000, r.error().toString()));
        else
            done(QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"result"_s, r.value()}});
    });
}

QJsonObject ChainBridge::status() const
{
    QJsonObject contracts;
    for (auto it = m_contracts.cbegin(); it != m_contracts.cend(); ++it)
        contracts.insert(it.key(), it.value().toChecksumString());
    QJsonObject s{{u"enabled"_s, true},
                  {u"stage"_s, m_stage},
                  {u"node"_s, m_rpc ? m_rpc->endpoint().toString() : QString()},
                  {u"devnet"_s, m_options.rpcUrl.isEmpty()},
                  {u"chainId"_s, qint64(m_options.chainId)},
                  {u"operator"_s, m_operator.isZero() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_operator.toChecksumString())},
                  {u"keyStore"_s, m_keyStore},
                  {u"contracts"_s, contracts},
                  {u"confirmations"_s, m_options.confirmations}};
    if (!m_keyStoreWarning.isEmpty())
        s.insert(u"keyStoreWarning"_s, m_keyStoreWarning);
    QString error = m_error;
    if (m_outbox) {
        const OutboxCounts c = m_outbox->counts();
        s.insert(u"outbox"_s, QJsonObject{{u"queued"_s, c.queued}, {u"sent"_s, c.sent},
                                         {u"confirmed"_s, c.confirmed}, {u"failed"_s, c.failed},
                                         {u"cancelled"_s, c.cancelled}});
        s.insert(u"nodeReachable"_s, m_outbox->nodeReachable());
        s.insert(u"head"_s, m_outbox->head() ? QJsonValue(qint64(*m_outbox->head())) : QJsonValue(QJsonValue::Null));
        if (error.isEmpty())
            error = m_outbox->lastError();
    }
    if (m_listener) {
        const auto last = m_listener->lastBlock();
        s.insert(u"listener"_s, QJsonObject{{u"lastBlock"_s, last ? QJsonValue(qint64(*last)) : QJsonValue(QJsonValue::Null)},
                                           {u"reorgs"_s, m_listener->reorgs()},
                                           {u"reconciliation"_s, m_listener->reconciliation()}});
    }
    s.insert(u"lastError"_s, error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error));
    return s;
}

Result<QString> ChainBridge::retryIntent(qint64 outboxId)
{
    if (!m_outbox)
        return Error{ErrorCode::ChainOff, u"The blockchain has not started yet."_s};
    return m_outbox->retry(outboxId);
}

Result<QString> ChainBridge::cancelIntent(qint64 outboxId)
{
    if (!m_outbox)
        return Error{ErrorCode::ChainOff, u"The blockchain has not started yet."_s};
    return m_outbox->cancel(outboxId, m_games.confirmationKinds());
}

QList<QJsonObject> ChainBridge::transactions(int limit) const
{
    return m_outbox ? m_outbox->recent(limit) : QList<QJsonObject>{};
}

} // namespace steward::chain
