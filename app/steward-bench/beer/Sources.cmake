# steward-bench's default mode: the Beer Game played by one WebSocket client per seat.
steward_tool_mode(steward-bench beer CLASS steward::bench::BeerBenchMode HEADER beer/BeerBenchMode.h DEFAULT)
target_sources(steward-bench PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BeerBenchMode.cpp ${CMAKE_CURRENT_LIST_DIR}/BeerBenchMode.h
    ${CMAKE_CURRENT_LIST_DIR}/BeerReport.cpp ${CMAKE_CURRENT_LIST_DIR}/BeerReport.h
    ${CMAKE_CURRENT_LIST_DIR}/BeerRun.cpp ${CMAKE_CURRENT_LIST_DIR}/BeerRun.h
    ${CMAKE_CURRENT_LIST_DIR}/BeerSeat.cpp ${CMAKE_CURRENT_LIST_DIR}/BeerSeat.h
)
