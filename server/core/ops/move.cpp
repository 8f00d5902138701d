// move (putaway or internal move): stock goes from one location to another, optionally against a
// putaway/internal transfer line.
#include "ops/opcontext.h"

namespace stockhand::server {

Status applyMove(OpContext &ctx)
{
    auto p = ctx.payload<ops::Move>();
    SH_TRY(p);
    const qint64 productId = p->productId, fromId = p->fromLocationId, toId = p->toLocationId;
    const qint64 packageId = p->packageId;
    const QString &reason = p->reasonCode;
    SH_TRY(ctx.requireProduct(productId));
    SH_TRY(ctx.requireLocation(fromId));
    SH_TRY(ctx.requireLocation(toId));
    if (!reason.isEmpty())
        SH_TRY(ctx.requireReason(reason, "putaway_override"));
    storage::LineWithTransfer line;
    if (p->transferLineId) {
        auto l = ctx.requireLine(p->transferLineId);
        SH_TRY(l);
        line = l.value();
        if (line.transfer.kind != QLatin1String("putaway") && line.transfer.kind != QLatin1String("internal"))
            return ctx.reject("op.wrong-transfer-kind",
                QStringLiteral("Line %1 belongs to a %2, not a putaway.").arg(line.id).arg(line.transfer.kind));
        if (line.productId != productId)
            return ctx.reject(
                "op.product-mismatch", QStringLiteral("Line %1 is for product %2.").arg(line.id).arg(line.productId));
    }
    if (packageId) {
        auto exists = ctx.books.packageExists(packageId);
        SH_TRY(exists);
        if (!exists.value())
            return ctx.reject("op.unknown-package", QStringLiteral("Package %1 does not exist.").arg(packageId));
    }
    auto lotId = ctx.resolveLot(p->lot, productId, fromId);
    SH_TRY(lotId);
    // A putaway from a dock that names no line (the handheld's putaway flow works the stock at the dock)
    // counts toward the open putaway line of that product/lot from there, if any (made from a receipt,
    // transfer.cpp). The worker followed their device's suggestion: no deviation is raised for it.
    bool implicitLine = false;
    if (!line.id && !packageId) {
        auto open = ctx.books.openPutawayLine(fromId, productId, lotId.value());
        SH_TRY(open);
        if (open.value()) {
            auto l = ctx.requireLine(open.value());
            SH_TRY(l);
            line = l.value();
            implicitLine = true;
        }
    }

    MoveSpec m;
    m.kind = QStringLiteral("move");
    m.productId = productId;
    m.lotId = lotId.value();
    m.packageId = packageId;
    m.fromLocationId = fromId;
    m.toLocationId = toId;
    m.qty = p->qty;
    m.reasonCode = reason;
    m.transferLineId = line.id;
    SH_TRY(ctx.postMove(m));
    if (packageId)
        SH_TRY(ctx.books.movePackage(packageId, toId));
    if (line.id) {
        SH_TRY(ctx.addLineDone(line.id, p->qty));
        if (!implicitLine && line.toLocationId && line.toLocationId != toId && reason.isEmpty()) {
            SH_TRY(ctx.raise({QStringLiteral("putaway_deviation"),
                QStringLiteral("Line %1 was put away to location %2 instead of %3 without a reason.")
                    .arg(line.id)
                    .arg(toId)
                    .arg(line.toLocationId),
                line.id, toId, productId, lotId.value(), p->qty}));
        }
    }
    return {};
}

} // namespace stockhand::server
