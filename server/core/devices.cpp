#include "devices.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

namespace stockhand::server {

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32 *>(raw.data()), reinterpret_cast<quint32 *>(raw.data() + (bytes / 4) * 4));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

namespace {

// Codes are typed by people: 10 characters from an alphabet without look-alikes, shown as XXXXX-XXXXX.
QString makeCode()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 10; ++i) {
        if (i == 5)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    }
    return code;
}

QByteArray normalisedCode(const QString &code)
{
    QString c = code.trimmed().toUpper();
    c.remove(QLatin1Char('-'));
    c.remove(QLatin1Char(' '));
    return c.toLatin1();
}

} // namespace

Result<qint64> warehouseIdByCode(storage::DeviceRegistry &store, const QString &codeOrId)
{
    auto id = store.warehouseByCode(codeOrId);
    if (!id)
        return id.error();
    if (!id.value())
        return makeError("warehouse.unknown", QStringLiteral("No warehouse %1.").arg(codeOrId));
    return *id.value();
}

Result<QString> Devices::issueCode(qint64 warehouseId, int ttlHours)
{
    auto issued = issue(warehouseId, ttlHours, 0, QString());
    if (!issued)
        return issued.error();
    return issued->code;
}

Result<IssuedCode> Devices::issue(qint64 warehouseId, int ttlHours, qint64 issuedBy, const QString &deviceName)
{
    const QString code = makeCode();
    const QDateTime now = m_clock.now();
    storage::EnrolmentCodeRecord record;
    record.warehouseId = warehouseId;
    record.expiresAt = utcTime(now.addSecs(qint64(ttlHours) * 3600));
    record.deviceName = deviceName.left(100);
    record.issuedBy = issuedBy;
    SH_TRY(m_store.insertCode(sha256(normalisedCode(code)), record, utcTime(now)));
    return IssuedCode {code, record.expiresAt};
}

Result<Enrolment> Devices::enrol(const QString &code, const QString &deviceName)
{
    const QByteArray hash = sha256(normalisedCode(code));
    auto known = m_store.code(hash);
    if (!known)
        return known.error();
    const QString now = utcTime(m_clock.now());
    if (!known.value() || !known.value()->usedAt.isEmpty() || known.value()->expiresAt < now)
        return makeError("enrol.invalid-code", QStringLiteral("The enrolment code is unknown, used or expired."));
    Enrolment e;
    e.device.warehouseId = known.value()->warehouseId;
    e.device.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.device.name = (deviceName.trimmed().isEmpty() ? known.value()->deviceName : deviceName).left(100);
    e.device.enrolledAt = now;
    e.token = randomToken(32);
    // The store refuses (enrol.invalid-code) if another request or process used the code meanwhile.
    SH_TRY(m_store.enrolDevice(hash, e.device, sha256(e.token.toLatin1())));
    return e;
}

Result<Device> Devices::authenticate(const QByteArray &header)
{
    static const QByteArray prefix = "Bearer ";
    if (!header.startsWith(prefix) || header.size() <= prefix.size())
        return makeError("auth.missing", QStringLiteral("A device token is required (Authorization: Bearer ...)."));
    auto device = m_store.deviceByTokenHash(sha256(header.mid(prefix.size()).trimmed()));
    if (!device)
        return device.error();
    if (!device.value())
        return makeError("auth.invalid", QStringLiteral("The device token is not valid."));
    if (!device.value()->revokedAt.isEmpty())
        return makeError("auth.revoked", QStringLiteral("This device has been revoked; enrol it again."));
    return *device.value();
}

Result<QList<Device>> Devices::list()
{
    return m_store.devices();
}

Status Devices::recordReport(const Device &device, const DeviceReport &report)
{
    const QDateTime now = m_clock.now();
    const QDateTime last = QDateTime::fromString(device.reportedAt, Qt::ISODateWithMs);
    const bool same = device.appVersion == report.appVersion && device.pendingOps == report.pendingOps
        && device.oldestPendingAt == report.oldestPendingAt && device.lastErrorCode == report.lastErrorCode
        && device.lastErrorMessage == report.lastErrorMessage;
    if (same && last.isValid() && last.secsTo(now) >= 0 && last.secsTo(now) < 60)
        return {};
    Device d = device;
    d.appVersion = report.appVersion;
    d.pendingOps = report.pendingOps;
    d.oldestPendingAt = report.oldestPendingAt;
    d.lastErrorCode = report.lastErrorCode;
    d.lastErrorMessage = report.lastErrorMessage;
    return m_store.recordReport(d, utcTime(now));
}

Status Devices::revoke(const QString &deviceId, qint64 byUser)
{
    auto revoked = m_store.revoke(deviceId, utcTime(m_clock.now()), byUser);
    if (!revoked)
        return revoked.error();
    if (!revoked.value())
        return makeError("device.unknown", QStringLiteral("No active device %1.").arg(deviceId));
    return {};
}

} // namespace stockhand::server
