#include "ops/receive.h"

namespace stockhand::ops {

QJsonObject Receive::toJson() const
{
    PayloadWriter w;
    w.id("transfer_line_id", transferLineId).id("product_id", productId).id("location_id", locationId).qty("qty", qty);
    lot.write(w);
    w.date("expiry", expiry).id("package_id", packageId).text("reason_code", reasonCode).text("note", note);
    return w.take();
}

Result<Receive> Receive::parse(const QJsonObject &payload)
{
    const PayloadReader r(payload);
    Receive p;
    auto line = r.optionalId("transfer_line_id");
    if (!line)
        return line.error();
    auto product = r.requireId("product_id");
    if (!product)
        return product.error();
    auto location = r.requireId("location_id");
    if (!location)
        return location.error();
    auto qty = r.requireQty("qty", false);
    if (!qty)
        return qty.error();
    auto package = r.optionalId("package_id");
    if (!package)
        return package.error();
    auto lot = LotRef::read(r);
    if (!lot)
        return lot.error();
    auto expiry = r.optionalDate("expiry");
    if (!expiry)
        return expiry.error();
    return Receive {line.value(), product.value(), location.value(), qty.value(), lot.value(), expiry.value(),
        package.value(), r.optionalString("reason_code"), r.optionalString("note").left(500)};
}

Effects Receive::effects() const
{
    Effects e;
    if (transferLineId)
        e.append(Effect::onTransferLine(transferLineId, qty));
    e.append(Effect::onQuant({locationId, productId, lot.id, packageId}, qty));
    return e;
}

bool goesToQuarantine(QStringView reasonCode)
{
    return reasonCode == QLatin1String(kReasonDamaged) || reasonCode == QLatin1String(kReasonExpiryShort)
        || reasonCode == QLatin1String(kReasonQualityHold);
}

} // namespace stockhand::ops
