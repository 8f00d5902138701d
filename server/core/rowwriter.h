// Writes JSON text straight into a buffer, without a DOM: the snapshot and the change feed rows (a backend
// writes its rows with it: storage/sqlite/sqliterow.h), the push path's small objects.
#pragma once

#include <QByteArray>

#include <string_view>

namespace stockhand::server {

class RowWriter
{
public:
    explicit RowWriter(QByteArray &out)
        : m_out(out)
    { }
    void string(std::string_view utf8);
    void raw(std::string_view text) { m_out.append(text.data(), qsizetype(text.size())); }
    void number(qint64 v);
    QByteArray &out() { return m_out; }

private:
    QByteArray &m_out;
};

} // namespace stockhand::server
