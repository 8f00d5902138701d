// A count task as the count screen works through it: its header and its locations in pick sequence, each
// counted or not (by the server, or by an operation of this device that the server has not answered yet).
#pragma once

#include "db/database.h"

#include <QList>
#include <QString>

#include <optional>

namespace stockhand::store {

struct CountTaskHeader
{
    qint64 id = 0;
    QString reference;
    QString kind; // count, recount
    qint64 warehouseId = 0;
};
// nullopt when the store holds no such count task.
Result<std::optional<CountTaskHeader>> loadCountTask(db::Database &db, qint64 taskId);

// One location of a count task (a count_line): the one struct for a count line on the device.
struct CountLocation
{
    qint64 lineId = 0;
    qint64 locationId = 0;
    qint64 productId = 0; // recounts name a product; 0 = everything at the location
    QString locationName, locationBarcode, productLabel;
    bool counted = false; // by the server, or by a pending operation of this device
    qint64 taskId = 0;
    qint64 warehouseId = 0; // of the task
    QString taskState; // open, in_progress, done, cancelled
    QString state; // of the line as the server says: open, counted, cancelled
};
// The locations of a count task in pick sequence.
Result<QList<CountLocation>> loadCountLocations(db::Database &db, qint64 taskId);
// One count line by id; nullopt when the store holds no such line.
Result<std::optional<CountLocation>> loadCountLine(db::Database &db, qint64 lineId);
// The open line of an open count task of the warehouse that counts this product at this location (a
// line for that product first, else one for the whole location); 0 when there is none.
Result<qint64> openCountLineAt(db::Database &db, qint64 warehouseId, qint64 locationId, qint64 productId);

} // namespace stockhand::store
