#include "store/exceptionview.h"

namespace stockhand::store {

Result<QList<ExceptionEntry>> exceptionEntries(db::Database &db, bool includeResolved, int limit)
{
    // What the operation was about comes from its payload (core/ops): a line names its transfer, a move
    // its source, a decision its adjustment.
    auto st = db.prepare(
        "WITH x AS (SELECT e.id, ifnull(e.op_seq, 0) AS seq, ifnull(o.kind, '') AS kind, e.code, e.message, "
        "  e.created_local, e.resolved, o.user_id, "
        "  json_extract(o.payload, '$.transfer_id') AS tid, json_extract(o.payload, '$.transfer_line_id') AS lineid, "
        "  coalesce(json_extract(o.payload, '$.location_id'), json_extract(o.payload, '$.from_location_id')) AS lid, "
        "  json_extract(o.payload, '$.product_id') AS pid, json_extract(o.payload, '$.adjustment_id') AS aid "
        "  FROM device_exception e LEFT JOIN outbox o ON o.seq = e.op_seq "
        "  WHERE ?1 OR e.resolved = 0 ORDER BY e.id DESC LIMIT ?2) "
        "SELECT x.id, x.seq, x.kind, x.code, x.message, x.created_local, x.resolved, ifnull(u.name, ''), "
        "  ifnull(t.id, 0), ifnull(t.reference, ''), ifnull(t.kind, ''), ifnull(l.id, 0), ifnull(l.barcode, ''), "
        "  ifnull(l.name, ''), ifnull(l.zone, ''), ifnull(p.id, 0), ifnull(p.sku, ''), ifnull(p.name, ''), "
        "  ifnull(x.aid, 0), ifnull(x.user_id, 0) "
        "FROM x LEFT JOIN app_user u ON u.id = x.user_id LEFT JOIN transfer_line tl ON tl.id = x.lineid "
        "LEFT JOIN adjustment a ON a.id = x.aid "
        "LEFT JOIN transfer t ON t.id = coalesce(x.tid, tl.transfer_id) "
        "LEFT JOIN location l ON l.id = coalesce(x.lid, a.location_id) "
        "LEFT JOIN product p ON p.id = coalesce(x.pid, a.product_id, tl.product_id) ORDER BY x.id DESC");
    if (st)
        st->bind(1, qint64(includeResolved ? 1 : 0)).bind(2, qint64(limit));
    return db::allRows(st, [](db::Statement &s) {
        ExceptionEntry e;
        e.id = s.int64(0);
        e.opSeq = s.int64(1);
        e.opKind = s.text(2);
        e.code = s.text(3);
        e.message = s.text(4);
        e.createdLocal = s.text(5);
        e.resolved = s.int64(6) != 0;
        e.userName = s.text(7);
        e.transferId = s.int64(8);
        e.transferReference = s.text(9);
        e.transferKind = s.text(10);
        e.locationId = s.int64(11);
        e.locationBarcode = s.text(12);
        e.locationName = s.text(13);
        e.zone = s.text(14);
        e.productId = s.int64(15);
        e.sku = s.text(16);
        e.productName = s.text(17);
        e.adjustmentId = s.int64(18);
        e.userId = s.int64(19);
        return e;
    });
}

} // namespace stockhand::store
