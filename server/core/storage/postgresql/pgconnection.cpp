#include "storage/postgresql/pgconnection.h"

#include "storage/postgresql/pgerror.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <cstring>

namespace stockhand::server::pg {

namespace {

// Quiet notices, UTC, and the text forms the rows are read in.
const char *const kSessionSettings = "SET client_min_messages = warning; SET TIME ZONE 'UTC'; "
                                     "SET bytea_output = 'hex'; SET extra_float_digits = 1; "
                                     "SET client_encoding = 'UTF8'";

} // namespace

Params &Params::add(qint64 v)
{
    m_values.emplace_back(QByteArray::number(v));
    m_formats.push_back(0);
    return *this;
}

Params &Params::add(double v)
{
    m_values.emplace_back(QByteArray::number(v, 'g', 17));
    m_formats.push_back(0);
    return *this;
}

Params &Params::add(const QString &v)
{
    m_values.emplace_back(v.toUtf8());
    m_formats.push_back(0);
    return *this;
}

Params &Params::addBytes(const QByteArray &v)
{
    m_values.emplace_back(v.isNull() ? QByteArray("") : v);
    m_formats.push_back(1);
    return *this;
}

Params &Params::addNull()
{
    m_values.emplace_back(std::nullopt);
    m_formats.push_back(0);
    return *this;
}

std::vector<const char *> Params::values() const
{
    std::vector<const char *> out;
    out.reserve(m_values.size());
    for (const auto &v : m_values)
        out.push_back(v ? v->constData() : nullptr);
    return out;
}

std::vector<int> Params::lengths() const
{
    std::vector<int> out;
    out.reserve(m_values.size());
    for (const auto &v : m_values)
        out.push_back(v ? int(v->size()) : 0);
    return out;
}

void ResultDeleter::operator()(PGresult *r) const
{
    PQclear(r);
}

int Rows::size() const
{
    return PQntuples(m_r.get());
}

int Rows::columns() const
{
    return PQnfields(m_r.get());
}

bool Rows::isNull(int row, int col) const
{
    return PQgetisnull(m_r.get(), row, col);
}

qint64 Rows::int64(int row, int col) const
{
    return isNull(row, col) ? 0 : std::strtoll(PQgetvalue(m_r.get(), row, col), nullptr, 10);
}

double Rows::real(int row, int col) const
{
    return isNull(row, col) ? 0 : std::strtod(PQgetvalue(m_r.get(), row, col), nullptr);
}

QString Rows::text(int row, int col) const
{
    return isNull(row, col) ? QString()
                            : QString::fromUtf8(PQgetvalue(m_r.get(), row, col), PQgetlength(m_r.get(), row, col));
}

QByteArray Rows::raw(int row, int col) const
{
    return QByteArray(PQgetvalue(m_r.get(), row, col), PQgetlength(m_r.get(), row, col));
}

QByteArray Rows::bytes(int row, int col) const
{
    if (isNull(row, col))
        return QByteArray();
    const char *v = PQgetvalue(m_r.get(), row, col);
    const int n = PQgetlength(m_r.get(), row, col);
    if (n >= 2 && v[0] == '\\' && v[1] == 'x') // bytea_output = hex, the default
        return QByteArray::fromHex(QByteArray::fromRawData(v + 2, n - 2));
    return QByteArray(v, n);
}

qint64 Rows::affected() const
{
    return std::strtoll(PQcmdTuples(m_r.get()), nullptr, 10);
}

unsigned Rows::typeOf(int col) const
{
    return PQftype(m_r.get(), col);
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &conninfo)
{
    const QByteArray info = conninfo.toUtf8();
    PGconn *conn = PQconnectdb(info.constData());
    if (!conn)
        return makeError("storage.failure", QStringLiteral("libpq could not allocate a connection."));
    if (PQstatus(conn) != CONNECTION_OK) {
        Error e = pgError(conn, nullptr, "connect");
        PQfinish(conn);
        return e;
    }
    std::unique_ptr<Connection> c(new Connection(conn, conninfo));
    // Quiet notices (an idempotent DDL's "already exists"), UTC and the text forms the rows are written in.
    SH_TRY(c->exec(kSessionSettings));
    return c;
}

Connection::~Connection()
{
    PQfinish(m_conn);
}

Result<Rows> Connection::checked(PGresult *r, const char *what)
{
    if (PQstatus(m_conn) == CONNECTION_OK)
        m_wasInTransaction = inTransaction(); // what a loss before the next statement would take with it
    const ExecStatusType s = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK)
        return Rows(r);
    Error e = pgError(m_conn, r, what);
    PQclear(r);
    return e;
}

