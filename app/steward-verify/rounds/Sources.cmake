# steward-verify's checks of a rounds table's provably fair draws (docs/verify.md).
steward_tool_mode(steward-verify rounds CLASS steward::verify::RoundsVerifyMode HEADER rounds/RoundsVerifyMode.h DEFAULT)
target_sources(steward_verify PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChainChecks.cpp ${CMAKE_CURRENT_LIST_DIR}/ChainChecks.h
    ${CMAKE_CURRENT_LIST_DIR}/FairnessEvents.cpp ${CMAKE_CURRENT_LIST_DIR}/FairnessEvents.h
    ${CMAKE_CURRENT_LIST_DIR}/HostRecords.cpp ${CMAKE_CURRENT_LIST_DIR}/HostRecords.h
    ${CMAKE_CURRENT_LIST_DIR}/RecordChecks.cpp ${CMAKE_CURRENT_LIST_DIR}/RecordChecks.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportText.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportText.h
    ${CMAKE_CURRENT_LIST_DIR}/RoundReport.cpp ${CMAKE_CURRENT_LIST_DIR}/RoundReport.h
    ${CMAKE_CURRENT_LIST_DIR}/RoundVerifier.cpp ${CMAKE_CURRENT_LIST_DIR}/RoundVerifier.h
    ${CMAKE_CURRENT_LIST_DIR}/RoundsVerifyMode.cpp ${CMAKE_CURRENT_LIST_DIR}/RoundsVerifyMode.h
    ${CMAKE_CURRENT_LIST_DIR}/VerifyCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/VerifyCommand.h
)
