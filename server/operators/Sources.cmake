# Sources of server/operators, added to steward_money.
target_sources(steward_money PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Backoffice.cpp ${CMAKE_CURRENT_LIST_DIR}/Backoffice.h
    ${CMAKE_CURRENT_LIST_DIR}/BackofficeLog.cpp ${CMAKE_CURRENT_LIST_DIR}/BackofficeLog.h
    ${CMAKE_CURRENT_LIST_DIR}/BackofficeUsers.cpp ${CMAKE_CURRENT_LIST_DIR}/BackofficeUsers.h
    ${CMAKE_CURRENT_LIST_DIR}/Operator.cpp ${CMAKE_CURRENT_LIST_DIR}/Operator.h
    ${CMAKE_CURRENT_LIST_DIR}/OperatorDirectory.cpp ${CMAKE_CURRENT_LIST_DIR}/OperatorDirectory.h
    ${CMAKE_CURRENT_LIST_DIR}/OperatorKeys.cpp ${CMAKE_CURRENT_LIST_DIR}/OperatorKeys.h
    ${CMAKE_CURRENT_LIST_DIR}/OperatorSpec.h
    ${CMAKE_CURRENT_LIST_DIR}/OperatorValidation.cpp ${CMAKE_CURRENT_LIST_DIR}/OperatorValidation.h
    ${CMAKE_CURRENT_LIST_DIR}/OperatorsLog.cpp ${CMAKE_CURRENT_LIST_DIR}/OperatorsLog.h
    ${CMAKE_CURRENT_LIST_DIR}/SqlTransaction.cpp ${CMAKE_CURRENT_LIST_DIR}/SqlTransaction.h
)
