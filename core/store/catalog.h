// The replicated catalogue as the screens and stockhand-cli look things up in it: products, lots,
// locations, packages and reason codes. Read only: the sync engine writes these tables (WorldWriter), the
// screens read them here. Every lookup is an indexed one by id or unique key.
#pragma once

#include "db/database.h"

#include <QList>
#include <QString>

#include <optional>

namespace stockhand::store {

struct ProductInfo
{
    qint64 id = 0;
    QString label; // "SKU · name", as the screens show a product
    QString tracking; // none, lot, serial
    QString uom;
    QString sku;
};
// nullopt when the store holds no such product.
Result<std::optional<ProductInfo>> productInfo(db::Database &db, qint64 productId);
// How many products the store holds (0 before the first sync or demo).
Result<qint64> productCount(db::Database &db);

struct LotInfo
{
    qint64 id = 0;
    QString expiry; // ISO date, empty when unknown
    qint64 productId = 0;
    QString name;
};
// nullopt when the store holds no such lot.
Result<std::optional<LotInfo>> lotInfo(db::Database &db, qint64 lotId);
// The lot of a product by its name (as printed on the label); nullopt when the store does not know it.
Result<std::optional<LotInfo>> findLot(db::Database &db, qint64 productId, const QString &name);

struct LocationInfo
{
    qint64 id = 0;
    qint64 warehouseId = 0;
    QString type; // bin, receiving, shipping, ...
    QString barcode;
    QString name;
};
Result<std::optional<LocationInfo>> locationInfo(db::Database &db, qint64 locationId);
// The receiving dock of a warehouse (0 when it has none).
Result<qint64> receivingLocation(db::Database &db, qint64 warehouseId);

struct PackageInfo
{
    qint64 id = 0;
    QString name;
    qint64 locationId = 0; // 0 = nowhere yet
};
// nullopt when the store holds no such package.
Result<std::optional<PackageInfo>> packageInfo(db::Database &db, qint64 packageId);
// Where a package is (0 when the store does not know the package or its location).
Result<qint64> packageLocation(db::Database &db, qint64 packageId);

struct ReasonCode
{
    QString code, label;
};
// Reason codes of one kind (short_pick, putaway_override, discrepancy, adjustment), by code.
Result<QList<ReasonCode>> reasonCodes(db::Database &db, const QString &kind);
// Whether `code` is a reason of that kind.
Result<bool> isReason(db::Database &db, const QString &code, const QString &kind);

} // namespace stockhand::store
