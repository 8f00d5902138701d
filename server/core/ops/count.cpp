// count: the counted quantity of a product at a location. The variance is taken against the book at
// the counted time; small variances are approved at once, the rest wait for a supervisor.
#include "ops/opcontext.h"

#include <cmath>

namespace stockhand::server {

namespace {

bool withinThresholds(const CountThresholds &t, Milli book, Milli variance, qint64 unitValueCents)
{
    const Milli absVar = variance < 0 ? -variance : variance;
    if (t.maxQty >= 0 && absVar > t.maxQty)
        return false;
    if (t.maxPercent >= 0) {
        const double pct = book > 0 ? 100.0 * double(absVar) / double(book) : 100.0;
        if (pct > t.maxPercent)
            return false;
    }
    if (t.maxValueCents >= 0
        && double(absVar) * double(unitValueCents) / double(kMilliPerUnit) > double(t.maxValueCents))
        return false;
    return true;
}

Status markCountLine(OpContext &ctx, qint64 countLineId, qint64 locationId, Milli counted)
{
    auto line = ctx.books.countLine(countLineId);
    SH_TRY(line);
    if (!line.value() || line.value()->task.warehouseId != ctx.device.warehouseId
        || line.value()->locationId != locationId)
        return ctx.reject("op.unknown-count-line",
            QStringLiteral("Count line %1 is not a line of this warehouse at location %2.")
                .arg(countLineId)
                .arg(locationId));
    return ctx.books.recordCount(*line.value(), counted);
}

} // namespace

Status applyCount(OpContext &ctx)
{
    auto p = ctx.payload<ops::Count>();
    SH_TRY(p);
    const qint64 locationId = p->locationId, productId = p->productId, countLineId = p->countLineId;
    const Milli counted = p->qty;
    const QString countedAt = p->countedAt.isValid() ? utcTime(p->countedAt)
                                                     : (ctx.op.localTime.isEmpty() ? ctx.receivedAt : ctx.op.localTime);
    SH_TRY(ctx.requireLocation(locationId));
    SH_TRY(ctx.requireProduct(productId));
    auto lotId = ctx.resolveLot(p->lot, productId, locationId);
    SH_TRY(lotId);
    if (countLineId)
        SH_TRY(markCountLine(ctx, countLineId, locationId, counted));

    auto bookNow = ctx.bookQty(locationId, productId, lotId.value());
    SH_TRY(bookNow);
    auto later = ctx.books.netMovedInAfter(locationId, productId, lotId.value(), countedAt);
    SH_TRY(later);
    const Milli book = bookNow.value() - later.value();
    const Milli variance = counted - book;
    ctx.result.insert(QStringLiteral("book"), formatQuantity(book));
    ctx.result.insert(QStringLiteral("variance"), formatQuantity(variance));
    if (variance == 0)
        return {};

    auto value = ctx.books.productUnitValueCents(productId);
    SH_TRY(value);
    // The policy of this warehouse and this counter's group, else the server's configured thresholds.
    auto policy = ctx.books.countPolicy(ctx.device.warehouseId, ctx.user.id);
    SH_TRY(policy);
    CountThresholds thresholds = ctx.config.count;
    if (policy.value())
        thresholds
            = CountThresholds {policy.value()->maxQty, policy.value()->maxPercent, policy.value()->maxValueCents};
    const bool autoApprove = withinThresholds(thresholds, book, variance, value.value());
    storage::AdjustmentRecord adjustment;
    adjustment.countLineId = countLineId;
    adjustment.locationId = locationId;
    adjustment.productId = productId;
    adjustment.lotId = lotId.value();
    adjustment.book = book;
    adjustment.counted = counted;
    adjustment.state = autoApprove ? QStringLiteral("approved") : QStringLiteral("pending");
    adjustment.countedBy = ctx.user.id;
    adjustment.countedAt = ctx.op.localTime.isEmpty() ? ctx.receivedAt : ctx.op.localTime;
    auto created = ctx.books.createAdjustment(adjustment);
    SH_TRY(created);
    const qint64 adjustmentId = created.value();
    ctx.result.insert(QStringLiteral("adjustment_id"), adjustmentId);
    ctx.result.insert(
        QStringLiteral("adjustment_state"), autoApprove ? QStringLiteral("approved") : QStringLiteral("pending"));
    if (!autoApprove)
        return {};
    MoveSpec m;
    m.kind = QStringLiteral("adjustment");
    m.productId = productId;
    m.lotId = lotId.value();
    m.fromLocationId = variance < 0 ? locationId : 0;
    m.toLocationId = variance > 0 ? locationId : 0;
    m.qty = variance < 0 ? -variance : variance;
    m.reasonCode = QStringLiteral("AUTO_COUNT");
    m.adjustmentId = adjustmentId;
    m.physicalTime = countedAt;
    return Status::from(ctx.postMove(m));
}

} // namespace stockhand::server
