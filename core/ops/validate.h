// validate_transfer: closes a receipt, pick or putaway; what is still open goes to a backorder or is
// closed short (docs/operations.md).
#pragma once

#include "ops/kinds.h"
#include "ops/payload.h"

namespace stockhand::ops {

struct ValidateTransfer
{
    static constexpr Kind kKind = Kind::ValidateTransfer;
    enum class Mode { Backorder, CloseShort };

    qint64 transferId = 0;
    Mode mode = Mode::Backorder;

    QJsonObject toJson() const;
    static Result<ValidateTransfer> parse(const QJsonObject &payload);
    bool operator==(const ValidateTransfer &) const = default;
};

// Pickers validate picks, receivers receipts and putaways; supervisors and admins anything.
bool mayValidate(const QStringList &userRoles, QStringView transferKind);

} // namespace stockhand::ops
