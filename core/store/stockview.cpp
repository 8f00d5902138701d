#include "store/stockview.h"

namespace stockhand::store {

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

Result<Milli> quantOnHand(db::Database &db, qint64 locationId, qint64 productId, qint64 lotId, qint64 packageId)
{
    auto st = db.prepare(
        "SELECT ifnull((SELECT qty FROM quant WHERE location_id = ?1 AND product_id = ?2 AND ifnull(lot_id, 0) = ?3 "
        "               AND ifnull(package_id, 0) = ?4), 0)"
        " + ifnull((SELECT sum(delta) FROM active_effect WHERE target = 'quant' AND location_id = ?1 AND product_id = "
        "?2"
        "           AND ifnull(lot_id, 0) = ?3 AND ifnull(package_id, 0) = ?4), 0)");
    if (!st)
        return st.error();
    st->bind(1, locationId).bind(2, productId).bind(3, lotId).bind(4, packageId);
    auto row = st->step();
    if (!row)
        return row.error();
    return st->int64(0);
}

} // namespace stockhand::store