void Connection::reconnectIfLost()
{
    // A connection lost between transactions is opened again (the statement that found it lost failed
    // with storage.failure and the device retried); one lost inside a transaction fails the transaction:
    // the new connection is in autocommit, so every statement until its owner's ROLLBACK (or a new BEGIN)
    // fails instead of committing one by one (lostTransaction()).
    if (PQstatus(m_conn) != CONNECTION_BAD)
        return;
    m_lostInTransaction = m_lostInTransaction || m_wasInTransaction;
    m_wasInTransaction = false;
    PQreset(m_conn);
    m_prepared.clear();
    if (PQstatus(m_conn) == CONNECTION_OK)
        (void)exec(kSessionSettings);
}

void Connection::failAfter(int statements, const QByteArray &sqlState)
{
    m_failCountdown = statements;
    m_failState = sqlState;
}

std::optional<Result<Rows>> Connection::injectedFault(const char *statement)
{
    if (m_failCountdown <= 0 || --m_failCountdown > 0)
        return std::nullopt;
    // Sent as it is: a test's SQLSTATE is five characters of [0-9A-Z]. A COMMIT that fails ends its
    // transaction (PostgreSQL rolls it back): so does the fault in its place.
    QByteArray sql = m_failState.startsWith("08")
        ? QByteArray("SELECT pg_terminate_backend(pg_backend_pid())")
        : "DO $$BEGIN RAISE EXCEPTION 'fault injected by a test' USING ERRCODE = '" + m_failState + "'; END$$";
    if (std::strncmp(statement, "COMMIT", 6) == 0 && !m_failState.startsWith("08"))
        sql.prepend("ROLLBACK; ");
    return checked(PQexec(m_conn, sql.constData()), "injected fault");
}

std::optional<Error> Connection::lostTransaction(const char *sql)
{
    const bool ends = std::strncmp(sql, "COMMIT", 6) == 0
        || (std::strncmp(sql, "ROLLBACK", 8) == 0 && std::strncmp(sql, "ROLLBACK TO", 11) != 0);
    if (ends)
        m_wasInTransaction = false; // whatever happens to this statement, its transaction is over for its owner
    if (!m_lostInTransaction)
        return std::nullopt;
    if (ends && sql[0] == 'C') { // the owner learns that what it commits is gone
        m_lostInTransaction = false;
        return makeError("storage.failure",
            QStringLiteral(
                "The connection to PostgreSQL was lost inside the transaction; nothing of it is committed."));
    }
    if (ends || std::strncmp(sql, "BEGIN", 5) == 0) {
        m_lostInTransaction = false; // the transaction that was lost is over for its owner too
        return std::nullopt;
    }
    return makeError("storage.failure",
        QStringLiteral("The connection to PostgreSQL was lost inside a transaction; the transaction is rolled back."));
}

