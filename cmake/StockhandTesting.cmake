# stockhand_add_test(NAME name SOURCES ... LIBRARIES ... LABELS unit|integration|gui|fault [TIMEOUT s])
function(stockhand_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS;ARGS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test stockhand_settings ${T_LIBRARIES})
    target_compile_definitions(${T_NAME} PRIVATE QT_FORCE_ASSERTS
        STOCKHAND_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        STOCKHAND_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME} ${T_ARGS})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "STOCKHAND_ALLOW_ROOT=1;QT_QPA_PLATFORM=offscreen;QT_FORCE_ASSERTS=1;QT_LOGGING_RULES=*.debug=false;ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:suppressions=${PROJECT_SOURCE_DIR}/tests/asan.supp;LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
endfunction()

# stockhand_add_postgresql_test(NAME name [FUNCTIONS f ...]): the server test `name` (already added) once
# more against a real PostgreSQL 15 (STOCKHAND_TEST_DATABASE=postgresql: tests/server/pgtestserver.h starts
# one per test process), as name_postgresql with its labels plus `postgresql`. FUNCTIONS: only these test
# functions (the others need the SQLite backend; docs/server.md, "PostgreSQL", lists them).
function(stockhand_add_postgresql_test)
    cmake_parse_arguments(T "" "NAME" "FUNCTIONS" ${ARGN})
    get_test_property(${T_NAME} LABELS labels)
    get_test_property(${T_NAME} TIMEOUT timeout)
    get_test_property(${T_NAME} ENVIRONMENT env)
    add_test(NAME ${T_NAME}_postgresql COMMAND ${T_NAME} ${T_FUNCTIONS})
    set_tests_properties(${T_NAME}_postgresql PROPERTIES
        LABELS "${labels};postgresql"
        TIMEOUT ${timeout}
        ENVIRONMENT "${env};STOCKHAND_TEST_DATABASE=postgresql")
endfunction()
