# The Beer Game's console part: its live view, its analytics (team charts, the PDF debrief) and
# its new-game form. ui/CMakeLists.txt includes every games/<kind>/Sources.cmake.
target_sources(steward_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BeerAnalytics.cpp ${CMAKE_CURRENT_LIST_DIR}/BeerAnalytics.h
    ${CMAKE_CURRENT_LIST_DIR}/BeerConsoleKind.cpp ${CMAKE_CURRENT_LIST_DIR}/BeerConsoleKind.h
    ${CMAKE_CURRENT_LIST_DIR}/BeerGameForm.cpp ${CMAKE_CURRENT_LIST_DIR}/BeerGameForm.h
    ${CMAKE_CURRENT_LIST_DIR}/BeerGameView.cpp ${CMAKE_CURRENT_LIST_DIR}/BeerGameView.h
    ${CMAKE_CURRENT_LIST_DIR}/BeerTeamsModel.cpp ${CMAKE_CURRENT_LIST_DIR}/BeerTeamsModel.h
    ${CMAKE_CURRENT_LIST_DIR}/DebriefPdf.cpp ${CMAKE_CURRENT_LIST_DIR}/DebriefPdf.h
    ${CMAKE_CURRENT_LIST_DIR}/RolePalette.cpp ${CMAKE_CURRENT_LIST_DIR}/RolePalette.h
    ${CMAKE_CURRENT_LIST_DIR}/TeamChart.cpp ${CMAKE_CURRENT_LIST_DIR}/TeamChart.h
)
