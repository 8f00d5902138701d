// The PostgreSQL backend (docs/server.md, "PostgreSQL"): one libpq connection per PgStorage (a process's
// main thread; each reader thread opens its own), the schema migrated on open (pgschema.h). Batches run
// one after another across processes under the feed lock; feed and KPI reads are REPEATABLE READ
// snapshots, so pushes go on while they read.
#pragma once

#include "storage/postgresql/pgconnection.h"
#include "storage/storage.h"

namespace stockhand::server::pg {

using namespace stockhand::server::storage;

class PgDeviceRegistry final : public DeviceRegistry
{
public:
    explicit PgDeviceRegistry(Connection &c)
        : m_c(c)
    { }
    Status insertCode(const QByteArray &codeHash, const EnrolmentCodeRecord &code, const QString &issuedAt) override;
    Result<std::optional<EnrolmentCodeRecord>> code(const QByteArray &codeHash) override;
    Status enrolDevice(const QByteArray &codeHash, const DeviceRecord &device, const QByteArray &tokenHash) override;
    Result<std::optional<DeviceRecord>> deviceByTokenHash(const QByteArray &tokenHash) override;
    Result<QList<DeviceRecord>> devices() override;
    Result<bool> revoke(const QString &deviceId, const QString &at, qint64 byUser) override;
    Status recordReport(const DeviceRecord &device, const QString &at) override;
    Result<std::optional<qint64>> warehouseByCode(const QString &codeOrId) override;
    Result<QList<SsccRangeRecord>> ssccRanges(const QString &deviceId) override;
    Result<SsccRangeRecord> reserveSsccRange(
        const QString &deviceId, int extension, const QString &companyPrefix, qint64 size, const QString &at) override;

private:
    Connection &m_c;
};

class PgAuthRegistry final : public AuthRegistry
{
public:
    explicit PgAuthRegistry(Connection &c)
        : m_c(c)
    { }
    Result<std::optional<CredentialRecord>> credentialByLogin(const QString &login) override;
    Status setCredential(
        qint64 userId, const QByteArray &hash, const QByteArray &salt, int iterations, const QString &at) override;
    Result<ThrottleRecord> throttle(const QString &key) override;
    Status setThrottle(const QString &key, const ThrottleRecord &record) override;
    Status insertSession(const UserSessionRecord &session) override;
    Result<std::optional<UserSessionRecord>> session(const QString &sessionId) override;
    Result<QList<UserSessionRecord>> sessions(const QString &now) override;
    Result<int> revokeSessions(
        const QString &sessionId, qint64 userId, const QString &deviceId, const QString &at) override;

private:
    Connection &m_c;
};

class PgStorage final : public Storage
{
public:
    // Connects (conninfo: a postgresql:// URI) and creates or migrates the schema.
    static Result<std::unique_ptr<PgStorage>> open(const QString &conninfo);

    Result<std::unique_ptr<Batch>> beginBatch() override;
    Result<std::unique_ptr<FeedReader>> beginFeedRead() override;
    Result<std::unique_ptr<KpiReader>> beginKpiRead() override;
    Result<qint64> latestCursor(qint64 warehouseId) override;
    Result<qint64> compactFeed() override;
    DeviceRegistry &devices() override { return m_devices; }
    AuthRegistry &auth() override { return m_auth; }
    Result<QString> epoch() override;
    Status setEpoch(const QString &epoch) override;
    Status ping() override;
    Result<SnapshotFileStamp> writeSnapshotFile(qint64 warehouseId, const QString &path) override;
    // LISTEN stockhand_feed on a connection of its own, opened on first use (-1 when it cannot be).
    int feedNotifySocket() override;
    bool consumeFeedNotifications() override;

    // The backend's connection, for its admin tools (pgadmin.h) and tests.
    Connection &connection() { return *m_c; }

private:
    explicit PgStorage(std::unique_ptr<Connection> c)
        : m_c(std::move(c))
        , m_devices(*m_c)
        , m_auth(*m_c)
    { }
    std::unique_ptr<Connection> m_c;
    std::unique_ptr<Connection> m_listener;
    PgDeviceRegistry m_devices;
    PgAuthRegistry m_auth;
};

// Whether a [server] database setting names a PostgreSQL database (postgresql:// or postgres://).
bool isPostgresUrl(const QString &database);

} // namespace stockhand::server::pg
