#include "ops/discrepancy.h"

namespace stockhand::ops {

QJsonObject ReportDiscrepancy::toJson() const
{
    return PayloadWriter()
        .id("transfer_line_id", transferLineId)
        .qty("qty", qty)
        .text("reason_code", reasonCode)
        .text("note", note)
        .take();
}

Result<ReportDiscrepancy> ReportDiscrepancy::parse(const QJsonObject &payload)
{
    const PayloadReader r(payload);
    auto line = r.requireId("transfer_line_id");
    if (!line)
        return line.error();
    auto qty = r.requireQty("qty", false);
    if (!qty)
        return qty.error();
    auto reason = r.requireString("reason_code");
    if (!reason)
        return reason.error();
    return ReportDiscrepancy {line.value(), qty.value(), reason.value(), r.optionalString("note").left(500)};
}

} // namespace stockhand::ops
