# The game kinds this build hosts: one line each (cmake/GameKinds.cmake). This list and each
# kind's own folders are the only places that name a kind.
steward_game_kind(beer   KIND steward::beer::BeerKind     HEADER server/games/beer/BeerKind.h
                         CONTRACTS BeerGameLedger)
steward_game_kind(rounds KIND steward::rounds::RoundsKind HEADER server/games/rounds/RoundsKind.h
                         MODULE steward::rounds::RoundsModule MODULE_HEADER server/games/rounds/host/RoundsModule.h
                         CONTRACTS RoundFairness)
steward_game_kind(sovereign KIND steward::sovereign::SovereignKind HEADER server/games/sovereign/SovereignKind.h
                         MODULE steward::sovereign::SovereignModule MODULE_HEADER server/games/sovereign/host/SovereignModule.h
                         CONTRACTS SovereignLinesResults)
