# The scanning commands of stockhand-cli (scan, decode) as a library; included by app/cli/CMakeLists.txt
# and by tests/scan. Needs stockhand_scanner (ui/scanner).
if(TARGET stockhand_cli_scan OR NOT TARGET stockhand_scanner)
    return()
endif()
add_library(stockhand_cli_scan STATIC
    ${CMAKE_CURRENT_LIST_DIR}/scancommands.h ${CMAKE_CURRENT_LIST_DIR}/scancommands.cpp)
target_include_directories(stockhand_cli_scan PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(stockhand_cli_scan PUBLIC stockhand_core stockhand_scanner Qt6::Gui PRIVATE stockhand_settings)
