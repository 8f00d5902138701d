// receive: goods arrived at a location, against an expected receipt line or unexpected (flagged).
#include "ops/opcontext.h"

namespace stockhand::server {

Status applyReceive(OpContext &ctx)
{
    auto lineId = ctx.optionalId("transfer_line_id");
    SH_TRY(lineId);
    auto productId = ctx.requireId("product_id");
    SH_TRY(productId);
    auto locationId = ctx.requireId("location_id");
    SH_TRY(locationId);
    auto qty = ctx.requireQty("qty", false);
    SH_TRY(qty);
    auto packageId = ctx.optionalId("package_id");
    SH_TRY(packageId);
    SH_TRY(ctx.requireProduct(productId.value()));
    SH_TRY(ctx.requireLocation(locationId.value()));
    LineInfo line;
    if (lineId.value()) {
        auto l = ctx.requireLine(lineId.value());
        SH_TRY(l);
        line = l.value();
        if (line.transferKind != QLatin1String("receipt"))
            return ctx.reject("op.wrong-transfer-kind",
                QStringLiteral("Line %1 belongs to a %2, not a receipt.").arg(line.id).arg(line.transferKind));
    }
    auto lotId = ctx.resolveLot(productId.value(), locationId.value());
    SH_TRY(lotId);

    const bool matchesLine = line.id && line.productId == productId.value();
    MoveSpec m;
    m.kind = QStringLiteral("receive");
    m.productId = productId.value();
    m.lotId = lotId.value();
    m.packageId = packageId.value();
    m.toLocationId = locationId.value();
    m.qty = qty.value();
    m.transferLineId = matchesLine ? line.id : 0;
    SH_TRY(ctx.postMove(m));

    if (!matchesLine) {
        SH_TRY(ctx.raise({QStringLiteral("unexpected_item"),
            line.id ? QStringLiteral("Received product %1 against line %2, which expects product %3.")
                          .arg(productId.value())
                          .arg(line.id)
                          .arg(line.productId)
                    : QStringLiteral("Received product %1 without an expected line.").arg(productId.value()),
            line.id, locationId.value(), productId.value(), lotId.value(), qty.value()}));
        return {};
    }
    SH_TRY(ctx.addLineDone(line.id, qty.value()));
    const Milli done = line.qtyDone + qty.value();
    if (done > line.qtyExpected) {
        SH_TRY(ctx.raise({QStringLiteral("over_receipt"),
            QStringLiteral("Line %1: received %2 of %3 expected.")
                .arg(line.id)
                .arg(formatQuantity(done), formatQuantity(line.qtyExpected)),
            line.id, locationId.value(), productId.value(), lotId.value(), done - line.qtyExpected}));
    }
    if (line.transferState == QLatin1String("done") || line.transferState == QLatin1String("cancelled")) {
        SH_TRY(ctx.raise({QStringLiteral("transfer_closed"),
            QStringLiteral("Received on line %1 after its receipt was closed.").arg(line.id), line.id,
            locationId.value(), productId.value(), lotId.value(), qty.value()}));
    }
    return {};
}

} // namespace stockhand::server
