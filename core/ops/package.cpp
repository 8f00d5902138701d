#include "ops/package.h"

#include "domain/sscc.h"

namespace stockhand::ops {

QJsonObject LabelPackage::toJson() const
{
    return PayloadWriter().text("sscc", sscc).id("location_id", locationId).id("transfer_id", transferId).take();
}

Result<LabelPackage> LabelPackage::parse(const QJsonObject &payload)
{
    const PayloadReader r(payload);
    auto sscc = r.requireString("sscc");
    if (!sscc)
        return sscc.error();
    if (!isValidSscc(*sscc))
        return makeError("op.invalid-sscc", QStringLiteral("sscc must be 18 digits with a valid check digit."));
    auto location = r.requireId("location_id");
    if (!location)
        return location.error();
    auto transfer = r.optionalId("transfer_id");
    if (!transfer)
        return transfer.error();
    return LabelPackage {sscc.value(), location.value(), transfer.value()};
}

} // namespace stockhand::ops
