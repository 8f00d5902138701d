// Devices: one-time enrolment codes traded for device tokens. Codes and tokens are stored as SHA-256
// hashes only; a revoked device's token stops working at once.
#pragma once

#include "clock.h"
#include "storage/storage.h"

#include <QDateTime>
#include <QList>

namespace stockhand::server {

using Device = storage::DeviceRecord;

struct Enrolment
{
    Device device;
    QString token; // shown once, never stored
};

QByteArray sha256(const QByteArray &data);
QString randomToken(int bytes); // base64url without padding

class Devices
{
public:
    Devices(storage::DeviceRegistry &store, const Clock &clock)
        : m_store(store)
        , m_clock(clock)
    { }

    // Issues a one-time code for a device of the warehouse (by id), valid for ttlHours.
    Result<QString> issueCode(qint64 warehouseId, int ttlHours);
    // Trades a code for a token; the code cannot be used again.
    Result<Enrolment> enrol(const QString &code, const QString &deviceName);
    // The device behind a bearer token; errors: auth.missing, auth.invalid, auth.revoked.
    Result<Device> authenticate(const QByteArray &authorizationHeader);
    Result<QList<Device>> list();
    Status revoke(const QString &deviceId);

private:
    storage::DeviceRegistry &m_store;
    const Clock &m_clock;
};

Result<qint64> warehouseIdByCode(storage::DeviceRegistry &store, const QString &codeOrId);

} // namespace stockhand::server
