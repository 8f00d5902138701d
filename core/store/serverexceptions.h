// The server's exceptions of this device's warehouse as the feed brings them (table exception: who, what,
// where, and how a supervisor resolved it), read by stockhand-cli's resolve (docs/cli.md).
#pragma once

#include "db/database.h"

#include <QString>

#include <optional>

namespace stockhand::store {

struct ServerException
{
    qint64 id = 0;
    qint64 warehouseId = 0;
    QString kind;
    QString state; // open, resolved
    qint64 locationId = 0;
    QString resolution; // acknowledged, recount (resolved only)
    bool resolvedHere = false; // an unrejected resolve_exception of it is in the outbox
};
// nullopt when the store holds no such exception.
Result<std::optional<ServerException>> loadServerException(db::Database &db, qint64 exceptionId);

} // namespace stockhand::store
