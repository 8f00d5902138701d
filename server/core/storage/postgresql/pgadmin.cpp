#include "storage/postgresql/pgadmin.h"

#include "auth/pinhash.h"
#include "ops/kinds.h"
#include "passwords.h"
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
    auto roles = normaliseRoles(u.roles);
    if (!roles)
        return roles.error();
    if (u.login.isEmpty() || u.badge.isEmpty())
        return makeError("user.invalid", QStringLiteral("A user needs a login and a badge."));
    const bool supervisor = ops::isSupervisor(roles.value().split(QLatin1Char(',')));
    auth::PinHash h {QByteArray(), QByteArray(), 0};
    if (supervisor) {
        if (!u.pin.isEmpty())
            return makeError("user.pin-for-supervisor",
                QStringLiteral("Supervisors and admins have no PIN: give them a password (--password-file)."));
        SH_TRY(checkPasswordStrength(u.password));
    } else {
        if (u.pin.size() < 4 || !std::all_of(u.pin.cbegin(), u.pin.cend(), [](QChar ch) { return ch.isDigit(); }))
            return makeError("user.invalid-pin", QStringLiteral("A PIN is at least 4 digits."));
        h = auth::hashPin(u.pin, u.pinIterations);
    }
    Transaction tx(c);
    SH_TRY(tx.begun());
    auto id = c.queryInt("INSERT INTO app_user(login, name, badge, pin_hash, pin_salt, pin_iterations, roles, "
                         "warehouse_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        Params()
            .add(u.login)
            .add(u.name.isEmpty() ? u.login : u.name)
            .add(u.badge)
            .addBytes(h.hash)
            .addBytes(h.salt)
            .add(qint64(h.iterations))
            .add(roles.value())
            .addIdOrNull(u.warehouseId));
    if (!id)
        return id.error();
    if (supervisor) {
        const PasswordHash p = hashPassword(u.password, u.passwordIterations);
        SH_TRY(PgAuthRegistry(c).setCredential(
            id.value(), p.hash, p.salt, p.iterations, utcTime(QDateTime::currentDateTimeUtc())));
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

} // namespace stockhand::server
