#include "fleetdevice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stockhand {

qint64 FleetDevice::oldestPendingAgeSeconds(const QDateTime &now) const
{
    const QDateTime t = QDateTime::fromString(oldestPendingAt, Qt::ISODateWithMs);
    return pendingOps > 0 && t.isValid() ? qMax<qint64>(0, t.secsTo(now)) : 0;
}

Result<FleetList> parseFleetList(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    const QJsonValue devices = doc.object().value(QStringLiteral("devices"));
    if (err.error != QJsonParseError::NoError || !doc.isObject() || !devices.isArray())
        return makeError("fleet.malformed", QStringLiteral("The server's fleet list is not readable."));
    FleetList list;
    list.serverTime = doc.object().value(QStringLiteral("server_time")).toString();
    for (const QJsonValue &v : devices.toArray()) {
        const QJsonObject o = v.toObject();
        FleetDevice d;
        d.id = o.value(QStringLiteral("device_id")).toString();
        if (d.id.isEmpty())
            return makeError("fleet.malformed", QStringLiteral("A device of the fleet list has no id."));
        d.name = o.value(QStringLiteral("name")).toString();
        d.warehouseId = o.value(QStringLiteral("warehouse_id")).toInteger();
        d.warehouseCode = o.value(QStringLiteral("warehouse_code")).toString();
        d.enrolledAt = o.value(QStringLiteral("enrolled_at")).toString();
        d.lastSeen = o.value(QStringLiteral("last_seen")).toString();
        d.revokedAt = o.value(QStringLiteral("revoked_at")).toString();
        d.revokedBy = o.value(QStringLiteral("revoked_by")).toInteger();
        d.appVersion = o.value(QStringLiteral("app_version")).toString();
        d.pendingOps = o.value(QStringLiteral("pending_ops")).toInteger();
        d.oldestPendingAt = o.value(QStringLiteral("oldest_pending_at")).toString();
        const QJsonObject e = o.value(QStringLiteral("last_error")).toObject();
        d.lastErrorCode = e.value(QStringLiteral("code")).toString();
        d.lastErrorMessage = e.value(QStringLiteral("message")).toString();
        list.devices.append(d);
    }
    return list;
}

} // namespace stockhand
