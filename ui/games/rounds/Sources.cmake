# The rounds table's console part: its live view, its analytics charts, its new-game form and
# the paytables and RTP reports on the Operators page. ui/CMakeLists.txt includes every
# games/<kind>/Sources.cmake.
target_sources(steward_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PaytableForm.cpp ${CMAKE_CURRENT_LIST_DIR}/PaytableForm.h
    ${CMAKE_CURRENT_LIST_DIR}/RoundsAnalytics.cpp ${CMAKE_CURRENT_LIST_DIR}/RoundsAnalytics.h
    ${CMAKE_CURRENT_LIST_DIR}/RoundsCharts.cpp ${CMAKE_CURRENT_LIST_DIR}/RoundsCharts.h
    ${CMAKE_CURRENT_LIST_DIR}/RoundsConsoleKind.cpp ${CMAKE_CURRENT_LIST_DIR}/RoundsConsoleKind.h
    ${CMAKE_CURRENT_LIST_DIR}/RoundsGameForm.cpp ${CMAKE_CURRENT_LIST_DIR}/RoundsGameForm.h
    ${CMAKE_CURRENT_LIST_DIR}/RoundsOperatorsSection.cpp ${CMAKE_CURRENT_LIST_DIR}/RoundsOperatorsSection.h
    ${CMAKE_CURRENT_LIST_DIR}/RoundsReportView.cpp ${CMAKE_CURRENT_LIST_DIR}/RoundsReportView.h
    ${CMAKE_CURRENT_LIST_DIR}/RoundsView.cpp ${CMAKE_CURRENT_LIST_DIR}/RoundsView.h
)
