// count: the counted quantity of a product at a location. The variance is taken against the book at
// the counted time; small variances are approved at once, the rest wait for a supervisor.
#include "ops/opcontext.h"

#include <QDateTime>

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
    if (!line.value() || line.value()->warehouseId != ctx.device.warehouseId || line.value()->locationId != locationId)
        return ctx.reject("op.unknown-count-line",
            QStringLiteral("Count line %1 is not a line of this warehouse at location %2.")
                .arg(countLineId)
                .arg(locationId));
    return ctx.books.recordCount(*line.value(), counted);
}

} // namespace

Status applyCount(OpContext &ctx)
{
    auto locationId = ctx.requireId("location_id");
    SH_TRY(locationId);
    auto productId = ctx.requireId("product_id");
    SH_TRY(productId);
    auto counted = ctx.requireQty("qty", true);
    SH_TRY(counted);
    auto countLineId = ctx.optionalId("count_line_id");
    SH_TRY(countLineId);
    QString countedAt = ctx.op.localTime.isEmpty() ? ctx.receivedAt : ctx.op.localTime;
    const QJsonValue at = ctx.op.payload.value(QStringLiteral("counted_at"));
    if (!at.isUndefined() && !at.isNull()) {
        const QDateTime t = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            return ctx.reject("op.wrong-type", QStringLiteral("counted_at must be an ISO 8601 time."));
        countedAt = isoTime(t);
    }
    SH_TRY(ctx.requireLocation(locationId.value()));
    SH_TRY(ctx.requireProduct(productId.value()));
    auto lotId = ctx.resolveLot(productId.value(), locationId.value());
    SH_TRY(lotId);
    if (countLineId.value())
        SH_TRY(markCountLine(ctx, countLineId.value(), locationId.value(), counted.value()));

    auto bookNow = ctx.bookQty(locationId.value(), productId.value(), lotId.value());
    SH_TRY(bookNow);
    auto later = ctx.books.netMovedInAfter(locationId.value(), productId.value(), lotId.value(), countedAt);
    SH_TRY(later);
    const Milli book = bookNow.value() - later.value();
    const Milli variance = counted.value() - book;
    ctx.result.insert(QStringLiteral("book"), formatQuantity(book));
    ctx.result.insert(QStringLiteral("variance"), formatQuantity(variance));
    if (variance == 0)
        return {};

    auto value = ctx.books.productUnitValueCents(productId.value());
    SH_TRY(value);
    const bool autoApprove = withinThresholds(ctx.config.count, book, variance, value.value());
    storage::AdjustmentRecord adjustment;
    adjustment.countLineId = countLineId.value();
    adjustment.locationId = locationId.value();
    adjustment.productId = productId.value();
    adjustment.lotId = lotId.value();
    adjustment.book = book;
    adjustment.counted = counted.value();
    adjustment.state = autoApprove ? QStringLiteral("approved") : QStringLiteral("pending");
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
    m.productId = productId.value();
    m.lotId = lotId.value();
    m.fromLocationId = variance < 0 ? locationId.value() : 0;
    m.toLocationId = variance > 0 ? locationId.value() : 0;
    m.qty = variance < 0 ? -variance : variance;
    m.reasonCode = QStringLiteral("AUTO_COUNT");
    m.adjustmentId = adjustmentId;
    m.physicalTime = countedAt;
    return Status::from(ctx.postMove(m));
}

} // namespace stockhand::server
