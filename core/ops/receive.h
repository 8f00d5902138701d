// receive: goods arrived at a location, against an expected receipt line or unexpected (docs/operations.md).
#pragma once

#include "ops/effect.h"
#include "ops/kinds.h"
#include "ops/payload.h"

namespace stockhand::ops {

struct Receive
{
    static constexpr Kind kKind = Kind::Receive;

    qint64 transferLineId = 0; // 0 = received without an expected line (the server flags it)
    qint64 productId = 0;
    qint64 locationId = 0;
    Milli qty = 0; // > 0
    LotRef lot;
    QDate expiry; // of a new lot, as printed on the goods
    qint64 packageId = 0;
    // A receiving discrepancy that came with the goods (a reason of kind `discrepancy`: over, damaged,
    // wrong item, expiry too short, quality hold); the server books the stock and raises a
    // `receipt_discrepancy` exception with it. Damaged or held goods are received at a quarantine location.
    QString reasonCode {};
    QString note {}; // optional, with a reason, up to 500 characters

    QJsonObject toJson() const;
    static Result<Receive> parse(const QJsonObject &payload);
    // The stock is at the location; the line's quantity done grows.
    Effects effects() const;
    bool operator==(const Receive &) const = default;
};

} // namespace stockhand::ops
