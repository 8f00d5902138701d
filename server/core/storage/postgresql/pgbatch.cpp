#include "storage/postgresql/pgbatch.h"

#include "jsonwriter.h"

namespace stockhand::server::pg {

namespace {

constexpr const char *kSessionColumns = "s.id, s.user_id, u.login, s.device_id, s.secret_hash, s.issued_at, "
                                        "s.expires_at, s.device_issued_at, coalesce(s.revoked_at, '')";

} // namespace

Result<std::optional<UserSessionRecord>> userSession(Connection &c, const QString &sessionId)
{
    auto r = c.query(std::string("SELECT ") + kSessionColumns
            + " FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.id = $1",
        Params().add(sessionId));
    if (!r)
        return r.error();
    if (!r->size())
        return std::optional<UserSessionRecord>();
    return std::optional<UserSessionRecord>(UserSessionRecord {r->text(0, 0), r->int64(0, 1), r->text(0, 2),
        r->text(0, 3), r->bytes(0, 4), r->text(0, 5), r->text(0, 6), r->text(0, 7), r->text(0, 8)});
}

Status setCountPolicy(Connection &c, qint64 warehouseId, const QString &group, const CountPolicyRecord &p)
{
    return c.run("INSERT INTO count_policy(warehouse_id, user_group, max_qty, max_percent, max_value_cents) "
                 "VALUES ($1, $2, $3, $4, $5) ON CONFLICT ((coalesce(warehouse_id, 0)), (coalesce(user_group, ''))) "
                 "DO UPDATE SET max_qty = excluded.max_qty, max_percent = excluded.max_percent, "
                 "max_value_cents = excluded.max_value_cents",
        Params().addIdOrNull(warehouseId).addTextOrNull(group).add(p.maxQty).add(p.maxPercent).add(p.maxValueCents));
}

Result<bool> removeCountPolicy(Connection &c, qint64 warehouseId, const QString &group)
{
    auto r = c.query("DELETE FROM count_policy WHERE coalesce(warehouse_id, 0) = $1::bigint "
                     "AND coalesce(user_group, '') = $2::text",
        Params().add(warehouseId).add(group));
    if (!r)
        return r.error();
    return r->affected() > 0;
}

Result<std::unique_ptr<PgBatch>> PgBatch::begin(Connection &c)
{
    std::unique_ptr<PgBatch> b(new PgBatch(c));
    // Batches one after another across processes (the feed lock, pgschema.cpp); each statement then reads
    // every batch committed before this one.
    SH_TRY(c.exec("BEGIN; SELECT feed_lock()"));
    b->m_open = true;
    return b;
}

PgBatch::~PgBatch()
{
    if (m_open)
        (void)m_c.exec("ROLLBACK");
}

Result<std::optional<qint64>> PgBatch::optionalInt(const char *sql, const Params &params)
{
    auto r = m_c.query(sql, params);
    if (!r)
        return r.error();
    if (!r->size() || r->isNull(0, 0))
        return std::optional<qint64>();
    return std::optional<qint64>(r->int64(0, 0));
}

Result<bool> PgBatch::exists(const char *sql, const Params &params)
{
    auto r = m_c.query(sql, params);
    if (!r)
        return r.error();
    return r->size() > 0;
}

Result<std::optional<qint64>> PgBatch::locationWarehouse(qint64 locationId)
{
    if (auto it = m_locationWarehouse.constFind(locationId); it != m_locationWarehouse.constEnd())
        return std::optional<qint64>(it.value());
    auto wh = optionalInt("SELECT warehouse_id FROM location WHERE id = $1", Params().add(locationId));
    if (wh && wh->has_value())
        m_locationWarehouse.insert(locationId, **wh);
    return wh;
}

Result<bool> PgBatch::productExists(qint64 productId)
{
    if (m_products.contains(productId))
        return true;
    auto e = exists("SELECT 1 FROM product WHERE id = $1", Params().add(productId));
    if (e && *e)
        m_products.insert(productId);
    return e;
}

Result<qint64> PgBatch::productUnitValueCents(qint64 productId)
{
    return m_c.queryInt("SELECT unit_value_cents FROM product WHERE id = $1", Params().add(productId));
}

Result<bool> PgBatch::packageExists(qint64 packageId)
{
    return exists("SELECT 1 FROM package WHERE id = $1", Params().add(packageId));
}

Status PgBatch::movePackage(qint64 packageId, qint64 toLocationId)
{
    return m_c.run("UPDATE package SET location_id = $2 WHERE id = $1", Params().add(packageId).add(toLocationId));
}

Result<std::optional<QString>> PgBatch::reasonKind(const QString &code)
{
    auto r = m_c.query("SELECT kind FROM reason_code WHERE code = $1", Params().add(code));
    if (!r)
        return r.error();
    return r->size() ? std::optional<QString>(r->text(0, 0)) : std::nullopt;
}

Status PgBatch::setCountPolicy(qint64 warehouseId, const QString &group, const CountPolicyRecord &policy)
{
    return pg::setCountPolicy(m_c, warehouseId, group, policy);
}

Result<bool> PgBatch::removeCountPolicy(qint64 warehouseId, const QString &group)
{
    return pg::removeCountPolicy(m_c, warehouseId, group);
}

Result<bool> PgBatch::reasonNeedsNote(const QString &code)
{
    return exists("SELECT 1 FROM reason_code WHERE code = $1 AND note_required <> 0", Params().add(code));
}

Result<bool> PgBatch::isQuarantine(qint64 locationId)
{
    return exists("SELECT 1 FROM location WHERE id = $1 AND quarantine <> 0", Params().add(locationId));
}

Result<std::optional<qint64>> PgBatch::barcodeProduct(const QString &code)
{
    return optionalInt("SELECT product_id FROM product_barcode WHERE code = $1", Params().add(code));
}

Status PgBatch::attachBarcode(const BarcodeRow &b)
{
    return m_c.run("INSERT INTO product_barcode(code, product_id, packaging, qty) VALUES ($1, $2, $3, $4)",
        Params().add(b.code).add(b.productId).add(b.packaging).add(b.qty));
}

Result<std::optional<qint64>> PgBatch::packageByName(const QString &name)
{
    return optionalInt("SELECT id FROM package WHERE name = $1", Params().add(name));
}

Result<qint64> PgBatch::createPackage(const QString &name, qint64 locationId)
{
    return m_c.queryInt("INSERT INTO package(name, location_id) VALUES ($1, $2) RETURNING id",
        Params().add(name).addIdOrNull(locationId));
}

Result<bool> PgBatch::ssccIssuedTo(const QString &deviceId, const QString &sscc)
{
    return exists("SELECT 1 FROM sscc_range WHERE device_id = $1 AND substr($2::text, 1, 1) = extension::text "
                  "AND substr($2::text, 2, length(company_prefix)) = company_prefix "
                  "AND substr($2::text, 2 + length(company_prefix), 16 - length(company_prefix)) ~ '^[0-9]{1,18}$' "
                  "AND substr($2::text, 2 + length(company_prefix), 16 - length(company_prefix))::bigint "
                  "BETWEEN first AND last LIMIT 1",
        Params().add(deviceId).add(sscc));
}

Result<std::optional<qint64>> PgBatch::lotProduct(qint64 lotId)
{
    return optionalInt("SELECT product_id FROM lot WHERE id = $1", Params().add(lotId));
}

Result<std::optional<qint64>> PgBatch::findLot(qint64 productId, const QString &name)
{
    return optionalInt("SELECT id FROM lot WHERE product_id = $1 AND name = $2", Params().add(productId).add(name));
}

Result<qint64> PgBatch::createLot(qint64 productId, const QString &name)
{
    return m_c.queryInt(
        "INSERT INTO lot(product_id, name) VALUES ($1, $2) RETURNING id", Params().add(productId).add(name));
}

Result<Milli> PgBatch::addToQuant(const QuantKey &key, Milli delta)
{
    return m_c.queryInt("INSERT INTO quant(location_id, product_id, lot_id, package_id, qty) VALUES ($1, $2, $3, $4, "
                        "$5) ON CONFLICT (location_id, product_id, (coalesce(lot_id, 0)), (coalesce(package_id, 0))) "
                        "DO UPDATE SET qty = quant.qty + excluded.qty RETURNING qty",
        Params().add(key.locationId).add(key.productId).addIdOrNull(key.lotId).addIdOrNull(key.packageId).add(delta));
}

Result<Milli> PgBatch::bookQty(qint64 locationId, qint64 productId, qint64 lotId)
{
    return m_c.queryInt("SELECT coalesce(sum(qty), 0) FROM quant WHERE location_id = $1 AND product_id = $2 "
                        "AND coalesce(lot_id, 0) = $3::bigint",
        Params().add(locationId).add(productId).add(lotId));
}

Result<Milli> PgBatch::netMovedInAfter(qint64 locationId, qint64 productId, qint64 lotId, const QString &time)
{
    return m_c.queryInt("SELECT coalesce(sum(CASE WHEN to_location_id = $1 THEN qty ELSE 0 END) - "
                        "sum(CASE WHEN from_location_id = $1 THEN qty ELSE 0 END), 0) FROM stock_move "
                        "WHERE product_id = $2 AND coalesce(lot_id, 0) = $3::bigint AND physical_time > $4 "
                        "AND (from_location_id = $1 OR to_location_id = $1)",
        Params().add(locationId).add(productId).add(lotId).add(time));
}

Result<qint64> PgBatch::appendMove(const MoveRecord &m)
{
    return m_c.queryInt(
        "INSERT INTO stock_move(op_id, kind, product_id, lot_id, package_id, from_location_id, to_location_id, qty, "
        "reason_code, adjustment_id, transfer_line_id, user_id, device_id, physical_time, recorded_at) VALUES ($1, $2, "
        "$3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
        Params()
            .addIdOrNull(m.opId)
            .add(m.kind)
            .add(m.productId)
            .addIdOrNull(m.lotId)
            .addIdOrNull(m.packageId)
            .addIdOrNull(m.fromLocationId)
            .addIdOrNull(m.toLocationId)
            .add(m.qty)
            .addTextOrNull(m.reasonCode)
            .addIdOrNull(m.adjustmentId)
            .addIdOrNull(m.transferLineId)
            .addIdOrNull(m.userId)
            .add(m.deviceId)
            .add(m.physicalTime)
            .add(m.recordedAt));
}

Result<qint64> PgBatch::appendException(const ExceptionRecord &e)
{
    return m_c.queryInt(
        "INSERT INTO exception(kind, op_id, warehouse_id, device_id, user_id, transfer_line_id, location_id, "
        "product_id, lot_id, qty, message, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
        "RETURNING id",
        Params()
            .add(e.kind)
            .addIdOrNull(e.opId)
            .add(e.warehouseId)
            .add(e.deviceId)
            .addIdOrNull(e.userId)
            .addIdOrNull(e.transferLineId)
            .addIdOrNull(e.locationId)
            .addIdOrNull(e.productId)
            .addIdOrNull(e.lotId)
            .add(e.qty)
            .add(e.message)
            .add(e.createdAt));
}

Result<std::optional<LineWithTransfer>> PgBatch::transferLine(qint64 lineId)
{
    auto r = m_c.query("SELECT l.id, l.transfer_id, l.seq, l.product_id, coalesce(l.lot_id, 0), "
                       "coalesce(l.from_location_id, 0), coalesce(l.to_location_id, 0), l.qty_expected, l.qty_done, "
                       "t.warehouse_id, t.kind, t.state, t.reference, coalesce(t.partner_id, 0), t.origin, "
                       "t.scheduled, t.priority FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id "
                       "WHERE l.id = $1",
        Params().add(lineId));
    if (!r)
        return r.error();
    if (!r->size())
        return std::optional<LineWithTransfer>();
    const Rows &s = *r;
    LineWithTransfer line;
    line.id = s.int64(0, 0);
    line.transferId = s.int64(0, 1);
    line.seq = s.int64(0, 2);
    line.productId = s.int64(0, 3);
    line.lotId = s.int64(0, 4);
    line.fromLocationId = s.int64(0, 5);
    line.toLocationId = s.int64(0, 6);
    line.qtyExpected = s.int64(0, 7);
    line.qtyDone = s.int64(0, 8);
    line.transfer = TransferRow {line.transferId, s.int64(0, 9), s.text(0, 10), s.text(0, 12), s.int64(0, 13),
        s.text(0, 14), s.text(0, 11), s.text(0, 15), int(s.int64(0, 16))};
    return std::optional<LineWithTransfer>(std::move(line));
}

Result<bool> PgBatch::lineMovedByOtherDevice(qint64 lineId, const QString &deviceId)
{
    return exists("SELECT 1 FROM stock_move WHERE transfer_line_id = $1 AND device_id <> $2 LIMIT 1",
        Params().add(lineId).add(deviceId));
}

Status PgBatch::addLineDone(qint64 lineId, Milli delta)
{
    SH_TRY(m_c.run("UPDATE transfer_line SET qty_done = qty_done + $2 WHERE id = $1", Params().add(lineId).add(delta)));
    return m_c.run("UPDATE transfer SET state = 'in_progress' WHERE state = 'open' AND id = "
                   "(SELECT transfer_id FROM transfer_line WHERE id = $1)",
        Params().add(lineId));
}

Result<std::optional<TransferRow>> PgBatch::transfer(qint64 transferId)
{
    auto r = m_c.query("SELECT warehouse_id, kind, state, reference, coalesce(partner_id, 0), origin, scheduled, "
                       "priority FROM transfer WHERE id = $1",
        Params().add(transferId));
    if (!r)
        return r.error();
    if (!r->size())
        return std::optional<TransferRow>();
    const Rows &s = *r;
    return std::optional<TransferRow>(TransferRow {transferId, s.int64(0, 0), s.text(0, 1), s.text(0, 3), s.int64(0, 4),
        s.text(0, 5), s.text(0, 2), s.text(0, 6), int(s.int64(0, 7))});
}

Status PgBatch::closeTransfer(qint64 transferId)
{
    return m_c.run("UPDATE transfer SET state = 'done' WHERE id = $1", Params().add(transferId));
}

Result<qint64> PgBatch::createBackorder(const TransferRow &from, const QString &reference)
{
    auto open = m_c.queryInt(
        "SELECT count(*) FROM transfer_line WHERE transfer_id = $1 AND qty_done < qty_expected", Params().add(from.id));
    if (!open)
        return open.error();
    if (open.value() == 0)
        return qint64(0);
    // A backorder keeps the urgency of the transfer it continues.
    auto bo = m_c.queryInt("INSERT INTO transfer(warehouse_id, kind, reference, partner_id, origin, state, priority) "
                           "VALUES ($1, $2, $3, $4, $5, 'open', $6) RETURNING id",
        Params()
            .add(from.warehouseId)
            .add(from.kind)
            .add(reference)
            .addIdOrNull(from.partnerId)
            .add(from.origin.isEmpty() ? from.reference : from.origin)
            .add(qint64(from.priority)));
    if (!bo)
        return bo.error();
    m_putawaySources.reset(); // the backorder's lines: read the sources again when next asked
    SH_TRY(m_c.run("INSERT INTO transfer_line(transfer_id, seq, product_id, lot_id, from_location_id, to_location_id, "
                   "qty_expected) SELECT $2, seq, product_id, lot_id, from_location_id, to_location_id, "
                   "qty_expected - qty_done FROM transfer_line WHERE transfer_id = $1 AND qty_done < qty_expected "
                   "ORDER BY seq, id",
        Params().add(from.id).add(bo.value())));
    return bo.value();
}

Result<QList<ReceivedStock>> PgBatch::receivedStillAtDock(qint64 receiptId)
{
    // What the receipt's lines booked into each dock, capped by what the dock still holds of it.
    auto r = m_c.query(
        "SELECT g.product_id, g.lot, g.to_location_id, g.qty, (SELECT coalesce(sum(q.qty), 0) FROM quant q "
        "WHERE q.location_id = g.to_location_id AND q.product_id = g.product_id AND coalesce(q.lot_id, 0) = g.lot) "
        "FROM (SELECT m.product_id, coalesce(m.lot_id, 0) AS lot, m.to_location_id, sum(m.qty) AS qty, "
        "min(l.seq) AS first_seq, min(m.id) AS first_move FROM stock_move m "
        "JOIN transfer_line l ON l.id = m.transfer_line_id JOIN location loc ON loc.id = m.to_location_id "
        "WHERE l.transfer_id = $1 AND m.kind = 'receive' AND loc.type <> 'bin' AND loc.quarantine = 0 "
        "GROUP BY m.product_id, coalesce(m.lot_id, 0), m.to_location_id) g ORDER BY g.first_seq, g.first_move",
        Params().add(receiptId));
    if (!r)
        return r.error();
    QList<ReceivedStock> out;
    for (int i = 0; i < r->size(); ++i) {
        const Milli qty = qMin(r->int64(i, 3), r->int64(i, 4));
        if (qty > 0)
            out.append(ReceivedStock {r->int64(i, 0), r->int64(i, 1), r->int64(i, 2), qty});
    }
    return out;
}

Result<qint64> PgBatch::putawayBin(qint64 productId, qint64 warehouseId)
{
    auto home = optionalInt("SELECT l.id FROM product p JOIN location l ON l.id = p.home_location_id "
                            "WHERE p.id = $1 AND l.warehouse_id = $2",
        Params().add(productId).add(warehouseId));
    if (!home)
        return home.error();
    if (home->has_value())
        return **home;
    auto zone = m_c.query("SELECT l.zone FROM quant q JOIN location l ON l.id = q.location_id "
                          "WHERE q.product_id = $1 AND l.warehouse_id = $2 AND l.type = 'bin' AND q.qty > 0 "
                          "ORDER BY l.pick_seq LIMIT 1",
        Params().add(productId).add(warehouseId));
    if (!zone)
        return zone.error();
    const QString z = zone->size() ? zone->text(0, 0) : QString();
    for (const QString &candidate : {z, QString()}) {
        auto bin = optionalInt(
            "SELECT l.id FROM location l WHERE l.warehouse_id = $1 AND l.type = 'bin' AND l.quarantine = 0 "
            "AND ($2::text = '' OR l.zone = $2::text) "
            "AND NOT EXISTS (SELECT 1 FROM quant q WHERE q.location_id = l.id AND q.qty > 0) "
            "AND NOT EXISTS (SELECT 1 FROM transfer_line tl JOIN transfer t ON t.id = tl.transfer_id "
            "WHERE tl.to_location_id = l.id AND t.kind = 'putaway' AND t.state IN ('open', 'in_progress') "
            "AND tl.qty_done < tl.qty_expected) ORDER BY l.pick_seq, l.id LIMIT 1",
            Params().add(warehouseId).add(candidate));
        if (!bin)
            return bin.error();
        if (bin->has_value())
            return **bin;
    }
    return qint64(0);
}

Result<qint64> PgBatch::createTransfer(const TransferRow &t)
{
    return m_c.queryInt("INSERT INTO transfer(warehouse_id, kind, reference, partner_id, origin, state, scheduled, "
                        "priority) VALUES ($1, $2, $3, $4, $5, 'open', $6, $7) RETURNING id",
        Params()
            .add(t.warehouseId)
            .add(t.kind)
            .add(t.reference)
            .addIdOrNull(t.partnerId)
            .addTextOrNull(t.origin)
            .addTextOrNull(t.scheduled)
            .add(qint64(t.priority)));
}

Result<qint64> PgBatch::addTransferLine(const TransferLineRow &l)
{
    if (m_putawaySources && l.fromLocationId) // of whatever kind: the set may hold more, never less
        m_putawaySources->insert(l.fromLocationId);
    return m_c.queryInt("INSERT INTO transfer_line(transfer_id, seq, product_id, lot_id, from_location_id, "
                        "to_location_id, qty_expected) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        Params()
            .add(l.transferId)
            .add(l.seq)
            .add(l.productId)
            .addIdOrNull(l.lotId)
            .addIdOrNull(l.fromLocationId)
            .addIdOrNull(l.toLocationId)
            .add(l.qtyExpected));
}

Result<qint64> PgBatch::openPutawayLine(qint64 fromLocationId, qint64 productId, qint64 lotId)
{
    // Every move asks; few come from a location open putaway lines start at (a dock). Those locations are
    // read once per batch (under the feed lock nobody else changes them; this batch's new lines are added
    // as it makes them), and a move from elsewhere costs no round trip.
    if (!m_putawaySources) {
        auto sources = m_c.query("SELECT DISTINCT tl.from_location_id FROM transfer_line tl JOIN transfer t ON t.id = "
                                 "tl.transfer_id WHERE t.kind = 'putaway' AND t.state IN ('open', 'in_progress') "
                                 "AND tl.qty_done < tl.qty_expected AND tl.from_location_id IS NOT NULL");
        if (!sources)
            return sources.error();
        m_putawaySources.emplace();
        for (int r = 0; r < sources->size(); ++r)
            m_putawaySources->insert(sources->int64(r, 0));
    }
    if (!m_putawaySources->contains(fromLocationId))
        return qint64(0);
    return m_c.queryInt("SELECT tl.id FROM transfer_line tl JOIN transfer t ON t.id = tl.transfer_id "
                        "WHERE t.kind = 'putaway' AND t.state IN ('open', 'in_progress') "
                        "AND tl.from_location_id = $1 AND tl.product_id = $2 AND coalesce(tl.lot_id, 0) = $3::bigint "
                        "AND tl.qty_done < tl.qty_expected ORDER BY tl.id LIMIT 1",
        Params().add(fromLocationId).add(productId).add(lotId));
}

Result<std::optional<CountLineWithTask>> PgBatch::countLine(qint64 countLineId)
{
    auto r = m_c.query("SELECT l.task_id, l.location_id, coalesce(l.product_id, 0), coalesce(l.lot_id, 0), "
                       "t.warehouse_id, t.reference, t.kind, t.state FROM count_line l "
                       "JOIN count_task t ON t.id = l.task_id WHERE l.id = $1",
        Params().add(countLineId));
    if (!r)
        return r.error();
    if (!r->size())
        return std::optional<CountLineWithTask>();
    CountLineWithTask line;
    line.id = countLineId;
    line.taskId = r->int64(0, 0);
    line.locationId = r->int64(0, 1);
    line.productId = r->int64(0, 2);
    line.lotId = r->int64(0, 3);
    line.task = CountTaskRow {line.taskId, r->int64(0, 4), r->text(0, 5), r->text(0, 6), r->text(0, 7)};
    return std::optional<CountLineWithTask>(std::move(line));
}

Status PgBatch::recordCount(const CountLineWithTask &line, Milli counted)
{
    SH_TRY(m_c.run(
        "UPDATE count_line SET qty_counted = $2, state = 'counted' WHERE id = $1", Params().add(line.id).add(counted)));
    return m_c.run("UPDATE count_task SET state = CASE WHEN EXISTS (SELECT 1 FROM count_line "
                   "WHERE task_id = $1 AND state = 'open') THEN 'in_progress' ELSE 'done' END "
                   "WHERE id = $1 AND state IN ('open', 'in_progress')",
        Params().add(line.taskId));
}

Result<qint64> PgBatch::createAdjustment(const AdjustmentRecord &a)
{
    return m_c.queryInt("INSERT INTO adjustment(count_line_id, location_id, product_id, lot_id, qty_book, qty_counted, "
                        "state, counted_by, counted_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        Params()
            .addIdOrNull(a.countLineId)
            .add(a.locationId)
            .add(a.productId)
            .addIdOrNull(a.lotId)
            .add(a.book)
            .add(a.counted)
            .add(a.state)
            .addIdOrNull(a.countedBy)
            .addTextOrNull(a.countedAt));
}

Result<std::optional<AdjustmentRecord>> PgBatch::adjustment(qint64 adjustmentId)
{
    auto r = m_c.query("SELECT coalesce(a.count_line_id, 0), a.location_id, l.warehouse_id, a.product_id, "
                       "coalesce(a.lot_id, 0), a.qty_book, a.qty_counted, a.state "
                       "FROM adjustment a JOIN location l ON l.id = a.location_id WHERE a.id = $1",
        Params().add(adjustmentId));
    if (!r)
        return r.error();
    if (!r->size())
        return std::optional<AdjustmentRecord>();
    const Rows &s = *r;
    return std::optional<AdjustmentRecord>(AdjustmentRecord {adjustmentId, s.int64(0, 0), s.int64(0, 1), s.int64(0, 2),
        s.int64(0, 3), s.int64(0, 4), s.int64(0, 5), s.int64(0, 6), s.text(0, 7)});
}

Status PgBatch::decideAdjustment(
    qint64 adjustmentId, const QString &state, const QString &reasonCode, qint64 decidedByUserId)
{
    return m_c.run("UPDATE adjustment SET state = $2, reason_code = $3, decided_by = $4 WHERE id = $1",
        Params().add(adjustmentId).add(state).addTextOrNull(reasonCode).addIdOrNull(decidedByUserId));
}

Result<std::optional<CountPolicyRecord>> PgBatch::countPolicy(qint64 warehouseId, qint64 userId)
{
    auto r = m_c.query("SELECT max_qty, max_percent, max_value_cents FROM count_policy "
                       "WHERE (warehouse_id IS NULL OR warehouse_id = $1) "
                       "AND (user_group IS NULL OR user_group = (SELECT count_group FROM user_policy WHERE user_id = "
                       "$2)) ORDER BY warehouse_id IS NULL, user_group IS NULL LIMIT 1",
        Params().add(warehouseId).add(userId));
    if (!r)
        return r.error();
    if (!r->size())
        return std::optional<CountPolicyRecord>();
    return std::optional<CountPolicyRecord>(CountPolicyRecord {r->int64(0, 0), r->real(0, 1), r->int64(0, 2)});
}

Result<std::optional<qint64>> PgBatch::approvalLimitCents(qint64 userId)
{
    return optionalInt("SELECT approval_limit_cents FROM user_policy WHERE user_id = $1", Params().add(userId));
}

Result<std::optional<ExceptionState>> PgBatch::exceptionState(qint64 exceptionId)
{
    auto r = m_c.query("SELECT coalesce(warehouse_id, 0), state, coalesce(location_id, 0), coalesce(product_id, 0), "
                       "coalesce(lot_id, 0) FROM exception WHERE id = $1",
        Params().add(exceptionId));
    if (!r)
        return r.error();
    if (!r->size())
        return std::optional<ExceptionState>();
    return std::optional<ExceptionState>(
        ExceptionState {exceptionId, r->int64(0, 0), r->text(0, 1), r->int64(0, 2), r->int64(0, 3), r->int64(0, 4)});
}

Status PgBatch::resolveException(qint64 exceptionId, const ExceptionResolution &res)
{
    return m_c.run("UPDATE exception SET state = 'resolved', resolution = $2, resolution_note = $3, "
                   "resolved_by = $4, resolved_at = $5, resolved_op_id = $6, count_task_id = $7 WHERE id = $1",
        Params()
            .add(exceptionId)
            .add(res.resolution)
            .addTextOrNull(res.note)
            .add(res.userId)
            .add(res.at)
            .add(res.opId)
            .addIdOrNull(res.countTaskId));
}

Result<qint64> PgBatch::createRecountTask(
    qint64 warehouseId, const QString &reference, qint64 locationId, qint64 productId, qint64 lotId)
{
    auto task = m_c.queryInt("INSERT INTO count_task(warehouse_id, reference, kind) VALUES ($1, $2, 'recount') "
                             "RETURNING id",
        Params().add(warehouseId).add(reference));
    if (!task)
        return task.error();
    SH_TRY(m_c.run("INSERT INTO count_line(task_id, location_id, product_id, lot_id) VALUES ($1, $2, $3, $4)",
        Params().add(task.value()).add(locationId).addIdOrNull(productId).addIdOrNull(lotId)));
    return task.value();
}

Result<std::optional<QByteArray>> PgBatch::storedAnswer(const QString &uuid)
{
    auto r = m_c.query("SELECT answer FROM op_log WHERE uuid = $1", Params().add(uuid));
    if (!r)
        return r.error();
    return r->size() ? std::optional<QByteArray>(r->raw(0, 0)) : std::nullopt;
}

Result<QHash<QString, QByteArray>> PgBatch::storedAnswers(const QStringList &uuids)
{
    // One statement for the whole batch: an array literal of the uuids, each quoted.
    QString array = QStringLiteral("{");
    for (const QString &uuid : uuids) {
        if (array.size() > 1)
            array += QLatin1Char(',');
        QString quoted = uuid;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        array += QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    array += QLatin1Char('}');
    auto r = m_c.query("SELECT uuid, answer FROM op_log WHERE uuid = ANY($1::text[])", Params().add(array),
        Connection::Plan::ForTheseValues);
    if (!r)
        return r.error();
    QHash<QString, QByteArray> found;
    for (int row = 0; row < r->size(); ++row)
        found.insert(r->text(row, 0), r->raw(row, 1));
    return found;
}

Result<std::optional<UserRecord>> PgBatch::user(qint64 userId)
{
    auto r = m_c.query(
        "SELECT roles, coalesce(warehouse_id, 0), active FROM app_user WHERE id = $1", Params().add(userId));
    if (!r)
        return r.error();
    if (!r->size())
        return std::optional<UserRecord>();
    UserRecord u;
    u.id = userId;
    for (const QString &role : r->text(0, 0).split(QLatin1Char(','), Qt::SkipEmptyParts))
        u.roles.append(role.trimmed());
    u.warehouseId = r->int64(0, 1);
    u.active = r->int64(0, 2) != 0;
    return std::optional<UserRecord>(std::move(u));
}

Result<std::optional<UserSessionRecord>> PgBatch::userSession(const QString &sessionId)
{
    return pg::userSession(m_c, sessionId);
}

Result<qint64> PgBatch::nextOperationId()
{
    if (m_nextOpId == 0) {
        // Under the feed lock: no other process logs an operation until this batch ends.
        auto next = m_c.queryInt("SELECT coalesce(max(id), 0) + 1 FROM op_log");
        if (!next)
            return next.error();
        m_nextOpId = next.value();
    }
    return m_nextOpId;
}

Status PgBatch::beginOperation()
{
    if (m_savepoints)
        return m_c.exec("SAVEPOINT op");
    m_rowsAtOperationStart = m_c.rowsWritten();
    return {};
}

Status PgBatch::undoOperation()
{
    if (!m_savepoints) {
        if (m_c.inTransactionOk() && m_c.rowsWritten() == m_rowsAtOperationStart)
            return {};
        return makeError("storage.cannot-undo",
            QStringLiteral("The operation wrote rows or failed a statement and ran without a savepoint."));
    }
    return m_c.exec("ROLLBACK TO SAVEPOINT op; RELEASE SAVEPOINT op");
}

Status PgBatch::endOperation()
{
    return m_savepoints ? m_c.exec("RELEASE SAVEPOINT op") : Status();
}

Status PgBatch::beginMember()
{
    return m_c.exec("SAVEPOINT member");
}

Status PgBatch::undoMember()
{
    m_nextOpId = 0; // the member's log rows are gone: read the next id again
    return m_c.exec("ROLLBACK TO SAVEPOINT member; RELEASE SAVEPOINT member");
}

Status PgBatch::endMember()
{
    return m_c.exec("RELEASE SAVEPOINT member");
}

Status PgBatch::logOperation(qint64 id, const Operation &op, const QString &receivedAt, const QByteArray &answer)
{
    const QByteArray payload = toJsonText(op.payload);
    SH_TRY(m_c.run("INSERT INTO op_log(id, uuid, device_id, device_seq, user_id, kind, payload, local_time, "
                   "received_at, status, answer, session_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, "
                   "$12)",
        Params()
            .add(id)
            .add(op.uuid)
            .add(op.deviceId)
            .add(op.seq)
            .add(op.userId)
            .add(op.kind)
            .add(QString::fromUtf8(payload))
            .addTextOrNull(op.localTime)
            .add(receivedAt)
            .add(opStateName(op.state))
            .add(QString::fromUtf8(answer))
            .addTextOrNull(op.sessionId)));
    m_nextOpId = id + 1;
    return {};
}

Status PgBatch::deviceSeen(const QString &deviceId, const QString &at)
{
    return m_c.run("UPDATE device SET last_seen = $2 WHERE id = $1", Params().add(deviceId).add(at));
}

Status PgBatch::commit()
{
    if (!m_c.inTransactionOk()) // COMMIT would silently roll a failed transaction back
        return makeError("storage.failure", QStringLiteral("The batch's transaction failed before its commit."));
    m_open = false;
    return m_c.exec("COMMIT");
}

} // namespace stockhand::server::pg
