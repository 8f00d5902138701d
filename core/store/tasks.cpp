#include "store/tasks.h"

// Transfers this device has already validated are no longer work, even before the server said so.
#define SH_NOT_VALIDATED                                                                                               \
    "NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'validate_transfer' "                                           \
    "AND o.state != 'rejected' AND json_extract(o.payload, '$.transfer_id') = t.id)"

namespace stockhand::store {

namespace {

Result<QList<TaskRow>> taskRows(db::Database &db, const char *sql, qint64 warehouseId, const QString *kind)
{
    auto st = db.prepare(sql);
    if (st) {
        st->bind(1, warehouseId);
        if (kind)
            st->bind(2, *kind);
    }
    // Transfers (with a kind) also have priority, due time and zone.
    const bool transfer = kind != nullptr;
    return db::allRows(st, [transfer](db::Statement &s) {
        TaskRow t {s.int64(0), s.text(1), s.text(2), s.int64(3), s.int64(4), s.int64(5) != 0};
        if (transfer) {
            t.priority = int(s.int64(6));
            t.due = s.text(7);
            t.zone = s.text(8);
        }
        return t;
    });
}

// The count of a `SELECT count(*)` statement.
Result<qint64> count(Result<db::Statement> &st)
{
    auto n = db::firstRow(st, [](db::Statement &s) { return s.int64(0); });
    if (!n)
        return n.error();
    return n->value_or(0);
}

} // namespace

Result<qint64> openTransferCount(db::Database &db, qint64 warehouseId, const QString &kind)
{
    auto st = db.prepare("SELECT count(*) FROM transfer t WHERE t.warehouse_id = ?1 AND t.kind = ?2 "
                         "AND t.state IN ('open', 'in_progress') AND " SH_NOT_VALIDATED);
    if (st)
        st->bind(1, warehouseId).bind(2, kind);
    return count(st);
}

Result<QList<TaskRow>> openTransfers(db::Database &db, qint64 warehouseId, const QString &kind)
{
    return taskRows(db,
        "SELECT t.id, t.reference, trim(ifnull(t.origin, '') || ' · ' || ifnull(p.name, ''), ' ·'), "
        "(SELECT count(*) FROM transfer_line WHERE transfer_id = t.id), "
        "(SELECT count(*) FROM transfer_line_view v WHERE v.transfer_id = t.id "
        "AND v.qty_done_view < v.qty_expected), 0, t.priority, ifnull(t.scheduled, ''), "
        "ifnull((SELECT l.zone FROM transfer_line_view v JOIN location l "
        "ON l.id = coalesce(v.from_location_id, v.to_location_id) WHERE v.transfer_id = t.id "
        "AND v.qty_done_view < v.qty_expected ORDER BY l.pick_seq, v.seq, v.id LIMIT 1), '') AS zone "
        "FROM transfer t LEFT JOIN partner p ON p.id = t.partner_id WHERE t.warehouse_id = ?1 "
        "AND t.kind = ?2 AND t.state IN ('open', 'in_progress') AND " SH_NOT_VALIDATED
        " ORDER BY t.priority DESC, t.scheduled IS NULL, t.scheduled, zone = '', zone, t.reference LIMIT 500",
        warehouseId, &kind);
}

Result<qint64> transferInProgress(db::Database &db, qint64 warehouseId, const QString &kind, qint64 userId)
{
    auto st = db.prepare(
        "SELECT t.id FROM outbox o LEFT JOIN transfer_line tl "
        "ON tl.id = json_extract(o.payload, '$.transfer_line_id') "
        "JOIN transfer t ON t.id = coalesce(json_extract(o.payload, '$.transfer_id'), tl.transfer_id) "
        "WHERE o.user_id = ?3 AND o.state != 'rejected' AND o.kind != 'validate_transfer' "
        "AND t.warehouse_id = ?1 AND t.kind = ?2 AND t.state IN ('open', 'in_progress') AND " SH_NOT_VALIDATED
        " ORDER BY o.seq DESC LIMIT 1");
    if (st)
        st->bind(1, warehouseId).bind(2, kind).bind(3, userId);
    auto id = db::firstRow(st, [](db::Statement &s) { return s.int64(0); });
    if (!id)
        return id.error();
    return id->value_or(0);
}

Result<qint64> openCountTaskCount(db::Database &db, qint64 warehouseId)
{
    auto st = db.prepare("SELECT count(*) FROM count_task WHERE warehouse_id = ?1 AND state IN ('open', "
                         "'in_progress')");
    if (st)
        st->bind(1, warehouseId);
    return count(st);
}

Result<QList<TaskRow>> openCountTasks(db::Database &db, qint64 warehouseId)
{
    return taskRows(db,
        "SELECT c.id, c.reference, '', (SELECT count(*) FROM count_line WHERE task_id = c.id), "
        "(SELECT count(*) FROM count_line l WHERE l.task_id = c.id AND l.state = 'open' AND NOT "
        "EXISTS (SELECT 1 FROM active_effect a WHERE a.target = 'count_line' AND a.line_id = l.id)), "
        "c.kind = 'recount' FROM count_task c WHERE c.warehouse_id = ?1 "
        "AND c.state IN ('open', 'in_progress') ORDER BY c.kind = 'recount' DESC, c.reference LIMIT 500",
        warehouseId, nullptr);
}

#undef SH_NOT_VALIDATED

} // namespace stockhand::store
