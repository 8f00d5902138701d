#include "storage/sqlite/sqliteauth.h"

#include "storage/sqlite/sqliteerror.h"

namespace stockhand::server::storage {

namespace {

constexpr const char *kSessionColumns = "s.id, s.user_id, u.login, s.device_id, s.secret_hash, s.issued_at, "
                                        "s.expires_at, s.device_issued_at, ifnull(s.revoked_at, '')";

UserSessionRecord readSession(const db::Statement &st)
{
    return UserSessionRecord {
        st.text(0), st.int64(1), st.text(2), st.text(3), st.blob(4), st.text(5), st.text(6), st.text(7), st.text(8)};
}

} // namespace

Result<std::optional<UserSessionRecord>> sqliteUserSession(db::Database &db, const QString &sessionId)
{
    auto st = db.prepare(std::string("SELECT ") + kSessionColumns
        + " FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.id = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, sessionId).step();
    if (!row)
        return storageError(row.error());
    if (!row.value())
        return std::optional<UserSessionRecord>();
    UserSessionRecord r = readSession(*st);
    st->reset();
    return std::optional<UserSessionRecord>(std::move(r));
}

Result<std::optional<CredentialRecord>> SqliteAuthRegistry::credentialByLogin(const QString &login)
{
    auto st = m_db.prepare("SELECT u.id, u.roles, ifnull(u.warehouse_id, 0), u.active, c.hash, c.salt, "
                           "ifnull(c.iterations, 0) FROM app_user u LEFT JOIN user_credential c ON c.user_id = u.id "
                           "WHERE u.login = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, login).step();
    if (!row)
        return storageError(row.error());
    if (!row.value())
        return std::optional<CredentialRecord>();
    CredentialRecord c;
    c.userId = st->int64(0);
    for (const QString &r : st->text(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
        c.roles.append(r.trimmed());
    c.warehouseId = st->int64(2);
    c.active = st->int64(3) != 0;
    c.hash = st->blob(4);
    c.salt = st->blob(5);
    c.iterations = int(st->int64(6));
    st->reset();
    return std::optional<CredentialRecord>(std::move(c));
}

Status SqliteAuthRegistry::setCredential(
    qint64 userId, const QByteArray &hash, const QByteArray &salt, int iterations, const QString &at)
{
    auto st = m_db.prepare("INSERT INTO user_credential(user_id, hash, salt, iterations, changed_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(user_id) DO UPDATE SET hash = excluded.hash, "
                           "salt = excluded.salt, iterations = excluded.iterations, changed_at = excluded.changed_at");
    if (!st)
        return storageError(st.error());
    return storageStatus(st->bind(1, userId).bindBlob(2, hash).bindBlob(3, salt).bind(4, iterations).bind(5, at).run());
}

Result<ThrottleRecord> SqliteAuthRegistry::throttle(const QString &key)
{
    auto st = m_db.prepare("SELECT failures, ifnull(locked_until, '') FROM sign_in_throttle WHERE key = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, key).step();
    if (!row)
        return storageError(row.error());
    if (!row.value())
        return ThrottleRecord {};
    ThrottleRecord r {int(st->int64(0)), st->text(1)};
    st->reset();
    return r;
}

Status SqliteAuthRegistry::setThrottle(const QString &key, const ThrottleRecord &r)
{
    if (r.failures == 0 && r.lockedUntil.isEmpty()) {
        auto del = m_db.prepare("DELETE FROM sign_in_throttle WHERE key = ?1");
        if (!del)
            return storageError(del.error());
        return storageStatus(del->bind(1, key).run());
    }
    auto st = m_db.prepare("INSERT INTO sign_in_throttle(key, failures, locked_until) VALUES (?1, ?2, ?3) "
                           "ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, "
                           "locked_until = excluded.locked_until");
    if (!st)
        return storageError(st.error());
    st->bind(1, key).bind(2, qint64(r.failures));
    if (r.lockedUntil.isEmpty())
        st->bindNull(3);
    else
        st->bind(3, r.lockedUntil);
    return storageStatus(st->run());
}

Status SqliteAuthRegistry::insertSession(const UserSessionRecord &s)
{
    auto st = m_db.prepare("INSERT INTO user_session(id, user_id, device_id, secret_hash, issued_at, expires_at, "
                           "device_issued_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!st)
        return storageError(st.error());
    st->bind(1, s.id).bind(2, s.userId).bind(3, s.deviceId).bindBlob(4, s.secretHash).bind(5, s.issuedAt);
    return storageStatus(st->bind(6, s.expiresAt).bind(7, s.deviceIssuedAt).run());
}

Result<QList<UserSessionRecord>> SqliteAuthRegistry::sessions(const QString &now)
{
    auto st = m_db.prepare(std::string("SELECT ") + kSessionColumns
        + " FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE ?1 = '' OR (s.revoked_at IS NULL AND "
          "s.expires_at > ?1) ORDER BY s.issued_at DESC");
    if (!st)
        return storageError(st.error());
    st->bind(1, now);
    QList<UserSessionRecord> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return storageError(row.error());
        if (!row.value())
            break;
        out.append(readSession(*st));
    }
    return out;
}

Result<int> SqliteAuthRegistry::revokeSessions(
    const QString &sessionId, qint64 userId, const QString &deviceId, const QString &at)
{
    auto st = m_db.prepare("UPDATE user_session SET revoked_at = ?4 WHERE revoked_at IS NULL "
                           "AND (?1 = '' OR id = ?1) AND (?2 = 0 OR user_id = ?2) AND (?3 = '' OR device_id = ?3)");
    if (!st)
        return storageError(st.error());
    SH_STORAGE_TRY(st->bind(1, sessionId).bind(2, userId).bind(3, deviceId).bind(4, at).run());
    return int(m_db.changes());
}

} // namespace stockhand::server::storage
