// One row of the fleet list (GET /v1/fleet, docs/sync-protocol.md "Fleet"), as the console and
// stockhand-cli read it; the console keeps the server's last answer in the store (MetaKey::FleetList) to
// show it offline. No GUI, no network.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace stockhand {

struct FleetDevice
{
    QString id;
    QString name;
    qint64 warehouseId = 0;
    QString warehouseCode;
    QString enrolledAt;
    QString lastSeen; // server clock; empty = never synced
    QString revokedAt; // empty = active
    qint64 revokedBy = 0;
    QString appVersion; // empty = the device never reported (an older app)
    qint64 pendingOps = 0;
    QString oldestPendingAt; // the device's clock
    QString lastErrorCode;
    QString lastErrorMessage;

    bool revoked() const { return !revokedAt.isEmpty(); }
    // Seconds from the oldest pending operation to `now` (0 when none is pending).
    qint64 oldestPendingAgeSeconds(const QDateTime &now) const;
};

struct FleetList
{
    QList<FleetDevice> devices;
    QString serverTime;
};

// Errors: fleet.malformed (not the server's fleet answer).
Result<FleetList> parseFleetList(const QByteArray &json);

} // namespace stockhand
