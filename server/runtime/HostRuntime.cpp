// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostRuntime.h"

#include "server/auth/Authenticator.h"
#include "server/ledger/AuditChain.h"
#include "server/ledger/Ledger.h"
#include "server/net/BackofficeApi.h"
#include "server/net/OperatorGateway.h"
#include "server/net/RouteTable.h"
#include "server/operators/BackofficeUsers.h"
#include "server/operators/OperatorDirectory.h"
#include "server/secrets/LazySecretStore.h"
#include "server/wallet/WalletOutbox.h"
#include "server/core/GameHost.h"
#include "server/runtime/DescriptorLimit.h"
#include "server/store/Database.h"
#include "server/store/EventStore.h"

using namespace Qt::StringLiterals;

namespace steward {

namespace {
constexpr int DescriptorsWanted = 65'536;
} // namespace

Result<std::unique_ptr<HostRuntime>> HostRuntime::start(const HostOptions &options)
{
    // The order matters twice over. The keychain answers through a nested event loop, so the
    // operators' secrets are read first, while nothing else that could run exists yet. And no
    // game's clock runs until everything that listens to games is connected: a round that came
    // due while the host was down settles only once its money is booked and its credits queued.
    std::unique_ptr<HostRuntime> rt(new HostRuntime);
    if (options.clock)
        rt->m_clock = options.clock;
    rt->m_kinds = GameRegistry::withBuiltinKinds();
    if (options.extraKinds)
        options.extraKinds(rt->m_kinds);
    auto db = Database::open(options.databaseUrl, options.dataDir);
    if (!db)
        return db.error();
    rt->m_db = std::move(db.value());
    rt->m_store = std::make_unique<EventStore>(*rt->m_db);
    rt->m_auth = std::make_unique<Authenticator>(*rt->m_store, *rt->m_clock);
    auto password = rt->m_auth->initialize(options.adminPassword);
    if (!password)
        return password.error();
    rt->m_generatedPassword = password.value();
    if (auto s = rt->loadOperators(options); !s)
        return s.error();
    rt->m_games = std::make_unique<GameHost>(*rt->m_store, rt->m_kinds, *rt->m_clock);
    auto replayed = rt->m_games->load();
    if (!replayed)
        return replayed.error();
    rt->m_replayed = replayed.value();
    if (auto s = rt->startMoney(); !s)
        return s.error();
    // The bridge keeps every chain intent from here on; it starts talking to its node last.
    if (options.chain.enabled) {
        rt->m_chain = std::make_unique<chain::ChainBridge>(options.chain, *rt->m_db, *rt->m_store, *rt->m_games,
                                                           *rt->m_clock, options.dataDir);
        rt->m_auth->setChainId(options.chain.chainId);
    }
    rt->m_modules = builtinKindModules();
    if (options.extraModules) {
        for (auto &module : options.extraModules())
            rt->m_modules.push_back(std::move(module));
    }
    const HostServices services{*rt->m_games, *rt->m_db,     *rt->m_store, *rt->m_clock,
                                *rt->m_operators, *rt->m_ledger, *rt->m_wallet, rt->m_chain.get()};
    for (const auto &module : rt->m_modules) {
        if (auto s = module->start(services); !s)
            return s.error();
    }
    ListenOptions listen = options.listen;
    // Room for every connection the host takes, with some to spare for the database, logs and
    // the chain node; where the hard limit is low, the host takes fewer connections instead.
    const int descriptors = raiseDescriptorLimit(DescriptorsWanted);
    listen.limits.maxConnections = std::min(listen.limits.maxConnections, std::max(64, descriptors - 256));
    rt->m_server = std::make_unique<HostServer>(*rt->m_games, *rt->m_store, *rt->m_auth, listen);
    rt->m_operatorGateway = std::make_unique<OperatorGateway>(*rt->m_games, *rt->m_operators);
    rt->m_backoffice = std::make_unique<BackofficeApi>(BackofficeApi::Parts{
        *rt->m_games, *rt->m_db, *rt->m_auth, rt->m_server->signInThrottle(), *rt->m_backofficeUsers, *rt->m_operators,
        *rt->m_wallet});
    rt->m_backoffice->registerRoutes(rt->m_server->http());
    rt->m_routes = std::make_unique<RouteTable>(rt->m_server->http(), rt->m_server->rest(), *rt->m_backoffice,
                                                *rt->m_operatorGateway);
    for (const auto &module : rt->m_modules)
        module->registerRoutes(*rt->m_routes);
    if (rt->m_chain)
        rt->m_server->attachChain(rt->m_chain.get());
    auto port = rt->m_server->listen();
    if (!port)
        return port.error();
    rt->m_operators->setOwnPort(port.value());
    if (rt->m_chain)
        rt->m_chain->start(); // in the background: the host serves games meanwhile
    rt->m_games->startClock();
    return rt;
}

// The betting operators, with their secrets from the secret store (which may be the keychain),
// and the backoffice's users.
Status HostRuntime::loadOperators(const HostOptions &options)
{
    m_secrets = std::make_unique<LazySecretStore>(options.dataDir, options.chain.secrets);
    m_operators = std::make_unique<operators::OperatorDirectory>(*m_db, *m_secrets, *m_clock);
    if (auto s = m_operators->load(); !s)
        return s.error();
    m_backofficeUsers = std::make_unique<operators::BackofficeUsers>(*m_db, *m_clock);
    // The backoffice's admin is the facilitator: one password, whichever door it is typed at.
    if (const QString hash = m_auth->passwordHash(); !hash.isEmpty()) {
        if (auto s = m_backofficeUsers->followFacilitator(hash); !s)
            return s.error();
    }
    m_auth->onPasswordChanged([users = m_backofficeUsers.get()](const QString &hash) {
        if (auto s = users->followFacilitator(hash); !s)
            qCritical("the backoffice admin keeps its old password: %s", qPrintable(s.error().message));
    });
    return Done{};
}

// The money: the ledger and its audit chain, and the wallet webhooks (resumed: credits owed
// before a stop go out now). The kinds that take bets build on them (KindModule).
Status HostRuntime::startMoney()
{
    m_audit = std::make_unique<ledger::AuditChain>();
    m_ledger = std::make_unique<ledger::Ledger>(*m_audit);
    if (auto s = m_ledger->load(*m_db); !s)
        return s.error();
    connect(m_store.get(), &EventStore::commitFailed, this, [this] { (void)m_ledger->reload(*m_db); });
    const operators::OperatorDirectory *directory = m_operators.get();
    auto endpoints = [directory](const QString &operatorId) -> std::optional<wallet::OperatorEndpoint> {
        const auto e = directory->endpoint(operatorId);
        if (!e)
            return std::nullopt;
        return wallet::OperatorEndpoint{QUrl(e->webhookUrl), e->keyId, e->secret};
    };
    m_wallet = std::make_unique<wallet::WalletOutbox>(*m_db, *m_store, *m_clock, endpoints);
    m_wallet->resume();
    return Done{};
}

HostRuntime::~HostRuntime()
{
    // Stop taking input first, then make sure nothing accepted is left uncommitted.
    for (const auto &module : m_modules)
        module->stopServing();
    m_server.reset();
    m_chain.reset(); // stops the devnet (it saves its state)
    // A real-time game's last ticks are in no event: a snapshot keeps them for the next start.
    if (m_games)
        m_games->snapshotAll();
    if (m_store)
        (void)m_store->flush();
}

Status HostRuntime::setFacilitatorPasswordLocally(const QString &next)
{
    if (auto s = m_auth->setPassword(next); !s)
        return s;
    m_store->audit(m_games->clock().nowMs(), u"admin"_s, u"password.set"_s,
                           u"the facilitator password was set in the console on the host's computer"_s);
    m_generatedPassword.clear();
    return Done{};
}

quint16 HostRuntime::port() const
{
    return m_server ? m_server->port() : 0;
}

} // namespace steward
