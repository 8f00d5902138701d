#include "db/statement.h"
#include "db/database.h"

#include <sqlite3.h>

namespace stockhand::db {

CachedStatement::~CachedStatement()
{
    sqlite3_finalize(stmt);
}

Statement::~Statement()
{
    if (m_s) {
        sqlite3_reset(m_s->stmt);
        sqlite3_clear_bindings(m_s->stmt);
        m_s->inUse = false;
    }
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_s->stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_s->stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    // Most bound strings are short ASCII (ids, codes, times): converted on the stack, without the heap
    // allocation of toUtf8() (SQLite copies the bytes either way).
    constexpr qsizetype kStack = 128;
    if (value.size() <= kStack) {
        char ascii[kStack];
        const QChar *s = value.constData();
        qsizetype i = 0;
        for (; i < value.size() && s[i].unicode() < 0x80; ++i)
            ascii[i] = char(s[i].unicode());
        if (i == value.size()) {
            sqlite3_bind_text(m_s->stmt, index, ascii, int(i), SQLITE_TRANSIENT);
            return *this;
        }
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_s->stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_s->stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindStatic(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_s->stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_s->stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_s->stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_s->stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = sqliteError(m_s->db, rc, "step");
    sqlite3_reset(m_s->stmt);
    return e;
}

Status Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!*r) {
            sqlite3_reset(m_s->stmt);
            return {};
        }
    }
}

void Statement::reset()
{
    sqlite3_reset(m_s->stmt);
}

qint64 Statement::int64(int col) const
{
    return sqlite3_column_int64(m_s->stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_s->stmt, col);
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_s->stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_s->stmt, col)) : QString();
}

std::string_view Statement::textView(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_s->stmt, col));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_s->stmt, col))) : std::string_view();
}

QByteArray Statement::blob(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_s->stmt, col));
    return p ? QByteArray(p, sqlite3_column_bytes(m_s->stmt, col)) : QByteArray();
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_s->stmt, col) == SQLITE_NULL;
}

} // namespace stockhand::db
