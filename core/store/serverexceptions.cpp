#include "store/serverexceptions.h"

namespace stockhand::store {

Result<std::optional<ServerException>> loadServerException(db::Database &db, qint64 exceptionId)
{
    auto st
        = db.prepare("SELECT id, ifnull(warehouse_id, 0), kind, state, ifnull(location_id, 0), ifnull(resolution, ''), "
                     "EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'resolve_exception' AND o.state <> 'rejected' "
                     "AND json_extract(o.payload, '$.exception_id') = exception.id) FROM exception WHERE id = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, exceptionId).step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ServerException>();
    ServerException e {
        st->int64(0), st->int64(1), st->text(2), st->text(3), st->int64(4), st->text(5), st->int64(6) != 0};
    st->reset();
    return std::optional<ServerException>(std::move(e));
}

Result<QList<ServerExceptionEntry>> serverExceptionEntries(db::Database &db, qint64 warehouseId, bool includeResolved)
{
    // The resolutions on their way are read once (not a payload scan per exception row).
    auto st = db.prepare(
        "WITH sent AS (SELECT DISTINCT json_extract(payload, '$.exception_id') AS id FROM outbox "
        "  WHERE kind = 'resolve_exception' AND state <> 'rejected') "
        "SELECT e.id, e.kind, e.message, e.created_at, e.state = 'open', ifnull(e.resolution, ''), "
        "  ifnull(e.resolution_note, ''), ifnull(r.name, ''), ifnull(e.resolved_at, ''), sent.id IS NOT NULL, "
        "  ifnull(e.device_id, ''), ifnull(u.name, ''), ifnull(e.qty, 0), ifnull(t.id, 0), ifnull(t.reference, ''), "
        "  ifnull(t.kind, ''), ifnull(l.id, 0), ifnull(l.barcode, ''), ifnull(l.name, ''), ifnull(l.zone, ''), "
        "  ifnull(p.id, 0), ifnull(p.sku, ''), ifnull(p.name, ''), ifnull(lot.name, '') "
        "FROM exception e LEFT JOIN app_user u ON u.id = e.user_id LEFT JOIN app_user r ON r.id = e.resolved_by "
        "LEFT JOIN transfer_line tl ON tl.id = e.transfer_line_id LEFT JOIN transfer t ON t.id = tl.transfer_id "
        "LEFT JOIN location l ON l.id = e.location_id "
        "LEFT JOIN product p ON p.id = coalesce(e.product_id, tl.product_id) LEFT JOIN lot ON lot.id = e.lot_id "
        "LEFT JOIN sent ON sent.id = e.id "
        "WHERE (?1 = 0 OR e.warehouse_id = ?1) AND (?2 OR e.state = 'open') ORDER BY e.id DESC");
    if (st)
        st->bind(1, warehouseId).bind(2, qint64(includeResolved ? 1 : 0));
    return db::allRows(st, [](db::Statement &s) {
        ServerExceptionEntry e;
        e.id = s.int64(0);
        e.kind = s.text(1);
        e.message = s.text(2);
        e.createdAt = s.text(3);
        e.open = s.int64(4) != 0;
        e.resolution = s.text(5);
        e.resolutionNote = s.text(6);
        e.resolvedByName = s.text(7);
        e.resolvedAt = s.text(8);
        e.resolvedHere = s.int64(9) != 0;
        e.deviceId = s.text(10);
        e.userName = s.text(11);
        e.qty = s.int64(12);
        e.transferId = s.int64(13);
        e.transferReference = s.text(14);
        e.transferKind = s.text(15);
        e.locationId = s.int64(16);
        e.locationBarcode = s.text(17);
        e.locationName = s.text(18);
        e.zone = s.text(19);
        e.productId = s.int64(20);
        e.sku = s.text(21);
        e.productName = s.text(22);
        e.lotName = s.text(23);
        return e;
    });
}

} // namespace stockhand::store
