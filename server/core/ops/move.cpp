// move (putaway or internal move): stock goes from one location to another, optionally against a
// putaway/internal transfer line.
#include "ops/opcontext.h"

namespace stockhand::server {

Status applyMove(OpContext &ctx)
{
    auto productId = ctx.requireId("product_id");
    SH_TRY(productId);
    auto fromId = ctx.requireId("from_location_id");
    SH_TRY(fromId);
    auto toId = ctx.requireId("to_location_id");
    SH_TRY(toId);
    auto qty = ctx.requireQty("qty", false);
    SH_TRY(qty);
    auto packageId = ctx.optionalId("package_id");
    SH_TRY(packageId);
    auto lineId = ctx.optionalId("transfer_line_id");
    SH_TRY(lineId);
    const QString reason = ctx.optionalString("reason_code");
    if (fromId.value() == toId.value())
        return ctx.reject("op.same-location", QStringLiteral("A move needs two different locations."));
    SH_TRY(ctx.requireProduct(productId.value()));
    SH_TRY(ctx.requireLocation(fromId.value()));
    SH_TRY(ctx.requireLocation(toId.value()));
    if (!reason.isEmpty())
        SH_TRY(ctx.requireReason(reason, "putaway_override"));
    LineInfo line;
    if (lineId.value()) {
        auto l = ctx.requireLine(lineId.value());
        SH_TRY(l);
        line = l.value();
        if (line.transferKind != QLatin1String("putaway") && line.transferKind != QLatin1String("internal"))
            return ctx.reject("op.wrong-transfer-kind",
                QStringLiteral("Line %1 belongs to a %2, not a putaway.").arg(line.id).arg(line.transferKind));
        if (line.productId != productId.value())
            return ctx.reject(
                "op.product-mismatch", QStringLiteral("Line %1 is for product %2.").arg(line.id).arg(line.productId));
    }
    if (packageId.value()) {
        auto exists = ctx.books.packageExists(packageId.value());
        SH_TRY(exists);
        if (!exists.value())
            return ctx.reject(
                "op.unknown-package", QStringLiteral("Package %1 does not exist.").arg(packageId.value()));
    }
    auto lotId = ctx.resolveLot(productId.value(), fromId.value());
    SH_TRY(lotId);

    MoveSpec m;
    m.kind = QStringLiteral("move");
    m.productId = productId.value();
    m.lotId = lotId.value();
    m.packageId = packageId.value();
    m.fromLocationId = fromId.value();
    m.toLocationId = toId.value();
    m.qty = qty.value();
    m.reasonCode = reason;
    m.transferLineId = line.id;
    SH_TRY(ctx.postMove(m));
    if (packageId.value())
        SH_TRY(ctx.books.movePackage(packageId.value(), toId.value()));
    if (line.id) {
        SH_TRY(ctx.addLineDone(line.id, qty.value()));
        if (line.toLocationId && line.toLocationId != toId.value() && reason.isEmpty()) {
            SH_TRY(ctx.raise({QStringLiteral("putaway_deviation"),
                QStringLiteral("Line %1 was put away to location %2 instead of %3 without a reason.")
                    .arg(line.id)
                    .arg(toId.value())
                    .arg(line.toLocationId),
                line.id, toId.value(), productId.value(), lotId.value(), qty.value()}));
        }
    }
    return {};
}

} // namespace stockhand::server
