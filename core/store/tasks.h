// The work waiting on the floor: open transfers (picks, receipts) and count tasks of a warehouse, as the
// home screen counts them and the task lists show them.
#pragma once

#include "db/database.h"

#include <QList>
#include <QString>

namespace stockhand::store {

struct TaskRow
{
    qint64 id = 0;
    QString reference;
    QString detail; // transfers: "origin · partner"
    qint64 lines = 0;
    qint64 openLines = 0; // transfers: lines not complete; count tasks: locations nobody counted yet
    bool recount = false;
    int priority {}; // transfers: 1 = urgent
    QString due {}; // transfers: when it is scheduled (ISO, as the server sent it; "" = not scheduled)
    QString zone {}; // the zone of the first open line's location ("" = none)
};

// Open transfers of a kind ("pick", "receipt") in a warehouse. A transfer this device has validated is no
// longer work, even before the server says so.
Result<qint64> openTransferCount(db::Database &db, qint64 warehouseId, const QString &kind);
// Sorted by priority (urgent first), due time (unscheduled last), the zone of the first open line, reference.
Result<QList<TaskRow>> openTransfers(db::Database &db, qint64 warehouseId, const QString &kind);
// The open transfer of that kind a user is in the middle of on this device: the one their latest
// recorded operation (not rejected) was about. 0 when none.
Result<qint64> transferInProgress(db::Database &db, qint64 warehouseId, const QString &kind, qint64 userId);
// Open count tasks of a warehouse; recounts first.
Result<qint64> openCountTaskCount(db::Database &db, qint64 warehouseId);
Result<QList<TaskRow>> openCountTasks(db::Database &db, qint64 warehouseId);

} // namespace stockhand::store
