// pick and short_pick: stock left a location for a pick line (docs/operations.md).
#pragma once

#include "ops/effect.h"
#include "ops/kinds.h"
#include "ops/payload.h"

namespace stockhand::ops {

struct Pick
{
    static constexpr Kind kKind = Kind::Pick;

    qint64 transferLineId = 0;
    qint64 productId = 0; // optional on the wire (checked against the line's); the device always sends it
    qint64 locationId = 0; // where the goods were taken from
    Milli qty = 0; // > 0
    LotRef lot;

    QJsonObject toJson() const;
    static Result<Pick> parse(const QJsonObject &payload);
    // The line's quantity done grows; the stock leaves the location for the line's destination
    // (lineDestination 0 = out of the warehouse).
    Effects effects(qint64 lineDestination) const;
    bool operator==(const Pick &) const = default;
};

// The picker found less than ordered: what was picked (maybe nothing) is booked like a pick, and the
// line is short by the rest, for the reason given.
struct ShortPick
{
    static constexpr Kind kKind = Kind::ShortPick;

    qint64 transferLineId = 0;
    qint64 productId = 0;
    qint64 locationId = 0;
    Milli qty = 0; // >= 0
    LotRef lot;
    QString reasonCode; // a reason of kind short_pick

    QJsonObject toJson() const;
    static Result<ShortPick> parse(const QJsonObject &payload);
    Effects effects(qint64 lineDestination) const;
    bool operator==(const ShortPick &) const = default;
};

} // namespace stockhand::ops
