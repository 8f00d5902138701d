// Pull: the first sync by snapshot pages, then the change feed since a cursor. Both are NDJSON
// (docs/sync-protocol.md): a header line, per table a "table" line with the column names followed by one
// JSON array per row, and an "end" line that says where to continue.
#pragma once

#include "config.h"
#include "db/database.h"
#include "devices.h"
#include "protocol.h"

namespace stockhand::server {

// The newest change-feed sequence that concerns the warehouse (what a device has seen when it is at it).
Result<qint64> latestCursor(db::Database &db, qint64 warehouseId);
// The newest sequence of the whole feed.
Result<qint64> feedHead(db::Database &db);

// Deletes feed entries superseded by a later entry of the same row; returns how many.
Result<qint64> compactFeed(db::Database &db);

Response handleSnapshot(
    db::Database &db, const CoreConfig &config, const Device &device, const Request &request, const QString &epoch);
Response handleChanges(
    db::Database &db, const CoreConfig &config, const Device &device, const Request &request, const QString &epoch);

} // namespace stockhand::server
