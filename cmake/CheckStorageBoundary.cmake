# ctest script (server_storage_boundary): the server's rules, push path, feed protocol, device policy and
# protocol front (everything under server/core except the backends, storage/sqlite/ and storage/postgresql/)
# reach the database only through server/core/storage/storage.h, and answer failures through one table
# (errors.h).
#   cmake -DSERVER_CORE=<server/core> -DSERVER_APP=<server/app> [-DBUILD_DIR=<build> -DPROBE=<target>]
#         -P CheckStorageBoundary.cmake
# 1. Words: no rule file names a database API or a SQLite result code, and no server file outside the
#    backend builds an error answer with a status of its own (errorResponse(const Error &) does).
# 2. Build: PROBE (server_rules_linkcheck) compiles the rules without db/ headers and links them without
#    SQLite (tests/server/CMakeLists.txt); a violation that the words miss fails here.
file(GLOB_RECURSE checked "${SERVER_CORE}/*.h" "${SERVER_CORE}/*.cpp")
list(FILTER checked EXCLUDE REGEX "/storage/sqlite/")
list(FILTER checked EXCLUDE REGEX "/storage/postgresql/") # the second backend (its admin tools copy from SQLite)
list(FILTER checked EXCLUDE REGEX "/rulesboundary\\.h$") # it names what it poisons
list(LENGTH checked n)
if(n LESS 25)
    message(FATAL_ERROR "storage boundary: expected the server's rule files under ${SERVER_CORE}, found ${n}")
endif()
file(GLOB app "${SERVER_APP}/*.h" "${SERVER_APP}/*.cpp")
set(bad "")
foreach(f IN LISTS checked)
    file(READ "${f}" text)
    foreach(pattern "include \"db/" "sqlite3" "sqliteCode" "db::" "include \"storage/sqlite/" ".prepare("
            "lastInsertRowId" "EmbeddedServer" "SqliteStorage")
        string(FIND "${text}" "${pattern}" at)
        if(NOT at EQUAL -1)
            list(APPEND bad "${f}: ${pattern}")
        endif()
    endforeach()
endforeach()
foreach(f IN LISTS checked app)
    file(READ "${f}" text)
    if(NOT f MATCHES "/protocol\\.(h|cpp)$" AND NOT f MATCHES "/errors\\.cpp$")
        # The status comes from the error's code (errors.cpp), not from the caller.
        if(text MATCHES "errorResponse\\([ \n]*[0-9]" OR text MATCHES "jsonResponse\\([ \n]*[45][0-9][0-9]")
            list(APPEND bad "${f}: an error answer with a status of its own (use errorResponse(const Error &))")
        endif()
    endif()
    if(text MATCHES "sqliteCode")
        list(APPEND bad "${f}: sqliteCode (only storage/sqlite/ reads SQLite result codes)")
    endif()
endforeach()
if(bad)
    list(JOIN bad "\n  " lines)
    message(FATAL_ERROR "storage boundary broken (use storage::Storage / Ledger and errors.h instead):\n  ${lines}")
endif()
message(STATUS "storage boundary: ${n} files talk to storage only through its interface")

if(BUILD_DIR AND PROBE)
    execute_process(COMMAND ${CMAKE_COMMAND} --build "${BUILD_DIR}" --target ${PROBE}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        string(LENGTH "${out}" len)
        if(len GREATER 6000)
            math(EXPR from "${len} - 6000")
            string(SUBSTRING "${out}" ${from} -1 out)
        endif()
        message(FATAL_ERROR "storage boundary broken: the rules do not build without the database "
            "(server/CMakeLists.txt, stockhand_serverrules):\n${out}")
    endif()
    message(STATUS "storage boundary: the rules compile without db/ headers and link without SQLite")
endif()
