// Where the handheld flows find stock and the receiving dock (the device store's queries).
#pragma once

#include "store/catalog.h"
#include "store/stockview.h"

namespace stockhand::ui {

// Positive stock at a location, by product, lot and package (core/store/stockview.h).
using store::stockAt;
using store::StockRow;
// The receiving dock of a warehouse, 0 when it has none (core/store/catalog.h).
using store::receivingLocation;

} // namespace stockhand::ui
