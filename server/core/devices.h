// Devices: one-time enrolment codes traded for device tokens. Codes and tokens are stored as SHA-256
// hashes only; a revoked device's token stops working at once.
#pragma once

#include "clock.h"
#include "domain/devicereport.h"
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

struct IssuedCode
{
    QString code; // shown once, stored as a hash
    QString expiresAt;
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
    // The same, recording who issued it (0: the admin tool) and the name the device is to get.
    Result<IssuedCode> issue(qint64 warehouseId, int ttlHours, qint64 issuedBy, const QString &deviceName);
    // Trades a code for a token; the code cannot be used again.
    Result<Enrolment> enrol(const QString &code, const QString &deviceName);
    // The device behind a bearer token; errors: auth.missing, auth.invalid, auth.revoked.
    Result<Device> authenticate(const QByteArray &authorizationHeader);
    Result<QList<Device>> list();
    // The warehouse with this id, if there is one.
    Result<std::optional<qint64>> warehouse(qint64 warehouseId)
    {
        return m_store.warehouseByCode(QString::number(warehouseId));
    }
    // byUser: who revoked it (0: the admin tool).
    Status revoke(const QString &deviceId, qint64 byUser = 0);
    // Keeps what the device reported with the request it just made (and marks it seen); skipped when
    // nothing changed since a report less than a minute old (long polls come every 25 s).
    Status recordReport(const Device &device, const DeviceReport &report);

private:
    storage::DeviceRegistry &m_store;
    const Clock &m_clock;
};

Result<qint64> warehouseIdByCode(storage::DeviceRegistry &store, const QString &codeOrId);

} // namespace stockhand::server
