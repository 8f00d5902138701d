// A stock adjustment (a count's difference awaiting a supervisor) as this device sees it: the server's
// state and whether a decision on it is pending in this device's outbox. Read by stockhand-cli's
// approve/reject/recount (docs/cli.md).
#pragma once

#include "db/database.h"
#include "domain/quantity.h"

#include <QString>

#include <optional>

namespace stockhand::store {

struct AdjustmentInfo
{
    qint64 id = 0;
    qint64 warehouseId = 0; // of its location
    qint64 locationId = 0;
    qint64 productId = 0;
    qint64 lotId = 0;
    Milli book = 0;
    Milli counted = 0;
    QString state; // pending, approved, rejected
    bool decidedHere = false; // an unrejected decision on it (approve, reject, recount) is in the outbox
};
// nullopt when the store holds no such adjustment.
Result<std::optional<AdjustmentInfo>> loadAdjustment(db::Database &db, qint64 adjustmentId);

} // namespace stockhand::store
