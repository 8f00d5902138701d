// The PostgreSQL backend's thin layer over libpq (docs/server.md, "PostgreSQL"): a connection, statements
// prepared once per connection and run with parameters, results as RAII values, and libpq's failures as
// storage.* errors (pgerror.h). libpq is a C API without exceptions: it fits Result/Status as it is.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace stockhand::server::pg {

// Positional parameters ($1, $2, ...): text, except byte strings, which are sent binary.
class Params
{
public:
    Params &add(qint64 v);
    Params &add(int v) { return add(qint64(v)); }
    Params &add(double v);
    Params &add(const QString &v);
    Params &add(const char *v) { return add(QString::fromUtf8(v)); }
    Params &addBytes(const QByteArray &v);
    Params &addNull();
    Params &addIdOrNull(qint64 id) { return id ? add(id) : addNull(); } // 0 = NULL
    Params &addTextOrNull(const QString &v) { return v.isEmpty() ? addNull() : add(v); } // empty = NULL

    int count() const { return int(m_values.size()); }
    std::vector<const char *> values() const;
    std::vector<int> lengths() const;
    const std::vector<int> &formats() const { return m_formats; }

private:
    std::vector<std::optional<QByteArray>> m_values;
    std::vector<int> m_formats;
};

struct ResultDeleter
{
    void operator()(PGresult *r) const;
};

// A result in text format.
class Rows
{
public:
    explicit Rows(PGresult *r)
        : m_r(r)
    { }
    int size() const;
    int columns() const;
    bool isNull(int row, int col) const;
    qint64 int64(int row, int col) const; // 0 for NULL
    double real(int row, int col) const;
    QString text(int row, int col) const; // empty for NULL
    QByteArray raw(int row, int col) const; // the text form as is
    QByteArray bytes(int row, int col) const; // a bytea column, decoded
    qint64 affected() const; // rows an INSERT/UPDATE/DELETE touched
    unsigned typeOf(int col) const; // the column's type OID
    PGresult *get() const { return m_r.get(); }

private:
    std::unique_ptr<PGresult, ResultDeleter> m_r;
};

class Connection
{
public:
    // conninfo: a postgresql:// URI or key=value pairs (libpq's own syntax).
    static Result<std::unique_ptr<Connection>> open(const QString &conninfo);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // How a statement is planned. Cached: prepared on the connection the first time this SQL text is run
    // (after five runs PostgreSQL may keep one generic plan for it). ForTheseValues: planned for its
    // parameters each time — for a statement whose best plan depends on them and on a table that grows from
    // nothing (a generic plan made while op_log was small scanned all of it for `uuid = ANY($1)` on every
    // push until autovacuum next analysed it).
    enum class Plan { Cached, ForTheseValues };
    // A statement with parameters.
    Result<Rows> query(const char *sql, const Params &params = {}, Plan plan = Plan::Cached);
    Result<Rows> query(const std::string &sql, const Params &params = {}, Plan plan = Plan::Cached)
    {
        return query(sql.c_str(), params, plan);
    }
    Status run(const char *sql, const Params &params = {}) { return Status::from(query(sql, params)); }
    Status run(const std::string &sql, const Params &params = {}) { return run(sql.c_str(), params); }
    // One value of the first row (0 when there is no row or it is NULL).
    Result<qint64> queryInt(const char *sql, const Params &params = {});
    // Statements without parameters, several separated by semicolons (DDL, BEGIN ..., one round trip).
    Status exec(const char *sql);
    Status exec(const std::string &sql) { return exec(sql.c_str()); }
    // COPY table(columns) FROM STDIN with the rows in COPY's text format.
    Status copyIn(const std::string &copySql, const QByteArray &data);
    // Whether a transaction is open on the connection (a failed one included).
    bool inTransaction() const;
    // Whether a transaction is open and no statement of it failed.
    bool inTransactionOk() const;
    // Rows that INSERT, UPDATE and DELETE statements of query() wrote on this connection so far (their
    // triggers' rows not counted: a trigger fires only on a row counted here). A batch running without a
    // savepoint per operation learns from it whether a rejected operation wrote anything.
    qint64 rowsWritten() const { return m_rowsWritten; }
    const QString &conninfo() const { return m_conninfo; }
    // The connection's socket, and the notifications (LISTEN) that arrived on it: how many were read (-1:
    // the connection is lost).
    int socket() const;
    int takeNotifications();
    PGconn *handle() const { return m_conn; }

    // Fault injection for tests (docs/server.md, "PostgreSQL", Tests; 0 = off, as in production): the Nth
    // statement from now (query, exec, copyIn) is not sent; PostgreSQL runs one that really fails in its
    // place: a RAISE with `sqlState` (the server aborts the open transaction, as for a failure of its own),
    // or, for a 08xxx state, pg_terminate_backend of this connection's backend (the connection is lost).
    void failAfter(int statements, const QByteArray &sqlState = "58030");

private:
    Connection(PGconn *conn, QString conninfo)
        : m_conn(conn)
        , m_conninfo(std::move(conninfo))
    { }
    Result<Rows> checked(PGresult *r, const char *what);
    void reconnectIfLost();
    // The injected failure when the countdown reaches `statement` (failAfter), else nullopt.
    std::optional<Result<Rows>> injectedFault(const char *statement);

    PGconn *m_conn;
    QString m_conninfo;
    QHash<QByteArray, QByteArray> m_prepared; // SQL -> statement name
    qint64 m_rowsWritten = 0;
    bool m_wasInTransaction = false; // after the last statement that reached the server
    bool m_lostInTransaction = false; // until the owner's ROLLBACK or a new BEGIN
    std::optional<Error> lostTransaction(const char *sql);
    int m_failCountdown = 0;
    QByteArray m_failState;
};

// A transaction on the connection, or a savepoint when one is already open; rolled back unless committed.
class Transaction
{
public:
    explicit Transaction(Connection &c, const char *begin = "BEGIN");
    ~Transaction();
    const Status &begun() const { return m_begun; }
    Status commit();

private:
    Connection &m_c;
    Status m_begun;
    bool m_savepoint = false;
    bool m_open = false;
};

// The advisory lock every writer of the change feed holds until it commits (pgschema.cpp): feed
// positions are then taken in commit order.
constexpr qint64 kFeedLock = 0x53485356; // "SHSV"

// Escapes a value for COPY's text format.
void appendCopyText(QByteArray &out, const QByteArray &utf8);

} // namespace stockhand::server::pg
