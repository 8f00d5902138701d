# ctest script: on the device, core/store owns every table. The screens (ui/), the sync engine (sync/), the
# scanner and the executables (app/) call core/store and write no SQL. Fails when one of them does.
#   cmake -DSOURCE_DIR=<repo> [-DOBJECTS=<a.o|b.o|...> -DNM=<nm>] -P CheckDeviceSqlBoundary.cmake
#
# Two checks:
#  1. Sources (C++, QML, JS): SQL in string literals, the database API by name (prepare/exec/queryInt,
#     db::Statement, db::Transaction, db/ headers, sqlite3), QML LocalStorage.
#  2. Object files of the device targets (what the compiler really emitted, whatever the text looks like):
#     no undefined reference to Database::prepare/exec/queryInt, Statement, Transaction or sqlite3_*.
#     Passing a store::DeviceStore or a db::Database& on to core/store functions is fine.
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "device SQL boundary: pass -DSOURCE_DIR=<repository>")
endif()

# Every device directory outside core/.
set(scanned_dirs ui sync app scanner)
set(files "")
foreach(dir IN LISTS scanned_dirs)
    file(GLOB_RECURSE found LIST_DIRECTORIES false RELATIVE "${SOURCE_DIR}"
        "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.hpp" "${SOURCE_DIR}/${dir}/*.cpp"
        "${SOURCE_DIR}/${dir}/*.qml" "${SOURCE_DIR}/${dir}/*.js" "${SOURCE_DIR}/${dir}/*.mjs")
    list(APPEND files ${found})
endforeach()
list(LENGTH files n)
if(n LESS 60)
    message(FATAL_ERROR "device SQL boundary: expected the device sources under ${SOURCE_DIR}/{ui,sync,app}, found ${n}")
endif()

# What SQL looks like in a C++ or JS string literal. Upper case anywhere in the literal (our style, and
# statements split over several literals); lower case when the literal starts like a statement.
# (The object check below catches SQL that these patterns miss, as soon as it is run.)
set(upper_sql
    "SELECT " "INSERT " "UPDATE " "DELETE " "REPLACE INTO" "CREATE " "DROP " "ALTER TABLE" "PRAGMA" "BEGIN"
    "COMMIT" "ROLLBACK" "SAVEPOINT" "VACUUM" "ATTACH " " FROM " " WHERE " " JOIN " "ON CONFLICT")
set(lower_sql_start
    "^[ (]*select .* from "
    "^[ (]*select (count|sum|max|min|ifnull|coalesce|exists|1)"
    "^[ ]*insert (or [a-z]+ )?into "
    "^[ ]*replace into "
    "^[ ]*update [a-z_\"]+ set "
    "^[ ]*delete from "
    "^[ ]*(create|drop) (temp |temporary |unique |virtual )?(table|index|view|trigger) "
    "^[ ]*alter table "
    "^[ ]*pragma [a-z_]+"
    "^[ ]*with [a-z_]+( \\([a-z_, ]+\\))? as \\("
    "^[ ]*(begin|commit|rollback|savepoint|release)( immediate| exclusive| deferred)?( transaction)?[ ;]*$")
# The database API by name (text anywhere in the file, comments included: say "the store" in prose).
set(api_patterns
    "prepare(" "queryInt(" "db::Statement" "db::CachedStatement" "db::Transaction"
    "#include \"db/" "#include <db/" "sqlite3" "SQLite::" "QSqlDatabase" "QSqlQuery" "lastInsertRowId" "bindStatic("
    "failAfter(" "LocalStorage" "executeSql" "openDatabaseSync")

set(bad "")
foreach(f IN LISTS files)
    file(READ "${SOURCE_DIR}/${f}" text)
    foreach(pattern IN LISTS api_patterns)
        string(FIND "${text}" "${pattern}" at)
        if(NOT at EQUAL -1)
            list(APPEND bad "${f}: names the database API (${pattern})")
        endif()
    endforeach()
    # exec() with an argument is running SQL (an event loop's exec() takes none here).
    if(text MATCHES "(\\.|->)exec\\([ \n]*[^) \n]")
        list(APPEND bad "${f}: exec(...) with an argument (${CMAKE_MATCH_0})")
    endif()
    # String literals, one per match (escaped quotes kept inside); raw strings R"(...)" too.
    string(REGEX MATCHALL "\"([^\"\\\\\n]|\\\\.)*\"" literals "${text}")
    string(REGEX MATCHALL "R\"[^(\n]*\\([^)]*\\)" raws "${text}")
    list(APPEND literals ${raws})
    foreach(lit IN LISTS literals)
        foreach(kw IN LISTS upper_sql)
            string(FIND "${lit}" "${kw}" at)
            if(NOT at EQUAL -1)
                list(APPEND bad "${f}: SQL in a string literal (${kw}): ${lit}")
                break()
            endif()
        endforeach()
        # The literal's text, without its quotes (or a raw string's delimiters). Lower case SQL only: a
        # sentence for people starts with a capital ("Select a reason from the list").
        set(low "${lit}")
        if(low MATCHES "^R\"")
            string(REGEX REPLACE "^R\"[^(]*\\((.*)\\)$" "\\1" low "${low}")
        else()
            string(REGEX REPLACE "^\"(.*)\"$" "\\1" low "${low}")
        endif()
        foreach(re IN LISTS lower_sql_start)
            if(low MATCHES "${re}")
                list(APPEND bad "${f}: SQL in a string literal: ${lit}")
                break()
            endif()
        endforeach()
    endforeach()
endforeach()

# The compiled objects: what the device targets really call.
set(checked_objects 0)
if(OBJECTS)
    if(NOT NM)
        message(FATAL_ERROR "device SQL boundary: pass -DNM=<nm> with -DOBJECTS")
    endif()
    string(REPLACE "|" ";" objects "${OBJECTS}")
    set(forbidden_symbols
        "stockhand::db::Database::prepare(" "stockhand::db::Database::exec(" "stockhand::db::Database::queryInt("
        "stockhand::db::Statement::" "stockhand::db::Transaction::" "stockhand::db::sqliteError(" "sqlite3_")
    foreach(o IN LISTS objects)
        if(NOT EXISTS "${o}")
            message(FATAL_ERROR "device SQL boundary: ${o} is missing: build the device targets first")
        endif()
        execute_process(COMMAND "${NM}" -C --undefined-only "${o}"
            OUTPUT_VARIABLE symbols ERROR_VARIABLE nm_error RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "device SQL boundary: ${NM} failed on ${o}: ${nm_error}")
        endif()
        math(EXPR checked_objects "${checked_objects} + 1")
        foreach(sym IN LISTS forbidden_symbols)
            string(FIND "${symbols}" "${sym}" at)
            if(NOT at EQUAL -1)
                list(APPEND bad "${o}: calls ${sym}...")
            endif()
        endforeach()
    endforeach()
    if(checked_objects LESS 40)
        message(FATAL_ERROR "device SQL boundary: expected the device targets' objects, checked ${checked_objects}")
    endif()
endif()

if(bad)
    list(REMOVE_DUPLICATES bad)
    list(JOIN bad "\n  " lines)
    message(FATAL_ERROR "device SQL boundary broken: the device's tables belong to core/store; call its query "
        "functions instead (docs/data-model.md, \"Who owns which table\"):\n  ${lines}")
endif()
message(STATUS "device SQL boundary: ${n} source files and ${checked_objects} object files outside core/ "
    "write no SQL and call no database API")
