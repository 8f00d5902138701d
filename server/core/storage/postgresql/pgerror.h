// The PostgreSQL backend's failures as storage error codes (storage.h lists them, errors.h answers them):
// the one place that reads SQLSTATEs.
#pragma once

#include "result.h"

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace stockhand::server::pg {

// An error from a failed result (or, without one, from the connection): its SQLSTATE mapped to a storage
// code: 40001 serialisation failure and 40P01 deadlock -> storage.failure (the device retries), 23xxx ->
// storage.constraint, 53100 disk full -> storage.full, 53xxx other resources, 55P03 lock not available
// and 57014 statement timeout -> storage.busy, 58xxx -> storage.io, XX001/XX002 -> storage.corrupt;
// a lost connection (08xxx, or no SQLSTATE) and anything else -> storage.failure.
Error pgError(PGconn *conn, const PGresult *result, const char *what);
// Maps an SQLSTATE alone.
QString storageCodeForSqlState(const QByteArray &sqlState);

} // namespace stockhand::server::pg
