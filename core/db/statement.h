#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace stockhand::db {

// Owns one prepared statement for the lifetime of its connection.
class CachedStatement
{
public:
    CachedStatement(sqlite3 *db, sqlite3_stmt *stmt)
        : db(db)
        , stmt(stmt)
    { }
    ~CachedStatement();
    CachedStatement(const CachedStatement &) = delete;
    CachedStatement &operator=(const CachedStatement &) = delete;

    sqlite3 *db;
    sqlite3_stmt *stmt;
    bool inUse = false;
};

// A handle on a cached statement: bind, step, read columns. Resets and clears bindings when destroyed.
class Statement
{
public:
    explicit Statement(CachedStatement *s)
        : m_s(s)
    {
        m_s->inUse = true;
    }
    Statement(Statement &&other) noexcept
        : m_s(std::exchange(other.m_s, nullptr))
    { }
    Statement &operator=(Statement &&) = delete;
    ~Statement();

    // Binding is 1-based like SQLite's; the binders return *this so calls chain.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, std::string_view utf8); // copied
    Statement &bind(int index, const char *utf8) { return bind(index, std::string_view(utf8)); }
    Statement &bindStatic(int index, std::string_view utf8); // must outlive step()
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    template<typename T> Statement &bindOptional(int index, const std::optional<T> &v)
    {
        return v ? bind(index, *v) : bindNull(index);
    }
    Statement &bindIdOrNull(int index, qint64 id) { return id > 0 ? bind(index, id) : bindNull(index); }

    // true: a row is available; false: done. Errors carry the SQLite code.
    Result<bool> step();
    // Steps to completion (for statements without rows).
    Status run();
    void reset();

    qint64 int64(int col) const;
    double real(int col) const;
    QString text(int col) const;
    std::string_view textView(int col) const; // valid until the next step/reset
    QByteArray blob(int col) const;
    bool isNull(int col) const;

private:
    CachedStatement *m_s;
};

// The rows of a prepared and bound statement, each read by `read(Statement &)`.
template<typename Read>
auto allRows(Result<Statement> &st, Read read) -> Result<QList<std::invoke_result_t<Read &, Statement &>>>
{
    using T = std::invoke_result_t<Read &, Statement &>;
    if (!st)
        return st.error();
    QList<T> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.append(read(*st));
    }
}

// The first row of a prepared and bound statement read by `read(Statement &)`, nullopt when there is none;
// the statement is reset after it.
template<typename Read>
auto firstRow(Result<Statement> &st, Read read) -> Result<std::optional<std::invoke_result_t<Read &, Statement &>>>
{
    using T = std::invoke_result_t<Read &, Statement &>;
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<T>();
    std::optional<T> value(read(*st));
    st->reset();
    return value;
}

} // namespace stockhand::db
