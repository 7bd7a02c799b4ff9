// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/chain/primitives/Address.h"
#include "server/core/Result.h"
#include "server/secrets/SecretStorePreference.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace steward {
class Clock;
class Database;
class EventStore;
class GameHost;
} // namespace steward

namespace steward::chain {

class ChainListener;
class ContractDeployer;
class DevnetProcess;
class JsonRpcClient;
class TxOutbox;

struct ChainOptions
{
    bool enabled = false;
    QUrl rpcUrl;                   // empty: start the local anvil devnet
    quint64 chainId = 31337;       // the devnet's; must match the node's
    QString toolsDir;              // <repo>/tools/chain, where the pinned anvil is installed
    SecretStorePreference secrets = SecretStorePreference::Automatic;
    int confirmations = 1;
    // A game's intents waiting to be mined, past which its players' commands are refused with
    // CHAIN_BACKLOG until the node catches up. A whole class's supply-chain game queues about 2,600.
    int maxBacklogPerGame = 10'000;
};

// The games' way onto a chain: starts (or reaches) the node, loads the operator key from the
// secret store, deploys our contracts, and runs the transaction outbox. The games never wait
// for any of it: their intents are queued with their events from the first moment, and sent
// whenever the node is there.
class ChainBridge : public QObject
{
    Q_OBJECT
public:
    static constexpr QStringView OperatorKeySecret = u"operator-key";

    ChainBridge(ChainOptions options, Database &db, EventStore &store, GameHost &games, const Clock &clock,
                QString dataDir, QObject *parent = nullptr);
    ~ChainBridge() override;

    void start();
    QJsonObject status() const;
    QList<QJsonObject> transactions(int limit) const;
    // The operator's hand on a failed outbox row (TxOutbox::retry, cancel); CHAIN_OFF until the
    // outbox runs. Each returns the reason the row had failed with.
    Result<QString> retryIntent(qint64 outboxId);
    Result<QString> cancelIntent(qint64 outboxId);
    quint64 chainId() const { return m_options.chainId; }
    // A deployed contract's address, empty until deployment is done.
    QString contractAddress(const QString &name) const;
    // Forwards a read-only JSON-RPC call to the node for clients that cannot reach it (the
    // /verify page): `done` gets a JSON-RPC response object. Other methods are refused.
    void relay(const QString &method, const QJsonArray &params, const QObject *context,
               std::function<void(const QJsonObject &)> done);

signals:
    void intentSettled(qint64 outboxId, const QString &gameId, const QString &kind, const QString &status,
                       const QString &txHash, const QString &reason);
    void ready();

private:
    void onNodeReady(const QUrl &url);
    void deploy();
    void redeliverConfirmations();
    void fail(const QString &error);
    bool loadOperatorKey();
    // Counts each game's queued and sent intents and tells the host which are over the bound.
    void checkBacklog();

    ChainOptions m_options;
    Database &m_db;
    EventStore &m_store;
    GameHost &m_games;
    const Clock &m_clock;
    QString m_dataDir;
    QByteArray m_key;
    Address m_operator;
    QString m_keyStore;       // where the key lives, in words
    QString m_keyStoreWarning; // why the keychain was not used, if it was not
    QString m_stage = QStringLiteral("starting");
    QString m_error;
    QHash<QString, Address> m_contracts;
    std::unique_ptr<DevnetProcess> m_devnet;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::unique_ptr<ContractDeployer> m_deployer;
    std::unique_ptr<TxOutbox> m_outbox;
    std::unique_ptr<ChainListener> m_listener;
    QTimer m_backlogTimer;
};

} // namespace steward::chain
