// What the labels need from the replica (docs/labels.md): a product's SKU, name and unit GTIN, a lot's
// product and expiry. Read only, indexed lookups; locations come from store/catalog.h.
#pragma once

#include "db/database.h"

#include <optional>

namespace stockhand::store {

struct ProductLabelData
{
    qint64 id = 0;
    QString sku, name;
    QString gtin; // the GTIN-14 of the unit (else of the smallest packaging); empty when it has none
};
// nullopt when the store holds no such product.
Result<std::optional<ProductLabelData>> productLabelData(db::Database &db, qint64 productId);

struct LotLabelData
{
    qint64 id = 0;
    QString name; // the lot number, or the serial number
    bool serial = false;
    QString expiry; // ISO date, empty when unknown
    ProductLabelData product;
};
// nullopt when the store holds no such lot.
Result<std::optional<LotLabelData>> lotLabelData(db::Database &db, qint64 lotId);

} // namespace stockhand::store
