#include "ops/opcontext.h"

#include <QJsonValue>

namespace stockhand::server {

bool OpUser::hasAnyRole(std::initializer_list<const char *> wanted) const
{
    for (const char *r : wanted) {
        if (roles.contains(QLatin1String(r)))
            return true;
    }
    return false;
}

bool OpUser::hasAnyRole(const std::array<const char *, 2> &wanted) const
{
    for (const char *r : wanted) {
        if (r && roles.contains(QLatin1String(r)))
            return true;
    }
    return false;
}

Result<qint64> OpContext::requireId(const char *field) const
{
    const QJsonValue v = op.payload.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return makeError("op.missing-field", QStringLiteral("The payload needs %1.").arg(QLatin1String(field)));
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d > 9e15 || d != double(qint64(d)))
        return makeError(
            "op.wrong-type", QStringLiteral("%1 must be a positive integer id.").arg(QLatin1String(field)));
    return qint64(d);
}

Result<qint64> OpContext::optionalId(const char *field) const
{
    const QJsonValue v = op.payload.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return qint64(0);
    return requireId(field);
}

Result<Milli> OpContext::requireQty(const char *field, bool allowZero) const
{
    const QJsonValue v = op.payload.value(QLatin1String(field));
    std::optional<Milli> q;
    if (v.isString()) {
        q = parseQuantity(v.toString());
    } else if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && d > -9e12 && d < 9e12)
            q = units(qint64(d));
    } else if (v.isUndefined() || v.isNull()) {
        return makeError("op.missing-field", QStringLiteral("The payload needs %1.").arg(QLatin1String(field)));
    }
    if (!q)
        return makeError("op.invalid-quantity",
            QStringLiteral("%1 must be a decimal string with at most 3 decimals (\"12.5\") or a whole "
                           "number.")
                .arg(QLatin1String(field)));
    if (*q < 0 || (*q == 0 && !allowZero))
        return makeError("op.invalid-quantity",
            QStringLiteral("%1 must be %2.")
                .arg(QLatin1String(field),
                    allowZero ? QStringLiteral("zero or more") : QStringLiteral("more than zero")));
    return *q;
}

Result<QString> OpContext::requireString(const char *field) const
{
    const QJsonValue v = op.payload.value(QLatin1String(field));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return makeError(v.isUndefined() || v.isNull() ? "op.missing-field" : "op.wrong-type",
            QStringLiteral("The payload needs %1 as a non-empty string.").arg(QLatin1String(field)));
    return v.toString().trimmed();
}

QString OpContext::optionalString(const char *field) const
{
    return op.payload.value(QLatin1String(field)).toString().trimmed();
}

Status OpContext::requireLocation(qint64 locationId)
{
    qint64 warehouse = -1;
    if (m_cache && m_cache->locationWarehouse.contains(locationId)) {
        warehouse = m_cache->locationWarehouse.value(locationId);
    } else {
        auto st = db.prepare("SELECT warehouse_id FROM location WHERE id = ?1");
        if (!st)
            return st.error();
        auto row = st->bind(1, locationId).step();
        if (!row)
            return row.error();
        if (row.value())
            warehouse = st->int64(0);
        if (m_cache && warehouse >= 0)
            m_cache->locationWarehouse.insert(locationId, warehouse);
    }
    if (warehouse != device.warehouseId)
        return reject("op.unknown-location", QStringLiteral("Location %1 is not in this warehouse.").arg(locationId));
    return {};
}

