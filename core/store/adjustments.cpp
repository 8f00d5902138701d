#include "store/adjustments.h"

#include <QHash>

#include <algorithm>
#include <utility>

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

namespace {

using PlaceKey = std::pair<qint64, std::pair<qint64, qint64>>; // location, (product, lot)

struct PlaceCount
{
    PlaceKey key;
    SamePlaceCount count;
};

// The latest decision of this device per adjustment, from the outbox (in device order).
Result<QHash<qint64, AdjustmentDecision>> decisions(db::Database &db)
{
    auto st = db.prepare("SELECT json_extract(payload, '$.adjustment_id'), kind, state, ifnull(error_message, '') "
                         "FROM outbox WHERE kind IN ('approve_adjustment', 'reject_adjustment', 'request_recount') "
                         "AND json_extract(payload, '$.adjustment_id') IS NOT NULL ORDER BY seq");
    auto rows = db::allRows(st, [](db::Statement &s) {
        return std::pair<qint64, AdjustmentDecision> {s.int64(0), {s.text(1), s.text(2), s.text(3)}};
    });
    if (!rows)
        return rows.error();
    QHash<qint64, AdjustmentDecision> out;
    for (auto &[id, d] : *rows)
        out.insert(id, d);
    return out;
}

} // namespace

Result<QList<PendingAdjustment>> pendingAdjustments(db::Database &db, qint64 warehouseId)
{
    auto st = db.prepare(
        "SELECT a.id, a.location_id, a.product_id, ifnull(a.lot_id, 0), loc.barcode, loc.name, ifnull(loc.zone, ''), "
        "p.sku, p.name, p.uom, p.unit_value_cents, ifnull(lot.name, ''), a.qty_book, a.qty_counted, "
        "ifnull((SELECT sum(q.qty) FROM quant q WHERE q.location_id = a.location_id AND q.product_id = a.product_id "
        "        AND ifnull(q.lot_id, 0) = ifnull(a.lot_id, 0)), 0) "
        "+ ifnull((SELECT sum(e.delta) FROM active_effect e WHERE e.target = 'quant' AND e.location_id = a.location_id "
        "          AND e.product_id = a.product_id AND ifnull(e.lot_id, 0) = ifnull(a.lot_id, 0)), 0), "
        "ifnull(cu.name, ''), ifnull(tu.name, ''), ifnull(a.counted_at, ''), ifnull(ct.kind, '') "
        "FROM adjustment a JOIN location loc ON loc.id = a.location_id JOIN product p ON p.id = a.product_id "
        "LEFT JOIN lot ON lot.id = a.lot_id LEFT JOIN count_line cl ON cl.id = a.count_line_id "
        "LEFT JOIN count_task ct ON ct.id = cl.task_id LEFT JOIN app_user cu ON cu.id = a.counted_by "
        "LEFT JOIN app_user tu ON tu.id = ct.assigned_user_id "
        "WHERE a.state = 'pending' AND (?1 = 0 OR loc.warehouse_id = ?1) ORDER BY loc.barcode, p.sku, a.id");
    if (st)
        st->bind(1, warehouseId);
    auto rows = db::allRows(st, [](db::Statement &s) {
        PendingAdjustment a;
        a.id = s.int64(0);
        a.locationId = s.int64(1);
        a.productId = s.int64(2);
        a.lotId = s.int64(3);
        a.locationBarcode = s.text(4);
        a.locationName = s.text(5);
        a.zone = s.text(6);
        a.sku = s.text(7);
        a.productName = s.text(8);
        a.uom = s.text(9);
        a.unitValueCents = s.int64(10);
        a.lotName = s.text(11);
        a.book = s.int64(12);
        a.counted = s.int64(13);
        a.onHandNow = s.int64(14);
        a.countedBy = s.text(15);
        if (a.countedBy.isEmpty()) {
            a.countedBy = s.text(16);
            a.countedByAssignee = !a.countedBy.isEmpty();
        }
        a.countedAt = s.text(17);
        a.recount = s.text(18) == u"recount";
        return a;
    });
    if (!rows || rows->isEmpty())
        return rows;

    auto decided = decisions(db);
    if (!decided)
        return decided.error();
    QHash<PlaceKey, QList<SamePlaceCount>> byPlace;
    for (const PendingAdjustment &a : std::as_const(*rows))
        byPlace[PlaceKey {a.locationId, {a.productId, a.lotId}}].append({a.id, a.counted, QStringLiteral("pending")});
    // Decided counts of the same places (a recount request rejects the count it supersedes).
    auto others = db.prepare("SELECT id, location_id, product_id, ifnull(lot_id, 0), qty_counted, state "
                             "FROM adjustment WHERE state != 'pending'");
    auto decidedRows = db::allRows(others, [](db::Statement &s) {
        return PlaceCount {{s.int64(1), {s.int64(2), s.int64(3)}}, {s.int64(0), s.int64(4), s.text(5)}};
    });
    if (!decidedRows)
        return decidedRows.error();
    for (const PlaceCount &c : std::as_const(*decidedRows)) {
        auto it = byPlace.find(c.key);
        if (it != byPlace.end())
            it->append(c.count);
    }
    for (PendingAdjustment &a : *rows) {
        a.decision = decided->value(a.id);
        const QList<SamePlaceCount> &all = byPlace.value(PlaceKey {a.locationId, {a.productId, a.lotId}});
        if (all.size() < 2)
            continue;
        for (const SamePlaceCount &c : all) {
            if (c.adjustmentId != a.id)
                a.samePlace.append(c);
        }
        std::sort(a.samePlace.begin(), a.samePlace.end(),
            [](const SamePlaceCount &x, const SamePlaceCount &y) { return x.adjustmentId < y.adjustmentId; });
    }
    return rows;
}

Result<std::optional<bool>> adjustmentReasonNeedsNote(db::Database &db, const QString &code)
{
    auto st = db.prepare("SELECT note_required FROM reason_code WHERE code = ?1 AND kind = 'adjustment'");
    if (st)
        st->bind(1, code);
    return db::firstRow(st, [](db::Statement &s) { return s.int64(0) != 0; });
}

Result<QList<CountPolicyRow>> countPolicies(db::Database &db, qint64 warehouseId)
{
    auto st
        = db.prepare("SELECT ifnull(warehouse_id, 0), ifnull(user_group, ''), max_qty, max_percent, max_value_cents "
                     "FROM count_policy WHERE warehouse_id IS NULL OR warehouse_id = ?1 "
                     "ORDER BY warehouse_id IS NULL, user_group IS NULL, user_group");
    if (st)
        st->bind(1, warehouseId);
    return db::allRows(st, [](db::Statement &s) {
        return CountPolicyRow {s.int64(0), s.text(1), s.int64(2), s.real(3), s.int64(4)};
    });
}

Result<std::optional<qint64>> approvalLimitCents(db::Database &db, qint64 userId)
{
    auto st = db.prepare("SELECT approval_limit_cents FROM user_policy WHERE user_id = ?1 "
                         "AND approval_limit_cents IS NOT NULL");
    if (st)
        st->bind(1, userId);
    return db::firstRow(st, [](db::Statement &s) { return s.int64(0); });
}

} // namespace stockhand::store
