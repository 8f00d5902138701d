// count: the counted quantity of a product at a location. The variance is taken against the book at
// the counted time; small variances are approved at once, the rest wait for a supervisor.
#include "ops/opcontext.h"

#include <QDateTime>

#include <cmath>

namespace stockhand::server {

namespace {

// Moves recorded on the server whose physical time is after the count: the counter could not have seen them.
Result<Milli> movedAfter(OpContext &ctx, qint64 locationId, qint64 productId, qint64 lotId, const QString &countedAt)
{
    auto st = ctx.db.prepare("SELECT ifnull(sum(CASE WHEN to_location_id = ?1 THEN qty ELSE 0 END) - "
                             "sum(CASE WHEN from_location_id = ?1 THEN qty ELSE 0 END), 0) FROM stock_move "
                             "WHERE product_id = ?2 AND ifnull(lot_id, 0) = ?3 AND physical_time > ?4 "
                             "AND (from_location_id = ?1 OR to_location_id = ?1)");
    if (!st)
        return st.error();
    auto row = st->bind(1, locationId).bind(2, productId).bind(3, lotId).bind(4, countedAt).step();
    if (!row)
        return row.error();
    return st->int64(0);
}

Result<qint64> unitValue(OpContext &ctx, qint64 productId)
{
    auto st = ctx.db.prepare("SELECT unit_value_cents FROM product WHERE id = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, productId).step();
    if (!row)
        return row.error();
    return row.value() ? st->int64(0) : 0;
}

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
    auto st = ctx.db.prepare("SELECT l.location_id, t.warehouse_id, l.task_id FROM count_line l "
                             "JOIN count_task t ON t.id = l.task_id WHERE l.id = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, countLineId).step();
    SH_TRY(row);
    if (!row.value() || st->int64(1) != ctx.device.warehouseId || st->int64(0) != locationId)
        return ctx.reject("op.unknown-count-line",
            QStringLiteral("Count line %1 is not a line of this warehouse at location %2.")
                .arg(countLineId)
                .arg(locationId));
    const qint64 taskId = st->int64(2);
    st->reset();
    auto upd = ctx.db.prepare("UPDATE count_line SET qty_counted = ?2, state = 'counted' WHERE id = ?1");
    if (!upd)
        return upd.error();
    SH_TRY(upd->bind(1, countLineId).bind(2, counted).run());
    auto task = ctx.db.prepare("UPDATE count_task SET state = CASE WHEN EXISTS (SELECT 1 FROM count_line "
                               "WHERE task_id = ?1 AND state = 'open') THEN 'in_progress' ELSE 'done' END "
                               "WHERE id = ?1 AND state IN ('open', 'in_progress')");
    if (!task)
        return task.error();
    return task->bind(1, taskId).run();
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
    auto later = movedAfter(ctx, locationId.value(), productId.value(), lotId.value(), countedAt);
    SH_TRY(later);
    const Milli book = bookNow.value() - later.value();
    const Milli variance = counted.value() - book;
    ctx.result.insert(QStringLiteral("book"), formatQuantity(book));
    ctx.result.insert(QStringLiteral("variance"), formatQuantity(variance));
    if (variance == 0)
        return {};

    auto value = unitValue(ctx, productId.value());
    SH_TRY(value);
    const bool autoApprove = withinThresholds(ctx.config.count, book, variance, value.value());
    auto st = ctx.db.prepare("INSERT INTO adjustment(count_line_id, location_id, product_id, lot_id, qty_book, "
                             "qty_counted, state) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!st)
        return st.error();
    st->bindIdOrNull(1, countLineId.value()).bind(2, locationId.value()).bind(3, productId.value());
    st->bindIdOrNull(4, lotId.value()).bind(5, book).bind(6, counted.value());
    st->bind(7, autoApprove ? "approved" : "pending");
    SH_TRY(st->run());
    const qint64 adjustmentId = ctx.db.lastInsertRowId();
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
