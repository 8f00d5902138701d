// approve_adjustment, reject_adjustment, request_recount: a supervisor decides on a count variance.
#include "ops/opcontext.h"

namespace stockhand::server {

namespace {

using Adjustment = storage::AdjustmentRecord;

Result<Adjustment> pendingAdjustment(OpContext &ctx)
{
    auto id = ctx.requireId("adjustment_id");
    if (!id)
        return id.error();
    auto adj = ctx.books.adjustment(id.value());
    if (!adj)
        return adj.error();
    if (!adj.value() || adj.value()->warehouseId != ctx.device.warehouseId)
        return ctx.reject(
            "op.unknown-adjustment", QStringLiteral("Adjustment %1 is not in this warehouse.").arg(id.value()));
    if (adj.value()->state != QLatin1String("pending"))
        return ctx.reject("op.adjustment-decided",
            QStringLiteral("Adjustment %1 is already %2.").arg(id.value()).arg(adj.value()->state));
    return *adj.value();
}

Status decide(OpContext &ctx, qint64 adjustmentId, const char *state, const QString &reason)
{
    return ctx.books.decideAdjustment(adjustmentId, QLatin1String(state), reason, ctx.user.id);
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
    auto task = ctx.books.createRecountTask(
        ctx.device.warehouseId, QStringLiteral("RC-%1").arg(ctx.opId), locationId, productId, lotId);
    SH_TRY(task);
    const qint64 taskId = task.value();
    ctx.result.insert(QStringLiteral("count_task_id"), taskId);
    return {};
}

} // namespace stockhand::server
