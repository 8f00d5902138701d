// Writes SQLite rows straight into JSON text (one array per row), without a DOM: the snapshot and the
// change feed are streamed by the client line by line (NDJSON).
#pragma once

#include <QByteArray>

#include <string_view>

struct sqlite3_stmt;

namespace stockhand::server {

class RowWriter
{
public:
    explicit RowWriter(QByteArray &out)
        : m_out(out)
    { }
    // [v0, v1, ...]\n for the current row of stmt: integers and reals as numbers, text as strings,
    // blobs as base64 strings, NULL as null.
    void row(sqlite3_stmt *stmt);
    void string(std::string_view utf8);
    void raw(std::string_view text) { m_out.append(text.data(), qsizetype(text.size())); }
    void number(qint64 v);

private:
    QByteArray &m_out;
};

} // namespace stockhand::server
