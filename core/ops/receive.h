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

// The receiving discrepancy reasons (reason codes of kind `discrepancy`; the server's seed has them, an
// ERP may add more). Goods received with a damage or hold reason go to the warehouse's quarantine
// location, never to stock that can be picked.
inline constexpr const char *kReasonOver = "OVER"; // more than ordered
inline constexpr const char *kReasonShort = "UNDER"; // less than ordered (report_discrepancy)
inline constexpr const char *kReasonWrongItem = "WRONG_ITEM";
inline constexpr const char *kReasonDamaged = "RCV_DAMAGED"; // damaged on arrival
inline constexpr const char *kReasonExpiryShort = "EXPIRY_SHORT"; // shelf life below what the site accepts
inline constexpr const char *kReasonQualityHold = "QUALITY_HOLD";
// True for the reasons whose goods are received at a quarantine location.
bool goesToQuarantine(QStringView reasonCode);

} // namespace stockhand::ops
