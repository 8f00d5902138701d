// validate_transfer: closes a receipt, pick or putaway; what is still open goes to a backorder or is
// closed short.
#include "ops/opcontext.h"

namespace stockhand::server {

Status applyValidateTransfer(OpContext &ctx)
{
    auto p = ctx.payload<ops::ValidateTransfer>();
    SH_TRY(p);
    auto transfer = ctx.books.transfer(p->transferId);
    SH_TRY(transfer);
    if (!transfer.value() || transfer.value()->warehouseId != ctx.device.warehouseId)
        return ctx.reject(
            "op.unknown-transfer", QStringLiteral("Transfer %1 is not in this warehouse.").arg(p->transferId));
    const TransferRow &t = *transfer.value();
    SH_TRY(authorizeValidateTransfer(ctx));
    if (t.state == QLatin1String("done") || t.state == QLatin1String("cancelled"))
        return ctx.reject("op.transfer-closed", QStringLiteral("Transfer %1 is already %2.").arg(t.reference, t.state));
    SH_TRY(ctx.books.closeTransfer(t.id));
    if (p->mode != ops::ValidateTransfer::Mode::Backorder)
        return {};
    auto backorder = ctx.books.createBackorder(t, t.reference + QStringLiteral("-BO%1").arg(ctx.opId));
    SH_TRY(backorder);
    if (backorder.value())
        ctx.result.insert(QStringLiteral("backorder_id"), backorder.value());
    return {};
}

// Pickers validate picks, receivers receipts and putaways; supervisors and admins anything. Runs before
// the batch is applied (a forbidden operation refuses the batch with 403, docs/sync-protocol.md); an
// unknown transfer is left to the handler's op.unknown-transfer.
Status authorizeValidateTransfer(OpContext &ctx)
{
    if (ops::isSupervisor(ctx.user.roles))
        return {};
    auto p = ctx.payload<ops::ValidateTransfer>();
    if (!p)
        return {}; // the handler rejects it
    auto transfer = ctx.books.transfer(p->transferId);
    SH_TRY(transfer);
    if (!transfer.value() || transfer.value()->warehouseId != ctx.device.warehouseId)
        return {};
    const QString &kind = transfer.value()->kind;
    if (!ops::mayValidate(ctx.user.roles, kind))
        return ctx.reject("role.forbidden", QStringLiteral("This user may not validate a %1.").arg(kind));
    return {};
}

} // namespace stockhand::server
