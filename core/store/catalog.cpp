#include "store/catalog.h"

namespace stockhand::store {

Result<std::optional<ProductInfo>> productInfo(db::Database &db, qint64 productId)
{
    auto st = db.prepare("SELECT sku || ' · ' || name, tracking, uom FROM product WHERE id = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, productId).step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ProductInfo>();
    return std::optional<ProductInfo>(ProductInfo {productId, st->text(0), st->text(1), st->text(2)});
}

Result<qint64> productCount(db::Database &db)
{
    return db.queryInt("SELECT count(*) FROM product");
}

Result<std::optional<LotInfo>> findLot(db::Database &db, qint64 productId, const QString &name)
{
    auto st = db.prepare("SELECT id, ifnull(expiry, '') FROM lot WHERE product_id = ?1 AND name = ?2");
    if (!st)
        return st.error();
    auto row = st->bind(1, productId).bind(2, name).step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<LotInfo>();
    return std::optional<LotInfo>(LotInfo {st->int64(0), st->text(1)});
}

Result<std::optional<LocationInfo>> locationInfo(db::Database &db, qint64 locationId)
{
    auto st = db.prepare("SELECT warehouse_id, type FROM location WHERE id = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, locationId).step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<LocationInfo>();
    return std::optional<LocationInfo>(LocationInfo {locationId, st->int64(0), st->text(1)});
}

Result<qint64> receivingLocation(db::Database &db, qint64 warehouseId)
{
    auto st = db.prepare("SELECT id FROM location WHERE warehouse_id = ?1 AND type = 'receiving' ORDER BY id LIMIT 1");
    if (!st)
        return st.error();
    auto row = st->bind(1, warehouseId).step();
    if (!row)
        return row.error();
    return *row ? st->int64(0) : qint64(0);
}

Result<qint64> packageLocation(db::Database &db, qint64 packageId)
{
    auto st = db.prepare("SELECT ifnull(location_id, 0) FROM package WHERE id = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, packageId).step();
    if (!row)
        return row.error();
    return *row ? st->int64(0) : qint64(0);
}

Result<QList<ReasonCode>> reasonCodes(db::Database &db, const QString &kind)
{
    auto st = db.prepare("SELECT code, label FROM reason_code WHERE kind = ?1 ORDER BY code");
    if (!st)
        return st.error();
    st->bind(1, kind);
    QList<ReasonCode> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(ReasonCode {st->text(0), st->text(1)});
    }
    return out;
}

} // namespace stockhand::store
