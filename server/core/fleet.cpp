#include "fleet.h"

#include "domain/enrolmentpayload.h"
#include "errors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace stockhand::server {

namespace {

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject deviceJson(const Device &d)
{
    QJsonObject o {{QStringLiteral("device_id"), d.id}, {QStringLiteral("name"), d.name},
        {QStringLiteral("warehouse_id"), d.warehouseId}, {QStringLiteral("warehouse_code"), d.warehouseCode},
        {QStringLiteral("enrolled_at"), d.enrolledAt}, {QStringLiteral("last_seen"), textOrNull(d.lastSeen)},
        {QStringLiteral("revoked_at"), textOrNull(d.revokedAt)},
        {QStringLiteral("revoked_by"), d.revokedBy ? QJsonValue(d.revokedBy) : QJsonValue()},
        {QStringLiteral("app_version"), textOrNull(d.appVersion)}, {QStringLiteral("pending_ops"), d.pendingOps},
        {QStringLiteral("oldest_pending_at"), textOrNull(d.oldestPendingAt)},
        {QStringLiteral("reported_at"), textOrNull(d.reportedAt)}};
    if (!d.lastErrorCode.isEmpty())
        o.insert(QStringLiteral("last_error"),
            QJsonObject {{QStringLiteral("code"), d.lastErrorCode}, {QStringLiteral("message"), d.lastErrorMessage}});
    else
        o.insert(QStringLiteral("last_error"), QJsonValue());
    return o;
}

Result<QJsonObject> bodyObject(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError("request.malformed-json", QStringLiteral("The body is not a JSON object."));
    return doc.object();
}

} // namespace

qint64 FleetCaller::scope() const
{
    return roles.contains(QStringLiteral("admin")) ? 0 : warehouseId;
}

Response fleetList(Devices devices, const FleetCaller &who, const QString &serverTime)
{
    auto list = devices.list();
    if (!list)
        return errorResponse(list.error());
    QJsonArray out;
    for (const Device &d : list.value()) {
        if (who.scope() == 0 || d.warehouseId == who.scope())
            out.append(deviceJson(d));
    }
    return jsonResponse(200,
        QJsonObject {{QStringLiteral("devices"), out}, {QStringLiteral("server_time"), serverTime},
            {QStringLiteral("scope_warehouse_id"), who.scope()}});
}

Response fleetRevoke(Devices devices, const Device &caller, const FleetCaller &who, const QByteArray &body)
{
    auto o = bodyObject(body);
    if (!o)
        return errorResponse(o.error());
    const QJsonValue id = o->value(QStringLiteral("device_id"));
    if (!id.isString() || id.toString().isEmpty())
        return errorResponse(makeError("request.wrong-type", QStringLiteral("device_id must be a string.")));
    if (id.toString() == caller.id)
        return errorResponse(makeError("fleet.own-device",
            QStringLiteral("A device cannot revoke itself: revoke it from another device or with stockhand-server.")));
    auto list = devices.list();
    if (!list)
        return errorResponse(list.error());
    const auto it = std::find_if(list->cbegin(), list->cend(), [&](const Device &d) { return d.id == id.toString(); });
    // A device of another warehouse is as unknown as one that does not exist: its id tells nothing.
    if (it == list->cend() || (who.scope() != 0 && it->warehouseId != who.scope()))
        return errorResponse(makeError("device.unknown", QStringLiteral("No active device %1.").arg(id.toString())));
    if (Status s = devices.revoke(it->id, who.userId); !s)
        return errorResponse(s.error());
    return jsonResponse(200, QJsonObject {{QStringLiteral("revoked"), it->id}, {QStringLiteral("name"), it->name}});
}

Response fleetEnrolmentCode(Devices devices, const Device &caller, const FleetCaller &who,
    const PublicEndpoint &endpoint, int ttlHours, const QByteArray &body)
{
    auto o = bodyObject(body.isEmpty() ? QByteArrayLiteral("{}") : body);
    if (!o)
        return errorResponse(o.error());
    const QJsonValue wh = o->value(QStringLiteral("warehouse_id"));
    const QJsonValue name = o->value(QStringLiteral("device_name"));
    if ((!wh.isUndefined() && !wh.isNull() && !wh.isDouble()) || (!name.isUndefined() && !name.isString()))
        return errorResponse(makeError("request.wrong-type",
            QStringLiteral("warehouse_id must be a number and device_name a string (both optional).")));
    qint64 warehouseId = wh.isDouble() ? wh.toInteger() : 0;
    if (warehouseId <= 0)
        warehouseId = who.scope() != 0 ? who.scope() : caller.warehouseId;
    if (who.scope() != 0 && warehouseId != who.scope())
        return errorResponse(makeError("fleet.out-of-scope",
            QStringLiteral("A supervisor issues codes for their own warehouse (%1) only.").arg(who.scope())));
    auto known = devices.warehouse(warehouseId);
    if (!known)
        return errorResponse(known.error());
    if (!known.value())
        return errorResponse(makeError("warehouse.unknown", QStringLiteral("No warehouse %1.").arg(warehouseId)));
    auto issued = devices.issue(warehouseId, ttlHours, who.userId, name.toString());
    if (!issued)
        return errorResponse(issued.error());
    EnrolmentPayload payload;
    payload.serverUrl = endpoint.serverUrl;
    payload.code = issued->code;
    payload.caFingerprint = endpoint.caFingerprint;
    payload.deviceName = name.toString().left(100);
    return jsonResponse(200,
        QJsonObject {{QStringLiteral("code"), issued->code}, {QStringLiteral("expires_at"), issued->expiresAt},
            {QStringLiteral("warehouse_id"), warehouseId}, {QStringLiteral("server_url"), endpoint.serverUrl},
            {QStringLiteral("ca_fingerprint"), formatFingerprint(endpoint.caFingerprint)},
            {QStringLiteral("qr_payload"), payload.toText()}});
}

} // namespace stockhand::server
