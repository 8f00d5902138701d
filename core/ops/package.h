// label_package: a package (pallet, case) got a logistic label with an SSCC from this device's reserved
// range (docs/labels.md); the server records the package under its SSCC at the location. An SSCC the
// server already knows raises an `sscc_duplicate` exception and keeps the first package; one outside the
// ranges issued to the device raises `sscc_outside_range` (the package is still recorded: the label is on
// the pallet).
#pragma once

#include "ops/effect.h"
#include "ops/kinds.h"
#include "ops/payload.h"

namespace stockhand::ops {

struct LabelPackage
{
    static constexpr Kind kKind = Kind::LabelPackage;

    QString sscc; // 18 digits, valid check digit
    qint64 locationId = 0;
    qint64 transferId = 0; // optional: the receipt or pick it was made for

    QJsonObject toJson() const;
    // op.invalid-sscc for anything but 18 digits with a valid mod-10 check digit.
    static Result<LabelPackage> parse(const QJsonObject &payload);
    bool operator==(const LabelPackage &) const = default;
};

} // namespace stockhand::ops
