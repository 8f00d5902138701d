#include "stock.h"

namespace stockhand::ui {

Result<qint64> receivingLocation(db::Database &db, qint64 warehouseId)
{
    auto st = db.prepare("SELECT id FROM location WHERE warehouse_id = ?1 AND type = 'receiving' ORDER BY id LIMIT 1");
    if (!st)
        return st.error();
    auto row = st->bind(1, warehouseId).step();
    if (!row)
        return row.error();
    return *row ? st->int64(0) : qint64(0);
}

} // namespace stockhand::ui
