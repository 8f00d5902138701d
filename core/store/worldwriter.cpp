#include "store/worldwriter.h"

#include "domain/reasonlabels.h"

namespace stockhand::store {

namespace {
std::string_view utf8View(const QByteArray &b)
{
    return std::string_view(b.constData(), size_t(b.size()));
}
} // namespace

Result<db::Statement> WorldWriter::prepare(std::string_view upsertSql)
{
    if (m_mode == WriteMode::BulkInsert) {
        const auto cut = upsertSql.find(" ON CONFLICT");
        if (cut != std::string_view::npos)
            return m_db.prepare(upsertSql.substr(0, cut));
    }
    return m_db.prepare(upsertSql);
}

Status WorldWriter::write(const WarehouseRow &r)
{
    auto st = prepare("INSERT INTO warehouse(id, code, name, auto_confirm, lots_case_sensitive) "
                      "VALUES (?1, ?2, ?3, ?4, ?5) "
                      "ON CONFLICT(id) DO UPDATE SET code = excluded.code, name = excluded.name, "
                      "auto_confirm = excluded.auto_confirm, lots_case_sensitive = excluded.lots_case_sensitive");
    if (!st)
        return st.error();
    st->bind(1, r.id).bind(2, r.code).bind(3, r.name);
    return st->bind(4, qint64(r.autoConfirm ? 1 : 0)).bind(5, qint64(r.lotsCaseSensitive ? 1 : 0)).run();
}

Status WorldWriter::write(const LocationRow &r)
{
    auto st = prepare(
        "INSERT INTO location(id, warehouse_id, barcode, name, type, parent_id, zone, pick_seq, quarantine) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(id) DO UPDATE SET warehouse_id = "
        "excluded.warehouse_id, "
        "barcode = excluded.barcode, name = excluded.name, type = excluded.type, parent_id = excluded.parent_id, "
        "zone = excluded.zone, pick_seq = excluded.pick_seq, quarantine = excluded.quarantine");
    if (!st)
        return st.error();
    st->bind(1, r.id).bind(2, r.warehouseId).bind(3, r.barcode).bind(4, r.name).bind(5, r.type);
    st->bindIdOrNull(6, r.parentId);
    if (r.zone.isEmpty())
        st->bindNull(7);
    else
        st->bind(7, r.zone);
    return st->bind(8, r.pickSeq).bind(9, qint64(r.quarantine ? 1 : 0)).run();
}

Status WorldWriter::write(const ProductRow &r)
{
    auto st = prepare("INSERT INTO product(id, sku, name, uom, tracking, unit_value_cents, home_location_id) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(id) DO UPDATE SET sku = excluded.sku, "
                      "name = excluded.name, uom = excluded.uom, tracking = excluded.tracking, "
                      "unit_value_cents = excluded.unit_value_cents, home_location_id = excluded.home_location_id");
    if (!st)
        return st.error();
    const QByteArray sku = r.sku.toUtf8(), name = r.name.toUtf8(), uom = r.uom.toUtf8(), tracking = r.tracking.toUtf8();
    st->bind(1, r.id).bindStatic(2, utf8View(sku)).bindStatic(3, utf8View(name)).bindStatic(4, utf8View(uom));
    st->bindStatic(5, utf8View(tracking)).bind(6, r.unitValueCents).bindIdOrNull(7, r.homeLocationId);
    return st->run();
}

Status WorldWriter::write(const BarcodeRow &r)
{
    auto st = prepare("INSERT INTO product_barcode(code, product_id, packaging, qty) VALUES (?1, ?2, ?3, ?4) "
                      "ON CONFLICT(code) DO UPDATE SET product_id = excluded.product_id, "
                      "packaging = excluded.packaging, qty = excluded.qty");
    if (!st)
        return st.error();
    const QByteArray code = r.code.toUtf8(), packaging = r.packaging.toUtf8();
    st->bindStatic(1, utf8View(code)).bind(2, r.productId).bindStatic(3, utf8View(packaging)).bind(4, r.qty);
    return st->run();
}

Status WorldWriter::write(const LotRow &r)
{
    auto st = prepare("INSERT INTO lot(id, product_id, name, is_serial, expiry) VALUES (?1, ?2, ?3, ?4, ?5) "
                      "ON CONFLICT(id) DO UPDATE SET product_id = excluded.product_id, name = excluded.name, "
                      "is_serial = excluded.is_serial, expiry = excluded.expiry");
    if (!st)
        return st.error();
    st->bind(1, r.id).bind(2, r.productId).bind(3, r.name).bind(4, qint64(r.isSerial));
    if (r.expiry.isEmpty())
        st->bindNull(5);
    else
        st->bind(5, r.expiry);
    return st->run();
}

Status WorldWriter::write(const QuantRow &r)
{
    auto st = prepare("INSERT INTO quant(id, location_id, product_id, lot_id, package_id, qty) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(id) DO UPDATE SET "
                      "location_id = excluded.location_id, product_id = excluded.product_id, "
                      "lot_id = excluded.lot_id, package_id = excluded.package_id, qty = excluded.qty");
    if (!st)
        return st.error();
    st->bind(1, r.id).bind(2, r.locationId).bind(3, r.productId).bindIdOrNull(4, r.lotId).bindIdOrNull(5, r.packageId);
    return st->bind(6, r.qty).run();
}

Status WorldWriter::writePartner(qint64 id, const QString &name)
{
    auto st = prepare("INSERT INTO partner(id, name) VALUES (?1, ?2) "
                      "ON CONFLICT(id) DO UPDATE SET name = excluded.name");
    if (!st)
        return st.error();
    return st->bind(1, id).bind(2, name).run();
}

Status WorldWriter::write(const TransferRow &r)
{
    auto st = prepare(
        "INSERT INTO transfer(id, warehouse_id, kind, reference, partner_id, origin, state, scheduled, priority) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(id) DO UPDATE SET "
        "warehouse_id = excluded.warehouse_id, "
        "kind = excluded.kind, reference = excluded.reference, partner_id = excluded.partner_id, "
        "origin = excluded.origin, state = excluded.state, scheduled = excluded.scheduled, "
        "priority = excluded.priority");
    if (!st)
        return st.error();
    st->bind(1, r.id).bind(2, r.warehouseId).bind(3, r.kind).bind(4, r.reference).bindIdOrNull(5, r.partnerId);
    st->bind(6, r.origin).bind(7, r.state).bind(8, r.scheduled).bind(9, qint64(r.priority));
    return st->run();
}

Status WorldWriter::write(const TransferLineRow &r)
{
    auto st = prepare(
        "INSERT INTO transfer_line(id, transfer_id, seq, product_id, lot_id, from_location_id, to_location_id, "
        "qty_expected, qty_done) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(id) DO UPDATE SET "
        "transfer_id = excluded.transfer_id, seq = excluded.seq, product_id = excluded.product_id, "
        "lot_id = excluded.lot_id, from_location_id = excluded.from_location_id, "
        "to_location_id = excluded.to_location_id, qty_expected = excluded.qty_expected, qty_done = excluded.qty_done");
    if (!st)
        return st.error();
    st->bind(1, r.id).bind(2, r.transferId).bind(3, r.seq).bind(4, r.productId).bindIdOrNull(5, r.lotId);
    st->bindIdOrNull(6, r.fromLocationId).bindIdOrNull(7, r.toLocationId).bind(8, r.qtyExpected).bind(9, r.qtyDone);
    return st->run();
}

Status WorldWriter::write(const CountTaskRow &r)
{
    auto st = prepare("INSERT INTO count_task(id, warehouse_id, reference, kind, state) VALUES (?1, ?2, ?3, ?4, ?5) "
                      "ON CONFLICT(id) DO UPDATE SET warehouse_id = excluded.warehouse_id, "
                      "reference = excluded.reference, kind = excluded.kind, state = excluded.state");
    if (!st)
        return st.error();
    return st->bind(1, r.id).bind(2, r.warehouseId).bind(3, r.reference).bind(4, r.kind).bind(5, r.state).run();
}

Status WorldWriter::write(const CountLineRow &r)
{
    auto st = prepare("INSERT INTO count_line(id, task_id, location_id, product_id, lot_id) "
                      "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(id) DO UPDATE SET task_id = excluded.task_id, "
                      "location_id = excluded.location_id, product_id = excluded.product_id, lot_id = excluded.lot_id");
    if (!st)
        return st.error();
    return st->bind(1, r.id)
        .bind(2, r.taskId)
        .bind(3, r.locationId)
        .bindIdOrNull(4, r.productId)
        .bindIdOrNull(5, r.lotId)
        .run();
}

Status WorldWriter::write(const ReasonCodeRow &r)
{
    auto st = prepare("INSERT INTO reason_code(code, label, kind, labels) VALUES (?1, ?2, ?3, ?4) "
                      "ON CONFLICT(code) DO UPDATE SET label = excluded.label, kind = excluded.kind, "
                      "labels = excluded.labels");
    if (!st)
        return st.error();
    SH_TRY(st->bind(1, r.code).bind(2, r.label).bind(3, r.kind).bind(4, reasonLabelsJson(r.labels)).run());
    if (!r.noteRequired)
        return {};
    auto note = m_db.prepare("UPDATE reason_code SET note_required = 1 WHERE code = ?1");
    if (!note)
        return note.error();
    return note->bind(1, r.code).run();
}

Status WorldWriter::write(const AdjustmentRow &r)
{
    auto st = prepare(
        "INSERT INTO adjustment(id, count_line_id, location_id, product_id, lot_id, qty_book, qty_counted, state, "
        "reason_code, decided_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(id) DO UPDATE SET "
        "count_line_id = excluded.count_line_id, location_id = excluded.location_id, product_id = excluded.product_id, "
        "lot_id = excluded.lot_id, qty_book = excluded.qty_book, qty_counted = excluded.qty_counted, "
        "state = excluded.state, reason_code = excluded.reason_code, decided_by = excluded.decided_by");
    if (!st)
        return st.error();
    st->bind(1, r.id).bindIdOrNull(2, r.countLineId).bind(3, r.locationId).bind(4, r.productId);
    st->bindIdOrNull(5, r.lotId).bind(6, r.book).bind(7, r.counted).bind(8, r.state);
    if (r.reasonCode.isEmpty())
        st->bindNull(9);
    else
        st->bind(9, r.reasonCode);
    SH_TRY(st->bindIdOrNull(10, r.decidedBy).run());
    if (!r.countedBy && r.countedAt.isEmpty())
        return {};
    auto who = m_db.prepare("UPDATE adjustment SET counted_by = ?2, counted_at = ?3 WHERE id = ?1");
    if (!who)
        return who.error();
    who->bind(1, r.id).bindIdOrNull(2, r.countedBy);
    if (r.countedAt.isEmpty())
        who->bindNull(3);
    else
        who->bind(3, r.countedAt);
    return who->run();
}

Status WorldWriter::write(const UserRow &r)
{
    auto st = prepare(
        "INSERT INTO app_user(id, login, name, badge, pin_hash, pin_salt, pin_iterations, roles, warehouse_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(id) DO UPDATE SET login = excluded.login, "
        "name = excluded.name, badge = excluded.badge, pin_hash = excluded.pin_hash, pin_salt = excluded.pin_salt, "
        "pin_iterations = excluded.pin_iterations, roles = excluded.roles, warehouse_id = excluded.warehouse_id");
    if (!st)
        return st.error();
    st->bind(1, r.id).bind(2, r.login).bind(3, r.name).bind(4, r.badge).bindBlob(5, r.pinHash).bindBlob(6, r.pinSalt);
    return st->bind(7, r.pinIterations).bind(8, r.roles).bindIdOrNull(9, r.warehouseId).run();
}

} // namespace stockhand::store
