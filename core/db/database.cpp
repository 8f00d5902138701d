#include "db/database.h"

#include <sqlite3.h>

namespace stockhand::db {

namespace {

QString codeName(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
        return QStringLiteral("sqlite.busy");
    case SQLITE_LOCKED:
        return QStringLiteral("sqlite.locked");
    case SQLITE_FULL:
        return QStringLiteral("sqlite.full");
    case SQLITE_IOERR:
        return QStringLiteral("sqlite.ioerr");
    case SQLITE_CORRUPT:
        return QStringLiteral("sqlite.corrupt");
    case SQLITE_NOTADB:
        return QStringLiteral("sqlite.notadb");
    case SQLITE_CONSTRAINT:
        return QStringLiteral("sqlite.constraint");
    case SQLITE_CANTOPEN:
        return QStringLiteral("sqlite.cantopen");
    case SQLITE_READONLY:
        return QStringLiteral("sqlite.readonly");
    case SQLITE_PERM:
        return QStringLiteral("sqlite.perm");
    default:
        return QStringLiteral("sqlite.error");
    }
}

} // namespace

Error sqliteError(sqlite3 *db, int rc, const char *context)
{
    const int extended = db ? sqlite3_extended_errcode(db) : rc;
    const char *msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    QString text = QString::fromLatin1(context) + QStringLiteral(": ") + QString::fromUtf8(msg);
    if ((rc & 0xff) == SQLITE_FULL)
        text += QStringLiteral(" (the disk is full: free space; nothing was written)");
    return Error {codeName(rc), text, extended ? extended : rc};
}

Database::Database(sqlite3 *db, QString path, OpenOptions options)
    : m_db(db)
    , m_path(std::move(path))
    , m_options(options)
{ }

Database::~Database()
{
    m_cache.clear(); // finalize statements before closing
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::openUnconfigured(const QString &path, const OpenOptions &options)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    flags |= options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create && !options.readOnly)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *handle = nullptr;
    const QByteArray file = path.toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(handle, rc, "open");
        e.message = QStringLiteral("Cannot open %1: %2").arg(path, e.message);
        sqlite3_close_v2(handle);
        return e;
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, options.busyTimeoutMs);
    return std::unique_ptr<Database>(new Database(handle, path, options));
}

Status Database::configure()
{
    if (m_options.readOnly)
        return exec("PRAGMA foreign_keys=ON;");
    std::string pragmas = "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;";
    pragmas += m_options.durability == Durability::Full ? " PRAGMA synchronous=FULL;" : " PRAGMA synchronous=NORMAL;";
    pragmas += " PRAGMA cache_size=-" + std::to_string(m_options.cacheSizeKiB) + ";";
    return exec(pragmas);
}

bool Database::injectFault()
{
    if (m_failCountdown <= 0)
        return false;
    return --m_failCountdown == 0;
}

Status Database::exec(std::string_view sql)
{
    if (injectFault())
        return Error {QStringLiteral("sqlite.ioerr"), QStringLiteral("exec: injected I/O error"), SQLITE_IOERR};
    const std::string text(sql);
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(m_db, rc, "exec");
        sqlite3_free(err);
        return e;
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    if (injectFault())
        return Error {QStringLiteral("sqlite.ioerr"), QStringLiteral("prepare: injected I/O error"), SQLITE_IOERR};
    auto it = m_cache.find(sql);
    if (it != m_cache.end() && !it->second->inUse)
        return Statement(it->second.get());
    std::string key(sql);
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "prepare");
    if (it != m_cache.end()) {
        // The cached one is busy (a nested use of the same SQL): key the extra copy uniquely.
        key += "\n-- nested " + std::to_string(m_cache.size());
    }
    auto owned = std::make_unique<CachedStatement>(m_db, stmt);
    CachedStatement *raw = owned.get();
    m_cache.emplace(std::move(key), std::move(owned));
    return Statement(raw);
}

Result<qint64> Database::queryInt(std::string_view sql, qint64 fallback)
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return *row ? st->int64(0) : fallback;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError(const char *context) const
{
    return sqliteError(m_db, sqlite3_errcode(m_db), context);
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_begin = m_db.exec("BEGIN IMMEDIATE");
    m_open = m_begin.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        (void)m_db.exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begin.ok() ? Status(makeError("db.transaction", QStringLiteral("commit without an open transaction")))
                            : m_begin;
    Status s = m_db.exec("COMMIT");
    if (s.ok())
        m_open = false;
    return s;
}

ReadTransaction::ReadTransaction(Database &db)
    : m_db(db)
{
    if (!sqlite3_get_autocommit(m_db.handle()))
        return; // inside the caller's transaction: its snapshot already holds
    auto begin = m_db.prepare("BEGIN");
    m_open = begin && begin->step().ok();
}

ReadTransaction::~ReadTransaction()
{
    if (!m_open || sqlite3_get_autocommit(m_db.handle()))
        return;
    auto commit = m_db.prepare("COMMIT");
    if (!commit || !commit->step().ok())
        (void)m_db.exec("ROLLBACK"); // never leave the connection inside a transaction
}

} // namespace stockhand::db
