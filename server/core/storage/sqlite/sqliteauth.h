// The embedded backend's AuthRegistry: passwords, the sign-in throttle and user sessions in server-only
// tables (serverschema.cpp v2). Each call is its own transaction.
#pragma once

#include "db/database.h"
#include "storage/storage.h"

namespace stockhand::server::storage {

// The session by id (also read inside a push's transaction).
Result<std::optional<UserSessionRecord>> sqliteUserSession(db::Database &db, const QString &sessionId);

class SqliteAuthRegistry final : public AuthRegistry
{
public:
    explicit SqliteAuthRegistry(db::Database &db)
        : m_db(db)
    { }
    Result<std::optional<CredentialRecord>> credentialByLogin(const QString &login) override;
    Status setCredential(
        qint64 userId, const QByteArray &hash, const QByteArray &salt, int iterations, const QString &at) override;
    Result<ThrottleRecord> throttle(const QString &key) override;
    Status setThrottle(const QString &key, const ThrottleRecord &record) override;
    Status insertSession(const UserSessionRecord &session) override;
    Result<std::optional<UserSessionRecord>> session(const QString &sessionId) override
    {
        return sqliteUserSession(m_db, sessionId);
    }
    Result<QList<UserSessionRecord>> sessions(const QString &now) override;
    Result<int> revokeSessions(
        const QString &sessionId, qint64 userId, const QString &deviceId, const QString &at) override;

private:
    db::Database &m_db;
};

} // namespace stockhand::server::storage
