// Where the handheld flows find stock and the receiving dock.
#pragma once

#include "db/database.h"
#include "store/stockview.h"

#include <QList>

namespace stockhand::ui {

// Positive stock at a location, by product, lot and package (the device store's view, core/store/stockview.h).
using store::stockAt;
using store::StockRow;
// The receiving dock of a warehouse (0 when it has none).
Result<qint64> receivingLocation(db::Database &db, qint64 warehouseId);

} // namespace stockhand::ui
