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

// One location of a count task (a count_line).
struct CountLocation
{
    qint64 lineId = 0;
    qint64 locationId = 0;
    qint64 productId = 0; // recounts name a product
    QString locationName, locationBarcode, productLabel;
    bool counted = false;
};
// The locations of a count task in pick sequence.
Result<QList<CountLocation>> loadCountLocations(db::Database &db, qint64 taskId);

} // namespace stockhand::store