Status OpContext::requireProduct(qint64 productId)
{
    if (m_cache && m_cache->products.contains(productId))
        return {};
    auto st = db.prepare("SELECT 1 FROM product WHERE id = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, productId).step();
    if (!row)
        return row.error();
    if (!row.value())
        return reject("op.unknown-product", QStringLiteral("Product %1 does not exist.").arg(productId));
    if (m_cache)
        m_cache->products.insert(productId);
    return {};
}

Result<LineInfo> OpContext::requireLine(qint64 lineId)
{
    auto st = db.prepare("SELECT l.id, l.transfer_id, t.kind, t.state, l.product_id, ifnull(l.lot_id, 0), "
                         "ifnull(l.from_location_id, 0), ifnull(l.to_location_id, 0), l.qty_expected, l.qty_done, "
                         "t.warehouse_id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id WHERE l.id = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, lineId).step();
    if (!row)
        return row.error();
    if (!row.value() || st->int64(10) != device.warehouseId)
        return makeError("op.unknown-line", QStringLiteral("Transfer line %1 is not in this warehouse.").arg(lineId));
    return LineInfo {st->int64(0), st->int64(1), st->text(2), st->text(3), st->int64(4), st->int64(5), st->int64(6),
        st->int64(7), st->int64(8), st->int64(9)};
}

Status OpContext::requireReason(const QString &code, const char *kind)
{
    auto st = db.prepare("SELECT kind FROM reason_code WHERE code = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, code).step();
    if (!row)
        return row.error();
    if (!row.value() || st->text(0) != QLatin1String(kind))
        return reject(
            "op.unknown-reason", QStringLiteral("%1 is not a reason code of kind %2.").arg(code, QLatin1String(kind)));
    return {};
}

Result<qint64> OpContext::resolveLot(qint64 productId, qint64 locationId)
{
    auto lotId = optionalId("lot_id");
    if (!lotId)
        return lotId.error();
    if (lotId.value() != 0) {
        auto st = db.prepare("SELECT product_id FROM lot WHERE id = ?1");
        if (!st)
            return st.error();
        auto row = st->bind(1, lotId.value()).step();
        if (!row)
            return row.error();
        if (!row.value() || st->int64(0) != productId)
            return makeError("op.unknown-lot",
                QStringLiteral("Lot %1 is not a lot of product %2.").arg(lotId.value()).arg(productId));
        return lotId.value();
    }
    const QString name = optionalString("lot");
    if (name.isEmpty())
        return qint64(0);
    auto find = db.prepare("SELECT id FROM lot WHERE product_id = ?1 AND name = ?2");
    if (!find)
        return find.error();
    auto row = find->bind(1, productId).bind(2, name).step();
    if (!row)
        return row.error();
    if (row.value())
        return find->int64(0);
    find->reset();
    // The lot is on the floor but not in the books: keep the fact, tell a supervisor.
    auto ins = db.prepare("INSERT INTO lot(product_id, name) VALUES (?1, ?2)");
    if (!ins)
        return ins.error();
    SH_TRY(ins->bind(1, productId).bind(2, name).run());
    const qint64 id = db.lastInsertRowId();
    SH_TRY(raise({QStringLiteral("unknown_lot"),
        QStringLiteral("Lot %1 was not known for product %2; it has been created.").arg(name).arg(productId), 0,
        locationId, productId, id, 0}));
    return id;
}

Result<Milli> OpContext::changeQuant(qint64 locationId, qint64 productId, qint64 lotId, qint64 packageId, Milli delta)
{
    auto st
        = db.prepare("INSERT INTO quant(location_id, product_id, lot_id, package_id, qty) VALUES (?1, ?2, ?3, ?4, ?5) "
                     "ON CONFLICT(location_id, product_id, ifnull(lot_id, 0), ifnull(package_id, 0)) "
                     "DO UPDATE SET qty = qty + excluded.qty RETURNING qty");
    if (!st)
        return st.error();
    st->bind(1, locationId).bind(2, productId).bindIdOrNull(3, lotId).bindIdOrNull(4, packageId).bind(5, delta);
    auto row = st->step();
    if (!row)
        return row.error();
    const Milli now = st->int64(0);
    st->reset();
    if (delta < 0 && now < 0) {
        SH_TRY(raise({QStringLiteral("negative_stock"),
            QStringLiteral("Stock of product %1 at location %2 went below zero (%3).")
                .arg(productId)
                .arg(locationId)
                .arg(formatQuantity(now)),
            0, locationId, productId, lotId, now}));
    }
    return now;
}

Result<Milli> OpContext::bookQty(qint64 locationId, qint64 productId, qint64 lotId)
{
    auto st = db.prepare("SELECT ifnull(sum(qty), 0) FROM quant WHERE location_id = ?1 AND product_id = ?2 "
                         "AND ifnull(lot_id, 0) = ?3");
    if (!st)
        return st.error();
    auto row = st->bind(1, locationId).bind(2, productId).bind(3, lotId).step();
    if (!row)
        return row.error();
    return st->int64(0);
}

Result<qint64> OpContext::postMove(MoveSpec m)
{
    if (m.physicalTime.isEmpty())
        m.physicalTime = op.localTime.isEmpty() ? receivedAt : op.localTime;
    auto st = db.prepare("INSERT INTO stock_move(op_id, kind, product_id, lot_id, package_id, from_location_id, "
                         "to_location_id, qty, reason_code, adjustment_id, transfer_line_id, user_id, device_id, "
                         "physical_time, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                         "?14, ?15)");
    if (!st)
        return st.error();
    st->bindIdOrNull(1, opId).bind(2, m.kind).bind(3, m.productId).bindIdOrNull(4, m.lotId);
    st->bindIdOrNull(5, m.packageId).bindIdOrNull(6, m.fromLocationId).bindIdOrNull(7, m.toLocationId);
    st->bind(8, m.qty);
    if (m.reasonCode.isEmpty())
        st->bindNull(9);
    else
        st->bind(9, m.reasonCode);
    st->bindIdOrNull(10, m.adjustmentId).bindIdOrNull(11, m.transferLineId).bindIdOrNull(12, user.id);
    st->bind(13, device.id).bind(14, m.physicalTime).bind(15, receivedAt);
    SH_TRY(st->run());
    const qint64 id = db.lastInsertRowId();
    if (m.fromLocationId)
        SH_TRY(changeQuant(m.fromLocationId, m.productId, m.lotId, m.packageId, -m.qty));
    if (m.toLocationId)
        SH_TRY(changeQuant(m.toLocationId, m.productId, m.lotId, m.packageId, m.qty));
    m_moves.append(id);
    result.insert(QStringLiteral("moves"), m_moves);
    return id;
}

Result<qint64> OpContext::raise(const ExceptionSpec &e)
{
    auto st = db.prepare("INSERT INTO exception(kind, op_id, warehouse_id, device_id, user_id, transfer_line_id, "
                         "location_id, product_id, lot_id, qty, message, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                         "?7, ?8, ?9, ?10, ?11, ?12)");
    if (!st)
        return st.error();
    st->bind(1, e.kind).bindIdOrNull(2, opId).bind(3, device.warehouseId).bind(4, device.id).bindIdOrNull(5, user.id);
    st->bindIdOrNull(6, e.transferLineId).bindIdOrNull(7, e.locationId).bindIdOrNull(8, e.productId);
    st->bindIdOrNull(9, e.lotId).bind(10, e.qty).bind(11, e.message).bind(12, receivedAt);
    SH_TRY(st->run());
    const qint64 id = db.lastInsertRowId();
    m_exceptions.append(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("kind"), e.kind}});
    result.insert(QStringLiteral("exceptions"), m_exceptions);
    return id;
}

Result<bool> OpContext::lineTouchedByOtherDevice(qint64 lineId)
{
    auto st = db.prepare("SELECT 1 FROM stock_move WHERE transfer_line_id = ?1 AND device_id <> ?2 LIMIT 1");
    if (!st)
        return st.error();
    auto row = st->bind(1, lineId).bind(2, device.id).step();
    if (!row)
        return row.error();
    return row.value();
}

Status OpContext::addLineDone(qint64 lineId, Milli delta)
{
    auto st = db.prepare("UPDATE transfer_line SET qty_done = qty_done + ?2 WHERE id = ?1");
    if (!st)
        return st.error();
    SH_TRY(st->bind(1, lineId).bind(2, delta).run());
    auto tr = db.prepare("UPDATE transfer SET state = 'in_progress' WHERE state = 'open' AND id = "
                         "(SELECT transfer_id FROM transfer_line WHERE id = ?1)");
    if (!tr)
        return tr.error();
    return tr->bind(1, lineId).run();
}

} // namespace stockhand::server
