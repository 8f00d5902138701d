#include "storage/sqlite/sqlitekpis.h"

#include "storage/sqlite/sqliteerror.h"

namespace stockhand::server::storage {

namespace {

constexpr const char *kLineColumns
    = "l.id, l.transfer_id, t.warehouse_id, t.kind, t.state, t.reference, ifnull(t.scheduled, ''), l.qty_expected, "
      "l.qty_done";

TransferLineFact readLine(const db::Statement &st)
{
    return TransferLineFact {st.int64(0), st.int64(1), st.int64(2), st.text(3), st.text(4), st.text(5), st.text(6),
        st.int64(7), st.int64(8)};
}

} // namespace

Result<std::unique_ptr<SqliteKpiReader>> SqliteKpiReader::begin(db::Database &db)
{
    std::unique_ptr<SqliteKpiReader> r(new SqliteKpiReader(db));
    SH_STORAGE_TRY(db.exec("BEGIN")); // every figure of one answer sees one state of the books
    r->m_open = true;
    return r;
}

SqliteKpiReader::~SqliteKpiReader()
{
    if (m_open)
        (void)m_db.exec("COMMIT");
}

Result<QList<LoggedOperationFact>> SqliteKpiReader::appliedOperations(
    const QString &kind, qint64 warehouseId, const QString &from, const QString &to)
{
    // The device's local time when it sent one (an operation recorded offline keeps the time it happened).
    auto st = m_db.prepare(
        "SELECT o.id, d.warehouse_id, o.at, o.received_at, o.payload, o.answer FROM "
        "(SELECT id, device_id, coalesce(nullif(local_time, ''), received_at) AS at, received_at, payload, answer "
        "FROM op_log WHERE kind = ?1 AND status = 'applied') o JOIN device d ON d.id = o.device_id "
        "WHERE (?2 = 0 OR d.warehouse_id = ?2) AND (?3 = '' OR o.at >= ?3) AND (?4 = '' OR o.at < ?4) ORDER BY o.id");
    if (st)
        st->bind(1, kind).bind(2, warehouseId).bind(3, from).bind(4, to);
    return storageResult(db::allRows(st, [](db::Statement &r) {
        return LoggedOperationFact {r.int64(0), r.int64(1), r.text(2), r.text(3), r.blob(4), r.blob(5)};
    }));
}

Result<QList<MoveFact>> SqliteKpiReader::moves(
    const QString &kind, qint64 warehouseId, const QString &from, const QString &to)
{
    auto st = m_db.prepare(
        "SELECT m.id, coalesce(lf.warehouse_id, lt.warehouse_id, 0) AS wh, m.product_id, ifnull(m.lot_id, 0), "
        "ifnull(m.from_location_id, 0), ifnull(m.to_location_id, 0), ifnull(m.transfer_line_id, 0), m.qty, "
        "coalesce(nullif(m.physical_time, ''), m.recorded_at) AS at FROM stock_move m "
        "LEFT JOIN location lf ON lf.id = m.from_location_id LEFT JOIN location lt ON lt.id = m.to_location_id "
        "WHERE m.kind = ?1 AND (?2 = 0 OR wh = ?2) AND (?3 = '' OR at >= ?3) AND (?4 = '' OR at < ?4) "
        "ORDER BY at, m.id");
    if (st)
        st->bind(1, kind).bind(2, warehouseId).bind(3, from).bind(4, to);
    return storageResult(db::allRows(st, [](db::Statement &r) {
        return MoveFact {
            r.int64(0), r.int64(1), r.int64(2), r.int64(3), r.int64(4), r.int64(5), r.int64(6), r.int64(7), r.text(8)};
    }));
}

Result<QList<TransferLineFact>> SqliteKpiReader::transferLines(const QList<qint64> &transferIds)
{
    auto st = m_db.prepare(std::string("SELECT ") + kLineColumns
        + " FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id WHERE l.transfer_id = ?1 ORDER BY l.seq, "
          "l.id");
    if (!st)
        return storageError(st.error());
    QList<TransferLineFact> out;
    for (qint64 id : transferIds) {
        st->bind(1, id);
        for (;;) {
            auto row = st->step();
            if (!row)
                return storageError(row.error());
            if (!row.value())
                break;
            out.append(readLine(*st));
        }
        st->reset();
    }
    return out;
}

Result<QList<TransferLineFact>> SqliteKpiReader::openLines(const QString &transferKind, qint64 warehouseId)
{
    auto st = m_db.prepare(std::string("SELECT ") + kLineColumns
        + " FROM transfer t JOIN transfer_line l ON l.transfer_id = t.id WHERE t.kind = ?1 "
          "AND t.state IN ('open', 'in_progress') AND (?2 = 0 OR t.warehouse_id = ?2) "
          "AND l.qty_done < l.qty_expected ORDER BY t.id, l.seq, l.id");
    if (st)
        st->bind(1, transferKind).bind(2, warehouseId);
    return storageResult(db::allRows(st, [](db::Statement &r) { return readLine(r); }));
}

Result<Milli> SqliteKpiReader::pickedOnLineBefore(qint64 lineId, qint64 opId)
{
    auto st = m_db.prepare(
        "SELECT ifnull(sum(qty), 0) FROM stock_move WHERE transfer_line_id = ?1 AND kind = 'pick' AND op_id < ?2");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, lineId).bind(2, opId).step();
    if (!row)
        return storageError(row.error());
    const Milli v = row.value() ? st->int64(0) : 0;
    st->reset();
    return v;
}

Result<qint64> SqliteKpiReader::unitValueCents(qint64 productId)
{
    auto st = m_db.prepare("SELECT unit_value_cents FROM product WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, productId).step();
    if (!row)
        return storageError(row.error());
    const qint64 v = row.value() ? st->int64(0) : 0;
    st->reset();
    return v;
}

} // namespace stockhand::server::storage
