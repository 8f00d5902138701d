#include "storage/sqlite/sqlitestorage.h"

#include "db/migrator.h"
#include "domain/sscc.h"
#include "storage/sqlite/serverschema.h"
#include "storage/sqlite/sqlitebatch.h"
#include "storage/sqlite/sqliteerror.h"
#include "storage/sqlite/sqlitefeed.h"
#include "storage/sqlite/sqlitekpis.h"

#include <sqlite3.h>

namespace stockhand::server::storage {

namespace {

constexpr const char *kDeviceColumns
    = "id, name, warehouse_id, enrolled_at, last_seen, revoked_at, app_version, pending_ops, oldest_pending_at, "
      "last_error_code, last_error_message, reported_at, revoked_by, "
      "(SELECT code FROM warehouse WHERE warehouse.id = device.warehouse_id)";

DeviceRecord readDevice(const db::Statement &st)
{
    auto text = [&](int col) { return st.isNull(col) ? QString() : st.text(col); };
    DeviceRecord d;
    d.id = st.text(0);
    d.name = st.text(1);
    d.warehouseId = st.int64(2);
    d.enrolledAt = st.text(3);
    d.lastSeen = text(4);
    d.revokedAt = text(5);
    d.appVersion = text(6);
    d.pendingOps = st.isNull(7) ? 0 : st.int64(7);
    d.oldestPendingAt = text(8);
    d.lastErrorCode = text(9);
    d.lastErrorMessage = text(10);
    d.reportedAt = text(11);
    d.revokedBy = st.isNull(12) ? 0 : st.int64(12);
    d.warehouseCode = text(13);
    return d;
}

} // namespace

Status SqliteDeviceRegistry::insertCode(
    const QByteArray &codeHash, const EnrolmentCodeRecord &code, const QString &issuedAt)
{
    auto st = m_db.prepare(
        "INSERT INTO enrolment_code(code_hash, warehouse_id, issued_at, expires_at, issued_by, device_name) "
        "VALUES (?1, ?2, ?3, ?4, NULLIF(?5, 0), NULLIF(?6, ''))");
    if (!st)
        return storageError(st.error());
    return storageStatus(st->bindBlob(1, codeHash)
                             .bind(2, code.warehouseId)
                             .bind(3, issuedAt)
                             .bind(4, code.expiresAt)
                             .bind(5, code.issuedBy)
                             .bind(6, code.deviceName)
                             .run());
}

Result<std::optional<EnrolmentCodeRecord>> SqliteDeviceRegistry::code(const QByteArray &codeHash)
{
    auto st = m_db.prepare("SELECT warehouse_id, expires_at, used_at, device_name, issued_by FROM enrolment_code "
                           "WHERE code_hash = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bindBlob(1, codeHash).step();
    if (!row)
        return storageError(row.error());
    if (!row.value())
        return std::optional<EnrolmentCodeRecord>();
    return std::optional<EnrolmentCodeRecord>(
        EnrolmentCodeRecord {st->int64(0), st->text(1), st->isNull(2) ? QString() : st->text(2),
            st->isNull(3) ? QString() : st->text(3), st->isNull(4) ? 0 : st->int64(4)});
}

Status SqliteDeviceRegistry::enrolDevice(
    const QByteArray &codeHash, const DeviceRecord &device, const QByteArray &tokenHash)
{
    db::Transaction tx(m_db);
    SH_STORAGE_TRY(tx.begun());
    auto use = m_db.prepare(
        "UPDATE enrolment_code SET used_at = ?2, device_id = ?3 WHERE code_hash = ?1 AND used_at IS NULL");
    if (!use)
        return storageError(use.error());
    SH_STORAGE_TRY(use->bindBlob(1, codeHash).bind(2, device.enrolledAt).bind(3, device.id).run());
    if (m_db.changes() != 1)
        return makeError("enrol.invalid-code", QStringLiteral("The enrolment code is unknown, used or expired."));
    auto ins = m_db.prepare("INSERT INTO device(id, name, warehouse_id, token_hash, enrolled_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!ins)
        return storageError(ins.error());
    SH_STORAGE_TRY(ins->bind(1, device.id)
                       .bind(2, device.name)
                       .bind(3, device.warehouseId)
                       .bindBlob(4, tokenHash)
                       .bind(5, device.enrolledAt)
                       .run());
    return storageStatus(tx.commit());
}

Result<std::optional<DeviceRecord>> SqliteDeviceRegistry::deviceByTokenHash(const QByteArray &tokenHash)
{
    auto st = m_db.prepare(std::string("SELECT ") + kDeviceColumns + " FROM device WHERE token_hash = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bindBlob(1, tokenHash).step();
    if (!row)
        return storageError(row.error());
    return row.value() ? std::optional<DeviceRecord>(readDevice(*st)) : std::nullopt;
}

Result<QList<DeviceRecord>> SqliteDeviceRegistry::devices()
{
    auto st = m_db.prepare(std::string("SELECT ") + kDeviceColumns + " FROM device ORDER BY enrolled_at, id");
    if (!st)
        return storageError(st.error());
    QList<DeviceRecord> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return storageError(row.error());
        if (!row.value())
            break;
        out.append(readDevice(*st));
    }
    return out;
}

Result<bool> SqliteDeviceRegistry::revoke(const QString &deviceId, const QString &at, qint64 byUser)
{
    auto st = m_db.prepare(
        "UPDATE device SET revoked_at = ?2, revoked_by = NULLIF(?3, 0) WHERE id = ?1 AND revoked_at IS NULL");
    if (!st)
        return storageError(st.error());
    SH_STORAGE_TRY(st->bind(1, deviceId).bind(2, at).bind(3, byUser).run());
    return m_db.changes() > 0;
}

Status SqliteDeviceRegistry::recordReport(const DeviceRecord &d, const QString &at)
{
    auto st = m_db.prepare("UPDATE device SET app_version = ?2, pending_ops = ?3, oldest_pending_at = NULLIF(?4, ''), "
                           "last_error_code = NULLIF(?5, ''), last_error_message = NULLIF(?6, ''), reported_at = ?7, "
                           "last_seen = ?7 WHERE id = ?1");
    if (!st)
        return storageError(st.error());
    return storageStatus(st->bind(1, d.id)
                             .bind(2, d.appVersion)
                             .bind(3, d.pendingOps)
                             .bind(4, d.oldestPendingAt)
                             .bind(5, d.lastErrorCode)
                             .bind(6, d.lastErrorMessage)
                             .bind(7, at)
                             .run());
}

Result<QList<SsccRangeRecord>> SqliteDeviceRegistry::ssccRanges(const QString &deviceId)
{
    auto st = m_db.prepare("SELECT id, device_id, extension, company_prefix, first, last, issued_at FROM sscc_range "
                           "WHERE ?1 = '' OR device_id = ?1 ORDER BY id");
    if (st)
        st->bind(1, deviceId);
    return storageResult(db::allRows(st, [](db::Statement &r) {
        return SsccRangeRecord {r.int64(0), r.text(1), int(r.int64(2)), r.text(3), r.int64(4), r.int64(5), r.text(6)};
    }));
}

Result<SsccRangeRecord> SqliteDeviceRegistry::reserveSsccRange(
    const QString &deviceId, int extension, const QString &companyPrefix, qint64 size, const QString &at)
{
    db::Transaction tx(m_db); // BEGIN IMMEDIATE: one writer at a time, across processes
    SH_STORAGE_TRY(tx.begun());
    auto top = m_db.prepare("SELECT max(last) FROM sscc_range WHERE company_prefix = ?1 AND extension = ?2");
    if (!top)
        return storageError(top.error());
    auto row = top->bind(1, companyPrefix).bind(2, extension).step();
    if (!row)
        return storageError(row.error());
    const qint64 first = top->isNull(0) ? 0 : top->int64(0) + 1;
    top->reset();
    const qint64 last = first + size - 1;
    if (size <= 0 || last > ssccMaxSerial(companyPrefix))
        return makeError("sscc.prefix-exhausted",
            QStringLiteral("The GS1 Company Prefix %1 with extension digit %2 has no room for %3 more SSCCs.")
                .arg(companyPrefix)
                .arg(extension)
                .arg(size));
    auto ins = m_db.prepare("INSERT INTO sscc_range(device_id, extension, company_prefix, first, last, issued_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!ins)
        return storageError(ins.error());
    SH_STORAGE_TRY(ins->bind(1, deviceId)
                       .bind(2, extension)
                       .bind(3, companyPrefix)
                       .bind(4, first)
                       .bind(5, last)
                       .bind(6, at)
                       .run());
    const qint64 id = m_db.lastInsertRowId();
    SH_STORAGE_TRY(tx.commit());
    return SsccRangeRecord {id, deviceId, extension, companyPrefix, first, last, at};
}

Result<std::optional<qint64>> SqliteDeviceRegistry::warehouseByCode(const QString &codeOrId)
{
    auto st = m_db.prepare("SELECT id FROM warehouse WHERE code = ?1 OR CAST(id AS TEXT) = ?1");
    if (!st)
        return storageError(st.error());
    auto row = st->bind(1, codeOrId).step();
    if (!row)
        return storageError(row.error());
    return row.value() ? std::optional<qint64>(st->int64(0)) : std::nullopt;
}

Result<std::unique_ptr<SqliteStorage>> SqliteStorage::open(const QString &path, db::OpenOptions options)
{
    auto db = db::openAndMigrate(path, options, serverSchema());
    if (!db)
        return storageError(db.error());
    // Checkpoint every ~40 MB of WAL instead of every 4 MB: hot pages (quants, indexes) written by many
    // batches are copied back to the database once per checkpoint rather than once per batch.
    SH_STORAGE_TRY(db.value()->exec("PRAGMA wal_autocheckpoint=10000;"));
    // A bigger lookaside pool (2,000 slots of 1,200 bytes, 2.4 MB): SQLite's small per-statement allocations
    // (cursors, records) come from the connection's pool instead of malloc (push +3 %, bench_server). Best
    // effort: SQLite refuses it only while lookaside memory is in use, and the default pool then stays.
    (void)sqlite3_db_config(db.value()->handle(), SQLITE_DBCONFIG_LOOKASIDE, nullptr, 1200, 2000);
    return std::unique_ptr<SqliteStorage>(new SqliteStorage(std::move(db.value())));
}

Result<std::unique_ptr<Batch>> SqliteStorage::beginBatch()
{
    auto b = SqliteBatch::begin(*m_db);
    if (!b)
        return storageError(b.error());
    return std::unique_ptr<Batch>(std::move(b.value()));
}

Result<std::unique_ptr<FeedReader>> SqliteStorage::beginFeedRead()
{
    auto r = SqliteFeedReader::begin(*m_db);
    if (!r)
        return storageError(r.error());
    return std::unique_ptr<FeedReader>(std::move(r.value()));
}

Result<std::unique_ptr<KpiReader>> SqliteStorage::beginKpiRead()
{
    auto r = SqliteKpiReader::begin(*m_db);
    if (!r)
        return storageError(r.error());
    return std::unique_ptr<KpiReader>(std::move(r.value()));
}

Result<qint64> SqliteStorage::latestCursor(qint64 warehouseId)
{
    return sqliteLatestCursor(*m_db, warehouseId);
}

Result<qint64> SqliteStorage::compactFeed()
{
    return sqliteCompactFeed(*m_db);
}

Result<QString> SqliteStorage::epoch()
{
    auto st = m_db->prepare("SELECT value FROM server_meta WHERE key = 'epoch'");
    if (!st)
        return storageError(st.error());
    auto row = st->step();
    if (!row)
        return storageError(row.error());
    if (!row.value())
        return makeError("server.no-epoch", QStringLiteral("The server database has no epoch."));
    return st->text(0);
}

Status SqliteStorage::setEpoch(const QString &epoch)
{
    auto st = m_db->prepare("UPDATE server_meta SET value = ?1 WHERE key = 'epoch'");
    if (!st)
        return storageError(st.error());
    return storageStatus(st->bind(1, epoch).run());
}

Status SqliteStorage::ping()
{
    return storageStatus(Status::from(m_db->queryInt("SELECT 1")));
}

} // namespace stockhand::server::storage
