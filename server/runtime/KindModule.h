// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <memory>
#include <vector>

namespace steward::chain {
class ChainBridge;
}
namespace steward::ledger {
class Ledger;
}
namespace steward::operators {
class OperatorDirectory;
}
namespace steward::wallet {
class WalletOutbox;
}

namespace steward {

class Clock;
class Database;
class GameHost;
class RouteTable;
class UnitOfWork;

// What the host lends a kind's module: its games, a database to read, a unit of work to write
// with the games' commits, money and chain. Every part outlives the module.
struct HostServices
{
    GameHost &games;
    Database &db;
    UnitOfWork &work; // rows of the kind's own tables, in the games' commit
    const Clock &clock;
    const operators::OperatorDirectory &operators;
    ledger::Ledger &ledger;
    wallet::WalletOutbox &wallet;
    const chain::ChainBridge *chain; // null when the host runs no chain
};

// The part of a game kind that runs beside its games on a full host (steward-host, the console):
// services (a bet desk, a settlement book, an archive of its records) and the routes that serve
// them. Registered on the kind's line in server/games/Kinds.cmake (MODULE); a kind whose games
// are all it needs has none. The host starts it once the games are loaded and before any
// game's clock runs, so whatever came due while the host was down finds it listening.
class KindModule
{
public:
    virtual ~KindModule() = default;

    virtual Status start(const HostServices &services) = 0;
    // Its REST and event-stream routes, on the host's port. `routes` lasts as long as the
    // server, so a route may keep a reference to it.
    virtual void registerRoutes(RouteTable &routes) { (void)routes; }
    // Before the host's server goes: let go of connections it holds open (event streams).
    virtual void stopServing() {}
};

// The modules of the kinds this build hosts, written from server/games/Kinds.cmake.
std::vector<std::unique_ptr<KindModule>> builtinKindModules();

} // namespace steward
