// count: the counted quantity of a product at a location (docs/operations.md). The server takes the
// variance against the book at the counted time.
#pragma once

#include "ops/effect.h"
#include "ops/kinds.h"
#include "ops/payload.h"

namespace stockhand::ops {

struct Count
{
    static constexpr Kind kKind = Kind::Count;

    qint64 locationId = 0;
    qint64 productId = 0;
    LotRef lot;
    Milli qty = 0; // >= 0: an empty bin is a count too
    QDateTime countedAt; // invalid = the operation's local time
    qint64 countLineId = 0; // the line of a count task, optional

    QJsonObject toJson() const;
    static Result<Count> parse(const QJsonObject &payload);
    // The count line is counted on this device (its pending effect carries the counted quantity).
    Effects effects() const;
    bool operator==(const Count &) const = default;
};

} // namespace stockhand::ops
