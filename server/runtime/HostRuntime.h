// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Clock.h"
#include "server/core/GameRegistry.h"
#include "server/chain/ChainBridge.h"
#include "server/core/Result.h"
#include "server/net/HostServer.h"
#include "server/runtime/KindModule.h"

#include <QObject>

#include <functional>
#include <memory>

namespace steward::operators {
class BackofficeUsers;
class OperatorDirectory;
}
namespace steward::ledger {
class AuditChain;
class Ledger;
}
namespace steward::wallet {
class WalletOutbox;
}

namespace steward {

class Authenticator;
class LazySecretStore;
class OperatorGateway;
class RouteTable;
class BackofficeApi;
class Database;
class EventStore;
class GameHost;

struct HostOptions
{
    QString dataDir;       // database and logs
    QString databaseUrl;   // empty: SQLite in dataDir
    QString adminPassword; // empty: keep the stored one, or generate one
    ListenOptions listen;
    chain::ChainOptions chain; // off unless enabled (steward-host turns it on by default)
    // Kinds beyond the built-in ones, registered before anything loads, and their modules (the
    // tests bring theirs).
    std::function<void(GameRegistry &)> extraKinds;
    std::function<std::vector<std::unique_ptr<KindModule>>()> extraModules;
    // The host's time; null: the wall clock. A test passes a ManualClock to turn by hand, and it
    // outlives the host.
    const Clock *clock = nullptr;
};

// Everything a running host is made of, wired together in the order they depend on each
// other. steward-host, the console and the integration tests all start the host this way.
class HostRuntime : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<HostRuntime>> start(const HostOptions &options);
    ~HostRuntime() override;

    quint16 port() const;
    GameHost &games() { return *m_games; }
    Authenticator &auth() { return *m_auth; }
    HostServer &server() { return *m_server; }
    chain::ChainBridge *chain() { return m_chain.get(); }
    operators::OperatorDirectory &operators() { return *m_operators; }
    operators::BackofficeUsers &backofficeUsers() { return *m_backofficeUsers; }
    wallet::WalletOutbox &wallet() { return *m_wallet; }
    ledger::Ledger &ledger() { return *m_ledger; }
    const Database &database() const { return *m_db; }
    EventStore &store() { return *m_store; }
    // The facilitator password if this start generated one (shown once), else empty.
    QString generatedPassword() const { return m_generatedPassword; }
    // The console on this computer sets the facilitator password without the current one: the
    // host runs in its process, so whoever runs it owns it. Audited like a change over the API.
    Status setFacilitatorPasswordLocally(const QString &next);
    qint64 replayedEvents() const { return m_replayed; }

private:
    HostRuntime() = default;
    Status loadOperators(const HostOptions &options);
    Status startMoney();

    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    GameRegistry m_kinds;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<GameHost> m_games;
    std::unique_ptr<LazySecretStore> m_secrets;
    std::unique_ptr<operators::OperatorDirectory> m_operators;
    std::unique_ptr<operators::BackofficeUsers> m_backofficeUsers;
    std::unique_ptr<ledger::AuditChain> m_audit;
    std::unique_ptr<ledger::Ledger> m_ledger;
    std::unique_ptr<wallet::WalletOutbox> m_wallet;
    std::unique_ptr<chain::ChainBridge> m_chain;
    std::vector<std::unique_ptr<KindModule>> m_modules;
    std::unique_ptr<OperatorGateway> m_operatorGateway;
    std::unique_ptr<BackofficeApi> m_backoffice;
    std::unique_ptr<RouteTable> m_routes;
    std::unique_ptr<HostServer> m_server;
    QString m_generatedPassword;
    qint64 m_replayed = 0;
};

} // namespace steward
