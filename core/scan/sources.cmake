# Scanning: interpretation (symbology identifiers, GS1, GTIN) and resolution against the store.
# Included by core/CMakeLists.txt; QtCore and SQLite only.
target_sources(stockhand_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/aitable.h ${CMAKE_CURRENT_LIST_DIR}/aitable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gs1.h ${CMAKE_CURRENT_LIST_DIR}/gs1.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gs1validate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/digitallink.cpp
    ${CMAKE_CURRENT_LIST_DIR}/symbology.h ${CMAKE_CURRENT_LIST_DIR}/symbology.cpp
    ${CMAKE_CURRENT_LIST_DIR}/interpreter.h ${CMAKE_CURRENT_LIST_DIR}/interpreter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/interpretation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resolver.h ${CMAKE_CURRENT_LIST_DIR}/resolver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resolverrules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scanjson.h ${CMAKE_CURRENT_LIST_DIR}/scanjson.cpp
)
