#include "storage/sqlite/sqliterow.h"

#include <sqlite3.h>

namespace stockhand::server {

void writeSqliteRow(RowWriter &w, sqlite3_stmt *stmt)
{
    QByteArray &out = w.out();
    const int n = sqlite3_column_count(stmt);
    out.append('[');
    for (int i = 0; i < n; ++i) {
        if (i)
            out.append(',');
        switch (sqlite3_column_type(stmt, i)) {
        case SQLITE_INTEGER:
            w.number(sqlite3_column_int64(stmt, i));
            break;
        case SQLITE_FLOAT:
            out.append(QByteArray::number(sqlite3_column_double(stmt, i), 'g', 17));
            break;
        case SQLITE_TEXT: {
            const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
            w.string(std::string_view(p, size_t(sqlite3_column_bytes(stmt, i))));
            break;
        }
        case SQLITE_BLOB: {
            const QByteArray b = QByteArray::fromRawData(
                static_cast<const char *>(sqlite3_column_blob(stmt, i)), sqlite3_column_bytes(stmt, i))
                                     .toBase64();
            w.string(std::string_view(b.constData(), size_t(b.size())));
            break;
        }
        default:
            out.append("null", 4);
        }
    }
    out.append("]\n", 2);
}

} // namespace stockhand::server
