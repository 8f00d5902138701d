// The fleet endpoints of supervisor authority (docs/sync-protocol.md, "Fleet"): the devices of a
// warehouse with what each reported when it last synced, revoking one, and issuing an enrolment code with
// the QR payload a handheld scans (domain/enrolmentpayload.h). Supervisors act on their own warehouse,
// admins (and users of every warehouse) on all; who revoked or issued is recorded on the row.
#pragma once

#include "config.h"
#include "devices.h"
#include "protocol.h"

#include <QStringList>

namespace stockhand::server {

// The supervisor behind a request (ServerCore::authenticated proves it first).
struct FleetCaller
{
    qint64 userId = 0;
    QStringList roles;
    qint64 warehouseId = 0; // 0 = every warehouse

    // The warehouse the caller may see and act on; 0 = all.
    qint64 scope() const;
};

// Where devices reach this server and the CA they should pin (the front end fills them in).
struct PublicEndpoint
{
    QString serverUrl;
    QString caFingerprint; // lowercase hex SHA-256 of the CA certificate; empty over plain HTTP
};

// GET /v1/fleet -> {"devices": [...], "server_time": ...}
Response fleetList(Devices devices, const FleetCaller &who, const QString &serverTime);
// POST /v1/fleet/revoke {"device_id"} -> {"revoked": id}. Errors: 404 device.unknown (none in scope, or
// revoked already), 409 fleet.own-device (the device the request comes from).
Response fleetRevoke(Devices devices, const Device &caller, const FleetCaller &who, const QByteArray &body);
// POST /v1/fleet/enrolment-code {"warehouse_id"?, "device_name"?} -> {code, expires_at, warehouse_id,
// server_url, ca_fingerprint, qr_payload}. Errors: 403 fleet.out-of-scope (another warehouse),
// 404 warehouse.unknown.
Response fleetEnrolmentCode(Devices devices, const Device &caller, const FleetCaller &who,
    const PublicEndpoint &endpoint, int ttlHours, const QByteArray &body);

} // namespace stockhand::server
