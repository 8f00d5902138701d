#include "storage/postgresql/pgstorage.h"

#include "domain/sscc.h"
#include "storage/postgresql/pgbatch.h"
#include "storage/postgresql/pgfeed.h"
#include "storage/postgresql/pgschema.h"

namespace stockhand::server::pg {

namespace {

constexpr const char *kDeviceColumns
    = "id, name, warehouse_id, enrolled_at, last_seen, revoked_at, app_version, pending_ops, oldest_pending_at, "
      "last_error_code, last_error_message, reported_at, revoked_by, "
      "(SELECT code FROM warehouse WHERE warehouse.id = device.warehouse_id)";

DeviceRecord readDevice(const Rows &r, int i)
{
    DeviceRecord d;
    d.id = r.text(i, 0);
    d.name = r.text(i, 1);
    d.warehouseId = r.int64(i, 2);
    d.enrolledAt = r.text(i, 3);
    d.lastSeen = r.text(i, 4);
    d.revokedAt = r.text(i, 5);
    d.appVersion = r.text(i, 6);
    d.pendingOps = r.int64(i, 7);
    d.oldestPendingAt = r.text(i, 8);
    d.lastErrorCode = r.text(i, 9);
    d.lastErrorMessage = r.text(i, 10);
    d.reportedAt = r.text(i, 11);
    d.revokedBy = r.int64(i, 12);
    d.warehouseCode = r.text(i, 13);
    return d;
}

constexpr const char *kSessionColumns = "s.id, s.user_id, u.login, s.device_id, s.secret_hash, s.issued_at, "
                                        "s.expires_at, s.device_issued_at, coalesce(s.revoked_at, '')";

} // namespace

bool isPostgresUrl(const QString &database)
{
    return database.startsWith(QLatin1String("postgresql://")) || database.startsWith(QLatin1String("postgres://"));
}

Status PgDeviceRegistry::insertCode(
    const QByteArray &codeHash, const EnrolmentCodeRecord &code, const QString &issuedAt)
{
    return m_c.run("INSERT INTO enrolment_code(code_hash, warehouse_id, issued_at, expires_at, issued_by, device_name) "
                   "VALUES ($1, $2, $3, $4, $5, $6)",
        Params()
            .addBytes(codeHash)
            .add(code.warehouseId)
            .add(issuedAt)
            .add(code.expiresAt)
            .addIdOrNull(code.issuedBy)
            .addTextOrNull(code.deviceName));
}

Result<std::optional<EnrolmentCodeRecord>> PgDeviceRegistry::code(const QByteArray &codeHash)
{
    auto r = m_c.query("SELECT warehouse_id, expires_at, used_at, device_name, issued_by FROM enrolment_code "
                       "WHERE code_hash = $1",
        Params().addBytes(codeHash));
    if (!r)
        return r.error();
    if (!r->size())
        return std::optional<EnrolmentCodeRecord>();
    return std::optional<EnrolmentCodeRecord>(
        EnrolmentCodeRecord {r->int64(0, 0), r->text(0, 1), r->text(0, 2), r->text(0, 3), r->int64(0, 4)});
}

Status PgDeviceRegistry::enrolDevice(
    const QByteArray &codeHash, const DeviceRecord &device, const QByteArray &tokenHash)
{
    Transaction tx(m_c);
    SH_TRY(tx.begun());
    auto use
        = m_c.query("UPDATE enrolment_code SET used_at = $2, device_id = $3 WHERE code_hash = $1 AND used_at IS NULL",
            Params().addBytes(codeHash).add(device.enrolledAt).add(device.id));
    if (!use)
        return use.error();
    if (use->affected() != 1)
        return makeError("enrol.invalid-code", QStringLiteral("The enrolment code is unknown, used or expired."));
    SH_TRY(m_c.run("INSERT INTO device(id, name, warehouse_id, token_hash, enrolled_at) VALUES ($1, $2, $3, $4, $5)",
        Params().add(device.id).add(device.name).add(device.warehouseId).addBytes(tokenHash).add(device.enrolledAt)));
    return tx.commit();
}

Result<std::optional<DeviceRecord>> PgDeviceRegistry::deviceByTokenHash(const QByteArray &tokenHash)
{
    auto r = m_c.query(
        std::string("SELECT ") + kDeviceColumns + " FROM device WHERE token_hash = $1", Params().addBytes(tokenHash));
    if (!r)
        return r.error();
    return r->size() ? std::optional<DeviceRecord>(readDevice(*r, 0)) : std::nullopt;
}

Result<QList<DeviceRecord>> PgDeviceRegistry::devices()
{
    auto r = m_c.query(std::string("SELECT ") + kDeviceColumns + " FROM device ORDER BY enrolled_at, id");
    if (!r)
        return r.error();
    QList<DeviceRecord> out;
    for (int i = 0; i < r->size(); ++i)
        out.append(readDevice(*r, i));
    return out;
}

Result<bool> PgDeviceRegistry::revoke(const QString &deviceId, const QString &at, qint64 byUser)
{
    auto r = m_c.query("UPDATE device SET revoked_at = $2, revoked_by = $3 WHERE id = $1 AND revoked_at IS NULL",
        Params().add(deviceId).add(at).addIdOrNull(byUser));
    if (!r)
        return r.error();
    return r->affected() > 0;
}

Status PgDeviceRegistry::recordReport(const DeviceRecord &d, const QString &at)
{
    return m_c.run("UPDATE device SET app_version = $2, pending_ops = $3, oldest_pending_at = $4, "
                   "last_error_code = $5, last_error_message = $6, reported_at = $7, last_seen = $7 WHERE id = $1",
        Params()
            .add(d.id)
            .add(d.appVersion)
            .add(d.pendingOps)
            .addTextOrNull(d.oldestPendingAt)
            .addTextOrNull(d.lastErrorCode)
            .addTextOrNull(d.lastErrorMessage)
            .add(at));
}

Result<QList<SsccRangeRecord>> PgDeviceRegistry::ssccRanges(const QString &deviceId)
{
    auto r = m_c.query("SELECT id, device_id, extension, company_prefix, first, last, issued_at FROM sscc_range "
                       "WHERE $1::text = '' OR device_id = $1::text ORDER BY id",
        Params().add(deviceId));
    if (!r)
        return r.error();
    QList<SsccRangeRecord> out;
    for (int i = 0; i < r->size(); ++i)
        out.append(SsccRangeRecord {r->int64(i, 0), r->text(i, 1), int(r->int64(i, 2)), r->text(i, 3), r->int64(i, 4),
            r->int64(i, 5), r->text(i, 6)});
    return out;
}

Result<SsccRangeRecord> PgDeviceRegistry::reserveSsccRange(
    const QString &deviceId, int extension, const QString &companyPrefix, qint64 size, const QString &at)
{
    Transaction tx(m_c);
    SH_TRY(tx.begun());
    SH_TRY(m_c.exec("SELECT feed_lock()")); // one reservation at a time, across processes
    auto top = m_c.query("SELECT max(last) FROM sscc_range WHERE company_prefix = $1 AND extension = $2",
        Params().add(companyPrefix).add(qint64(extension)));
    if (!top)
        return top.error();
    const qint64 first = top->isNull(0, 0) ? 0 : top->int64(0, 0) + 1;
    const qint64 last = first + size - 1;
    if (size <= 0 || last > ssccMaxSerial(companyPrefix))
        return makeError("sscc.prefix-exhausted",
            QStringLiteral("The GS1 Company Prefix %1 with extension digit %2 has no room for %3 more SSCCs.")
                .arg(companyPrefix)
                .arg(extension)
                .arg(size));
    auto id = m_c.queryInt("INSERT INTO sscc_range(device_id, extension, company_prefix, first, last, issued_at) "
                           "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        Params().add(deviceId).add(qint64(extension)).add(companyPrefix).add(first).add(last).add(at));
    if (!id)
        return id.error();
    SH_TRY(tx.commit());
    return SsccRangeRecord {id.value(), deviceId, extension, companyPrefix, first, last, at};
}

Result<std::optional<qint64>> PgDeviceRegistry::warehouseByCode(const QString &codeOrId)
{
    auto r = m_c.query("SELECT id FROM warehouse WHERE code = $1 OR id::text = $1", Params().add(codeOrId));
    if (!r)
        return r.error();
    return r->size() ? std::optional<qint64>(r->int64(0, 0)) : std::nullopt;
}

Result<std::optional<CredentialRecord>> PgAuthRegistry::credentialByLogin(const QString &login)
{
    auto r = m_c.query("SELECT u.id, u.roles, coalesce(u.warehouse_id, 0), u.active, c.hash, c.salt, "
                       "coalesce(c.iterations, 0) FROM app_user u LEFT JOIN user_credential c ON c.user_id = u.id "
                       "WHERE u.login = $1",
        Params().add(login));
    if (!r)
        return r.error();
    if (!r->size())
        return std::optional<CredentialRecord>();
    CredentialRecord c;
    c.userId = r->int64(0, 0);
    for (const QString &role : r->text(0, 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
        c.roles.append(role.trimmed());
    c.warehouseId = r->int64(0, 2);
    c.active = r->int64(0, 3) != 0;
    c.hash = r->bytes(0, 4);
    c.salt = r->bytes(0, 5);
    c.iterations = int(r->int64(0, 6));
    return std::optional<CredentialRecord>(std::move(c));
}

Status PgAuthRegistry::setCredential(
    qint64 userId, const QByteArray &hash, const QByteArray &salt, int iterations, const QString &at)
{
    return m_c.run("INSERT INTO user_credential(user_id, hash, salt, iterations, changed_at) "
                   "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id) DO UPDATE SET hash = excluded.hash, "
                   "salt = excluded.salt, iterations = excluded.iterations, changed_at = excluded.changed_at",
        Params().add(userId).addBytes(hash).addBytes(salt).add(qint64(iterations)).add(at));
}

Result<ThrottleRecord> PgAuthRegistry::throttle(const QString &key)
{
    auto r = m_c.query(
        "SELECT failures, coalesce(locked_until, '') FROM sign_in_throttle WHERE key = $1", Params().add(key));
    if (!r)
        return r.error();
    if (!r->size())
        return ThrottleRecord {};
    return ThrottleRecord {int(r->int64(0, 0)), r->text(0, 1)};
}

Status PgAuthRegistry::setThrottle(const QString &key, const ThrottleRecord &r)
{
    if (r.failures == 0 && r.lockedUntil.isEmpty())
        return m_c.run("DELETE FROM sign_in_throttle WHERE key = $1", Params().add(key));
    return m_c.run("INSERT INTO sign_in_throttle(key, failures, locked_until) VALUES ($1, $2, $3) "
                   "ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until",
        Params().add(key).add(qint64(r.failures)).addTextOrNull(r.lockedUntil));
}

Status PgAuthRegistry::insertSession(const UserSessionRecord &s)
{
    return m_c.run("INSERT INTO user_session(id, user_id, device_id, secret_hash, issued_at, expires_at, "
                   "device_issued_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        Params()
            .add(s.id)
            .add(s.userId)
            .add(s.deviceId)
            .addBytes(s.secretHash)
            .add(s.issuedAt)
            .add(s.expiresAt)
            .add(s.deviceIssuedAt));
}

Result<std::optional<UserSessionRecord>> PgAuthRegistry::session(const QString &sessionId)
{
    return userSession(m_c, sessionId);
}

Result<QList<UserSessionRecord>> PgAuthRegistry::sessions(const QString &now)
{
    auto r = m_c.query(std::string("SELECT ") + kSessionColumns
            + " FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE $1::text = '' OR (s.revoked_at IS "
              "NULL AND s.expires_at > $1::text) ORDER BY s.issued_at DESC",
        Params().add(now));
    if (!r)
        return r.error();
    QList<UserSessionRecord> out;
    for (int i = 0; i < r->size(); ++i)
        out.append(UserSessionRecord {r->text(i, 0), r->int64(i, 1), r->text(i, 2), r->text(i, 3), r->bytes(i, 4),
            r->text(i, 5), r->text(i, 6), r->text(i, 7), r->text(i, 8)});
    return out;
}

Result<int> PgAuthRegistry::revokeSessions(
    const QString &sessionId, qint64 userId, const QString &deviceId, const QString &at)
{
    auto r = m_c.query("UPDATE user_session SET revoked_at = $4 WHERE revoked_at IS NULL "
                       "AND ($1::text = '' OR id = $1::text) AND ($2::bigint = 0 OR user_id = $2::bigint) "
                       "AND ($3::text = '' OR device_id = $3::text)",
        Params().add(sessionId).add(userId).add(deviceId).add(at));
    if (!r)
        return r.error();
    return int(r->affected());
}

Result<std::unique_ptr<PgStorage>> PgStorage::open(const QString &conninfo)
{
    auto c = Connection::open(conninfo);
    if (!c)
        return c.error();
    SH_TRY(migrate(**c));
    return std::unique_ptr<PgStorage>(new PgStorage(std::move(c.value())));
}

Result<std::unique_ptr<Batch>> PgStorage::beginBatch()
{
    auto b = PgBatch::begin(*m_c);
    if (!b)
        return b.error();
    return std::unique_ptr<Batch>(std::move(b.value()));
}

Result<std::unique_ptr<FeedReader>> PgStorage::beginFeedRead()
{
    auto r = PgFeedReader::begin(*m_c);
    if (!r)
        return r.error();
    return std::unique_ptr<FeedReader>(std::move(r.value()));
}

Result<std::unique_ptr<KpiReader>> PgStorage::beginKpiRead()
{
    auto r = PgKpiReader::begin(*m_c);
    if (!r)
        return r.error();
    return std::unique_ptr<KpiReader>(std::move(r.value()));
}

Result<qint64> PgStorage::latestCursor(qint64 warehouseId)
{
    return pgLatestCursor(*m_c, warehouseId);
}

Result<qint64> PgStorage::compactFeed()
{
    Transaction tx(*m_c);
    SH_TRY(tx.begun());
    auto r = m_c->query("DELETE FROM change_log c WHERE EXISTS (SELECT 1 FROM change_log n "
                        "WHERE n.tbl = c.tbl AND n.key = c.key AND n.seq > c.seq)");
    if (!r)
        return r.error();
    const qint64 n = r->affected();
    SH_TRY(tx.commit());
    return n;
}

Result<QString> PgStorage::epoch()
{
    auto r = m_c->query("SELECT value FROM server_meta WHERE key = 'epoch'");
    if (!r)
        return r.error();
    if (!r->size())
        return makeError("server.no-epoch", QStringLiteral("The server database has no epoch."));
    return r->text(0, 0);
}

Status PgStorage::setEpoch(const QString &epoch)
{
    return m_c->run("UPDATE server_meta SET value = $1 WHERE key = 'epoch'", Params().add(epoch));
}

int PgStorage::feedNotifySocket()
{
    if (!m_listener) {
        auto c = Connection::open(m_c->conninfo());
        if (!c || !(*c)->exec("LISTEN stockhand_feed").ok())
            return -1;
        m_listener = std::move(c.value());
    }
    return m_listener->socket();
}

bool PgStorage::consumeFeedNotifications()
{
    if (!m_listener)
        return false;
    const int n = m_listener->takeNotifications();
    if (n < 0) { // the connection is lost: the next feedNotifySocket() opens another; wake the polls meanwhile
        m_listener.reset();
        return true;
    }
    return n > 0;
}

Status PgStorage::ping()
{
    return Status::from(m_c->queryInt("SELECT 1"));
}

} // namespace stockhand::server::pg
