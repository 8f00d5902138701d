#include "ops/validate.h"

namespace stockhand::ops {

QJsonObject ValidateTransfer::toJson() const
{
    return PayloadWriter()
        .id("transfer_id", transferId)
        .text("mode", mode == Mode::Backorder ? QStringLiteral("backorder") : QStringLiteral("close_short"))
        .take();
}

Result<ValidateTransfer> ValidateTransfer::parse(const QJsonObject &payload)
{
    const PayloadReader r(payload);
    auto id = r.requireId("transfer_id");
    if (!id)
        return id.error();
    const QString mode = r.optionalString("mode");
    if (mode.isEmpty() || mode == u"backorder")
        return ValidateTransfer {id.value(), Mode::Backorder};
    if (mode == u"close_short")
        return ValidateTransfer {id.value(), Mode::CloseShort};
    return makeError("op.wrong-type", QStringLiteral("mode must be \"backorder\" or \"close_short\"."));
}

bool mayValidate(const QStringList &userRoles, QStringView transferKind)
{
    if (isSupervisor(userRoles))
        return true;
    return transferKind == u"pick" ? userRoles.contains(QLatin1String("picker"))
                                   : userRoles.contains(QLatin1String("receiver"));
}

} // namespace stockhand::ops
