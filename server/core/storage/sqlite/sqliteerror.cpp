#include "storage/sqlite/sqliteerror.h"

#include <sqlite3.h>

namespace stockhand::server::storage {

Error storageError(Error e)
{
    if (e.sqliteCode == 0) {
        if (e.code.startsWith(QLatin1String("db.")))
            e.code = QStringLiteral("storage.failure");
        return e;
    }
    switch (e.sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        e.code = QStringLiteral("storage.busy");
        break;
    case SQLITE_FULL:
        e.code = QStringLiteral("storage.full");
        break;
    case SQLITE_CONSTRAINT:
        e.code = QStringLiteral("storage.constraint");
        break;
    case SQLITE_IOERR:
        e.code = QStringLiteral("storage.io");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        e.code = QStringLiteral("storage.corrupt");
        break;
    default:
        e.code = QStringLiteral("storage.failure");
    }
    return e;
}

} // namespace stockhand::server::storage
