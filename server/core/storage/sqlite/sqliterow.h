// The embedded backend's rows as the protocol's JSON rows (RowWriter): the snapshot and the change feed
// stream SQLite statements straight into the answer.
#pragma once

#include "rowwriter.h"

struct sqlite3_stmt;

namespace stockhand::server {

// [v0, v1, ...]\n for the current row of stmt: integers and reals as numbers, text as strings, blobs as
// base64 strings, NULL as null.
void writeSqliteRow(RowWriter &w, sqlite3_stmt *stmt);

} // namespace stockhand::server
