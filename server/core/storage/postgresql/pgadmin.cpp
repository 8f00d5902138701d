#include "storage/postgresql/pgadmin.h"

#include "auth/pinhash.h"
#include "ops/kinds.h"
#include "passwords.h"
#include "storage/postgresql/pgbatch.h"
#include "storage/postgresql/pgstorage.h"
#include "storage/sqlite/embeddedserver.h"
#include "storage/sqlite/sqlitestorage.h"

#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>

namespace stockhand::server::pg {

namespace {

// Parents before children (the foreign keys are checked row by row).
const char *const kCopiedTables[] = {"warehouse", "location", "product", "product_barcode", "lot", "package", "partner",
    "quant", "transfer", "transfer_line", "count_task", "count_line", "reason_code", "adjustment", "app_user",
    "user_credential", "user_policy", "count_policy"};

Status copyTable(db::Database &src, Connection &dst, const char *table)
{
    auto info = src.prepare(std::string("SELECT name FROM pragma_table_info('") + table + "') ORDER BY cid");
    if (!info)
        return info.error();
    QStringList columns;
    for (;;) {
        auto row = info->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        columns.append(info->text(0));
    }
    const std::string list = columns.join(QLatin1String(", ")).toStdString();
    const std::string select = std::string("SELECT ") + list + " FROM " + table + " ORDER BY 1";
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(src.handle(), select.c_str(), -1, &raw, nullptr) != SQLITE_OK)
        return db::sqliteError(src.handle(), sqlite3_errcode(src.handle()), "copy.prepare");
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> st(raw, sqlite3_finalize);
    QByteArray data;
    const std::string copy = std::string("COPY ") + table + "(" + list + ") FROM STDIN";
    int rc;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
        for (int i = 0; i < columns.size(); ++i) {
            if (i)
                data.append('\t');
            switch (sqlite3_column_type(st.get(), i)) {
            case SQLITE_NULL:
                data.append("\\N");
                break;
            case SQLITE_BLOB:
                data.append("\\\\x").append(QByteArray::fromRawData(
                    static_cast<const char *>(sqlite3_column_blob(st.get(), i)), sqlite3_column_bytes(st.get(), i))
                                                .toHex());
                break;
            case SQLITE_INTEGER:
                data.append(QByteArray::number(sqlite3_column_int64(st.get(), i)));
                break;
            case SQLITE_FLOAT:
                data.append(QByteArray::number(sqlite3_column_double(st.get(), i), 'g', 17));
                break;
            default:
                appendCopyText(data,
                    QByteArray::fromRawData(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), i)),
                        sqlite3_column_bytes(st.get(), i)));
            }
        }
        data.append('\n');
        if (data.size() > (8 << 20)) {
            SH_TRY(dst.copyIn(copy, data));
            data.clear();
        }
    }
    if (rc != SQLITE_DONE)
        return db::sqliteError(src.handle(), rc, "copy.step");
    if (!data.isEmpty())
        SH_TRY(dst.copyIn(copy, data));
    return {};
}

Result<std::pair<qint64, QStringList>> userByLogin(Connection &c, const QString &login)
{
    auto r = c.query("SELECT id, roles FROM app_user WHERE login = $1", Params().add(login));
    if (!r)
        return r.error();
    if (!r->size())
        return makeError("user.unknown", QStringLiteral("No user %1.").arg(login));
    return std::pair<qint64, QStringList> {r->int64(0, 0), r->text(0, 1).split(QLatin1Char(','), Qt::SkipEmptyParts)};
}

} // namespace

Status copyFromSqlite(db::Database &src, Connection &dst)
{
    Transaction tx(dst);
    SH_TRY(tx.begun());
    SH_TRY(dst.exec("SELECT feed_lock()"));
    for (const char *table : kCopiedTables)
        SH_TRY(copyTable(src, dst, table));
    return tx.commit();
}

Result<demo::DemoSummary> seed(
    Connection &c, const demo::DemoOptions &options, const QString &password, int passwordIterations, const QString &at)
{
    // The generator's own refusal, before it generates the world into the scratch database.
    auto products = c.queryInt("SELECT count(*) FROM product");
    if (!products)
        return products.error();
    if (products.value() > 0)
        return makeError(
            "demo.not-empty", QStringLiteral("The database already holds products; the demo needs empty tables."));
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError("storage.failure", QStringLiteral("No temporary directory for the seed."));
    auto scratch = storage::SqliteStorage::open(dir.filePath(QStringLiteral("seed.db")));
    if (!scratch)
        return scratch.error();
    db::Database &db = (*scratch)->database();
    auto s = demo::generateDemo(db, options);
    if (!s)
        return s.error();
    QStringList logins {QStringLiteral("admin")};
    for (int wi = 1; wi <= s->warehouses; ++wi)
        logins.append(QStringLiteral("supervisor1-wh%1").arg(wi));
    for (const QString &login : std::as_const(logins))
        SH_TRY(server::setUserPassword(db, login, password, passwordIterations, at));
    SH_TRY(copyFromSqlite(db, c));
    return s;
}

