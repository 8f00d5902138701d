// Where to put away what arrived at the receiving dock.
#pragma once

#include "db/database.h"
#include "domain/quantity.h"

#include <QString>

#include <optional>

namespace stockhand::store {

struct LocationRef
{
    qint64 id = 0;
    QString name;
};

// The bin to suggest for a product in a warehouse: its home location; else the first empty bin (in pick
// sequence) in the zone where the product is stored; else the first empty bin in any zone. A bin is empty
// when it holds no stock and this device has put nothing into it yet. nullopt when no bin is free.
Result<std::optional<LocationRef>> putawaySuggestion(db::Database &db, qint64 productId, qint64 warehouseId);

// An open putaway line the server made for what a receipt left at the dock (docs/operations.md,
// "validate_transfer"): where it goes and how much is still open (server done + this device's pending).
struct PutawayLine
{
    qint64 lineId = 0;
    qint64 toLocationId = 0;
    QString toName;
    Milli qtyOpen = 0;
};
// The first open putaway line (in the transfer's order) for a product (and lot: a line without a lot takes
// any) from a location of a warehouse; nullopt when there is none.
Result<std::optional<PutawayLine>> openPutawayLine(
    db::Database &db, qint64 warehouseId, qint64 fromLocationId, qint64 productId, qint64 lotId);

} // namespace stockhand::store
