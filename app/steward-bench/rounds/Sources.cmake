# steward-bench --rounds: the rounds game's operators and bettors.
steward_tool_mode(steward-bench rounds CLASS steward::bench::RoundsBenchMode HEADER rounds/RoundsBenchMode.h)
target_sources(steward-bench PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RoundsBenchMode.cpp ${CMAKE_CURRENT_LIST_DIR}/RoundsBenchMode.h
    ${CMAKE_CURRENT_LIST_DIR}/RoundsBettor.cpp ${CMAKE_CURRENT_LIST_DIR}/RoundsBettor.h
    ${CMAKE_CURRENT_LIST_DIR}/RoundsOperator.cpp ${CMAKE_CURRENT_LIST_DIR}/RoundsOperator.h
    ${CMAKE_CURRENT_LIST_DIR}/RoundsReport.cpp ${CMAKE_CURRENT_LIST_DIR}/RoundsReport.h
    ${CMAKE_CURRENT_LIST_DIR}/RoundsRun.cpp ${CMAKE_CURRENT_LIST_DIR}/RoundsRun.h
    ${CMAKE_CURRENT_LIST_DIR}/RoundsTally.h
    ${CMAKE_CURRENT_LIST_DIR}/RoundsThreadCpu.cpp ${CMAKE_CURRENT_LIST_DIR}/RoundsThreadCpu.h
)

# --rounds plays the betting operator with the tests' TestOperator (tests/wallet/). Its files are
# compiled in here rather than linked as steward_testoperator: that library exists only when the
# tests are built (BUILD_TESTING), and is defined after this folder.
set(steward_bench_operator ${PROJECT_SOURCE_DIR}/tests/wallet)
target_sources(steward-bench PRIVATE ${steward_bench_operator}/TestOperator.cpp ${steward_bench_operator}/TestOperator.h)
target_include_directories(steward-bench PRIVATE ${steward_bench_operator})
