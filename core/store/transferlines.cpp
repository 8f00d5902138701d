#include "store/transferlines.h"

#include <set>

namespace stockhand::store {

namespace {

Result<std::set<qint64>> shortLines(db::Database &db, qint64 transferId)
{
    auto st = db.prepare("SELECT DISTINCT json_extract(o.payload, '$.transfer_line_id') FROM outbox o "
                         "JOIN transfer_line l ON l.id = json_extract(o.payload, '$.transfer_line_id') "
                         "WHERE o.kind = 'short_pick' AND o.state != 'rejected' AND l.transfer_id = ?1");
    if (!st)
        return st.error();
    st->bind(1, transferId);
    std::set<qint64> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.insert(st->int64(0));
    }
    return out;
}

} // namespace

Result<QList<TransferLine>> loadTransferLines(db::Database &db, qint64 transferId, bool pickOrder)
{
    auto shorts = shortLines(db, transferId);
    if (!shorts)
        return shorts.error();
    auto st = db.prepare(
        "SELECT l.id, l.transfer_id, l.product_id, ifnull(l.lot_id, 0), ifnull(l.from_location_id, 0), "
        "ifnull(l.to_location_id, 0), p.sku, p.name, p.uom, p.tracking, ifnull(fl.name, ''), ifnull(fl.barcode, ''), "
        "ifnull(tl.name, ''), ifnull(tl.barcode, ''), ifnull(lot.name, ''), l.qty_expected, l.qty_done_view, "
        "t.reference, ifnull(fl.pick_seq, 0) FROM transfer_line_view l JOIN transfer t ON t.id = l.transfer_id "
        "JOIN product p ON p.id = l.product_id "
        "LEFT JOIN location fl ON fl.id = l.from_location_id LEFT JOIN location tl ON tl.id = l.to_location_id "
        "LEFT JOIN lot ON lot.id = l.lot_id WHERE l.transfer_id = ?1 "
        "ORDER BY CASE WHEN ?2 THEN ifnull(fl.pick_seq, 0) ELSE 0 END, l.seq, l.id");
    if (!st)
        return st.error();
    st->bind(1, transferId).bind(2, pickOrder ? 1 : 0);
    QList<TransferLine> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        TransferLine l;
        l.id = st->int64(0);
        l.transferId = st->int64(1);
        l.productId = st->int64(2);
        l.lotId = st->int64(3);
        l.fromLocationId = st->int64(4);
        l.toLocationId = st->int64(5);
        l.sku = st->text(6);
        l.productName = st->text(7);
        l.uom = st->text(8);
        l.tracking = st->text(9);
        l.fromName = st->text(10);
        l.fromBarcode = st->text(11);
        l.toName = st->text(12);
        l.toBarcode = st->text(13);
        l.lotName = st->text(14);
        l.expected = st->int64(15);
        l.done = st->int64(16);
        l.reference = st->text(17);
        l.pickSeq = st->int64(18);
        if (l.done >= l.expected)
            l.state = TransferLine::State::Done;
        else if (shorts->count(l.id))
            l.state = TransferLine::State::Short;
        out.append(l);
    }
    return out;
}

Result<std::optional<TransferHeader>> loadTransfer(db::Database &db, qint64 transferId)
{
    auto st = db.prepare("SELECT t.id, t.kind, t.reference, ifnull(t.origin, ''), ifnull(p.name, ''), t.state, "
                         "t.warehouse_id FROM transfer t LEFT JOIN partner p ON p.id = t.partner_id WHERE t.id = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, transferId).step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<TransferHeader>();
    return std::optional<TransferHeader>(
        TransferHeader {st->int64(0), st->text(1), st->text(2), st->text(3), st->text(4), st->text(5), st->int64(6)});
}

Result<qint64> findOpenReceipt(db::Database &db, qint64 warehouseId, const QString &origin)
{
    auto st = db.prepare("SELECT id FROM transfer WHERE origin = ?1 AND kind = 'receipt' AND "
                         "warehouse_id = ?2 AND state IN ('open', 'in_progress') ORDER BY id LIMIT 1");
    if (!st)
        return st.error();
    auto row = st->bind(1, origin).bind(2, warehouseId).step();
    if (!row)
        return row.error();
    return *row ? st->int64(0) : qint64(0);
}

} // namespace stockhand::store
