// set_count_policy: a supervisor sets or removes the auto-approve thresholds of counts for the device's
// warehouse (one counting-user group or every one); an admin also for every warehouse. The policy reaches
// every device through the feed (table count_policy); the next count applies it (docs/operations.md).
#include "ops/opcontext.h"

namespace stockhand::server {

// The network-wide policy is an admin's: refused with 403 role.forbidden naming the operation.
Status authorizeSetCountPolicy(OpContext &ctx)
{
    if (ctx.op.payload.value(QLatin1String("all_warehouses")).toBool()
        && !ctx.user.roles.contains(QLatin1String("admin")))
        return ctx.reject("role.forbidden",
            QStringLiteral("Only an admin sets the count policy of every warehouse; a supervisor sets their own."));
    return {};
}

Status applySetCountPolicy(OpContext &ctx)
{
    auto p = ctx.payload<ops::SetCountPolicy>();
    SH_TRY(p);
    const qint64 warehouse = p->allWarehouses ? 0 : ctx.device.warehouseId;
    if (p->remove) {
        auto removed = ctx.books.removeCountPolicy(warehouse, p->userGroup);
        SH_TRY(removed);
        if (!removed.value())
            return ctx.reject("op.unknown-policy", QStringLiteral("There is no count policy for this scope."));
        ctx.result.insert(QStringLiteral("removed"), true);
        return {};
    }
    return ctx.books.setCountPolicy(warehouse, p->userGroup, {p->maxQty, p->maxPercent, p->maxValueCents});
}

} // namespace stockhand::server
