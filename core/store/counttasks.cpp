#include "store/counttasks.h"

namespace stockhand::store {

Result<std::optional<CountTaskHeader>> loadCountTask(db::Database &db, qint64 taskId)
{
    auto st = db.prepare("SELECT reference, kind, warehouse_id FROM count_task WHERE id = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, taskId).step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<CountTaskHeader>();
    return std::optional<CountTaskHeader>(CountTaskHeader {taskId, st->text(0), st->text(1), st->int64(2)});
}

Result<QList<CountLocation>> loadCountLocations(db::Database &db, qint64 taskId)
{
    auto st = db.prepare(
        "SELECT l.id, l.location_id, ifnull(l.product_id, 0), loc.name, loc.barcode, "
        "ifnull(p.sku || ' · ' || p.name, ''), l.state != 'open' OR EXISTS (SELECT 1 FROM active_effect a "
        "WHERE a.target = 'count_line' AND a.line_id = l.id) FROM count_line l JOIN location loc ON loc.id = "
        "l.location_id LEFT JOIN product p ON p.id = l.product_id WHERE l.task_id = ?1 ORDER BY loc.pick_seq, l.id");
    if (!st)
        return st.error();
    st->bind(1, taskId);
    QList<CountLocation> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(CountLocation {
            st->int64(0), st->int64(1), st->int64(2), st->text(3), st->text(4), st->text(5), st->int64(6) != 0});
    }
    return out;
}

} // namespace stockhand::store
