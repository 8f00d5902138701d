#include "storage/sqlite/sqlitebatch.h"

#include "jsonwriter.h"
#include "storage/sqlite/admin.h"
#include "storage/sqlite/sqliteauth.h"
#include "storage/sqlite/sqliteerror.h"

#include <sqlite3.h>

namespace stockhand::server::storage {

namespace {

QString textOrEmpty(const db::Statement &st, int col)
{
    return st.isNull(col) ? QString() : st.text(col);
}

} // namespace

Result<std::unique_ptr<SqliteBatch>> SqliteBatch::begin(db::Database &db)
{
    std::unique_ptr<SqliteBatch> b(new SqliteBatch(db));
    if (!b->m_tx.begun())
        return storageError(b->m_tx.begun().error());
    return b;
}

Status SqliteBatch::run(const char *sql)
{
    // From the statement cache: sqlite3_exec would parse savepoint statements for every operation.
    auto st = m_db.prepare(sql);
    if (!st)
        return storageError(st.error());
    return storageStatus(st->run());
}

Result<std::optional<qint64>> SqliteBatch::locationWarehouse(qint64 locationId)
{
    if (auto it = m_locationWarehouse.constFind(locationId); it != m_locationWarehouse.constEnd())
        return std::optional<qint64>(it.value());
    auto st = m_db.prepare("SELECT warehouse_id FROM location WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, locationId).step();
    if (!row)
        return storageError(row.error());
    if (!row.value())
        return std::optional<qint64>();
    m_locationWarehouse.insert(locationId, st->int64(0));
    return std::optional<qint64>(st->int64(0));
}

Result<bool> SqliteBatch::productExists(qint64 productId)
{
    if (m_products.contains(productId))
        return true;
    auto st = m_db.prepare("SELECT 1 FROM product WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, productId).step();
    if (!row)
        return storageError(row.error());
    if (row.value())
        m_products.insert(productId);
    return row.value();
}

Result<qint64> SqliteBatch::productUnitValueCents(qint64 productId)
{
    auto st = m_db.prepare("SELECT unit_value_cents FROM product WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, productId).step();
    if (!row)
        return storageError(row.error());
    return row.value() ? st->int64(0) : 0;
}

Result<bool> SqliteBatch::packageExists(qint64 packageId)
{
    auto st = m_db.prepare("SELECT 1 FROM package WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    return storageResult(st->bind(1, packageId).step());
}

Status SqliteBatch::movePackage(qint64 packageId, qint64 toLocationId)
{
    auto st = m_db.prepare("UPDATE package SET location_id = ?2 WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    return storageStatus(st->bind(1, packageId).bind(2, toLocationId).run());
}

Result<std::optional<QString>> SqliteBatch::reasonKind(const QString &code)
{
    auto st = m_db.prepare("SELECT kind FROM reason_code WHERE code = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, code).step();
    if (!row)
        return storageError(row.error());
    return row.value() ? std::optional<QString>(st->text(0)) : std::nullopt;
}

// The same statements as stockhand-server policy count (admin.h), inside the batch's transaction.
Status SqliteBatch::setCountPolicy(qint64 warehouseId, const QString &group, const CountPolicyRecord &policy)
{
    return storageStatus(server::setCountPolicy(
        m_db, server::CountPolicy {warehouseId, group, policy.maxQty, policy.maxPercent, policy.maxValueCents}));
}

Result<bool> SqliteBatch::removeCountPolicy(qint64 warehouseId, const QString &group)
{
    auto removed = server::removeCountPolicy(m_db, warehouseId, group);
    if (!removed)
        return storageError(removed.error());
    return removed.value();
}

Result<bool> SqliteBatch::reasonNeedsNote(const QString &code)
{
    auto st = m_db.prepare("SELECT note_required FROM reason_code WHERE code = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, code).step();
    if (!row)
        return storageError(row.error());
    return row.value() && st->int64(0) != 0;
}

Result<bool> SqliteBatch::isQuarantine(qint64 locationId)
{
    auto st = m_db.prepare("SELECT quarantine FROM location WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, locationId).step();
    if (!row)
        return storageError(row.error());
    return row.value() && st->int64(0) != 0;
}

Result<std::optional<qint64>> SqliteBatch::barcodeProduct(const QString &code)
{
    auto st = m_db.prepare("SELECT product_id FROM product_barcode WHERE code = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, code).step();
    if (!row)
        return storageError(row.error());
    return row.value() ? std::optional<qint64>(st->int64(0)) : std::nullopt;
}

Status SqliteBatch::attachBarcode(const BarcodeRow &b)
{
    auto st = m_db.prepare("INSERT INTO product_barcode(code, product_id, packaging, qty) VALUES (?1, ?2, ?3, ?4)");
    if (!st)
        return storageError(st.error());
    return storageStatus(st->bind(1, b.code).bind(2, b.productId).bind(3, b.packaging).bind(4, b.qty).run());
}

Result<std::optional<qint64>> SqliteBatch::packageByName(const QString &name)
{
    auto st = m_db.prepare("SELECT id FROM package WHERE name = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, name).step();
    if (!row)
        return storageError(row.error());
    return row.value() ? std::optional<qint64>(st->int64(0)) : std::nullopt;
}

Result<qint64> SqliteBatch::createPackage(const QString &name, qint64 locationId)
{
    auto st = m_db.prepare("INSERT INTO package(name, location_id) VALUES (?1, ?2)");
    if (!st)
        return storageError(st.error());
    SH_STORAGE_TRY(st->bind(1, name).bindIdOrNull(2, locationId).run());
    return m_db.lastInsertRowId();
}

Result<bool> SqliteBatch::ssccIssuedTo(const QString &deviceId, const QString &sscc)
{
    auto st
        = m_db.prepare("SELECT 1 FROM sscc_range WHERE device_id = ?1 AND substr(?2, 1, 1) = CAST(extension AS TEXT) "
                       "AND substr(?2, 2, length(company_prefix)) = company_prefix "
                       "AND CAST(substr(?2, 2 + length(company_prefix), 16 - length(company_prefix)) AS INTEGER) "
                       "BETWEEN first AND last "
                       "LIMIT 1");
    if (!st)
        return storageError(st.error());
    return storageResult(st->bind(1, deviceId).bind(2, sscc).step());
}

Result<std::optional<qint64>> SqliteBatch::lotProduct(qint64 lotId)
{
    auto st = m_db.prepare("SELECT product_id FROM lot WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, lotId).step();
    if (!row)
        return storageError(row.error());
    return row.value() ? std::optional<qint64>(st->int64(0)) : std::nullopt;
}

Result<std::optional<qint64>> SqliteBatch::findLot(qint64 productId, const QString &name)
{
    auto st = m_db.prepare("SELECT id FROM lot WHERE product_id = ?1 AND name = ?2");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, productId).bind(2, name).step();
    if (!row)
        return storageError(row.error());
    return row.value() ? std::optional<qint64>(st->int64(0)) : std::nullopt;
}

Result<qint64> SqliteBatch::createLot(qint64 productId, const QString &name)
{
    auto st = m_db.prepare("INSERT INTO lot(product_id, name) VALUES (?1, ?2)");
    if (!st)
        return storageError(st.error());
    SH_STORAGE_TRY(st->bind(1, productId).bind(2, name).run());
    return m_db.lastInsertRowId();
}

Result<Milli> SqliteBatch::addToQuant(const QuantKey &key, Milli delta)
{
    auto st = m_db.prepare(
        "INSERT INTO quant(location_id, product_id, lot_id, package_id, qty) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(location_id, product_id, ifnull(lot_id, 0), ifnull(package_id, 0)) "
        "DO UPDATE SET qty = qty + excluded.qty RETURNING qty");
    if (!st)
        return storageError(st.error());
    st->bind(1, key.locationId).bind(2, key.productId).bindIdOrNull(3, key.lotId).bindIdOrNull(4, key.packageId);
    auto row = st->bind(5, delta).step();
    if (!row)
        return storageError(row.error());
    const Milli now = st->int64(0);
    st->reset();
    return now;
}

Result<Milli> SqliteBatch::bookQty(qint64 locationId, qint64 productId, qint64 lotId)
{
    auto st = m_db.prepare("SELECT ifnull(sum(qty), 0) FROM quant WHERE location_id = ?1 AND product_id = ?2 "
                           "AND ifnull(lot_id, 0) = ?3");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, locationId).bind(2, productId).bind(3, lotId).step();
    if (!row)
        return storageError(row.error());
    return st->int64(0);
}

Result<Milli> SqliteBatch::netMovedInAfter(qint64 locationId, qint64 productId, qint64 lotId, const QString &time)
{
    auto st = m_db.prepare("SELECT ifnull(sum(CASE WHEN to_location_id = ?1 THEN qty ELSE 0 END) - "
                           "sum(CASE WHEN from_location_id = ?1 THEN qty ELSE 0 END), 0) FROM stock_move "
                           "WHERE product_id = ?2 AND ifnull(lot_id, 0) = ?3 AND physical_time > ?4 "
                           "AND (from_location_id = ?1 OR to_location_id = ?1)");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, locationId).bind(2, productId).bind(3, lotId).bind(4, time).step();
    if (!row)
        return storageError(row.error());
    return st->int64(0);
}

Result<qint64> SqliteBatch::appendMove(const MoveRecord &m)
{
    auto st = m_db.prepare("INSERT INTO stock_move(op_id, kind, product_id, lot_id, package_id, from_location_id, "
                           "to_location_id, qty, reason_code, adjustment_id, transfer_line_id, user_id, device_id, "
                           "physical_time, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                           "?13, ?14, ?15)");
    if (!st)
        return storageError(st.error());
    st->bindIdOrNull(1, m.opId).bind(2, m.kind).bind(3, m.productId).bindIdOrNull(4, m.lotId);
    st->bindIdOrNull(5, m.packageId).bindIdOrNull(6, m.fromLocationId).bindIdOrNull(7, m.toLocationId);
    st->bind(8, m.qty);
    if (m.reasonCode.isEmpty())
        st->bindNull(9);
    else
        st->bind(9, m.reasonCode);
    st->bindIdOrNull(10, m.adjustmentId).bindIdOrNull(11, m.transferLineId).bindIdOrNull(12, m.userId);
    st->bind(13, m.deviceId).bind(14, m.physicalTime).bind(15, m.recordedAt);
    SH_STORAGE_TRY(st->run());
    return m_db.lastInsertRowId();
}

Result<qint64> SqliteBatch::appendException(const ExceptionRecord &e)
{
    auto st = m_db.prepare("INSERT INTO exception(kind, op_id, warehouse_id, device_id, user_id, transfer_line_id, "
                           "location_id, product_id, lot_id, qty, message, created_at) VALUES (?1, ?2, ?3, ?4, ?5, "
                           "?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!st)
        return storageError(st.error());
    st->bind(1, e.kind).bindIdOrNull(2, e.opId).bind(3, e.warehouseId).bind(4, e.deviceId).bindIdOrNull(5, e.userId);
    st->bindIdOrNull(6, e.transferLineId).bindIdOrNull(7, e.locationId).bindIdOrNull(8, e.productId);
    st->bindIdOrNull(9, e.lotId).bind(10, e.qty).bind(11, e.message).bind(12, e.createdAt);
    SH_STORAGE_TRY(st->run());
    return m_db.lastInsertRowId();
}

Result<std::optional<LineWithTransfer>> SqliteBatch::transferLine(qint64 lineId)
{
    auto st = m_db.prepare("SELECT l.id, l.transfer_id, l.seq, l.product_id, ifnull(l.lot_id, 0), "
                           "ifnull(l.from_location_id, 0), ifnull(l.to_location_id, 0), l.qty_expected, l.qty_done, "
                           "t.warehouse_id, t.kind, t.state, t.reference, ifnull(t.partner_id, 0), t.origin, "
                           "t.scheduled, t.priority FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id "
                           "WHERE l.id = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, lineId).step();
    if (!row)
        return storageError(row.error());
    if (!row.value())
        return std::optional<LineWithTransfer>();
    LineWithTransfer line;
    line.id = st->int64(0);
    line.transferId = st->int64(1);
    line.seq = st->int64(2);
    line.productId = st->int64(3);
    line.lotId = st->int64(4);
    line.fromLocationId = st->int64(5);
    line.toLocationId = st->int64(6);
    line.qtyExpected = st->int64(7);
    line.qtyDone = st->int64(8);
    line.transfer = TransferRow {line.transferId, st->int64(9), st->text(10), textOrEmpty(*st, 12), st->int64(13),
        textOrEmpty(*st, 14), st->text(11), textOrEmpty(*st, 15), int(st->int64(16))};
    return std::optional<LineWithTransfer>(std::move(line));
}

Result<bool> SqliteBatch::lineMovedByOtherDevice(qint64 lineId, const QString &deviceId)
{
    auto st = m_db.prepare("SELECT 1 FROM stock_move WHERE transfer_line_id = ?1 AND device_id <> ?2 LIMIT 1");
    if (!st)
        return storageError(st.error());
    return storageResult(st->bind(1, lineId).bind(2, deviceId).step());
}

Status SqliteBatch::addLineDone(qint64 lineId, Milli delta)
{
    auto st = m_db.prepare("UPDATE transfer_line SET qty_done = qty_done + ?2 WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    SH_STORAGE_TRY(st->bind(1, lineId).bind(2, delta).run());
    auto tr = m_db.prepare("UPDATE transfer SET state = 'in_progress' WHERE state = 'open' AND id = "
                           "(SELECT transfer_id FROM transfer_line WHERE id = ?1)");
    if (!tr)
        return storageError(tr.error());
    return storageStatus(tr->bind(1, lineId).run());
}

Result<std::optional<TransferRow>> SqliteBatch::transfer(qint64 transferId)
{
    auto st = m_db.prepare("SELECT warehouse_id, kind, state, reference, ifnull(partner_id, 0), origin, scheduled, "
                           "priority FROM transfer WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, transferId).step();
    if (!row)
        return storageError(row.error());
    if (!row.value())
        return std::optional<TransferRow>();
    return std::optional<TransferRow>(TransferRow {transferId, st->int64(0), st->text(1), textOrEmpty(*st, 3),
        st->int64(4), textOrEmpty(*st, 5), st->text(2), textOrEmpty(*st, 6), int(st->int64(7))});
}

Status SqliteBatch::closeTransfer(qint64 transferId)
{
    auto st = m_db.prepare("UPDATE transfer SET state = 'done' WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    return storageStatus(st->bind(1, transferId).run());
}

Result<qint64> SqliteBatch::createBackorder(const TransferRow &from, const QString &reference)
{
    auto open = m_db.prepare("SELECT count(*) FROM transfer_line WHERE transfer_id = ?1 AND qty_done < qty_expected");
    if (!open)
        return storageError(open.error());
    auto n = open->bind(1, from.id).step();
    if (!n)
        return storageError(n.error());
    if (open->int64(0) == 0)
        return qint64(0);
    open->reset();
    // A backorder keeps the urgency of the transfer it continues.
    auto bo = m_db.prepare("INSERT INTO transfer(warehouse_id, kind, reference, partner_id, origin, state, priority) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, 'open', ?6)");
    if (!bo)
        return storageError(bo.error());
    bo->bind(1, from.warehouseId).bind(2, from.kind).bind(3, reference).bindIdOrNull(4, from.partnerId);
    bo->bind(6, qint64(from.priority));
    SH_STORAGE_TRY(bo->bind(5, from.origin.isEmpty() ? from.reference : from.origin).run());
    const qint64 backorderId = m_db.lastInsertRowId();
    auto lines = m_db.prepare("INSERT INTO transfer_line(transfer_id, seq, product_id, lot_id, from_location_id, "
                              "to_location_id, qty_expected) SELECT ?2, seq, product_id, lot_id, from_location_id, "
                              "to_location_id, qty_expected - qty_done FROM transfer_line "
                              "WHERE transfer_id = ?1 AND qty_done < qty_expected ORDER BY seq");
    if (!lines)
        return storageError(lines.error());
    SH_STORAGE_TRY(lines->bind(1, from.id).bind(2, backorderId).run());
    return backorderId;
}

Result<QList<ReceivedStock>> SqliteBatch::receivedStillAtDock(qint64 receiptId)
{
    // What the receipt's lines booked into each dock, capped by what the dock still holds of it (stock
    // moved away since, by a putaway or anything else, needs no putaway line).
    auto st
        = m_db.prepare("SELECT m.product_id, ifnull(m.lot_id, 0), m.to_location_id, sum(m.qty), "
                       "(SELECT ifnull(sum(q.qty), 0) FROM quant q WHERE q.location_id = m.to_location_id "
                       "AND q.product_id = m.product_id AND ifnull(q.lot_id, 0) = ifnull(m.lot_id, 0)) "
                       "FROM stock_move m JOIN transfer_line l ON l.id = m.transfer_line_id "
                       "JOIN location loc ON loc.id = m.to_location_id "
                       "WHERE l.transfer_id = ?1 AND m.kind = 'receive' AND loc.type <> 'bin' AND loc.quarantine = 0 "
                       "GROUP BY m.product_id, ifnull(m.lot_id, 0), m.to_location_id ORDER BY min(l.seq), min(m.id)");
    if (!st)
        return storageError(st.error());
    st->bind(1, receiptId);
    QList<ReceivedStock> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return storageError(row.error());
        if (!row.value())
            break;
        const Milli qty = qMin(st->int64(3), st->int64(4));
        if (qty > 0)
            out.append(ReceivedStock {st->int64(0), st->int64(1), st->int64(2), qty});
    }
    return out;
}

Result<qint64> SqliteBatch::putawayBin(qint64 productId, qint64 warehouseId)
{
    auto home = m_db.prepare("SELECT l.id FROM product p JOIN location l ON l.id = p.home_location_id "
                             "WHERE p.id = ?1 AND l.warehouse_id = ?2");
    if (!home)
        return storageError(home.error());
    auto homeRow = home->bind(1, productId).bind(2, warehouseId).step();
    if (!homeRow)
        return storageError(homeRow.error());
    if (homeRow.value()) {
        const qint64 id = home->int64(0);
        home->reset();
        return id;
    }
    home->reset();
    auto zone = m_db.prepare("SELECT l.zone FROM quant q JOIN location l ON l.id = q.location_id "
                             "WHERE q.product_id = ?1 AND l.warehouse_id = ?2 AND l.type = 'bin' AND q.qty > 0 "
                             "ORDER BY l.pick_seq LIMIT 1");
    if (!zone)
        return storageError(zone.error());
    auto zoneRow = zone->bind(1, productId).bind(2, warehouseId).step();
    if (!zoneRow)
        return storageError(zoneRow.error());
    const QString z = zoneRow.value() ? textOrEmpty(*zone, 0) : QString();
    zone->reset();
    auto bin
        = m_db.prepare("SELECT l.id FROM location l WHERE l.warehouse_id = ?1 AND l.type = 'bin' AND l.quarantine = 0 "
                       "AND (ifnull(?2, '') = '' OR l.zone = ?2) "
                       "AND NOT EXISTS (SELECT 1 FROM quant q WHERE q.location_id = l.id AND q.qty > 0) "
                       "AND NOT EXISTS (SELECT 1 FROM transfer_line tl JOIN transfer t ON t.id = tl.transfer_id "
                       "WHERE tl.to_location_id = l.id AND t.kind = 'putaway' AND t.state IN ('open', 'in_progress') "
                       "AND tl.qty_done < tl.qty_expected) ORDER BY l.pick_seq, l.id LIMIT 1");
    if (!bin)
        return storageError(bin.error());
    for (const QString &candidate : {z, QString()}) {
        auto row = bin->bind(1, warehouseId).bind(2, candidate).step();
        if (!row)
            return storageError(row.error());
        const qint64 id = row.value() ? bin->int64(0) : 0;
        bin->reset();
        if (id)
            return id;
    }
    return qint64(0);
}

Result<qint64> SqliteBatch::createTransfer(const TransferRow &t)
{
    auto tr = m_db.prepare("INSERT INTO transfer(warehouse_id, kind, reference, partner_id, origin, state, scheduled, "
                           "priority) VALUES (?1, ?2, ?3, ?4, ?5, 'open', ?6, ?7)");
    if (!tr)
        return storageError(tr.error());
    tr->bind(1, t.warehouseId).bind(2, t.kind).bind(3, t.reference).bindIdOrNull(4, t.partnerId);
    tr->bind(7, qint64(t.priority));
    if (t.origin.isEmpty())
        tr->bindNull(5);
    else
        tr->bind(5, t.origin);
    if (t.scheduled.isEmpty())
        tr->bindNull(6);
    else
        tr->bind(6, t.scheduled);
    SH_STORAGE_TRY(tr->run());
    return m_db.lastInsertRowId();
}

Result<qint64> SqliteBatch::addTransferLine(const TransferLineRow &l)
{
    auto line = m_db.prepare("INSERT INTO transfer_line(transfer_id, seq, product_id, lot_id, from_location_id, "
                             "to_location_id, qty_expected) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!line)
        return storageError(line.error());
    line->bind(1, l.transferId).bind(2, l.seq).bind(3, l.productId).bindIdOrNull(4, l.lotId);
    line->bindIdOrNull(5, l.fromLocationId).bindIdOrNull(6, l.toLocationId).bind(7, l.qtyExpected);
    SH_STORAGE_TRY(line->run());
    return m_db.lastInsertRowId();
}

Result<qint64> SqliteBatch::openPutawayLine(qint64 fromLocationId, qint64 productId, qint64 lotId)
{
    auto st = m_db.prepare("SELECT tl.id FROM transfer_line tl JOIN transfer t ON t.id = tl.transfer_id "
                           "WHERE t.kind = 'putaway' AND t.state IN ('open', 'in_progress') "
                           "AND tl.from_location_id = ?1 AND tl.product_id = ?2 AND ifnull(tl.lot_id, 0) = ?3 "
                           "AND tl.qty_done < tl.qty_expected ORDER BY tl.id LIMIT 1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, fromLocationId).bind(2, productId).bind(3, lotId).step();
    if (!row)
        return storageError(row.error());
    const qint64 id = row.value() ? st->int64(0) : 0;
    st->reset();
    return id;
}

Result<std::optional<CountLineWithTask>> SqliteBatch::countLine(qint64 countLineId)
{
    auto st = m_db.prepare("SELECT l.task_id, l.location_id, ifnull(l.product_id, 0), ifnull(l.lot_id, 0), "
                           "t.warehouse_id, t.reference, t.kind, t.state FROM count_line l "
                           "JOIN count_task t ON t.id = l.task_id WHERE l.id = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, countLineId).step();
    if (!row)
        return storageError(row.error());
    if (!row.value())
        return std::optional<CountLineWithTask>();
    CountLineWithTask line;
    line.id = countLineId;
    line.taskId = st->int64(0);
    line.locationId = st->int64(1);
    line.productId = st->int64(2);
    line.lotId = st->int64(3);
    line.task = CountTaskRow {line.taskId, st->int64(4), st->text(5), st->text(6), st->text(7)};
    return std::optional<CountLineWithTask>(std::move(line));
}

Status SqliteBatch::recordCount(const CountLineWithTask &line, Milli counted)
{
    auto upd = m_db.prepare("UPDATE count_line SET qty_counted = ?2, state = 'counted' WHERE id = ?1");
    if (!upd)
        return storageError(upd.error());
    SH_STORAGE_TRY(upd->bind(1, line.id).bind(2, counted).run());
    auto task = m_db.prepare("UPDATE count_task SET state = CASE WHEN EXISTS (SELECT 1 FROM count_line "
                             "WHERE task_id = ?1 AND state = 'open') THEN 'in_progress' ELSE 'done' END "
                             "WHERE id = ?1 AND state IN ('open', 'in_progress')");
    if (!task)
        return storageError(task.error());
    return storageStatus(task->bind(1, line.taskId).run());
}

Result<qint64> SqliteBatch::createAdjustment(const AdjustmentRecord &a)
{
    auto st = m_db.prepare("INSERT INTO adjustment(count_line_id, location_id, product_id, lot_id, qty_book, "
                           "qty_counted, state, counted_by, counted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!st)
        return storageError(st.error());
    st->bindIdOrNull(1, a.countLineId).bind(2, a.locationId).bind(3, a.productId).bindIdOrNull(4, a.lotId);
    st->bindIdOrNull(8, a.countedBy);
    if (a.countedAt.isEmpty())
        st->bindNull(9);
    else
        st->bind(9, a.countedAt);
    SH_STORAGE_TRY(st->bind(5, a.book).bind(6, a.counted).bind(7, a.state).run());
    return m_db.lastInsertRowId();
}

Result<std::optional<AdjustmentRecord>> SqliteBatch::adjustment(qint64 adjustmentId)
{
    auto st = m_db.prepare("SELECT ifnull(a.count_line_id, 0), a.location_id, l.warehouse_id, a.product_id, "
                           "ifnull(a.lot_id, 0), a.qty_book, a.qty_counted, a.state "
                           "FROM adjustment a JOIN location l ON l.id = a.location_id WHERE a.id = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, adjustmentId).step();
    if (!row)
        return storageError(row.error());
    if (!row.value())
        return std::optional<AdjustmentRecord>();
    return std::optional<AdjustmentRecord>(AdjustmentRecord {adjustmentId, st->int64(0), st->int64(1), st->int64(2),
        st->int64(3), st->int64(4), st->int64(5), st->int64(6), st->text(7)});
}

Status SqliteBatch::decideAdjustment(
    qint64 adjustmentId, const QString &state, const QString &reasonCode, qint64 decidedByUserId)
{
    auto st = m_db.prepare("UPDATE adjustment SET state = ?2, reason_code = ?3, decided_by = ?4 WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    st->bind(1, adjustmentId).bind(2, state);
    if (reasonCode.isEmpty())
        st->bindNull(3);
    else
        st->bind(3, reasonCode);
    return storageStatus(st->bindIdOrNull(4, decidedByUserId).run());
}

Result<std::optional<CountPolicyRecord>> SqliteBatch::countPolicy(qint64 warehouseId, qint64 userId)
{
    auto st = m_db.prepare(
        "SELECT max_qty, max_percent, max_value_cents FROM count_policy WHERE (warehouse_id IS NULL OR warehouse_id = "
        "?1) "
        "AND (user_group IS NULL OR user_group = (SELECT count_group FROM user_policy WHERE user_id = ?2)) "
        "ORDER BY warehouse_id IS NULL, user_group IS NULL LIMIT 1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, warehouseId).bind(2, userId).step();
    if (!row)
        return storageError(row.error());
    if (!row.value())
        return std::optional<CountPolicyRecord>();
    CountPolicyRecord p {st->int64(0), st->real(1), st->int64(2)};
    st->reset();
    return std::optional<CountPolicyRecord>(p);
}

Result<std::optional<qint64>> SqliteBatch::approvalLimitCents(qint64 userId)
{
    auto st = m_db.prepare("SELECT approval_limit_cents FROM user_policy WHERE user_id = ?1 "
                           "AND approval_limit_cents IS NOT NULL");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, userId).step();
    if (!row)
        return storageError(row.error());
    if (!row.value())
        return std::optional<qint64>();
    const qint64 limit = st->int64(0);
    st->reset();
    return std::optional<qint64>(limit);
}

Result<std::optional<ExceptionState>> SqliteBatch::exceptionState(qint64 exceptionId)
{
    auto st = m_db.prepare("SELECT ifnull(warehouse_id, 0), state, ifnull(location_id, 0), ifnull(product_id, 0), "
                           "ifnull(lot_id, 0) FROM exception WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, exceptionId).step();
    if (!row)
        return storageError(row.error());
    if (!row.value())
        return std::optional<ExceptionState>();
    ExceptionState e {exceptionId, st->int64(0), st->text(1), st->int64(2), st->int64(3), st->int64(4)};
    st->reset();
    return std::optional<ExceptionState>(std::move(e));
}

Status SqliteBatch::resolveException(qint64 exceptionId, const ExceptionResolution &r)
{
    auto st = m_db.prepare("UPDATE exception SET state = 'resolved', resolution = ?2, resolution_note = ?3, "
                           "resolved_by = ?4, resolved_at = ?5, resolved_op_id = ?6, count_task_id = ?7 WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    st->bind(1, exceptionId).bind(2, r.resolution);
    if (r.note.isEmpty())
        st->bindNull(3);
    else
        st->bind(3, r.note);
    st->bind(4, r.userId).bind(5, r.at).bind(6, r.opId).bindIdOrNull(7, r.countTaskId);
    return storageStatus(st->run());
}

Result<qint64> SqliteBatch::createRecountTask(
    qint64 warehouseId, const QString &reference, qint64 locationId, qint64 productId, qint64 lotId)
{
    auto task = m_db.prepare("INSERT INTO count_task(warehouse_id, reference, kind) VALUES (?1, ?2, 'recount')");
    if (!task)
        return storageError(task.error());
    SH_STORAGE_TRY(task->bind(1, warehouseId).bind(2, reference).run());
    const qint64 taskId = m_db.lastInsertRowId();
    auto line
        = m_db.prepare("INSERT INTO count_line(task_id, location_id, product_id, lot_id) VALUES (?1, ?2, ?3, ?4)");
    if (!line)
        return storageError(line.error());
    SH_STORAGE_TRY(line->bind(1, taskId).bind(2, locationId).bindIdOrNull(3, productId).bindIdOrNull(4, lotId).run());
    return taskId;
}

Result<std::optional<QByteArray>> SqliteBatch::storedAnswer(const QString &uuid)
{
    auto st = m_db.prepare("SELECT answer FROM op_log WHERE uuid = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, uuid).step();
    if (!row)
        return storageError(row.error());
    return row.value() ? std::optional<QByteArray>(st->blob(0)) : std::nullopt;
}

Result<std::optional<UserRecord>> SqliteBatch::user(qint64 userId)
{
    auto st = m_db.prepare("SELECT roles, ifnull(warehouse_id, 0), active FROM app_user WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, userId).step();
    if (!row)
        return storageError(row.error());
    if (!row.value())
        return std::optional<UserRecord>();
    UserRecord u;
    u.id = userId;
    for (const QString &r : st->text(0).split(QLatin1Char(','), Qt::SkipEmptyParts))
        u.roles.append(r.trimmed());
    u.warehouseId = st->int64(1);
    u.active = st->int64(2) != 0;
    return std::optional<UserRecord>(std::move(u));
}

Result<std::optional<UserSessionRecord>> SqliteBatch::userSession(const QString &sessionId)
{
    return sqliteUserSession(m_db, sessionId);
}

Result<qint64> SqliteBatch::nextOperationId()
{
    if (m_nextOpId == 0) {
        // Under the write lock: no other process can log an operation until this batch ends.
        auto next = m_db.queryInt("SELECT ifnull(max(id), 0) + 1 FROM op_log");
        if (!next)
            return storageError(next.error());
        m_nextOpId = next.value();
    }
    return m_nextOpId;
}

Status SqliteBatch::beginOperation()
{
    if (m_savepoints)
        return run("SAVEPOINT op");
    // Rows written by statements that completed, triggers included (a statement that failed took its own
    // rows back and does not count).
    m_changesAtOperationStart = sqlite3_total_changes64(m_db.handle());
    return {};
}

Status SqliteBatch::undoOperation()
{
    if (!m_savepoints) {
        if (sqlite3_total_changes64(m_db.handle()) == m_changesAtOperationStart)
            return {};
        return makeError(
            "storage.cannot-undo", QStringLiteral("The operation wrote rows and ran without a savepoint."));
    }
    SH_STORAGE_TRY(run("ROLLBACK TO op"));
    return run("RELEASE op");
}

Status SqliteBatch::endOperation()
{
    return m_savepoints ? run("RELEASE op") : Status();
}

Status SqliteBatch::beginMember()
{
    return run("SAVEPOINT member");
}

Status SqliteBatch::undoMember()
{
    m_nextOpId = 0; // the member's log rows are gone: read the next id again
    SH_STORAGE_TRY(run("ROLLBACK TO member"));
    return run("RELEASE member");
}

Status SqliteBatch::endMember()
{
    return run("RELEASE member");
}

Status SqliteBatch::logOperation(qint64 id, const Operation &op, const QString &receivedAt, const QByteArray &answer)
{
    auto st = m_db.prepare("INSERT INTO op_log(id, uuid, device_id, device_seq, user_id, kind, payload, local_time, "
                           "received_at, status, answer, session_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                           "?11, ?12)");
    if (!st)
        return storageError(st.error());
    const QByteArray payload = toJsonText(op.payload);
    st->bind(1, id).bind(2, op.uuid).bind(3, op.deviceId).bind(4, op.seq).bind(5, op.userId);
    st->bind(6, op.kind).bindStatic(7, std::string_view(payload.constData(), size_t(payload.size())));
    if (op.localTime.isEmpty())
        st->bindNull(8);
    else
        st->bind(8, op.localTime);
    st->bind(9, receivedAt).bind(10, opStateName(op.state));
    st->bindStatic(11, std::string_view(answer.constData(), size_t(answer.size())));
    if (op.sessionId.isEmpty())
        st->bindNull(12);
    else
        st->bind(12, op.sessionId);
    SH_STORAGE_TRY(st->run());
    m_nextOpId = id + 1;
    return {};
}

Status SqliteBatch::deviceSeen(const QString &deviceId, const QString &at)
{
    auto st = m_db.prepare("UPDATE device SET last_seen = ?2 WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    return storageStatus(st->bind(1, deviceId).bind(2, at).run());
}

Status SqliteBatch::commit()
{
    return storageStatus(m_tx.commit());
}

} // namespace stockhand::server::storage
