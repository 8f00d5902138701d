// Pull: the first sync by snapshot pages, then the change feed since a cursor. Both are NDJSON
// (docs/sync-protocol.md): a header line, per table a "table" line with the column names followed by one
// JSON array per row, and an "end" line that says where to continue.
#pragma once

#include "config.h"
#include "devices.h"
#include "feedrowcache.h"
#include "feedtail.h"
#include "protocol.h"
#include "storage/storage.h"

namespace stockhand::server {

Response handleSnapshot(storage::Storage &storage, const CoreConfig &config, const Device &device,
    const Request &request, const QString &epoch);
// What one process keeps of the feed for its pulls, shared by its threads (docs/server.md, "The feed's caches").
struct FeedCaches
{
    // Up to `rows` rows, and a tenth as many entries per warehouse (at least 1,000): the tail serves the
    // devices that pull every few seconds (a busy warehouse writes a few hundred entries a second); a
    // device further behind is read from the database.
    explicit FeedCaches(qsizetype rows)
        : rows(rows)
        , tail(qMax<qsizetype>(1000, rows / 10))
    { }
    FeedRowCache rows; // encoded rows (feedrowcache.h)
    FeedTail tail; // the newest entries of each warehouse (feedtail.h)
};

// `caches` may be null (every page read from the database).
Response handleChanges(storage::Storage &storage, const CoreConfig &config, const Device &device,
    const Request &request, const QString &epoch, FeedCaches *caches = nullptr);

} // namespace stockhand::server
