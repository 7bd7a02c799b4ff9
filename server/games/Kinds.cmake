# The game kinds this build hosts: one line each (cmake/GameKinds.cmake). This list and each
# kind's own folders are the only places that name a kind.
steward_game_kind(beer   KIND steward::beer::BeerKind     HEADER games/beer/BeerKind.h
                         CONTRACTS BeerGameLedger)
steward_game_kind(rounds KIND steward::rounds::RoundsKind HEADER games/rounds/RoundsKind.h
                         MODULE steward::rounds::RoundsModule MODULE_HEADER games/rounds/host/RoundsModule.h
                         CONTRACTS RoundFairness)
