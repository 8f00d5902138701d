#include "ops/adjustment.h"

namespace stockhand::ops {

QJsonObject ApproveAdjustment::toJson() const
{
    return PayloadWriter().id("adjustment_id", adjustmentId).text("reason_code", reasonCode).text("note", note).take();
}

Result<ApproveAdjustment> ApproveAdjustment::parse(const QJsonObject &payload)
{
    const PayloadReader r(payload);
    auto id = r.requireId("adjustment_id");
    if (!id)
        return id.error();
    auto reason = r.requireString("reason_code");
    if (!reason)
        return reason.error();
    return ApproveAdjustment {id.value(), reason.value(), r.optionalString("note")};
}

QJsonObject RejectAdjustment::toJson() const
{
    return PayloadWriter().id("adjustment_id", adjustmentId).text("reason_code", reasonCode).text("note", note).take();
}

Result<RejectAdjustment> RejectAdjustment::parse(const QJsonObject &payload)
{
    const PayloadReader r(payload);
    auto id = r.requireId("adjustment_id");
    if (!id)
        return id.error();
    return RejectAdjustment {id.value(), r.optionalString("reason_code"), r.optionalString("note")};
}

QJsonObject RequestRecount::toJson() const
{
    return PayloadWriter()
        .id("adjustment_id", adjustmentId)
        .id("location_id", locationId)
        .id("product_id", productId)
        .take();
}

Result<RequestRecount> RequestRecount::parse(const QJsonObject &payload)
{
    const PayloadReader r(payload);
    if (payload.contains(QLatin1String("adjustment_id"))) {
        auto id = r.requireId("adjustment_id");
        if (!id)
            return id.error();
        return RequestRecount {id.value(), 0, 0};
    }
    auto location = r.requireId("location_id");
    if (!location)
        return location.error();
    auto product = r.optionalId("product_id");
    if (!product)
        return product.error();
    return RequestRecount {0, location.value(), product.value()};
}

} // namespace stockhand::ops
