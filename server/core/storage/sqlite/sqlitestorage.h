// The embedded backend: one SQLite file in WAL mode, shared safely by several server processes (every
// batch is a BEGIN IMMEDIATE transaction; readers do not block it). The admin tools that load master data
// in bulk (import, seed, users) work on database() directly: they are the embedded backend's tools.
#pragma once

#include "db/database.h"
#include "storage/sqlite/sqliteauth.h"
#include "storage/storage.h"

namespace stockhand::server::storage {

class SqliteDeviceRegistry final : public DeviceRegistry
{
public:
    explicit SqliteDeviceRegistry(db::Database &db)
        : m_db(db)
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
    db::Database &m_db;
};

class SqliteStorage final : public Storage
{
public:
    // Opens (creating or migrating) the server database at path.
    static Result<std::unique_ptr<SqliteStorage>> open(const QString &path, db::OpenOptions options = {});

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

    db::Database &database() { return *m_db; }

private:
    explicit SqliteStorage(std::unique_ptr<db::Database> db)
        : m_db(std::move(db))
        , m_devices(*m_db)
        , m_auth(*m_db)
    { }
    std::unique_ptr<db::Database> m_db;
    SqliteDeviceRegistry m_devices;
    SqliteAuthRegistry m_auth;
};

} // namespace stockhand::server::storage
