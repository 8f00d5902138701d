// receive: goods arrived at a location, against an expected receipt line or unexpected (flagged).
#include "ops/opcontext.h"

namespace stockhand::server {

Status applyReceive(OpContext &ctx)
{
    auto p = ctx.payload<ops::Receive>();
    SH_TRY(p);
    SH_TRY(ctx.requireProduct(p->productId));
    SH_TRY(ctx.requireLocation(p->locationId));
    storage::LineWithTransfer line;
    if (p->transferLineId) {
        auto l = ctx.requireLine(p->transferLineId);
        SH_TRY(l);
        line = l.value();
        if (line.transfer.kind != QLatin1String("receipt"))
            return ctx.reject("op.wrong-transfer-kind",
                QStringLiteral("Line %1 belongs to a %2, not a receipt.").arg(line.id).arg(line.transfer.kind));
    }
    auto lotId = ctx.resolveLot(p->lot, p->productId, p->locationId);
    SH_TRY(lotId);
    const qint64 productId = p->productId, locationId = p->locationId;
    const Milli qty = p->qty;

    const bool matchesLine = line.id && line.productId == productId;
    MoveSpec m;
    m.kind = QStringLiteral("receive");
    m.productId = productId;
    m.lotId = lotId.value();
    m.packageId = p->packageId;
    m.toLocationId = locationId;
    m.qty = qty;
    m.transferLineId = matchesLine ? line.id : 0;
    SH_TRY(ctx.postMove(m));

    if (!matchesLine) {
        SH_TRY(ctx.raise({QStringLiteral("unexpected_item"),
            line.id ? QStringLiteral("Received product %1 against line %2, which expects product %3.")
                          .arg(productId)
                          .arg(line.id)
                          .arg(line.productId)
                    : QStringLiteral("Received product %1 without an expected line.").arg(productId),
            line.id, locationId, productId, lotId.value(), qty}));
        return {};
    }
    SH_TRY(ctx.addLineDone(line.id, qty));
    const Milli done = line.qtyDone + qty;
    if (done > line.qtyExpected) {
        SH_TRY(ctx.raise({QStringLiteral("over_receipt"),
            QStringLiteral("Line %1: received %2 of %3 expected.")
                .arg(line.id)
                .arg(formatQuantity(done), formatQuantity(line.qtyExpected)),
            line.id, locationId, productId, lotId.value(), done - line.qtyExpected}));
    }
    if (line.transfer.state == QLatin1String("done") || line.transfer.state == QLatin1String("cancelled")) {
        SH_TRY(ctx.raise({QStringLiteral("transfer_closed"),
            QStringLiteral("Received on line %1 after its receipt was closed.").arg(line.id), line.id, locationId,
            productId, lotId.value(), qty}));
    }
    return {};
}

} // namespace stockhand::server
