# Sources of server/games/rounds (cmake/GameKinds.cmake): the rules, then the module that runs
# beside the tables on a full host (host/, and the money and records in betting/).
target_sources(${KIND_TARGET} PRIVATE
    games/rounds/FairDraw.cpp games/rounds/FairDraw.h
    games/rounds/FairnessCalls.cpp games/rounds/FairnessCalls.h
    games/rounds/Paytable.cpp games/rounds/Paytable.h
    games/rounds/RoundsBet.cpp games/rounds/RoundsBet.h
    games/rounds/RoundsDebrief.cpp games/rounds/RoundsDebrief.h
    games/rounds/RoundsConfig.cpp games/rounds/RoundsConfig.h
    games/rounds/RoundsGame.cpp games/rounds/RoundsGame.h
    games/rounds/RoundsErrors.h
    games/rounds/RoundsKind.cpp games/rounds/RoundsKind.h
)
target_sources(${KIND_HOST_TARGET} PRIVATE
    games/rounds/host/RoundsModule.cpp games/rounds/host/RoundsModule.h
    games/rounds/host/RoundsOperatorRoutes.cpp
    games/rounds/host/RoundsPublicRoutes.cpp
    games/rounds/host/RoundsStaffRoutes.cpp
    games/rounds/host/RoundsStream.cpp games/rounds/host/RoundsStream.h
)
include(games/rounds/betting/Sources.cmake)