Result<Rows> Connection::query(const char *sql, const Params &params, Plan plan)
{
    reconnectIfLost();
    if (auto lost = lostTransaction(sql))
        return *lost;
    if (auto fault = injectedFault(sql))
        return std::move(*fault);
    const auto values = params.values();
    const auto lengths = params.lengths();
    const QByteArray key = QByteArray::fromRawData(sql, qsizetype(std::strlen(sql)));
    auto it = m_prepared.constFind(key);
    QByteArray name;
    if (plan == Plan::ForTheseValues) {
        // The unnamed statement: planned with these values.
    } else if (it == m_prepared.constEnd()) {
        name = "s" + QByteArray::number(m_prepared.size() + 1);
        auto prepared = checked(PQprepare(m_conn, name.constData(), sql, 0, nullptr), "prepare");
        if (!prepared)
            return prepared.error();
        m_prepared.insert(QByteArray(sql), name);
    } else {
        name = it.value();
    }
    auto rows = checked(plan == Plan::ForTheseValues ? PQexecParams(m_conn, sql, params.count(), nullptr, values.data(),
                            lengths.data(), params.formats().data(), 0)
                                                     : PQexecPrepared(m_conn, name.constData(), params.count(),
                                                         values.data(), lengths.data(), params.formats().data(), 0),
        "query");
    if (rows) {
        const char *command = PQcmdStatus(rows->get());
        if (std::strncmp(command, "INSERT", 6) == 0 || std::strncmp(command, "UPDATE", 6) == 0
            || std::strncmp(command, "DELETE", 6) == 0)
            m_rowsWritten += rows->affected();
    }
    return rows;
}

Result<qint64> Connection::queryInt(const char *sql, const Params &params)
{
    auto r = query(sql, params);
    if (!r)
        return r.error();
    return r->size() ? r->int64(0, 0) : 0;
}

Status Connection::exec(const char *sql)
{
    if (sql != kSessionSettings) {
        reconnectIfLost();
        if (auto lost = lostTransaction(sql))
            return *lost;
        if (auto fault = injectedFault(sql))
            return Status::from(std::move(*fault));
    }
    return Status::from(checked(PQexec(m_conn, sql), "exec"));
}

Status Connection::copyIn(const std::string &copySql, const QByteArray &data)
{
    reconnectIfLost();
    if (auto lost = lostTransaction(copySql.c_str()))
        return *lost;
    if (auto fault = injectedFault(copySql.c_str()))
        return Status::from(std::move(*fault));
    PGresult *r = PQexec(m_conn, copySql.c_str());
    if (!r || PQresultStatus(r) != PGRES_COPY_IN) {
        Error e = pgError(m_conn, r, "copy");
        PQclear(r);
        return e;
    }
    PQclear(r);
    if (PQputCopyData(m_conn, data.constData(), int(data.size())) != 1 || PQputCopyEnd(m_conn, nullptr) != 1)
        return pgError(m_conn, nullptr, "copy data");
    Status st;
    while (PGresult *end = PQgetResult(m_conn)) {
        if (PQresultStatus(end) != PGRES_COMMAND_OK && st)
            st = pgError(m_conn, end, "copy end");
        PQclear(end);
    }
    return st;
}

bool Connection::inTransaction() const
{
    const auto s = PQtransactionStatus(m_conn);
    return s == PQTRANS_INTRANS || s == PQTRANS_INERROR || s == PQTRANS_ACTIVE;
}

int Connection::socket() const
{
    return PQsocket(m_conn);
}

int Connection::takeNotifications()
{
    if (!PQconsumeInput(m_conn))
        return -1;
    int n = 0;
    while (PGnotify *note = PQnotifies(m_conn)) {
        ++n;
        PQfreemem(note);
    }
    return n;
}

bool Connection::inTransactionOk() const
{
    return PQtransactionStatus(m_conn) == PQTRANS_INTRANS;
}

Transaction::Transaction(Connection &c, const char *begin)
    : m_c(c)
{
    m_savepoint = c.inTransaction();
    m_begun = c.exec(m_savepoint ? "SAVEPOINT tx" : begin);
    m_open = m_begun.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        (void)m_c.exec(m_savepoint ? "ROLLBACK TO SAVEPOINT tx; RELEASE SAVEPOINT tx" : "ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_savepoint && !m_c.inTransactionOk())
        return makeError("storage.failure", QStringLiteral("The transaction failed before its commit."));
    m_open = false;
    return m_c.exec(m_savepoint ? "RELEASE SAVEPOINT tx" : "COMMIT");
}

void appendCopyText(QByteArray &out, const QByteArray &utf8)
{
    for (char ch : utf8) {
        switch (ch) {
        case '\\':
            out.append("\\\\");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            out.append(ch);
        }
    }
}

} // namespace stockhand::server::pg
