# Sources of server/games/sovereign: Sovereign Lines' rules (cmake/GameKinds.cmake).
target_sources(${KIND_TARGET} PRIVATE
    games/sovereign/SovereignBots.cpp games/sovereign/SovereignBots.h
    games/sovereign/SovereignConfig.cpp games/sovereign/SovereignConfig.h
    games/sovereign/SovereignErrors.h
    games/sovereign/SovereignGame.cpp games/sovereign/SovereignGame.h
    games/sovereign/SovereignKind.cpp games/sovereign/SovereignKind.h
    games/sovereign/SovereignMap.cpp games/sovereign/SovereignMap.h
    games/sovereign/SovereignRandom.h
    games/sovereign/SovereignReplay.cpp games/sovereign/SovereignReplay.h
    games/sovereign/SovereignResultCalls.cpp games/sovereign/SovereignResultCalls.h
    games/sovereign/SovereignRules.cpp games/sovereign/SovereignRules.h
    games/sovereign/SovereignShown.h
    games/sovereign/SovereignView.cpp
)
target_sources(${KIND_HOST_TARGET} PRIVATE
    games/sovereign/host/SovereignModule.cpp games/sovereign/host/SovereignModule.h
)
