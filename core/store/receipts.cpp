#include "store/receipts.h"

#include "store/catalog.h"

#include <QHash>

// Receipts this device has already validated are no longer expected, even before the server says so.
#define SH_VALIDATED_HERE                                                                                              \
    "EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'validate_transfer' "                                               \
    "AND o.state != 'rejected' AND json_extract(o.payload, '$.transfer_id') = t.id)"

namespace stockhand::store {

namespace {

// `text` for a LIKE pattern with '\' as the escape character.
QString likeEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

// This device's short reports (report_discrepancy, not rejected) per line of a receipt.
Result<QHash<qint64, Milli>> shortReports(db::Database &db, qint64 transferId)
{
    auto st = db.prepare("SELECT json_extract(o.payload, '$.transfer_line_id'), json_extract(o.payload, '$.qty') "
                         "FROM outbox o JOIN transfer_line l ON l.id = json_extract(o.payload, '$.transfer_line_id') "
                         "WHERE o.kind = 'report_discrepancy' AND o.state != 'rejected' AND l.transfer_id = ?1");
    if (st)
        st->bind(1, transferId);
    auto rows = db::allRows(st, [](db::Statement &s) {
        return std::pair<qint64, Milli> {s.int64(0), parseQuantity(s.text(1)).value_or(0)};
    });
    if (!rows)
        return rows.error();
    QHash<qint64, Milli> out;
    for (const auto &[line, qty] : *rows)
        out[line] += qty;
    return out;
}

} // namespace

Result<QList<ReceiptRow>> expectedReceipts(db::Database &db, qint64 warehouseId, const ReceiptSearch &search, int limit)
{
    auto st = db.prepare(
        "SELECT t.id, t.reference, ifnull(t.origin, ''), ifnull(p.name, ''), ifnull(t.scheduled, ''), "
        "(SELECT count(*) FROM transfer_line WHERE transfer_id = t.id), "
        "(SELECT count(*) FROM transfer_line_view v WHERE v.transfer_id = t.id AND v.qty_done_view < v.qty_expected), "
        "(SELECT ifnull(sum(qty_expected), 0) FROM transfer_line WHERE transfer_id = t.id), "
        "(SELECT ifnull(sum(min(max(v.qty_done_view, 0), v.qty_expected)), 0) FROM transfer_line_view v "
        "WHERE v.transfer_id = t.id) "
        "FROM transfer t LEFT JOIN partner p ON p.id = t.partner_id "
        "WHERE t.warehouse_id = ?1 AND t.kind = 'receipt' AND t.state IN ('open', 'in_progress') "
        "AND NOT " SH_VALIDATED_HERE " "
        "AND (?2 = '' OR t.reference LIKE ?3 ESCAPE '\\' OR t.origin LIKE ?3 ESCAPE '\\' "
        "OR p.name LIKE ?4 ESCAPE '\\' OR EXISTS (SELECT 1 FROM transfer_line l JOIN product pr "
        "ON pr.id = l.product_id WHERE l.transfer_id = t.id AND (pr.sku LIKE ?3 ESCAPE '\\' "
        "OR pr.name LIKE ?4 ESCAPE '\\'))) "
        "AND (?5 = 0 OR EXISTS (SELECT 1 FROM transfer_line l WHERE l.transfer_id = t.id AND l.product_id = ?5)) "
        "ORDER BY t.scheduled, t.reference LIMIT ?6");
    if (st) {
        const QString text = search.text.trimmed();
        const QString escaped = likeEscaped(text);
        st->bind(1, warehouseId)
            .bind(2, text)
            .bind(3, escaped + u'%')
            .bind(4, u'%' + escaped + u'%')
            .bind(5, search.productId)
            .bind(6, limit);
    }
    return db::allRows(st, [](db::Statement &s) {
        return ReceiptRow {
            s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.int64(5), s.int64(6), s.int64(7), s.int64(8)};
    });
}

Result<std::optional<ReceiptHeader>> receiptHeader(db::Database &db, qint64 transferId)
{
    auto st = db.prepare("SELECT t.id, t.warehouse_id, t.reference, ifnull(t.origin, ''), ifnull(p.name, ''), "
                         "ifnull(t.scheduled, ''), t.state, " SH_VALIDATED_HERE ", "
                         "ifnull((SELECT to_location_id FROM transfer_line WHERE transfer_id = t.id "
                         "AND to_location_id IS NOT NULL ORDER BY seq, id LIMIT 1), 0) "
                         "FROM transfer t LEFT JOIN partner p ON p.id = t.partner_id "
                         "WHERE t.id = ?1 AND t.kind = 'receipt'");
    if (st)
        st->bind(1, transferId);
    auto header = db::firstRow(st, [](db::Statement &s) {
        ReceiptHeader h;
        h.id = s.int64(0);
        h.warehouseId = s.int64(1);
        h.reference = s.text(2);
        h.origin = s.text(3);
        h.supplier = s.text(4);
        h.scheduled = s.text(5);
        h.state = s.text(6);
        h.validatedHere = s.int64(7) != 0;
        h.dockLocationId = s.int64(8);
        return h;
    });
    if (!header || !*header)
        return header;
    ReceiptHeader &h = **header;
    if (!h.dockLocationId) {
        auto dock = receivingLocation(db, h.warehouseId);
        if (!dock)
            return dock.error();
        h.dockLocationId = *dock;
    }
    auto quarantine = quarantineLocation(db, h.warehouseId);
    if (!quarantine)
        return quarantine.error();
    h.quarantineLocationId = *quarantine;
    return header;
}

Result<QList<ReceiptLine>> receiptLines(db::Database &db, qint64 transferId)
{
    auto shorts = shortReports(db, transferId);
    if (!shorts)
        return shorts.error();
    auto st = db.prepare("SELECT l.id, l.seq, l.product_id, p.sku, p.name, p.uom, p.tracking, ifnull(lot.name, ''), "
                         "l.qty_expected, l.qty_done, l.qty_done_view - l.qty_done FROM transfer_line_view l "
                         "JOIN product p ON p.id = l.product_id LEFT JOIN lot ON lot.id = l.lot_id "
                         "WHERE l.transfer_id = ?1 ORDER BY l.seq, l.id");
    if (st)
        st->bind(1, transferId);
    return db::allRows(st, [&](db::Statement &s) {
        ReceiptLine l;
        l.id = s.int64(0);
        l.seq = int(s.int64(1));
        l.productId = s.int64(2);
        l.sku = s.text(3);
        l.productName = s.text(4);
        l.uom = s.text(5);
        l.tracking = s.text(6);
        l.lotName = s.text(7);
        l.expected = s.int64(8);
        l.receivedServer = s.int64(9);
        l.receivedPending = s.int64(10);
        l.reportedShort = shorts->value(l.id);
        return l;
    });
}

Result<qint64> productIdBySku(db::Database &db, const QString &sku)
{
    // As typed, else in capitals (SKUs are printed so): two lookups of the unique index.
    auto st = db.prepare("SELECT id FROM product WHERE sku IN (?1, ?2) ORDER BY sku = ?1 DESC LIMIT 1");
    if (st)
        st->bind(1, sku.trimmed()).bind(2, sku.trimmed().toUpper());
    auto id = db::firstRow(st, [](db::Statement &s) { return s.int64(0); });
    if (!id)
        return id.error();
    return id->value_or(0);
}

#undef SH_VALIDATED_HERE

} // namespace stockhand::store
