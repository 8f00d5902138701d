// Stock as the device sees it (server quants + this device's pending effects), for putaway and counting.
#pragma once

#include "db/database.h"
#include "domain/quantity.h"

#include <QList>

namespace stockhand::ui {

struct StockRow
{
    qint64 productId = 0;
    qint64 lotId = 0;
    qint64 packageId = 0;
    Milli qty = 0;
};

// Positive stock at a location, by product, lot and package.
Result<QList<StockRow>> stockAt(db::Database &db, qint64 locationId);
// The receiving dock of a warehouse (0 when it has none).
Result<qint64> receivingLocation(db::Database &db, qint64 warehouseId);

} // namespace stockhand::ui
