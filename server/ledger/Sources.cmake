# Sources of server/ledger, added to steward_money.
target_sources(steward_money PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Accounts.cpp ${CMAKE_CURRENT_LIST_DIR}/Accounts.h
    ${CMAKE_CURRENT_LIST_DIR}/AuditChain.cpp ${CMAKE_CURRENT_LIST_DIR}/AuditChain.h
    ${CMAKE_CURRENT_LIST_DIR}/Ledger.cpp ${CMAKE_CURRENT_LIST_DIR}/Ledger.h
    ${CMAKE_CURRENT_LIST_DIR}/LedgerQueries.cpp ${CMAKE_CURRENT_LIST_DIR}/LedgerQueries.h
    ${CMAKE_CURRENT_LIST_DIR}/LedgerVerifier.cpp ${CMAKE_CURRENT_LIST_DIR}/LedgerVerifier.h
    ${CMAKE_CURRENT_LIST_DIR}/Txn.cpp ${CMAKE_CURRENT_LIST_DIR}/Txn.h
)
