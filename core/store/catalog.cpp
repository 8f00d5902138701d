#include "store/catalog.h"

#include "domain/reasonlabels.h"

#include "ops/barcode.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stockhand::store {

using db::firstRow;

Result<std::optional<ProductInfo>> productInfo(db::Database &db, qint64 productId)
{
    auto st = db.prepare("SELECT sku || ' · ' || name, tracking, uom, sku FROM product WHERE id = ?1");
    if (st)
        st->bind(1, productId);
    return firstRow(st, [productId](db::Statement &s) {
        return ProductInfo {productId, s.text(0), s.text(1), s.text(2), s.text(3)};
    });
}

Result<qint64> productCount(db::Database &db)
{
    return db.queryInt("SELECT count(*) FROM product");
}

namespace {

LotInfo readLot(db::Statement &s)
{
    return LotInfo {s.int64(0), s.text(1), s.int64(2), s.text(3)};
}

} // namespace

Result<std::optional<LotInfo>> lotInfo(db::Database &db, qint64 lotId)
{
    auto st = db.prepare("SELECT id, ifnull(expiry, ''), product_id, name FROM lot WHERE id = ?1");
    if (st)
        st->bind(1, lotId);
    return firstRow(st, readLot);
}

Result<std::optional<LotInfo>> findLot(db::Database &db, qint64 productId, const QString &name)
{
    auto st
        = db.prepare("SELECT id, ifnull(expiry, ''), product_id, name FROM lot WHERE product_id = ?1 AND name = ?2");
    if (st)
        st->bind(1, productId).bind(2, name);
    return firstRow(st, readLot);
}

Result<std::optional<LocationInfo>> locationInfo(db::Database &db, qint64 locationId)
{
    auto st = db.prepare("SELECT warehouse_id, type, barcode, name, quarantine FROM location WHERE id = ?1");
    if (st)
        st->bind(1, locationId);
    return firstRow(st, [locationId](db::Statement &s) {
        return LocationInfo {locationId, s.int64(0), s.text(1), s.text(2), s.text(3), s.int64(4) != 0};
    });
}

Result<qint64> receivingLocation(db::Database &db, qint64 warehouseId)
{
    auto st = db.prepare("SELECT id FROM location WHERE warehouse_id = ?1 AND type = 'receiving' ORDER BY id LIMIT 1");
    if (st)
        st->bind(1, warehouseId);
    auto id = firstRow(st, [](db::Statement &s) { return s.int64(0); });
    if (!id)
        return id.error();
    return id->value_or(0);
}

Result<std::optional<ProductInfo>> productBySku(db::Database &db, const QString &sku)
{
    auto st = db.prepare("SELECT id FROM product WHERE sku = ?1 LIMIT 1");
    if (st)
        st->bind(1, sku);
    auto id = firstRow(st, [](db::Statement &s) { return s.int64(0); });
    if (!id)
        return id.error();
    if (!*id)
        return std::optional<ProductInfo>();
    return productInfo(db, **id);
}

Result<std::optional<qint64>> barcodeProduct(db::Database &db, const QString &code)
{
    auto st = db.prepare("SELECT product_id FROM product_barcode WHERE code = ?1");
    if (st)
        st->bind(1, code);
    return firstRow(st, [](db::Statement &s) { return s.int64(0); });
}

Result<std::optional<PendingBarcode>> pendingBarcode(db::Database &db, const QString &code)
{
    // Few rows (a clerk's attachments since the last pull, through the partial index outbox_attach_barcode):
    // each payload is read by the op's own parser.
    auto st = db.prepare("SELECT payload FROM outbox WHERE kind = 'attach_barcode' AND state <> 'rejected' "
                         "AND effect_active = 1 ORDER BY seq DESC");
    if (!st)
        return st.error();
    const QString key = ops::barcodeKey(code);
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const auto p = ops::AttachBarcode::parse(QJsonDocument::fromJson(st->text(0).toUtf8()).object());
        if (p && ops::barcodeKey(p->code) == key) {
            st->reset();
            return std::optional<PendingBarcode>(PendingBarcode {key, p->productId, p->packaging, p->qty});
        }
    }
    return std::optional<PendingBarcode>();
}

Result<qint64> quarantineLocation(db::Database &db, qint64 warehouseId)
{
    auto st = db.prepare("SELECT id FROM location WHERE warehouse_id = ?1 AND quarantine = 1 ORDER BY id LIMIT 1");
    if (st)
        st->bind(1, warehouseId);
    auto id = firstRow(st, [](db::Statement &s) { return s.int64(0); });
    if (!id)
        return id.error();
    return id->value_or(0);
}

Result<std::optional<PackageInfo>> packageInfo(db::Database &db, qint64 packageId)
{
    auto st = db.prepare("SELECT id, name, ifnull(location_id, 0) FROM package WHERE id = ?1");
    if (st)
        st->bind(1, packageId);
    return firstRow(st, [](db::Statement &s) { return PackageInfo {s.int64(0), s.text(1), s.int64(2)}; });
}

Result<qint64> packageLocation(db::Database &db, qint64 packageId)
{
    auto p = packageInfo(db, packageId);
    if (!p)
        return p.error();
    return *p ? (*p)->locationId : qint64(0);
}

Result<QList<ReasonCode>> reasonCodes(db::Database &db, const QString &kind)
{
    auto st = db.prepare("SELECT code, label, labels FROM reason_code WHERE kind = ?1 ORDER BY code");
    if (st)
        st->bind(1, kind);
    return db::allRows(st, [](db::Statement &s) {
        return ReasonCode {s.text(0), s.text(1), parseReasonLabels(s.text(2))};
    });
}

Result<bool> isReason(db::Database &db, const QString &code, const QString &kind)
{
    auto st = db.prepare("SELECT 1 FROM reason_code WHERE code = ?1 AND kind = ?2");
    if (st)
        st->bind(1, code).bind(2, kind);
    auto found = firstRow(st, [](db::Statement &) { return true; });
    if (!found)
        return found.error();
    return found->has_value();
}

} // namespace stockhand::store
