# steward-bench --fanout: watchers of real-time games, on a host with the bench's own pulse kind.
steward_tool_mode(steward-bench fanout CLASS steward::bench::FanoutBenchMode HEADER fanout/FanoutBenchMode.h)
target_sources(steward-bench PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FanoutBenchMode.cpp ${CMAKE_CURRENT_LIST_DIR}/FanoutBenchMode.h
    ${CMAKE_CURRENT_LIST_DIR}/FanoutReport.cpp ${CMAKE_CURRENT_LIST_DIR}/FanoutReport.h
    ${CMAKE_CURRENT_LIST_DIR}/FanoutRun.cpp ${CMAKE_CURRENT_LIST_DIR}/FanoutRun.h
    ${CMAKE_CURRENT_LIST_DIR}/FanoutWatcher.cpp ${CMAKE_CURRENT_LIST_DIR}/FanoutWatcher.h
)

# steward-host with the pulse kind added; the bench starts it for --fanout (it is not installed).
qt_add_executable(steward-bench-host
    ${CMAKE_CURRENT_LIST_DIR}/BenchHostMain.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PulseGame.cpp ${CMAKE_CURRENT_LIST_DIR}/PulseGame.h
)
target_link_libraries(steward-bench-host PRIVATE steward_host_main steward_options)
steward_use_fast_allocator(steward-bench-host)
add_dependencies(steward-bench steward-bench-host)
