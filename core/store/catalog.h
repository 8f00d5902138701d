// The replicated catalogue as the screens and stockhand-cli look things up in it: products, lots,
// locations, packages and reason codes. Read only: the sync engine writes these tables (WorldWriter), the
// screens read them here. Every lookup is an indexed one by id or unique key.
#pragma once

#include "db/database.h"

#include <QMap>

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
// The product with this SKU (as typed; SKUs are unique), nullopt when the store holds none.
Result<std::optional<ProductInfo>> productBySku(db::Database &db, const QString &sku);
// The product a code (ops::barcodeKey form) is attached to in the replica, nullopt when none.
Result<std::optional<qint64>> barcodeProduct(db::Database &db, const QString &code);
// How many products the store holds (0 before the first sync or demo).
Result<qint64> productCount(db::Database &db);

// A barcode this device attached (attach_barcode) that the feed has not brought yet: the operation waits
// in the outbox, or the server applied it and no pull since has brought product_barcode's row. Screens
// resolve the code to the product meanwhile (core/scan resolver). A rejected attachment is none.
struct PendingBarcode
{
    QString code; // ops::barcodeKey form
    qint64 productId = 0;
    QString packaging;
    qint64 qty = 0; // Milli per scan
};
// The newest pending attachment of the code (compared in ops::barcodeKey form); nullopt when none.
Result<std::optional<PendingBarcode>> pendingBarcode(db::Database &db, const QString &code);

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
    bool quarantine = false; // damaged or held goods are received here (location.quarantine)
};
Result<std::optional<LocationInfo>> locationInfo(db::Database &db, qint64 locationId);
// The receiving dock of a warehouse (0 when it has none).
Result<qint64> receivingLocation(db::Database &db, qint64 warehouseId);
// The warehouse's quarantine location, where goods received with a damage or hold reason go
// (ops::goesToQuarantine); the first by id when there are several, 0 when it has none.
Result<qint64> quarantineLocation(db::Database &db, qint64 warehouseId);

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
    QMap<QString, QString> labels {}; // other languages (domain/reasonlabels.h)
};
// Reason codes of one kind (short_pick, putaway_override, discrepancy, adjustment), by code.
Result<QList<ReasonCode>> reasonCodes(db::Database &db, const QString &kind);
// Whether `code` is a reason of that kind.
Result<bool> isReason(db::Database &db, const QString &code, const QString &kind);

} // namespace stockhand::store
