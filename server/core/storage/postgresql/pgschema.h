// The PostgreSQL backend's schema: the same logical tables as the SQLite server database at its version 7
// (storage/sqlite/serverschema.cpp and store/worldschema.cpp) in PostgreSQL's types, with versioned
// migrations under a schema_version table, the change feed's triggers and the warehouse scope of each
// feed table.
#pragma once

#include "feedtables.h"
#include "result.h"

#include <string>

namespace stockhand::server::pg {

class Connection;

// The logical schema version the database holds once migrated (the SQLite backend's PRAGMA user_version).
constexpr int kPgSchemaVersion = 8;

// Creates or migrates the schema, in one transaction under an advisory lock (several processes may start
// at once). Fails with storage.too-new when the database is newer than this build.
Status migrate(Connection &c);

// The WHERE clause (with $1 = warehouse id, or no parameter at all) that limits the table to a warehouse.
const char *scopeClause(const FeedTable &t);
// Whether scopeClause(t) uses $1.
bool scopeUsesWarehouse(const FeedTable &t);
// A WHERE term that holds when one row of the table belongs to the warehouse (or to all), with the given
// parameter as the warehouse id.
std::string rowInScopeClause(const FeedTable &t, const char *warehouseParam);

} // namespace stockhand::server::pg
