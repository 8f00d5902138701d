// The exceptions inbox of this device (device_exception, owned by the Outbox) as the supervisor console
// lists it: every entry, open or acknowledged, with the names of what its operation was about (user,
// transfer, location and area, product) instead of ids.
#pragma once

#include "db/database.h"

#include <QList>
#include <QString>

namespace stockhand::store {

struct ExceptionEntry
{
    qint64 id = 0;
    qint64 opSeq = 0; // 0 = about no operation
    QString opKind; // pick, receive, ... (empty when the operation left the outbox)
    QString code; // the server's code (op.transfer-closed, ...)
    QString message;
    QString createdLocal; // ISO time, device clock
    bool resolved = false; // acknowledged on this device
    QString userName; // who recorded the operation
    qint64 userId = 0; // 0 = about no operation of this device
    qint64 transferId = 0;
    QString transferReference, transferKind; // receipt, pick, ...
    qint64 locationId = 0;
    QString locationBarcode, locationName, zone;
    qint64 productId = 0;
    QString sku, productName;
    qint64 adjustmentId = 0;
};

// Newest first; acknowledged entries too when includeResolved; at most `limit` (-1 = all).
Result<QList<ExceptionEntry>> exceptionEntries(db::Database &db, bool includeResolved, int limit = -1);

} // namespace stockhand::store
