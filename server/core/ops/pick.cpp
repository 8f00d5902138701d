// pick and short_pick: stock leaves a location for a pick line. Over-picks, negative stock and a line
// picked from two devices are kept and raised as exceptions.
#include "ops/opcontext.h"

namespace stockhand::server {

namespace {

Status pickQty(
    OpContext &ctx, const storage::LineWithTransfer &line, qint64 locationId, Milli qty, const ops::LotRef &lot)
{
    if (qty == 0)
        return {};
    auto lotId = ctx.resolveLot(lot, line.productId, locationId);
    SH_TRY(lotId);
    auto shared = ctx.lineTouchedByOtherDevice(line.id);
    SH_TRY(shared);
    MoveSpec m;
    m.kind = QStringLiteral("pick");
    m.productId = line.productId;
    m.lotId = lotId.value();
    m.fromLocationId = locationId;
    m.toLocationId = line.toLocationId;
    m.qty = qty;
    m.transferLineId = line.id;
    SH_TRY(ctx.postMove(m));
    SH_TRY(ctx.addLineDone(line.id, qty));
    if (shared.value()) {
        SH_TRY(ctx.raise({QStringLiteral("line_picked_by_two_devices"),
            QStringLiteral("Line %1 was picked from more than one device.").arg(line.id), line.id, locationId,
            line.productId, lotId.value(), qty}));
    }
    const Milli done = line.qtyDone + qty;
    if (done > line.qtyExpected) {
        SH_TRY(ctx.raise({QStringLiteral("over_pick"),
            QStringLiteral("Line %1: picked %2 of %3 ordered.")
                .arg(line.id)
                .arg(formatQuantity(done), formatQuantity(line.qtyExpected)),
            line.id, locationId, line.productId, lotId.value(), done - line.qtyExpected}));
    }
    return {};
}

// The line a pick names, checked: a pick line, for the product the payload names (when it names one).
Result<storage::LineWithTransfer> pickLine(OpContext &ctx, qint64 lineId, qint64 productId)
{
    auto line = ctx.requireLine(lineId);
    if (!line)
        return line.error();
    if (line->transfer.kind != QLatin1String("pick"))
        return ctx.reject("op.wrong-transfer-kind",
            QStringLiteral("Line %1 belongs to a %2, not a pick.").arg(line->id).arg(line->transfer.kind));
    if (productId && productId != line->productId)
        return ctx.reject("op.product-mismatch",
            QStringLiteral("Line %1 is for product %2, not %3.").arg(line->id).arg(line->productId).arg(productId));
    return line;
}

} // namespace

Status applyPick(OpContext &ctx)
{
    auto p = ctx.payload<ops::Pick>();
    SH_TRY(p);
    auto line = pickLine(ctx, p->transferLineId, p->productId);
    SH_TRY(line);
    SH_TRY(ctx.requireLocation(p->locationId));
    return pickQty(ctx, line.value(), p->locationId, p->qty, p->lot);
}

Status applyShortPick(OpContext &ctx)
{
    auto p = ctx.payload<ops::ShortPick>();
    SH_TRY(p);
    auto line = pickLine(ctx, p->transferLineId, p->productId);
    SH_TRY(line);
    SH_TRY(ctx.requireLocation(p->locationId));
    SH_TRY(ctx.requireReason(p->reasonCode, "short_pick"));
    SH_TRY(pickQty(ctx, line.value(), p->locationId, p->qty, p->lot));
    const Milli missing = qMax<Milli>(line->qtyExpected - line->qtyDone - p->qty, 0);
    SH_TRY(ctx.raise({QStringLiteral("short_pick"),
        QStringLiteral("Line %1 short by %2 (%3).").arg(line->id).arg(formatQuantity(missing), p->reasonCode), line->id,
        p->locationId, line->productId, 0, missing}));
    return {};
}

} // namespace stockhand::server
