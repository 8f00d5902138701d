// approve_adjustment, reject_adjustment, request_recount: a supervisor decides on a count variance.
#include "ops/opcontext.h"

namespace stockhand::server {

namespace {

struct Adjustment
{
    qint64 id = 0;
    qint64 countLineId = 0;
    qint64 locationId = 0;
    qint64 productId = 0;
    qint64 lotId = 0;
    Milli book = 0;
    Milli counted = 0;
};

Result<Adjustment> pendingAdjustment(OpContext &ctx)
{
    auto id = ctx.requireId("adjustment_id");
    if (!id)
        return id.error();
    auto st = ctx.db.prepare("SELECT a.id, ifnull(a.count_line_id, 0), a.location_id, a.product_id, "
                             "ifnull(a.lot_id, 0), a.qty_book, a.qty_counted, a.state, l.warehouse_id "
                             "FROM adjustment a JOIN location l ON l.id = a.location_id WHERE a.id = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, id.value()).step();
    if (!row)
        return row.error();
    if (!row.value() || st->int64(8) != ctx.device.warehouseId)
        return ctx.reject(
            "op.unknown-adjustment", QStringLiteral("Adjustment %1 is not in this warehouse.").arg(id.value()));
    if (st->text(7) != QLatin1String("pending"))
        return ctx.reject(
            "op.adjustment-decided", QStringLiteral("Adjustment %1 is already %2.").arg(id.value()).arg(st->text(7)));
    return Adjustment {
        st->int64(0), st->int64(1), st->int64(2), st->int64(3), st->int64(4), st->int64(5), st->int64(6)};
}

Status decide(OpContext &ctx, qint64 adjustmentId, const char *state, const QString &reason)
{
    auto st = ctx.db.prepare("UPDATE adjustment SET state = ?2, reason_code = ?3, decided_by = ?4 WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, adjustmentId).bind(2, state);
    if (reason.isEmpty())
        st->bindNull(3);
    else
        st->bind(3, reason);
    return st->bindIdOrNull(4, ctx.user.id).run();
}

} // namespace

Status applyApproveAdjustment(OpContext &ctx)
{
    auto adj = pendingAdjustment(ctx);
    SH_TRY(adj);
    auto reason = ctx.requireString("reason_code");
    SH_TRY(reason);
    SH_TRY(ctx.requireReason(reason.value(), "adjustment"));
    SH_TRY(decide(ctx, adj->id, "approved", reason.value()));
    // The variance is applied to today's book: moves since the count stay in.
    const Milli variance = adj->counted - adj->book;
    MoveSpec m;
    m.kind = QStringLiteral("adjustment");
    m.productId = adj->productId;
    m.lotId = adj->lotId;
    m.fromLocationId = variance < 0 ? adj->locationId : 0;
    m.toLocationId = variance > 0 ? adj->locationId : 0;
    m.qty = variance < 0 ? -variance : variance;
    m.reasonCode = reason.value();
    m.adjustmentId = adj->id;
    return Status::from(ctx.postMove(m));
}

Status applyRejectAdjustment(OpContext &ctx)
{
    auto adj = pendingAdjustment(ctx);
    SH_TRY(adj);
    const QString reason = ctx.optionalString("reason_code");
    if (!reason.isEmpty())
        SH_TRY(ctx.requireReason(reason, "adjustment"));
    return decide(ctx, adj->id, "rejected", reason);
}

Status applyRequestRecount(OpContext &ctx)
{
    qint64 locationId = 0, productId = 0, lotId = 0;
    if (ctx.op.payload.contains(QStringLiteral("adjustment_id"))) {
        auto adj = pendingAdjustment(ctx);
        SH_TRY(adj);
        locationId = adj->locationId;
        productId = adj->productId;
        lotId = adj->lotId;
        SH_TRY(decide(ctx, adj->id, "rejected", QString())); // superseded by the recount
    } else {
        auto loc = ctx.requireId("location_id");
        SH_TRY(loc);
        auto prod = ctx.optionalId("product_id");
        SH_TRY(prod);
        SH_TRY(ctx.requireLocation(loc.value()));
        if (prod.value())
            SH_TRY(ctx.requireProduct(prod.value()));
        locationId = loc.value();
        productId = prod.value();
    }
    auto task = ctx.db.prepare("INSERT INTO count_task(warehouse_id, reference, kind) VALUES (?1, ?2, 'recount')");
    if (!task)
        return task.error();
    SH_TRY(task->bind(1, ctx.device.warehouseId).bind(2, QStringLiteral("RC-%1").arg(ctx.opId)).run());
    const qint64 taskId = ctx.db.lastInsertRowId();
    auto line
        = ctx.db.prepare("INSERT INTO count_line(task_id, location_id, product_id, lot_id) VALUES (?1, ?2, ?3, ?4)");
    if (!line)
        return line.error();
    SH_TRY(line->bind(1, taskId).bind(2, locationId).bindIdOrNull(3, productId).bindIdOrNull(4, lotId).run());
    ctx.result.insert(QStringLiteral("count_task_id"), taskId);
    return {};
}

} // namespace stockhand::server
