// Where to put away what arrived at the receiving dock.
#pragma once

#include "db/database.h"

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

} // namespace stockhand::store
