# steward-bench --sovereign (or --territory): Sovereign Lines matches full of bots at 20 Hz, on steward-host.
steward_tool_mode(steward-bench sovereign CLASS steward::bench::SovereignBenchMode HEADER sovereign/SovereignBenchMode.h
                  ALSO territory)
target_sources(steward-bench PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BucketQuantile.h
    ${CMAKE_CURRENT_LIST_DIR}/HostTickMetrics.cpp ${CMAKE_CURRENT_LIST_DIR}/HostTickMetrics.h
    ${CMAKE_CURRENT_LIST_DIR}/MetricsScraper.cpp ${CMAKE_CURRENT_LIST_DIR}/MetricsScraper.h
    ${CMAKE_CURRENT_LIST_DIR}/PushFigures.cpp ${CMAKE_CURRENT_LIST_DIR}/PushFigures.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignBenchMode.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignBenchMode.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignClient.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignClient.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignOptions.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignReport.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignReport.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignRun.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignRun.h
)
