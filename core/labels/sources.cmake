# Labels: what each label kind shows, its layout and its ZPL II (docs/labels.md). Included by
# core/CMakeLists.txt; QtCore only (drawing and printing are ui/labels).
target_sources(stockhand_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/label.h ${CMAKE_CURRENT_LIST_DIR}/label.cpp
    ${CMAKE_CURRENT_LIST_DIR}/layout.h ${CMAKE_CURRENT_LIST_DIR}/layout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/zpl.h ${CMAKE_CURRENT_LIST_DIR}/zpl.cpp
)
