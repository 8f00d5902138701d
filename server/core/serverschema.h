// The server database: the world tables shared with the devices (store/worldschema.h) plus the server's
// own tables: operation log, immutable stock moves, exceptions, devices, enrolment codes, change feed.
#pragma once

#include "db/migrator.h"

#include <string>

namespace stockhand::server {

constexpr qint32 kServerDbApplicationId = 0x53485356; // "SHSV"

const db::SchemaDescription &serverSchema();

// Tables of the world replica that the change feed carries, in the order a client applies them
// (parents before children).
struct FeedTable
{
    const char *name;
    const char *keyColumn; // primary key (integer, or text for product_barcode / reason_code)
    const char *columns; // SELECT list, also the column names sent to the client
    const char *scopeClause; // WHERE clause (with ?1 = warehouse id) limiting a snapshot to a warehouse
    bool textKey;
};
const std::vector<FeedTable> &feedTables();
const FeedTable *feedTable(std::string_view name);
// A WHERE term that holds when one row of the table belongs to the warehouse (or to all): what a pull
// checks before sending a changed row, so that a row that left the warehouse goes out as a delete.
std::string rowInScopeClause(const FeedTable &t, const char *warehouseParam);

} // namespace stockhand::server
