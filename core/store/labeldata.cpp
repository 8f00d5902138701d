#include "store/labeldata.h"

namespace stockhand::store {

Result<std::optional<ProductLabelData>> productLabelData(db::Database &db, qint64 productId)
{
    auto st = db.prepare(
        "SELECT p.id, p.sku, p.name, ifnull((SELECT b.code FROM product_barcode b WHERE b.product_id = p.id "
        "AND length(b.code) = 14 AND b.code NOT GLOB '*[^0-9]*' ORDER BY b.packaging != 'unit', b.qty, b.code "
        "LIMIT 1), '') FROM product p WHERE p.id = ?1");
    if (st)
        st->bind(1, productId);
    return db::firstRow(st, [](db::Statement &s) {
        return ProductLabelData {s.int64(0), s.text(1), s.text(2), s.text(3)};
    });
}

Result<std::optional<LotLabelData>> lotLabelData(db::Database &db, qint64 lotId)
{
    auto st = db.prepare("SELECT id, name, is_serial, ifnull(expiry, ''), product_id FROM lot WHERE id = ?1");
    if (st)
        st->bind(1, lotId);
    auto lot = db::firstRow(st, [](db::Statement &s) {
        LotLabelData d {s.int64(0), s.text(1), s.int64(2) != 0, s.text(3), {}};
        d.product.id = s.int64(4);
        return d;
    });
    if (!lot || !*lot)
        return lot;
    auto product = productLabelData(db, (*lot)->product.id);
    if (!product)
        return product.error();
    if (*product)
        (*lot)->product = **product;
    return lot;
}

} // namespace stockhand::store
