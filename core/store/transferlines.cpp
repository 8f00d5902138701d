#include "store/transferlines.h"

#include <set>

namespace stockhand::store {

namespace {

// The columns of a line as readLine reads them; the statements add their WHERE and ORDER BY.
#define STOCKHAND_LINE_SELECT                                                                                          \
    "SELECT l.id, l.transfer_id, l.seq, l.product_id, ifnull(l.lot_id, 0), ifnull(l.from_location_id, 0), "            \
    "ifnull(l.to_location_id, 0), p.sku, p.name, p.uom, p.tracking, ifnull(fl.name, ''), ifnull(fl.barcode, ''), "     \
    "ifnull(tl.name, ''), ifnull(tl.barcode, ''), ifnull(lot.name, ''), l.qty_expected, l.qty_done_view, "             \
    "t.reference, ifnull(fl.pick_seq, 0) FROM transfer_line_view l JOIN transfer t ON t.id = l.transfer_id "           \
    "JOIN product p ON p.id = l.product_id "                                                                           \
    "LEFT JOIN location fl ON fl.id = l.from_location_id LEFT JOIN location tl ON tl.id = l.to_location_id "           \
    "LEFT JOIN lot ON lot.id = l.lot_id "

// A line of STOCKHAND_LINE_SELECT; Done when complete, else Short when `isShort(id)`.
template<typename IsShort> TransferLine readLine(db::Statement &st, IsShort isShort)
{
    TransferLine l;
    l.id = st.int64(0);
    l.transferId = st.int64(1);
    l.seq = st.int64(2);
    l.productId = st.int64(3);
    l.lotId = st.int64(4);
    l.fromLocationId = st.int64(5);
    l.toLocationId = st.int64(6);
    l.sku = st.text(7);
    l.productName = st.text(8);
    l.uom = st.text(9);
    l.tracking = st.text(10);
    l.fromName = st.text(11);
    l.fromBarcode = st.text(12);
    l.toName = st.text(13);
    l.toBarcode = st.text(14);
    l.lotName = st.text(15);
    l.qtyExpected = st.int64(16);
    l.qtyDone = st.int64(17);
    l.reference = st.text(18);
    l.pickSeq = st.int64(19);
    if (l.qtyDone >= l.qtyExpected)
        l.state = TransferLine::State::Done;
    else if (isShort(l.id))
        l.state = TransferLine::State::Short;
    return l;
}

Result<std::set<qint64>> shortLines(db::Database &db, qint64 transferId)
{
    auto st = db.prepare("SELECT DISTINCT json_extract(o.payload, '$.transfer_line_id') FROM outbox o "
                         "JOIN transfer_line l ON l.id = json_extract(o.payload, '$.transfer_line_id') "
                         "WHERE o.kind = 'short_pick' AND o.state != 'rejected' AND l.transfer_id = ?1");
    if (st)
        st->bind(1, transferId);
    auto ids = db::allRows(st, [](db::Statement &s) { return s.int64(0); });
    if (!ids)
        return ids.error();
    return std::set<qint64>(ids->cbegin(), ids->cend());
}

// Whether an unrejected short_pick of this line is in the outbox.
Result<bool> shortPicked(db::Database &db, qint64 lineId)
{
    auto st = db.prepare("SELECT count(*) FROM outbox WHERE kind = 'short_pick' AND state != 'rejected' "
                         "AND json_extract(payload, '$.transfer_line_id') = ?1");
    if (st)
        st->bind(1, lineId);
    auto n = db::firstRow(st, [](db::Statement &s) { return s.int64(0); });
    if (!n)
        return n.error();
    return n->value_or(0) > 0;
}

} // namespace

Result<QList<TransferLine>> loadTransferLines(db::Database &db, qint64 transferId, bool pickOrder)
{
    auto shorts = shortLines(db, transferId);
    if (!shorts)
        return shorts.error();
    auto st
        = db.prepare(STOCKHAND_LINE_SELECT "WHERE l.transfer_id = ?1 "
                                           "ORDER BY CASE WHEN ?2 THEN ifnull(fl.pick_seq, 0) ELSE 0 END, l.seq, l.id");
    if (st)
        st->bind(1, transferId).bind(2, pickOrder ? 1 : 0);
    return db::allRows(
        st, [&](db::Statement &s) { return readLine(s, [&](qint64 id) { return shorts->count(id) > 0; }); });
}

Result<std::optional<TransferLine>> loadTransferLine(db::Database &db, qint64 lineId)
{
    auto isShort = shortPicked(db, lineId);
    if (!isShort)
        return isShort.error();
    auto st = db.prepare(STOCKHAND_LINE_SELECT "WHERE l.id = ?1");
    if (st)
        st->bind(1, lineId);
    return db::firstRow(st, [&](db::Statement &s) { return readLine(s, [&](qint64) { return *isShort; }); });
}

#undef STOCKHAND_LINE_SELECT

Result<std::optional<TransferHeader>> loadTransfer(db::Database &db, qint64 transferId)
{
    auto st = db.prepare("SELECT t.id, t.kind, t.reference, ifnull(t.origin, ''), ifnull(p.name, ''), t.state, "
                         "t.warehouse_id FROM transfer t LEFT JOIN partner p ON p.id = t.partner_id WHERE t.id = ?1");
    if (st)
        st->bind(1, transferId);
    return db::firstRow(st, [](db::Statement &s) {
        return TransferHeader {s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.int64(6)};
    });
}

Result<qint64> findOpenReceipt(db::Database &db, qint64 warehouseId, const QString &origin)
{
    auto st = db.prepare("SELECT id FROM transfer WHERE origin = ?1 AND kind = 'receipt' AND "
                         "warehouse_id = ?2 AND state IN ('open', 'in_progress') ORDER BY id LIMIT 1");
    if (st)
        st->bind(1, origin).bind(2, warehouseId);
    auto id = db::firstRow(st, [](db::Statement &s) { return s.int64(0); });
    if (!id)
        return id.error();
    return id->value_or(0);
}

} // namespace stockhand::store
