// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostRuntime.h"

#include "auth/Authenticator.h"
#include "betting/RoundsArchive.h"
#include "core/GameHost.h"
#include "store/Database.h"
#include "store/EventStore.h"

namespace steward {

Result<std::unique_ptr<HostRuntime>> HostRuntime::start(const HostOptions &options)
{
    std::unique_ptr<HostRuntime> rt(new HostRuntime);
    rt->m_kinds = GameRegistry::withBuiltinKinds();
    auto db = Database::open(options.databaseUrl, options.dataDir);
    if (!db)
        return db.error();
    rt->m_db = std::move(db.value());
    rt->m_store = std::make_unique<EventStore>(*rt->m_db);
    rt->m_auth = std::make_unique<Authenticator>(*rt->m_store, rt->m_clock);
    auto password = rt->m_auth->initialize(options.adminPassword);
    if (!password)
        return password.error();
    rt->m_generatedPassword = password.value();
    rt->m_games = std::make_unique<GameHost>(*rt->m_store, rt->m_kinds, rt->m_clock);
    auto replayed = rt->m_games->load();
    if (!replayed)
        return replayed.error();
    rt->m_replayed = replayed.value();
    rt->m_roundsArchive = std::make_unique<betting::RoundsArchive>(*rt->m_games, *rt->m_db);
    rt->m_server = std::make_unique<HostServer>(*rt->m_games, *rt->m_auth, options.listen);
    rt->m_server->attachRoundsArchive(rt->m_roundsArchive.get());
    auto port = rt->m_server->listen();
    if (!port)
        return port.error();
    if (options.chain.enabled) {
        rt->m_chain = std::make_unique<chain::ChainBridge>(options.chain, *rt->m_db, *rt->m_store, *rt->m_games,
                                                           rt->m_clock, options.dataDir);
        rt->m_server->attachChain(rt->m_chain.get());
        rt->m_auth->setChainId(options.chain.chainId);
        rt->m_chain->start(); // in the background: the host serves games meanwhile
    }
    return rt;
}

HostRuntime::~HostRuntime()
{
    // Stop taking input first, then make sure nothing accepted is left uncommitted.
    m_server.reset();
    m_chain.reset(); // stops the devnet (it saves its state)
    if (m_store)
        (void)m_store->flush();
}

quint16 HostRuntime::port() const
{
    return m_server ? m_server->port() : 0;
}

} // namespace steward
