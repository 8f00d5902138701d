// Pull: the first sync by snapshot pages, then the change feed since a cursor. Both are NDJSON
// (docs/sync-protocol.md): a header line, per table a "table" line with the column names followed by one
// JSON array per row, and an "end" line that says where to continue.
#pragma once

#include "config.h"
#include "devices.h"
#include "protocol.h"
#include "storage/storage.h"

namespace stockhand::server {

Response handleSnapshot(storage::Storage &storage, const CoreConfig &config, const Device &device,
    const Request &request, const QString &epoch);
Response handleChanges(storage::Storage &storage, const CoreConfig &config, const Device &device,
    const Request &request, const QString &epoch);

} // namespace stockhand::server
