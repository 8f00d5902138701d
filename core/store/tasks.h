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
};

// Open transfers of a kind ("pick", "receipt") in a warehouse. A transfer this device has validated is no
// longer work, even before the server says so.
Result<qint64> openTransferCount(db::Database &db, qint64 warehouseId, const QString &kind);
Result<QList<TaskRow>> openTransfers(db::Database &db, qint64 warehouseId, const QString &kind);
// Open count tasks of a warehouse; recounts first.
Result<qint64> openCountTaskCount(db::Database &db, qint64 warehouseId);
Result<QList<TaskRow>> openCountTasks(db::Database &db, qint64 warehouseId);

} // namespace stockhand::store
