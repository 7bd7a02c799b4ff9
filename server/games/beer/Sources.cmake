# Sources of server/games/beer: the Beer Game's rules (cmake/GameKinds.cmake).
target_sources(${KIND_TARGET} PRIVATE
    games/beer/BeerBots.cpp games/beer/BeerBots.h
    games/beer/BeerConfig.cpp games/beer/BeerConfig.h
    games/beer/BeerDebrief.cpp games/beer/BeerDebrief.h
    games/beer/BeerDemand.cpp games/beer/BeerDemand.h
    games/beer/BeerErrors.h
    games/beer/BeerGame.cpp games/beer/BeerGame.h
    games/beer/BeerKind.cpp games/beer/BeerKind.h
    games/beer/BeerLedgerCalls.cpp games/beer/BeerLedgerCalls.h
    games/beer/BeerRole.cpp games/beer/BeerRole.h
    games/beer/SupplyChain.cpp games/beer/SupplyChain.h
)
