# The scanning commands of stockhand-cli (scan, decode) as a library, so that tests/scan can drive them.
# Included once, by app/cli/CMakeLists.txt. Decoding is stockhand_scanner (scanner/): nothing from ui/.
add_library(stockhand_cli_scan STATIC
    ${CMAKE_CURRENT_LIST_DIR}/scancommands.h ${CMAKE_CURRENT_LIST_DIR}/scancommands.cpp)
target_include_directories(stockhand_cli_scan PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(stockhand_cli_scan PUBLIC stockhand_core stockhand_scanner Qt6::Gui PRIVATE stockhand_settings)
