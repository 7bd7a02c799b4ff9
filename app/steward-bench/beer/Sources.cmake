# steward-bench's default mode: the Beer Game played by one WebSocket client per seat.
target_sources(steward-bench PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BeerReport.cpp ${CMAKE_CURRENT_LIST_DIR}/BeerReport.h
    ${CMAKE_CURRENT_LIST_DIR}/BeerRun.cpp ${CMAKE_CURRENT_LIST_DIR}/BeerRun.h
    ${CMAKE_CURRENT_LIST_DIR}/BeerSeat.cpp ${CMAKE_CURRENT_LIST_DIR}/BeerSeat.h
)
