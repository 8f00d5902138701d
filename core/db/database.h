// A small RAII layer over the sqlite3 C API: one connection, cached prepared statements,
// real SQLite error codes surfaced as stockhand::Error.
#pragma once

#include "db/statement.h"
#include "result.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace stockhand::db {

enum class Durability {
    Full, // synchronous=FULL: every commit is on disk before it returns (device actions)
    Normal, // synchronous=NORMAL: safe against application crashes, may lose the last commits on power loss
};

struct OpenOptions
{
    bool create = true; // create the file when it does not exist
    bool readOnly = false;
    Durability durability = Durability::Full;
    int busyTimeoutMs = 5000;
    qint64 cacheSizeKiB = 64 * 1024;
};

class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the file without writing to it. Call configure() once the caller has checked that the file
    // is one of ours: setting WAL mode writes to the file.
    static Result<std::unique_ptr<Database>> openUnconfigured(const QString &path, const OpenOptions &options);
    Status configure();

    // Executes one or more statements without results.
    Status exec(std::string_view sql);

    // A statement from the cache (prepared on first use). Reset automatically when the handle dies.
    Result<Statement> prepare(std::string_view sql);

    // Convenience: first column of the first row as an integer (or fallback when there is no row).
    Result<qint64> queryInt(std::string_view sql, qint64 fallback = 0);

    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    const OpenOptions &options() const { return m_options; }

    Error lastError(const char *context) const;

    // Fault injection for tests: the Nth prepare()/exec() from now fails with SQLITE_IOERR (0 = off).
    void failAfter(int calls) { m_failCountdown = calls; }

private:
    Database(sqlite3 *db, QString path, OpenOptions options);
    bool injectFault();

    sqlite3 *m_db = nullptr;
    QString m_path;
    OpenOptions m_options;
    struct SqlHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
    };
    // Keyed by SQL text; looked up by string_view without allocating (a hot path for scans and bulk loads).
    std::unordered_map<std::string, std::unique_ptr<CachedStatement>, SqlHash, std::equal_to<>> m_cache;
    int m_failCountdown = 0;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &begun() const { return m_begin; }
    Status commit();

private:
    Database &m_db;
    Status m_begin;
    bool m_open = false;
};

// A read-only group of statements in one snapshot: BEGIN (deferred) ... COMMIT around them when no transaction
// is open, nothing when one is. Each statement outside a transaction takes and releases SQLite's file locks
// and re-reads the WAL index (fcntl, fstat); a scan's ten lookups in one read transaction take them once.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
    bool m_open = false;
};

Error sqliteError(sqlite3 *db, int rc, const char *context);

} // namespace stockhand::db
