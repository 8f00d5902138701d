#include "stock.h"

namespace stockhand::ui {

Result<QList<StockRow>> stockAt(db::Database &db, qint64 locationId)
{
    auto st = db.prepare("SELECT product_id, lot, pkg, sum(qty) FROM ("
                         " SELECT product_id, ifnull(lot_id, 0) AS lot, ifnull(package_id, 0) AS pkg, qty"
                         " FROM quant WHERE location_id = ?1"
                         " UNION ALL SELECT product_id, ifnull(lot_id, 0), ifnull(package_id, 0), delta"
                         " FROM active_effect WHERE target = 'quant' AND location_id = ?1)"
                         " GROUP BY product_id, lot, pkg HAVING sum(qty) > 0 ORDER BY product_id, lot, pkg");
    if (!st)
        return st.error();
    st->bind(1, locationId);
    QList<StockRow> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(StockRow {st->int64(0), st->int64(1), st->int64(2), st->int64(3)});
    }
    return out;
}

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
