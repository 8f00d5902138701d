#include "store/adjustments.h"

namespace stockhand::store {

Result<std::optional<AdjustmentInfo>> loadAdjustment(db::Database &db, qint64 adjustmentId)
{
    auto st = db.prepare(
        "SELECT a.id, loc.warehouse_id, a.location_id, a.product_id, ifnull(a.lot_id, 0), a.qty_book, "
        "a.qty_counted, a.state FROM adjustment a JOIN location loc ON loc.id = a.location_id WHERE a.id = ?1");
    if (st)
        st->bind(1, adjustmentId);
    auto adj = db::firstRow(st, [](db::Statement &s) {
        return AdjustmentInfo {
            s.int64(0), s.int64(1), s.int64(2), s.int64(3), s.int64(4), s.int64(5), s.int64(6), s.text(7)};
    });
    if (!adj || !*adj)
        return adj;
    auto decided = db.prepare("SELECT count(*) FROM outbox WHERE kind IN ('approve_adjustment', "
                              "'reject_adjustment', 'request_recount') AND state != 'rejected' "
                              "AND json_extract(payload, '$.adjustment_id') = ?1");
    if (decided)
        decided->bind(1, adjustmentId);
    auto n = db::firstRow(decided, [](db::Statement &s) { return s.int64(0); });
    if (!n)
        return n.error();
    (*adj)->decidedHere = n->value_or(0) > 0;
    return adj;
}

} // namespace stockhand::store
