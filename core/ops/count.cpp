#include "ops/count.h"

namespace stockhand::ops {

QJsonObject Count::toJson() const
{
    PayloadWriter w;
    w.id("count_line_id", countLineId).id("location_id", locationId).id("product_id", productId).qty("qty", qty);
    lot.write(w);
    w.time("counted_at", countedAt);
    return w.take();
}

Result<Count> Count::parse(const QJsonObject &payload)
{
    const PayloadReader r(payload);
    auto location = r.requireId("location_id");
    if (!location)
        return location.error();
    auto product = r.requireId("product_id");
    if (!product)
        return product.error();
    auto qty = r.requireQty("qty", true);
    if (!qty)
        return qty.error();
    auto line = r.optionalId("count_line_id");
    if (!line)
        return line.error();
    auto at = r.optionalTime("counted_at");
    if (!at)
        return at.error();
    auto lot = LotRef::read(r);
    if (!lot)
        return lot.error();
    return Count {location.value(), product.value(), lot.value(), qty.value(), at.value(), line.value()};
}

Effects Count::effects() const
{
    if (!countLineId)
        return {};
    return {Effect::onCountLine(countLineId, qty)};
}

} // namespace stockhand::ops
