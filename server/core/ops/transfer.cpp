// validate_transfer: closes a receipt, pick or putaway; what is still open goes to a backorder or is
// closed short. A validated receipt leaves putaway work for what it received (docs/operations.md).
#include "ops/opcontext.h"

namespace stockhand::server {

namespace {

// One putaway transfer (<receipt>-PUT) with a line per product/lot the receipt left at a dock (not at a
// bin, not in quarantine) and still there: from the dock to the product's home location, else a free bin
// as the handhelds suggest it (Ledger::putawayBin; no bin: the line has no destination and the handheld
// suggests one). It reaches the handhelds through the feed.
Status makePutaway(OpContext &ctx, const TransferRow &receipt)
{
    auto received = ctx.books.receivedStillAtDock(receipt.id);
    SH_TRY(received);
    if (received->isEmpty())
        return {};
    TransferRow putaway;
    putaway.warehouseId = receipt.warehouseId;
    putaway.kind = QStringLiteral("putaway");
    putaway.reference = receipt.reference + QStringLiteral("-PUT");
    putaway.origin = receipt.reference;
    putaway.priority = receipt.priority; // urgent goods are put away first
    auto id = ctx.books.createTransfer(putaway);
    SH_TRY(id);
    qint64 seq = 0;
    for (const storage::ReceivedStock &r : std::as_const(received.value())) {
        // Each line is written before the next one looks for a bin: two products never get the same free bin.
        auto bin = ctx.books.putawayBin(r.productId, receipt.warehouseId);
        SH_TRY(bin);
        TransferLineRow line;
        line.transferId = id.value();
        line.seq = ++seq;
        line.productId = r.productId;
        line.lotId = r.lotId;
        line.fromLocationId = r.locationId;
        line.toLocationId = bin.value();
        line.qtyExpected = r.qty;
        SH_TRY(ctx.books.addTransferLine(line));
    }
    ctx.result.insert(QStringLiteral("putaway_id"), id.value());
    return {};
}

} // namespace

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
    if (t.kind == QLatin1String("receipt"))
        SH_TRY(makePutaway(ctx, t));
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
