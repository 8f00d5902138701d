// attach_barcode: "this barcode is that product". A new code is recorded in product_barcode (a feed table:
// every device learns it); the same code on the same product again is nothing new; a code already attached
// to another product raises a barcode_conflict exception and is never overwritten.
#include "ops/opcontext.h"

namespace stockhand::server {

Status applyAttachBarcode(OpContext &ctx)
{
    auto p = ctx.payload<ops::AttachBarcode>();
    SH_TRY(p);
    SH_TRY(ctx.requireProduct(p->productId));
    const QString code = ops::barcodeKey(p->code);
    if (code.isEmpty())
        return ctx.reject("op.wrong-type", QStringLiteral("code is empty."));
    auto owner = ctx.books.barcodeProduct(code);
    SH_TRY(owner);
    ctx.result.insert(QStringLiteral("code"), code);
    if (!owner.value()) {
        SH_TRY(ctx.books.attachBarcode(BarcodeRow {code, p->productId, p->packaging, p->qty}));
        ctx.result.insert(QStringLiteral("attached"), true);
        return {};
    }
    if (*owner.value() == p->productId) {
        ctx.result.insert(QStringLiteral("attached"), false); // known already: nothing new
        return {};
    }
    ctx.result.insert(QStringLiteral("attached"), false);
    SH_TRY(ctx.raise({QStringLiteral("barcode_conflict"),
        QStringLiteral("Barcode %1 was attached to product %2, but it belongs to product %3; it stays with product %3.")
            .arg(code)
            .arg(p->productId)
            .arg(*owner.value()),
        0, 0, p->productId, 0, 0}));
    return {};
}

} // namespace stockhand::server
