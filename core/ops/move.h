// move: putaway or internal move from one location to another (docs/operations.md).
#pragma once

#include "ops/effect.h"
#include "ops/kinds.h"
#include "ops/payload.h"

namespace stockhand::ops {

struct Move
{
    static constexpr Kind kKind = Kind::Move;

    qint64 productId = 0;
    qint64 fromLocationId = 0;
    qint64 toLocationId = 0; // != fromLocationId
    Milli qty = 0; // > 0
    LotRef lot;
    qint64 packageId = 0; // the whole package moves with it
    qint64 transferLineId = 0; // a putaway or internal line, optional
    QString reasonCode; // a putaway_override reason when put away elsewhere than suggested

    QJsonObject toJson() const;
    static Result<Move> parse(const QJsonObject &payload);
    Effects effects() const;
    bool operator==(const Move &) const = default;
};

} // namespace stockhand::ops
