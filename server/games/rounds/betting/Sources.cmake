# Sources of server/games/rounds/betting (the rounds game's money and records), added to the module (cmake/GameKinds.cmake).
target_sources(${KIND_HOST_TARGET} PRIVATE
    games/rounds/betting/BetDesk.cpp games/rounds/betting/BetDesk.h
    games/rounds/betting/MoneyInPlayCheck.cpp games/rounds/betting/MoneyInPlayCheck.h
    games/rounds/betting/RegulatorExport.cpp games/rounds/betting/RegulatorExport.h
    games/rounds/betting/RoundsArchive.cpp games/rounds/betting/RoundsArchive.h
    games/rounds/betting/RtpReport.cpp games/rounds/betting/RtpReport.h
    games/rounds/betting/SettlementBook.cpp games/rounds/betting/SettlementBook.h
)