Result<qint64> addUser(Connection &c, const NewUser &u)
{
    auto checked = checkNewUser(u); // the same checks as on SQLite (admin.h)
    if (!checked)
        return checked.error();
    const CheckedUser &user = checked.value();
    Transaction tx(c);
    SH_TRY(tx.begun());
    auto id = c.queryInt("INSERT INTO app_user(login, name, badge, pin_hash, pin_salt, pin_iterations, roles, "
                         "warehouse_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        Params()
            .add(u.login)
            .add(user.name)
            .add(u.badge)
            .addBytes(user.pin.hash)
            .addBytes(user.pin.salt)
            .add(qint64(user.pin.iterations))
            .add(user.roles)
            .addIdOrNull(u.warehouseId));
    if (!id)
        return id.error();
    if (user.password) {
        SH_TRY(PgAuthRegistry(c).setCredential(id.value(), user.password->hash, user.password->salt,
            user.password->iterations, utcTime(QDateTime::currentDateTimeUtc())));
    }
    SH_TRY(tx.commit());
    return id.value();
}

Status setUserPassword(Connection &c, const QString &login, const QString &password, int iterations, const QString &at)
{
    SH_TRY(checkPasswordStrength(password));
    auto user = userByLogin(c, login);
    if (!user)
        return user.error();
    if (!ops::isSupervisor(user->second))
        return makeError("user.not-supervisor",
            QStringLiteral("%1 is not a supervisor or admin: floor users sign in with badge and PIN.").arg(login));
    const PasswordHash p = hashPassword(password, iterations);
    PgAuthRegistry auth(c);
    SH_TRY(auth.setCredential(user->first, p.hash, p.salt, p.iterations, at));
    return auth.setThrottle(QStringLiteral("login:") + login.toLower(), {});
}

Status setUserPin(Connection &c, const QString &login, const QString &pin, int iterations, const QString &badge)
{
    auto user = userByLogin(c, login);
    if (!user)
        return user.error();
    if (ops::isSupervisor(user->second))
        return makeError("user.pin-for-supervisor",
            QStringLiteral("Supervisors and admins have no PIN: give them a password (user password)."));
    if (pin.size() < 4 || !std::all_of(pin.cbegin(), pin.cend(), [](QChar ch) { return ch.isDigit(); }))
        return makeError("user.invalid-pin", QStringLiteral("A PIN is at least 4 digits."));
    const auth::PinHash h = auth::hashPin(pin, iterations);
    return c.run("UPDATE app_user SET pin_hash = $2, pin_salt = $3, pin_iterations = $4, "
                 "badge = CASE WHEN $5 = '' THEN badge ELSE $5 END WHERE id = $1",
        Params().add(user->first).addBytes(h.hash).addBytes(h.salt).add(qint64(h.iterations)).add(badge));
}

Status setUserGroup(Connection &c, const QString &login, const QString &group)
{
    auto user = userByLogin(c, login);
    if (!user)
        return user.error();
    return c.run("INSERT INTO user_policy(user_id, count_group) VALUES ($1, $2) "
                 "ON CONFLICT(user_id) DO UPDATE SET count_group = excluded.count_group",
        Params().add(user->first).addTextOrNull(group));
}

Status setApprovalLimit(Connection &c, const QString &login, std::optional<qint64> limitCents)
{
    auto user = userByLogin(c, login);
    if (!user)
        return user.error();
    Params params;
    params.add(user->first);
    limitCents ? params.add(*limitCents) : params.addNull();
    return c.run("INSERT INTO user_policy(user_id, approval_limit_cents) VALUES ($1, $2) "
                 "ON CONFLICT(user_id) DO UPDATE SET approval_limit_cents = excluded.approval_limit_cents",
        params);
}

// The batch's own (pgbatch.h), as a supervisor's operation sets thresholds.
Status setCountPolicy(Connection &c, const CountPolicy &p)
{
    return setCountPolicy(c, p.warehouseId, p.group, CountPolicyRecord {p.maxQty, p.maxPercent, p.maxValueCents});
}

