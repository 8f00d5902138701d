#include "ops/move.h"

namespace stockhand::ops {

QJsonObject Move::toJson() const
{
    PayloadWriter w;
    w.id("product_id", productId)
        .id("from_location_id", fromLocationId)
        .id("to_location_id", toLocationId)
        .qty("qty", qty);
    lot.write(w);
    w.id("package_id", packageId).id("transfer_line_id", transferLineId).text("reason_code", reasonCode);
    return w.take();
}

Result<Move> Move::parse(const QJsonObject &payload)
{
    const PayloadReader r(payload);
    auto product = r.requireId("product_id");
    if (!product)
        return product.error();
    auto from = r.requireId("from_location_id");
    if (!from)
        return from.error();
    auto to = r.requireId("to_location_id");
    if (!to)
        return to.error();
    auto qty = r.requireQty("qty", false);
    if (!qty)
        return qty.error();
    auto package = r.optionalId("package_id");
    if (!package)
        return package.error();
    auto line = r.optionalId("transfer_line_id");
    if (!line)
        return line.error();
    if (from.value() == to.value())
        return makeError("op.same-location", QStringLiteral("A move needs two different locations."));
    auto lot = LotRef::read(r);
    if (!lot)
        return lot.error();
    return Move {product.value(), from.value(), to.value(), qty.value(), lot.value(), package.value(), line.value(),
        r.optionalString("reason_code")};
}

Effects Move::effects() const
{
    Effects e {Effect::onQuant({fromLocationId, productId, lot.id, packageId}, -qty),
        Effect::onQuant({toLocationId, productId, lot.id, packageId}, qty)};
    if (transferLineId)
        e.append(Effect::onTransferLine(transferLineId, qty));
    return e;
}

} // namespace stockhand::ops
