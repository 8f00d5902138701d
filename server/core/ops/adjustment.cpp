// approve_adjustment, reject_adjustment, request_recount: a supervisor decides on a count variance.
#include "ops/opcontext.h"

namespace stockhand::server {

namespace {

using Adjustment = storage::AdjustmentRecord;

Result<Adjustment> pendingAdjustment(OpContext &ctx, qint64 id)
{
    auto adj = ctx.books.adjustment(id);
    if (!adj)
        return adj.error();
    if (!adj.value() || adj.value()->warehouseId != ctx.device.warehouseId)
        return ctx.reject("op.unknown-adjustment", QStringLiteral("Adjustment %1 is not in this warehouse.").arg(id));
    if (adj.value()->state != QLatin1String("pending"))
        return ctx.reject(
            "op.adjustment-decided", QStringLiteral("Adjustment %1 is already %2.").arg(id).arg(adj.value()->state));
    return *adj.value();
}

Status decide(OpContext &ctx, qint64 adjustmentId, const char *state, const QString &reason)
{
    return ctx.books.decideAdjustment(adjustmentId, QLatin1String(state), reason, ctx.user.id);
}

} // namespace

Status applyApproveAdjustment(OpContext &ctx)
{
    auto p = ctx.payload<ops::ApproveAdjustment>();
    SH_TRY(p);
    auto adj = pendingAdjustment(ctx, p->adjustmentId);
    SH_TRY(adj);
    SH_TRY(ctx.requireReason(p->reasonCode, "adjustment"));
    SH_TRY(decide(ctx, adj->id, "approved", p->reasonCode));
    // The variance is applied to today's book: moves since the count stay in.
    const Milli variance = adj->counted - adj->book;
    MoveSpec m;
    m.kind = QStringLiteral("adjustment");
    m.productId = adj->productId;
    m.lotId = adj->lotId;
    m.fromLocationId = variance < 0 ? adj->locationId : 0;
    m.toLocationId = variance > 0 ? adj->locationId : 0;
    m.qty = variance < 0 ? -variance : variance;
    m.reasonCode = p->reasonCode;
    m.adjustmentId = adj->id;
    return Status::from(ctx.postMove(m));
}

Status applyRejectAdjustment(OpContext &ctx)
{
    auto p = ctx.payload<ops::RejectAdjustment>();
    SH_TRY(p);
    auto adj = pendingAdjustment(ctx, p->adjustmentId);
    SH_TRY(adj);
    const QString &reason = p->reasonCode;
    if (!reason.isEmpty())
        SH_TRY(ctx.requireReason(reason, "adjustment"));
    return decide(ctx, adj->id, "rejected", reason);
}

Status applyRequestRecount(OpContext &ctx)
{
    auto p = ctx.payload<ops::RequestRecount>();
    SH_TRY(p);
    qint64 locationId = p->locationId, productId = p->productId, lotId = 0;
    if (p->adjustmentId) {
        auto adj = pendingAdjustment(ctx, p->adjustmentId);
        SH_TRY(adj);
        locationId = adj->locationId;
        productId = adj->productId;
        lotId = adj->lotId;
        SH_TRY(decide(ctx, adj->id, "rejected", QString())); // superseded by the recount
    } else {
        SH_TRY(ctx.requireLocation(locationId));
        if (productId)
            SH_TRY(ctx.requireProduct(productId));
    }
    auto task = ctx.books.createRecountTask(
        ctx.device.warehouseId, QStringLiteral("RC-%1").arg(ctx.opId), locationId, productId, lotId);
    SH_TRY(task);
    const qint64 taskId = task.value();
    ctx.result.insert(QStringLiteral("count_task_id"), taskId);
    return {};
}

} // namespace stockhand::server
