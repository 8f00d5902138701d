#include "ops/opcontext.h"

#include "jsonwriter.h"
#include "rowwriter.h"

namespace stockhand::server {

Status OpContext::requireLocation(qint64 locationId)
{
    auto warehouse = books.locationWarehouse(locationId);
    SH_TRY(warehouse);
    if (warehouse.value() != device.warehouseId)
        return reject("op.unknown-location", QStringLiteral("Location %1 is not in this warehouse.").arg(locationId));
    return {};
}

Status OpContext::requireProduct(qint64 productId)
{
    auto exists = books.productExists(productId);
    SH_TRY(exists);
    if (!exists.value())
        return reject("op.unknown-product", QStringLiteral("Product %1 does not exist.").arg(productId));
    return {};
}

Result<storage::LineWithTransfer> OpContext::requireLine(qint64 lineId)
{
    auto line = books.transferLine(lineId);
    if (!line)
        return line.error();
    if (!line.value() || line.value()->transfer.warehouseId != device.warehouseId)
        return makeError("op.unknown-line", QStringLiteral("Transfer line %1 is not in this warehouse.").arg(lineId));
    return *line.value();
}

Status OpContext::requireReason(const QString &code, const char *kind)
{
    auto found = books.reasonKind(code);
    SH_TRY(found);
    if (!found.value() || *found.value() != QLatin1String(kind))
        return reject(
            "op.unknown-reason", QStringLiteral("%1 is not a reason code of kind %2.").arg(code, QLatin1String(kind)));
    return {};
}

Result<qint64> OpContext::resolveLot(const ops::LotRef &lot, qint64 productId, qint64 locationId)
{
    if (lot.id != 0) {
        auto owner = books.lotProduct(lot.id);
        if (!owner)
            return owner.error();
        if (!owner.value() || *owner.value() != productId)
            return makeError(
                "op.unknown-lot", QStringLiteral("Lot %1 is not a lot of product %2.").arg(lot.id).arg(productId));
        return lot.id;
    }
    const QString &name = lot.name;
    if (name.isEmpty())
        return qint64(0);
    auto found = books.findLot(productId, name);
    if (!found)
        return found.error();
    if (found.value())
        return *found.value();
    // The lot is on the floor but not in the books: keep the fact, tell a supervisor.
    auto id = books.createLot(productId, name);
    if (!id)
        return id.error();
    SH_TRY(raise({QStringLiteral("unknown_lot"),
        QStringLiteral("Lot %1 was not known for product %2; it has been created.").arg(name).arg(productId), 0,
        locationId, productId, id.value(), 0}));
    return id.value();
}

Result<Milli> OpContext::changeQuant(qint64 locationId, qint64 productId, qint64 lotId, qint64 packageId, Milli delta)
{
    auto now = books.addToQuant({locationId, productId, lotId, packageId}, delta);
    if (!now)
        return now.error();
    if (delta < 0 && now.value() < 0) {
        SH_TRY(raise({QStringLiteral("negative_stock"),
            QStringLiteral("Stock of product %1 at location %2 went below zero (%3).")
                .arg(productId)
                .arg(locationId)
                .arg(formatQuantity(now.value())),
            0, locationId, productId, lotId, now.value()}));
    }
    return now.value();
}

Result<Milli> OpContext::bookQty(qint64 locationId, qint64 productId, qint64 lotId)
{
    return books.bookQty(locationId, productId, lotId);
}

Result<qint64> OpContext::postMove(MoveSpec m)
{
    m.opId = opId;
    m.userId = user.id;
    m.deviceId = device.id;
    if (m.physicalTime.isEmpty())
        m.physicalTime = op.localTime.isEmpty() ? receivedAt : op.localTime;
    m.recordedAt = receivedAt;
    auto id = books.appendMove(m);
    if (!id)
        return id.error();
    if (m.fromLocationId)
        SH_TRY(changeQuant(m.fromLocationId, m.productId, m.lotId, m.packageId, -m.qty));
    if (m.toLocationId)
        SH_TRY(changeQuant(m.toLocationId, m.productId, m.lotId, m.packageId, m.qty));
    m_moves.append(id.value());
    return id.value();
}

Result<qint64> OpContext::raise(const ExceptionSpec &e)
{
    storage::ExceptionRecord r;
    static_cast<storage::ExceptionFacts &>(r) = e;
    r.opId = opId;
    r.warehouseId = device.warehouseId;
    r.deviceId = device.id;
    r.userId = user.id;
    r.createdAt = receivedAt;
    auto id = books.appendException(r);
    if (!id)
        return id.error();
    m_exceptions.append({id.value(), e.kind});
    return id.value();
}

void OpContext::appendResultJson(QByteArray &out) const
{
    RowWriter w(out);
    bool first = true;
    auto field = [&](const char *name) {
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += name;
        out += "\":";
    };
    out += '{';
    if (!m_moves.isEmpty()) {
        field("moves");
        out += '[';
        for (qsizetype i = 0; i < m_moves.size(); ++i) {
            if (i)
                out += ',';
            w.number(m_moves.at(i));
        }
        out += ']';
    }
    if (!m_exceptions.isEmpty()) {
        field("exceptions");
        out += '[';
        for (qsizetype i = 0; i < m_exceptions.size(); ++i) {
            out += i ? ",{\"id\":" : "{\"id\":";
            w.number(m_exceptions.at(i).first);
            out += ",\"kind\":";
            appendJson(out, m_exceptions.at(i).second);
            out += '}';
        }
        out += ']';
    }
    for (auto it = result.constBegin(); it != result.constEnd(); ++it) {
        if (!first)
            out += ',';
        first = false;
        appendJson(out, it.key());
        out += ':';
        appendJson(out, it.value());
    }
    out += '}';
}

Result<bool> OpContext::lineTouchedByOtherDevice(qint64 lineId)
{
    return books.lineMovedByOtherDevice(lineId, device.id);
}

Status OpContext::addLineDone(qint64 lineId, Milli delta)
{
    return books.addLineDone(lineId, delta);
}

} // namespace stockhand::server
