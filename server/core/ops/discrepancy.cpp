// report_discrepancy: goods short on a receipt line or refused at the dock. No stock moves; a
// receipt_discrepancy exception tells a supervisor (quantity, reason and note in its message).
#include "ops/opcontext.h"

namespace stockhand::server {

Status applyReportDiscrepancy(OpContext &ctx)
{
    auto p = ctx.payload<ops::ReportDiscrepancy>();
    SH_TRY(p);
    SH_TRY(ctx.requireReason(p->reasonCode, "discrepancy"));
    auto line = ctx.requireLine(p->transferLineId);
    SH_TRY(line);
    if (line->transfer.kind != QLatin1String("receipt"))
        return ctx.reject("op.wrong-transfer-kind",
            QStringLiteral("Line %1 belongs to a %2, not a receipt.").arg(line->id).arg(line->transfer.kind));
    QString message = QStringLiteral("Receipt %1, line %2: %3 reported %4.")
                          .arg(line->transfer.reference)
                          .arg(line->id)
                          .arg(formatQuantity(p->qty), p->reasonCode);
    if (!p->note.trimmed().isEmpty())
        message += QStringLiteral(" Note: %1").arg(p->note.trimmed());
    SH_TRY(ctx.raise({QStringLiteral("receipt_discrepancy"), message, line->id, line->toLocationId, line->productId,
        line->lotId, p->qty}));
    return {};
}

} // namespace stockhand::server
