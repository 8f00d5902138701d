// The server's exceptions of this device's warehouse as the feed brings them (table exception: who, what,
// where, and how a supervisor resolved it), read by stockhand-cli's resolve (docs/cli.md).
#pragma once

#include "db/database.h"

#include <QList>
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

// One of the server's exceptions as the supervisor console lists it: names, not ids.
struct ServerExceptionEntry
{
    qint64 id = 0;
    QString kind; // over_pick, negative_stock, unknown_lot, ...
    QString message; // the server's
    QString createdAt; // UTC, the server's clock
    bool open = true;
    QString resolution, resolutionNote, resolvedByName, resolvedAt;
    bool resolvedHere = false; // a resolution from this device is on its way (outbox)
    QString deviceId, userName;
    qint64 qty = 0; // milli-units, 0 = none
    qint64 transferId = 0;
    QString transferReference, transferKind;
    qint64 locationId = 0;
    QString locationBarcode, locationName, zone;
    qint64 productId = 0;
    QString sku, productName, lotName;
};
// The exceptions of the warehouse (0 = every warehouse the store holds), newest first; resolved ones too
// when includeResolved.
Result<QList<ServerExceptionEntry>> serverExceptionEntries(db::Database &db, qint64 warehouseId, bool includeResolved);

} // namespace stockhand::store
