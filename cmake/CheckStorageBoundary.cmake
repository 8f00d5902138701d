# ctest script: the server's rules, push path, feed protocol and device policy reach the database only
# through server/core/storage/storage.h. Fails when one of those files names a database API.
#   cmake -DSERVER_CORE=<server/core> -P CheckStorageBoundary.cmake
file(GLOB checked
    "${SERVER_CORE}/ops/*.h" "${SERVER_CORE}/ops/*.cpp"
    "${SERVER_CORE}/push.h" "${SERVER_CORE}/push.cpp"
    "${SERVER_CORE}/feed.h" "${SERVER_CORE}/feed.cpp"
    "${SERVER_CORE}/devices.h" "${SERVER_CORE}/devices.cpp"
    "${SERVER_CORE}/protocol.h" "${SERVER_CORE}/protocol.cpp"
    "${SERVER_CORE}/storage/storage.h" "${SERVER_CORE}/storage/ledger.h")
list(LENGTH checked n)
if(n LESS 15)
    message(FATAL_ERROR "storage boundary: expected the server's rule files under ${SERVER_CORE}, found ${n}")
endif()
set(bad "")
foreach(f IN LISTS checked)
    file(READ "${f}" text)
    foreach(pattern "db/database.h" "sqlite3" "db::" "include \"storage/sqlite/" ".prepare(" "lastInsertRowId")
        string(FIND "${text}" "${pattern}" at)
        if(NOT at EQUAL -1)
            list(APPEND bad "${f}: ${pattern}")
        endif()
    endforeach()
endforeach()
if(bad)
    list(JOIN bad "\n  " lines)
    message(FATAL_ERROR "storage boundary broken (use storage::Storage / Ledger instead):\n  ${lines}")
endif()
message(STATUS "storage boundary: ${n} files talk to storage only through its interface")
