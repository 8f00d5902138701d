// pick and short_pick: stock leaves a location for a pick line. Over-picks, negative stock and a line
// picked from two devices are kept and raised as exceptions.
#include "ops/opcontext.h"

namespace stockhand::server {

namespace {

Status pickQty(OpContext &ctx, const LineInfo &line, qint64 locationId, Milli qty)
{
    if (qty == 0)
        return {};
    auto lotId = ctx.resolveLot(line.productId, locationId);
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

Result<LineInfo> pickLine(OpContext &ctx)
{
    auto lineId = ctx.requireId("transfer_line_id");
    if (!lineId)
        return lineId.error();
    auto line = ctx.requireLine(lineId.value());
    if (!line)
        return line.error();
    if (line->transferKind != QLatin1String("pick"))
        return ctx.reject("op.wrong-transfer-kind",
            QStringLiteral("Line %1 belongs to a %2, not a pick.").arg(line->id).arg(line->transferKind));
    auto productId = ctx.optionalId("product_id");
    if (!productId)
        return productId.error();
    if (productId.value() && productId.value() != line->productId)
        return ctx.reject("op.product-mismatch",
            QStringLiteral("Line %1 is for product %2, not %3.")
                .arg(line->id)
                .arg(line->productId)
                .arg(productId.value()));
    return line;
}

} // namespace

Status applyPick(OpContext &ctx)
{
    auto line = pickLine(ctx);
    SH_TRY(line);
    auto locationId = ctx.requireId("location_id");
    SH_TRY(locationId);
    auto qty = ctx.requireQty("qty", false);
    SH_TRY(qty);
    SH_TRY(ctx.requireLocation(locationId.value()));
    return pickQty(ctx, line.value(), locationId.value(), qty.value());
}

Status applyShortPick(OpContext &ctx)
{
    auto line = pickLine(ctx);
    SH_TRY(line);
    auto locationId = ctx.requireId("location_id");
    SH_TRY(locationId);
    auto qty = ctx.requireQty("qty", true);
    SH_TRY(qty);
    auto reason = ctx.requireString("reason_code");
    SH_TRY(reason);
    SH_TRY(ctx.requireLocation(locationId.value()));
    SH_TRY(ctx.requireReason(reason.value(), "short_pick"));
    SH_TRY(pickQty(ctx, line.value(), locationId.value(), qty.value()));
    const Milli missing = line->qtyExpected - line->qtyDone - qty.value();
    SH_TRY(ctx.raise({QStringLiteral("short_pick"),
        QStringLiteral("Line %1 short by %2 (%3).")
            .arg(line->id)
            .arg(formatQuantity(qMax<Milli>(missing, 0)), reason.value()),
        line->id, locationId.value(), line->productId, 0, qMax<Milli>(missing, 0)}));
    return {};
}

} // namespace stockhand::server
