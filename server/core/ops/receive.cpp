// receive: goods arrived at a location, against an expected receipt line or unexpected (flagged). A
// receiving discrepancy that came with the goods (reason_code of kind discrepancy) is booked as any receive
// and raised as receipt_discrepancy; damaged or held goods booked outside quarantine also raise
// quarantine_bypassed.
#include "ops/opcontext.h"

namespace stockhand::server {

namespace {

Status raiseDiscrepancy(OpContext &ctx, const ops::Receive &p, qint64 lineId, qint64 lotId)
{
    if (p.reasonCode.isEmpty())
        return {};
    QString message = lineId
        ? QStringLiteral("Line %1: received %2 with reason %3.").arg(lineId).arg(formatQuantity(p.qty), p.reasonCode)
        : QStringLiteral("Received %1 of product %2 with reason %3.")
              .arg(formatQuantity(p.qty))
              .arg(p.productId)
              .arg(p.reasonCode);
    if (!p.note.trimmed().isEmpty())
        message += QStringLiteral(" Note: %1").arg(p.note.trimmed());
    SH_TRY(
        ctx.raise({QStringLiteral("receipt_discrepancy"), message, lineId, p.locationId, p.productId, lotId, p.qty}));
    if (!ops::goesToQuarantine(p.reasonCode))
        return {};
    auto quarantine = ctx.books.isQuarantine(p.locationId);
    SH_TRY(quarantine);
    if (quarantine.value())
        return {};
    // A physical fact: the goods are where they are. A supervisor moves them to quarantine.
    return Status::from(ctx.raise({QStringLiteral("quarantine_bypassed"),
        QStringLiteral("%1 of product %2 received with reason %3 at location %4, which is not a quarantine location.")
            .arg(formatQuantity(p.qty))
            .arg(p.productId)
            .arg(p.reasonCode)
            .arg(p.locationId),
        lineId, p.locationId, p.productId, lotId, p.qty}));
}

} // namespace

Status applyReceive(OpContext &ctx)
{
    auto p = ctx.payload<ops::Receive>();
    SH_TRY(p);
    SH_TRY(ctx.requireProduct(p->productId));
    SH_TRY(ctx.requireLocation(p->locationId));
    if (!p->reasonCode.isEmpty())
        SH_TRY(ctx.requireReason(p->reasonCode, "discrepancy"));
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
    m.reasonCode = p->reasonCode;
    SH_TRY(ctx.postMove(m));
    SH_TRY(raiseDiscrepancy(ctx, *p, line.id, lotId.value()));

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
