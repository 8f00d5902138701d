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

// The value of a variance in cents (|counted - book| x unit value).
Result<qint64> varianceValueCents(OpContext &ctx, const Adjustment &adj)
{
    auto unit = ctx.books.productUnitValueCents(adj.productId);
    SH_TRY(unit);
    const Milli variance = adj.counted > adj.book ? adj.counted - adj.book : adj.book - adj.counted;
    return qint64((double(variance) * double(unit.value())) / double(kMilliPerUnit) + 0.5);
}

// The reason policy (reason_code.note_required): a decision with such a reason says what happened.
Status requireNote(OpContext &ctx, const QString &reason, const QString &note)
{
    auto needs = ctx.books.reasonNeedsNote(reason);
    SH_TRY(needs);
    if (needs.value() && note.trimmed().isEmpty())
        return ctx.reject(
            "op.note-required", QStringLiteral("The reason %1 needs a note: say what happened.").arg(reason));
    return {};
}

Status decide(OpContext &ctx, qint64 adjustmentId, const char *state, const QString &reason)
{
    return ctx.books.decideAdjustment(adjustmentId, QLatin1String(state), reason, ctx.user.id);
}

} // namespace

// Above a supervisor's approval limit (user_policy.approval_limit_cents) a decision on an adjustment
// needs an admin: refused with 403 role.over-limit naming the operation, nothing of the batch applied.
// An adjustment that is unknown or decided already is left to the handler (a rejection).
Status authorizeAdjustmentDecision(OpContext &ctx)
{
    if (ctx.user.roles.contains(QLatin1String("admin")))
        return {};
    const qint64 id = ctx.op.payload.value(QLatin1String("adjustment_id")).toInteger();
    if (id <= 0)
        return {};
    auto adj = ctx.books.adjustment(id);
    SH_TRY(adj);
    if (!adj.value() || adj.value()->warehouseId != ctx.device.warehouseId || adj.value()->state != u"pending")
        return {};
    auto limit = ctx.books.approvalLimitCents(ctx.user.id);
    SH_TRY(limit);
    if (!limit.value())
        return {};
    auto value = varianceValueCents(ctx, *adj.value());
    SH_TRY(value);
    if (value.value() <= *limit.value())
        return {};
    return ctx.reject("role.over-limit",
        QStringLiteral("Adjustment %1 is worth %2 cents, above the approval limit of user %3 (%4 cents): an admin "
                       "decides it.")
            .arg(id)
            .arg(value.value())
            .arg(ctx.user.id)
            .arg(*limit.value()));
}

Status applyApproveAdjustment(OpContext &ctx)
{
    auto p = ctx.payload<ops::ApproveAdjustment>();
    SH_TRY(p);
    auto adj = pendingAdjustment(ctx, p->adjustmentId);
    SH_TRY(adj);
    SH_TRY(ctx.requireReason(p->reasonCode, "adjustment"));
    SH_TRY(requireNote(ctx, p->reasonCode, p->note));
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
    if (!reason.isEmpty()) {
        SH_TRY(ctx.requireReason(reason, "adjustment"));
        SH_TRY(requireNote(ctx, reason, p->note));
    }
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
