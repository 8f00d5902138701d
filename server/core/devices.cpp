#include "devices.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

namespace stockhand::server {

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

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

Device readDevice(const db::Statement &st)
{
    return Device {st.text(0), st.text(1), st.int64(2), st.text(3), st.text(4), st.text(5)};
}

} // namespace

Result<qint64> warehouseIdByCode(db::Database &db, const QString &codeOrId)
{
    auto st = db.prepare("SELECT id FROM warehouse WHERE code = ?1 OR CAST(id AS TEXT) = ?1");
    if (!st)
        return st.error();
    st->bind(1, codeOrId);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError("warehouse.unknown", QStringLiteral("No warehouse %1.").arg(codeOrId));
    return st->int64(0);
}

Result<QString> Devices::issueCode(qint64 warehouseId, int ttlHours)
{
    const QString code = makeCode();
    const QDateTime now = m_clock.now();
    auto st = m_db.prepare("INSERT INTO enrolment_code(code_hash, warehouse_id, issued_at, expires_at) "
                           "VALUES (?1, ?2, ?3, ?4)");
    if (!st)
        return st.error();
    SH_TRY(st->bindBlob(1, sha256(normalisedCode(code)))
               .bind(2, warehouseId)
               .bind(3, isoTime(now))
               .bind(4, isoTime(now.addSecs(qint64(ttlHours) * 3600)))
               .run());
    return code;
}

Result<Enrolment> Devices::enrol(const QString &code, const QString &deviceName)
{
    db::Transaction tx(m_db);
    SH_TRY(tx.begun());
    const QByteArray hash = sha256(normalisedCode(code));
    auto st = m_db.prepare("SELECT warehouse_id, expires_at, used_at FROM enrolment_code WHERE code_hash = ?1");
    if (!st)
        return st.error();
    st->bindBlob(1, hash);
    auto row = st->step();
    if (!row)
        return row.error();
    const QString now = isoTime(m_clock.now());
    if (!row.value() || !st->isNull(2) || st->text(1) < now)
        return makeError("enrol.invalid-code", QStringLiteral("The enrolment code is unknown, used or expired."));
    Enrolment e;
    e.device.warehouseId = st->int64(0);
    st->reset();
    e.device.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.device.name = deviceName.left(100);
    e.device.enrolledAt = now;
    e.token = randomToken(32);
    auto ins = m_db.prepare("INSERT INTO device(id, name, warehouse_id, token_hash, enrolled_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!ins)
        return ins.error();
    SH_TRY(ins->bind(1, e.device.id)
               .bind(2, e.device.name)
               .bind(3, e.device.warehouseId)
               .bindBlob(4, sha256(e.token.toLatin1()))
               .bind(5, now)
               .run());
    auto use = m_db.prepare("UPDATE enrolment_code SET used_at = ?2, device_id = ?3 WHERE code_hash = ?1");
    if (!use)
        return use.error();
    SH_TRY(use->bindBlob(1, hash).bind(2, now).bind(3, e.device.id).run());
    SH_TRY(tx.commit());
    return e;
}

Result<Device> Devices::authenticate(const QByteArray &header)
{
    static const QByteArray prefix = "Bearer ";
    if (!header.startsWith(prefix) || header.size() <= prefix.size())
        return makeError("auth.missing", QStringLiteral("A device token is required (Authorization: Bearer ...)."));
    auto st = m_db.prepare("SELECT id, name, warehouse_id, enrolled_at, last_seen, revoked_at FROM device "
                           "WHERE token_hash = ?1");
    if (!st)
        return st.error();
    st->bindBlob(1, sha256(header.mid(prefix.size()).trimmed()));
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError("auth.invalid", QStringLiteral("The device token is not valid."));
    Device d = readDevice(*st);
    if (!d.revokedAt.isEmpty())
        return makeError("auth.revoked", QStringLiteral("This device has been revoked; enrol it again."));
    return d;
}

Result<QList<Device>> Devices::list()
{
    auto st = m_db.prepare("SELECT id, name, warehouse_id, enrolled_at, last_seen, revoked_at FROM device "
                           "ORDER BY enrolled_at, id");
    if (!st)
        return st.error();
    QList<Device> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append(readDevice(*st));
    }
    return out;
}

Status Devices::revoke(const QString &deviceId)
{
    auto st = m_db.prepare("UPDATE device SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL");
    if (!st)
        return st.error();
    SH_TRY(st->bind(1, deviceId).bind(2, isoTime(m_clock.now())).run());
    if (m_db.changes() == 0)
        return makeError("device.unknown", QStringLiteral("No active device %1.").arg(deviceId));
    return {};
}

} // namespace stockhand::server
