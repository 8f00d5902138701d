// Force-included into every file of stockhand_serverrules (server/CMakeLists.txt): the rules, the push
// path, the feed protocol and the device policy know storage only through storage/storage.h. Their include
// path holds no db/ headers and no SQLite; this poisons what core/result.h still carries of SQLite, so
// that a branch on a database's result code fails to compile (errors.h classifies storage.* codes instead).
#pragma once

#include "result.h"

#pragma GCC poison sqliteCode