Result<SiteSettingsRecord> siteSettings(
    Connection &c, qint64 warehouseId, std::optional<bool> autoConfirm, std::optional<bool> lotsCaseSensitive)
{
    if (autoConfirm || lotsCaseSensitive) {
        Params params;
        params.add(warehouseId);
        autoConfirm ? params.add(qint64(*autoConfirm)) : params.addNull();
        lotsCaseSensitive ? params.add(qint64(*lotsCaseSensitive)) : params.addNull();
        SH_TRY(c.run("UPDATE warehouse SET auto_confirm = coalesce($2::bigint, auto_confirm), "
                     "lots_case_sensitive = coalesce($3::bigint, lots_case_sensitive) WHERE id = $1",
            params));
    }
    auto r
        = c.query("SELECT auto_confirm, lots_case_sensitive FROM warehouse WHERE id = $1", Params().add(warehouseId));
    if (!r)
        return r.error();
    if (!r->size())
        return makeError("warehouse.unknown", QStringLiteral("No warehouse %1.").arg(warehouseId));
    return SiteSettingsRecord {r->int64(0, 0) != 0, r->int64(0, 1) != 0};
}

} // namespace stockhand::server::pg

namespace stockhand::server {

Result<std::unique_ptr<ServerCore>> openServer(const QString &database, const Clock &clock, CoreConfig config,
    db::OpenOptions options, const QString &sessionKeyFile)
{
    if (!pg::isPostgresUrl(database)) {
        auto core = EmbeddedServer::open(database, clock, config, options);
        if (!core)
            return core.error();
        return std::unique_ptr<ServerCore>(std::move(core.value()));
    }
    if (config.sessionKey.isEmpty()) {
        if (sessionKeyFile.isEmpty())
            return makeError("config.session-key",
                QStringLiteral("A server on PostgreSQL needs [server] session_key_file (the same file for every "
                               "process of the site)."));
        // loadOrCreateSessionKey() names the file PATH.session-key.
        QString base = sessionKeyFile;
        if (base.endsWith(QLatin1String(".session-key")))
            base.chop(int(std::strlen(".session-key")));
        auto key = loadOrCreateSessionKey(base, !options.readOnly);
        if (!key)
            return key.error();
        if (key->isEmpty())
            return makeError("config.session-key", QStringLiteral("No session key at %1.").arg(sessionKeyFile));
        config.sessionKey = key.value();
    }
    auto storage = pg::PgStorage::open(database);
    if (!storage)
        return storage.error();
    return ServerCore::create(std::move(storage.value()), clock, config);
}

pg::Connection *postgresConnection(ServerCore &core)
{
    auto *pg = dynamic_cast<pg::PgStorage *>(&core.storage());
    return pg ? &pg->connection() : nullptr;
}

namespace {

db::Database *sqliteOf(ServerCore &core)
{
    auto *embedded = dynamic_cast<EmbeddedServer *>(&core);
    return embedded ? &embedded->db() : nullptr;
}

} // namespace

Result<ImportSummary> importJson(ServerCore &core, const QByteArray &json)
{
    db::Database *db = sqliteOf(core);
    return db ? importJson(*db, json) : pg::importJson(*postgresConnection(core), json);
}

Result<ImportSummary> importCsv(ServerCore &core, const QString &table, const QByteArray &csv)
{
    db::Database *db = sqliteOf(core);
    return db ? importCsv(*db, table, csv) : pg::importCsv(*postgresConnection(core), table, csv);
}

Status setUserPin(ServerCore &core, const QString &login, const QString &pin, int iterations, const QString &badge)
{
    db::Database *db = sqliteOf(core);
    return db ? setUserPin(*db, login, pin, iterations, badge)
              : pg::setUserPin(*postgresConnection(core), login, pin, iterations, badge);
}

Status setUserGroup(ServerCore &core, const QString &login, const QString &group)
{
    db::Database *db = sqliteOf(core);
    return db ? setUserGroup(*db, login, group) : pg::setUserGroup(*postgresConnection(core), login, group);
}

Status setApprovalLimit(ServerCore &core, const QString &login, std::optional<qint64> limitCents)
{
    db::Database *db = sqliteOf(core);
    return db ? setApprovalLimit(*db, login, limitCents)
              : pg::setApprovalLimit(*postgresConnection(core), login, limitCents);
}

Status setCountPolicy(ServerCore &core, const CountPolicy &policy)
{
    db::Database *db = sqliteOf(core);
    return db ? setCountPolicy(*db, policy) : pg::setCountPolicy(*postgresConnection(core), policy);
}

Result<bool> removeCountPolicy(ServerCore &core, qint64 warehouseId, const QString &group)
{
    db::Database *db = sqliteOf(core);
    return db ? removeCountPolicy(*db, warehouseId, group)
              : pg::removeCountPolicy(*postgresConnection(core), warehouseId, group);
}

Result<SiteSettingsRecord> siteSettings(
    ServerCore &core, qint64 warehouseId, std::optional<bool> autoConfirm, std::optional<bool> lotsCaseSensitive)
{
    db::Database *db = sqliteOf(core);
    return db ? siteSettings(*db, warehouseId, autoConfirm, lotsCaseSensitive)
              : pg::siteSettings(*postgresConnection(core), warehouseId, autoConfirm, lotsCaseSensitive);
}

} // namespace stockhand::server
