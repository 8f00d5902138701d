#include "store/sitesettings.h"

namespace stockhand::store {

Result<SiteSettings> siteSettings(db::Database &db, qint64 warehouseId)
{
    auto st = db.prepare("SELECT auto_confirm, lots_case_sensitive FROM warehouse WHERE id = ?1");
    SH_TRY(st);
    st->bind(1, warehouseId);
    auto row = st->step();
    SH_TRY(row);
    SiteSettings out;
    if (*row) {
        out.autoConfirm = st->int64(0) != 0;
        out.lotsCaseSensitive = st->int64(1) != 0;
    }
    return out;
}

} // namespace stockhand::store
