// A site's floor settings (warehouse row, replicated through the feed; set with `stockhand-server site`).
#pragma once

#include "db/database.h"

namespace stockhand::store {

struct SiteSettings
{
    bool autoConfirm = true; // a line is confirmed by itself when scans fill its quantity (else: by Confirm)
    bool lotsCaseSensitive = false; // lot and serial names differ by case
};

// The defaults when the warehouse is not in the store (0: none chosen yet).
Result<SiteSettings> siteSettings(db::Database &db, qint64 warehouseId);

} // namespace stockhand::store
