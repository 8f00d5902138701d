// Stock as the device's screens see it: the last server state (quant) plus the effects of this device's
// operations that the server state does not hold yet (active_effect). The one place that adds them up.
#pragma once

#include "db/database.h"
#include "domain/quantity.h"

#include <QList>

namespace stockhand::store {

struct StockRow
{
    qint64 productId = 0;
    qint64 lotId = 0; // 0 = none
    qint64 packageId = 0; // 0 = none
    Milli qty = 0;
};

// Positive stock at a location, by product, lot and package.
Result<QList<StockRow>> stockAt(db::Database &db, qint64 locationId);
// Stock of one product (lot, package) at one location; may be negative when the device picked more than
// the books hold.
Result<Milli> quantOnHand(
    db::Database &db, qint64 locationId, qint64 productId, qint64 lotId = 0, qint64 packageId = 0);

} // namespace stockhand::store
