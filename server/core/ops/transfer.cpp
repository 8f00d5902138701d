// validate_transfer: closes a receipt, pick or putaway; what is still open goes to a backorder or is
// closed short.
#include "ops/opcontext.h"

namespace stockhand::server {

Status applyValidateTransfer(OpContext &ctx)
{
    auto transferId = ctx.requireId("transfer_id");
    SH_TRY(transferId);
    const QString mode
        = ctx.optionalString("mode").isEmpty() ? QStringLiteral("backorder") : ctx.optionalString("mode");
    if (mode != QLatin1String("backorder") && mode != QLatin1String("close_short"))
        return ctx.reject("op.wrong-type", QStringLiteral("mode must be \"backorder\" or \"close_short\"."));
    auto st
        = ctx.db.prepare("SELECT warehouse_id, kind, state, reference, partner_id, origin FROM transfer WHERE id = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, transferId.value()).step();
    SH_TRY(row);
    if (!row.value() || st->int64(0) != ctx.device.warehouseId)
        return ctx.reject(
            "op.unknown-transfer", QStringLiteral("Transfer %1 is not in this warehouse.").arg(transferId.value()));
    const QString kind = st->text(1), state = st->text(2), reference = st->text(3), origin = st->text(5);
    const qint64 partnerId = st->isNull(4) ? 0 : st->int64(4);
    st->reset();
    const bool supervisor = ctx.user.hasAnyRole({"supervisor", "admin"});
    const bool ownKind
        = kind == QLatin1String("pick") ? ctx.user.hasAnyRole({"picker"}) : ctx.user.hasAnyRole({"receiver"});
    if (!supervisor && !ownKind)
        return ctx.reject("role.forbidden", QStringLiteral("This user may not validate a %1.").arg(kind));
    if (state == QLatin1String("done") || state == QLatin1String("cancelled"))
        return ctx.reject("op.transfer-closed", QStringLiteral("Transfer %1 is already %2.").arg(reference, state));

    auto close = ctx.db.prepare("UPDATE transfer SET state = 'done' WHERE id = ?1");
    if (!close)
        return close.error();
    SH_TRY(close->bind(1, transferId.value()).run());
    if (mode != QLatin1String("backorder"))
        return {};
    auto open = ctx.db.prepare("SELECT count(*) FROM transfer_line WHERE transfer_id = ?1 AND qty_done < qty_expected");
    if (!open)
        return open.error();
    auto n = open->bind(1, transferId.value()).step();
    SH_TRY(n);
    if (open->int64(0) == 0)
        return {};
    open->reset();
    auto bo = ctx.db.prepare("INSERT INTO transfer(warehouse_id, kind, reference, partner_id, origin, state) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, 'open')");
    if (!bo)
        return bo.error();
    bo->bind(1, ctx.device.warehouseId).bind(2, kind).bind(3, reference + QStringLiteral("-BO%1").arg(ctx.opId));
    bo->bindIdOrNull(4, partnerId).bind(5, origin.isEmpty() ? reference : origin);
    SH_TRY(bo->run());
    const qint64 backorderId = ctx.db.lastInsertRowId();
    auto lines = ctx.db.prepare("INSERT INTO transfer_line(transfer_id, seq, product_id, lot_id, from_location_id, "
                                "to_location_id, qty_expected) SELECT ?2, seq, product_id, lot_id, from_location_id, "
                                "to_location_id, qty_expected - qty_done FROM transfer_line "
                                "WHERE transfer_id = ?1 AND qty_done < qty_expected ORDER BY seq");
    if (!lines)
        return lines.error();
    SH_TRY(lines->bind(1, transferId.value()).bind(2, backorderId).run());
    ctx.result.insert(QStringLiteral("backorder_id"), backorderId);
    return {};
}

} // namespace stockhand::server
