// resolve_exception: a supervisor resolves an exception of this warehouse: acknowledged with a note, or the
// place it is about is to be counted again (a recount task, as request_recount makes). The server records
// who, when and how; the resolution reaches every device through the feed (table exception).
#include "ops/opcontext.h"

namespace stockhand::server {

Status applyResolveException(OpContext &ctx)
{
    auto p = ctx.payload<ops::ResolveException>();
    SH_TRY(p);
    auto e = ctx.books.exceptionState(p->exceptionId);
    SH_TRY(e);
    if (!e.value() || e.value()->warehouseId != ctx.device.warehouseId)
        return ctx.reject(
            "op.unknown-exception", QStringLiteral("Exception %1 is not in this warehouse.").arg(p->exceptionId));
    if (e.value()->state != u"open")
        return ctx.reject(
            "op.exception-resolved", QStringLiteral("Exception %1 is already resolved.").arg(p->exceptionId));
    storage::ExceptionResolution r;
    r.note = p->note;
    r.userId = ctx.user.id;
    r.opId = ctx.opId;
    r.at = ctx.receivedAt;
    if (p->action == ops::ResolveException::Action::Recount) {
        if (!e.value()->locationId)
            return ctx.reject(
                "op.nothing-to-count", QStringLiteral("Exception %1 names no location to count.").arg(p->exceptionId));
        auto task = ctx.books.createRecountTask(ctx.device.warehouseId, QStringLiteral("RC-%1").arg(ctx.opId),
            e.value()->locationId, e.value()->productId, e.value()->lotId);
        SH_TRY(task);
        r.countTaskId = task.value();
        r.resolution = QStringLiteral("recount");
        ctx.result.insert(QStringLiteral("count_task_id"), task.value());
    } else {
        r.resolution = QStringLiteral("acknowledged");
    }
    return ctx.books.resolveException(p->exceptionId, r);
}

} // namespace stockhand::server
