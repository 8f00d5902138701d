#include "store/counttasks.h"

namespace stockhand::store {

using db::firstRow;

Result<std::optional<CountTaskHeader>> loadCountTask(db::Database &db, qint64 taskId)
{
    auto st = db.prepare("SELECT reference, kind, warehouse_id FROM count_task WHERE id = ?1");
    if (st)
        st->bind(1, taskId);
    return firstRow(st, [taskId](db::Statement &s) {
        return CountTaskHeader {taskId, s.text(0), s.text(1), s.int64(2)};
    });
}

namespace {

// The columns of a count line as readCountLine reads them; the statements add their WHERE and ORDER BY.
#define STOCKHAND_COUNT_LINE_SELECT                                                                                    \
    "SELECT l.id, l.location_id, ifnull(l.product_id, 0), loc.name, loc.barcode, "                                     \
    "ifnull(p.sku || ' · ' || p.name, ''), l.state != 'open' OR EXISTS (SELECT 1 FROM active_effect a "               \
    "WHERE a.target = 'count_line' AND a.line_id = l.id), l.task_id, t.warehouse_id, t.state, l.state "                \
    "FROM count_line l JOIN count_task t ON t.id = l.task_id JOIN location loc ON loc.id = l.location_id "             \
    "LEFT JOIN product p ON p.id = l.product_id "

CountLocation readCountLine(db::Statement &s)
{
    return CountLocation {s.int64(0), s.int64(1), s.int64(2), s.text(3), s.text(4), s.text(5), s.int64(6) != 0,
        s.int64(7), s.int64(8), s.text(9), s.text(10)};
}

} // namespace

Result<QList<CountLocation>> loadCountLocations(db::Database &db, qint64 taskId)
{
    auto st = db.prepare(STOCKHAND_COUNT_LINE_SELECT "WHERE l.task_id = ?1 ORDER BY loc.pick_seq, l.id");
    if (st)
        st->bind(1, taskId);
    return db::allRows(st, readCountLine);
}

Result<std::optional<CountLocation>> loadCountLine(db::Database &db, qint64 lineId)
{
    auto st = db.prepare(STOCKHAND_COUNT_LINE_SELECT "WHERE l.id = ?1");
    if (st)
        st->bind(1, lineId);
    return firstRow(st, readCountLine);
}

#undef STOCKHAND_COUNT_LINE_SELECT

Result<qint64> openCountLineAt(db::Database &db, qint64 warehouseId, qint64 locationId, qint64 productId)
{
    auto st = db.prepare("SELECT l.id FROM count_line l JOIN count_task t ON t.id = l.task_id "
                         "WHERE l.location_id = ?1 AND t.warehouse_id = ?2 AND l.state = 'open' "
                         "AND t.state IN ('open', 'in_progress') AND ifnull(l.product_id, ?3) = ?3 "
                         "ORDER BY l.product_id IS NULL, l.id LIMIT 1");
    if (st)
        st->bind(1, locationId).bind(2, warehouseId).bind(3, productId);
    auto id = firstRow(st, [](db::Statement &s) { return s.int64(0); });
    if (!id)
        return id.error();
    return id->value_or(0);
}

} // namespace stockhand::store
