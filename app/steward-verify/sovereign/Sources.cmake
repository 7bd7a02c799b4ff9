# steward-verify's check of a finished Sovereign Lines match: played again from its seed and
# inputs, against the host's record and the chain (docs/verify.md).
steward_tool_mode(steward-verify sovereign CLASS steward::verify::SovereignVerifyMode HEADER sovereign/SovereignVerifyMode.h
                  ALSO territory)
target_sources(steward_verify PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MatchRecord.cpp ${CMAKE_CURRENT_LIST_DIR}/MatchRecord.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignVerifyMode.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignVerifyMode.h
)
