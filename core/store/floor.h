// What a floor action checks in the device's replica before it is recorded: the entities it names
// (transfer, line, location, product, lot, package, count line, adjustment, reason) as this device sees
// them — last server state plus its pending effects. Read by stockhand-cli's floor commands
// (docs/cli.md); every query is an indexed lookup by id or unique key.
#pragma once

#include "db/database.h"
#include "domain/quantity.h"

#include <QDate>

#include <optional>

namespace stockhand::store::floor {

struct TransferFacts
{
    qint64 id = 0;
    qint64 warehouseId = 0;
    QString kind; // receipt, pick, putaway, internal
    QString reference;
    QString state; // open, in_progress, done, cancelled

    bool closed() const { return state == u"done" || state == u"cancelled"; }
};
Result<std::optional<TransferFacts>> transfer(db::Database &db, qint64 transferId);

struct LineFacts
{
    qint64 id = 0;
    TransferFacts transfer;
    qint64 productId = 0;
    QString tracking; // of the product: none, lot, serial
    qint64 lotId = 0; // the lot the line asks for (0 = any)
    qint64 fromLocationId = 0; // 0 = none
    qint64 toLocationId = 0; // 0 = none
    Milli expected = 0;
    Milli done = 0; // server + this device's pending effects
    bool shortPicked = false; // an unrejected short_pick of this line is in the outbox

    Milli remaining() const { return qMax<Milli>(0, expected - done); }
};
Result<std::optional<LineFacts>> transferLine(db::Database &db, qint64 lineId);

struct LocationFacts
{
    qint64 id = 0;
    qint64 warehouseId = 0;
    QString barcode;
    QString name;
    QString type; // bin, receiving, shipping, ...
};
Result<std::optional<LocationFacts>> location(db::Database &db, qint64 locationId);
// The receiving dock of a warehouse (0 when it has none).
Result<qint64> receivingLocation(db::Database &db, qint64 warehouseId);

struct ProductFacts
{
    qint64 id = 0;
    QString sku;
    QString tracking; // none, lot, serial
};
Result<std::optional<ProductFacts>> product(db::Database &db, qint64 productId);

struct LotFacts
{
    qint64 id = 0;
    qint64 productId = 0;
    QString name;
    QDate expiry;
};
Result<std::optional<LotFacts>> lot(db::Database &db, qint64 lotId);
Result<std::optional<LotFacts>> lotByName(db::Database &db, qint64 productId, const QString &name);

struct PackageFacts
{
    qint64 id = 0;
    QString name;
    qint64 locationId = 0; // 0 = nowhere yet
};
Result<std::optional<PackageFacts>> package(db::Database &db, qint64 packageId);

struct CountLineFacts
{
    qint64 id = 0;
    qint64 taskId = 0;
    qint64 warehouseId = 0; // of the task
    QString taskState;
    qint64 locationId = 0;
    qint64 productId = 0; // 0 = everything at the location
    QString state; // open, counted, cancelled
};
Result<std::optional<CountLineFacts>> countLine(db::Database &db, qint64 countLineId);
// The open line of an open count task of the warehouse that counts this product at this location (a
// line for that product first, else one for the whole location); 0 when there is none.
Result<qint64> openCountLineAt(db::Database &db, qint64 warehouseId, qint64 locationId, qint64 productId);

struct AdjustmentFacts
{
    qint64 id = 0;
    qint64 warehouseId = 0; // of its location
    qint64 locationId = 0;
    qint64 productId = 0;
    qint64 lotId = 0;
    Milli book = 0;
    Milli counted = 0;
    QString state; // pending, approved, rejected
    bool decidedHere = false; // an unrejected decision on it (approve, reject, recount) is in the outbox
};
Result<std::optional<AdjustmentFacts>> adjustment(db::Database &db, qint64 adjustmentId);

// Whether `code` is a reason of that kind (adjustment, short_pick, putaway_override, discrepancy).
Result<bool> isReason(db::Database &db, const QString &code, const QString &kind);

} // namespace stockhand::store::floor
