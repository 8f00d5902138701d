#include "ops/barcode.h"

#include "scan/gtin.h"

namespace stockhand::ops {

QString barcodeKey(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    if (scan::hasValidCheckDigit(trimmed)) {
        if (const auto normal = scan::normalizeGtin(trimmed))
            return *normal;
    }
    return trimmed.toString();
}

QJsonObject AttachBarcode::toJson() const
{
    return PayloadWriter()
        .id("product_id", productId)
        .text("code", code)
        .text("packaging", packaging)
        .qty("qty", qty)
        .take();
}

Result<AttachBarcode> AttachBarcode::parse(const QJsonObject &payload)
{
    const PayloadReader r(payload);
    AttachBarcode p;
    auto product = r.requireId("product_id");
    if (!product)
        return product.error();
    p.productId = product.value();
    auto code = r.requireString("code");
    if (!code)
        return code.error();
    if (code->size() > 100)
        return makeError("op.wrong-type", QStringLiteral("code is longer than 100 characters."));
    p.code = code.value();
    const QString packaging = r.optionalString("packaging");
    if (!packaging.isEmpty()) {
        if (packaging != u"unit" && packaging != u"case" && packaging != u"pallet")
            return makeError("op.wrong-type", QStringLiteral("packaging must be \"unit\", \"case\" or \"pallet\"."));
        p.packaging = packaging;
    }
    if (r.has("qty")) {
        auto qty = r.requireQty("qty", false);
        if (!qty)
            return qty.error();
        p.qty = qty.value();
    }
    return p;
}

} // namespace stockhand::ops
