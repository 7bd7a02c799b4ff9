# Sovereign Lines' console part: its new-game form, its live map and players, its replay viewer,
# and its land and troops charts on Analytics. ui/CMakeLists.txt includes every
# games/<kind>/Sources.cmake.
target_sources(steward_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SovereignAnalytics.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignAnalytics.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignConsoleKind.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignConsoleKind.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignGameForm.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignGameForm.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignLandChart.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignLandChart.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignMapGeometry.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignMapGeometry.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignMapWidget.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignMapWidget.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignMatchView.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignMatchView.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignPalette.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignPalette.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignPlayersTable.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignPlayersTable.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignReplayView.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignReplayView.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignStandingsTable.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignStandingsTable.h
    ${CMAKE_CURRENT_LIST_DIR}/SovereignSwatch.cpp ${CMAKE_CURRENT_LIST_DIR}/SovereignSwatch.h
)
