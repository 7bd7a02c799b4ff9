# Sources of server/betting (the rounds game's money and records), added to steward_server.
target_sources(steward_server PRIVATE
    betting/BetDesk.cpp betting/BetDesk.h
    betting/MoneyInPlayCheck.cpp betting/MoneyInPlayCheck.h
    betting/RegulatorExport.cpp betting/RegulatorExport.h
    betting/RoundsArchive.cpp betting/RoundsArchive.h
    betting/RtpReport.cpp betting/RtpReport.h
    betting/SettlementBook.cpp betting/SettlementBook.h
)
