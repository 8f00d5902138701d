# Scanning: interpretation (symbology identifiers, GS1, GTIN) and resolution against the store.
# Included by core/CMakeLists.txt; QtCore and SQLite only.

# The GS1 data files (the Barcode Syntax Dictionary and the code lists its linters use) are compiled in as
# bytes: reconfiguring after a change to them regenerates gs1data.cpp.
set(STOCKHAND_GS1_DATA_FILES
    ${CMAKE_CURRENT_LIST_DIR}/data/gs1-syntax-dictionary.txt ${CMAKE_CURRENT_LIST_DIR}/data/gs1-codelists.txt)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${STOCKHAND_GS1_DATA_FILES})
function(stockhand_bytes_of file out_var)
    file(READ ${file} hex HEX)
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
    set(${out_var} "${bytes}" PARENT_SCOPE)
endfunction()
stockhand_bytes_of(${CMAKE_CURRENT_LIST_DIR}/data/gs1-syntax-dictionary.txt GS1_SYNTAX_DICTIONARY_BYTES)
stockhand_bytes_of(${CMAKE_CURRENT_LIST_DIR}/data/gs1-codelists.txt GS1_CODE_LISTS_BYTES)
configure_file(${CMAKE_CURRENT_LIST_DIR}/gs1data.cpp.in ${CMAKE_CURRENT_BINARY_DIR}/scan/gs1data.cpp @ONLY)

target_sources(stockhand_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/gs1data.h ${CMAKE_CURRENT_BINARY_DIR}/scan/gs1data.cpp
    ${CMAKE_CURRENT_LIST_DIR}/aitable.h ${CMAKE_CURRENT_LIST_DIR}/gs1dictionary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gs1codelists.h ${CMAKE_CURRENT_LIST_DIR}/gs1codelists.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gs1linters.h ${CMAKE_CURRENT_LIST_DIR}/gs1linters.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gs1coupon.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gs1.h ${CMAKE_CURRENT_LIST_DIR}/gs1.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gs1validate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/digitallink.cpp
    ${CMAKE_CURRENT_LIST_DIR}/symbology.h ${CMAKE_CURRENT_LIST_DIR}/symbology.cpp
    ${CMAKE_CURRENT_LIST_DIR}/interpreter.h ${CMAKE_CURRENT_LIST_DIR}/interpreter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/interpretation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resolver.h ${CMAKE_CURRENT_LIST_DIR}/resolver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resolverrules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/typedinput.h ${CMAKE_CURRENT_LIST_DIR}/typedinput.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scanjson.h ${CMAKE_CURRENT_LIST_DIR}/scanjson.cpp
)
