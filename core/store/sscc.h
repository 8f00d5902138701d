// The SSCC ranges the server reserved for this device (table sscc_range, docs/labels.md) and the one place
// that hands out an SSCC. Allocation is durable before the number is printed: a crash after it leaves a
// gap in the range, never a number printed twice. The sync engine adds the ranges the server hands out
// (addSsccRanges); a range the store already has is not touched (its `next` is this device's).
#pragma once

#include "db/database.h"
#include "domain/sscc.h"

#include <QList>

namespace stockhand::store {

// The ranges with numbers left first, then used-up ones, in the server's order.
Result<QList<SsccRange>> ssccRanges(db::Database &db);
// How many SSCCs this device can still hand out without the server.
Result<qint64> ssccRemaining(db::Database &db);
// Stores ranges from the server; `next` of a new range starts at its first. Idempotent by range id.
Status addSsccRanges(db::Database &db, const QList<SsccRange> &ranges);
// The next SSCC of the oldest range with numbers left, marked used in the same statement;
// error sscc.exhausted when every range is used up (sync to get a new one).
Result<QString> allocateSscc(db::Database &db);

} // namespace stockhand::store
