// The server database: the world tables shared with the devices (store/worldschema.h) plus the server's
// own tables: operation log, immutable stock moves, exceptions, devices, enrolment codes, change feed.
// The embedded backend's SQL: the change feed's triggers and the warehouse scope of each feed table.
#pragma once

#include "db/migrator.h"
#include "feedtables.h"

#include <string>

namespace stockhand::server {

constexpr qint32 kServerDbApplicationId = 0x53485356; // "SHSV"

const db::SchemaDescription &serverSchema();

// The WHERE clause (with ?1 = warehouse id) that limits a snapshot of the table to a warehouse.
const char *feedScopeClause(const FeedTable &t);
// A WHERE term that holds when one row of the table belongs to the warehouse (or to all): what a pull
// checks before sending a changed row, so that a row that left the warehouse goes out as a delete.
std::string rowInScopeClause(const FeedTable &t, const char *warehouseParam);

} // namespace stockhand::server
