// A supervisor's decisions on a count variance: approve_adjustment, reject_adjustment and
// request_recount (docs/operations.md). They predict nothing on the device: the stock a decision moves
// reaches the device through the feed.
#pragma once

#include "ops/kinds.h"
#include "ops/payload.h"

namespace stockhand::ops {

struct ApproveAdjustment
{
    static constexpr Kind kKind = Kind::ApproveAdjustment;

    qint64 adjustmentId = 0;
    QString reasonCode; // a reason of kind adjustment, required
    QString note {}; // optional; the device asks for one when the reason's policy says so (in the server's log)

    QJsonObject toJson() const;
    static Result<ApproveAdjustment> parse(const QJsonObject &payload);
    bool operator==(const ApproveAdjustment &) const = default;
};

struct RejectAdjustment
{
    static constexpr Kind kKind = Kind::RejectAdjustment;

    qint64 adjustmentId = 0;
    QString reasonCode; // optional
    QString note {}; // optional, as for an approval

    QJsonObject toJson() const;
    static Result<RejectAdjustment> parse(const QJsonObject &payload);
    bool operator==(const RejectAdjustment &) const = default;
};

// Either a pending adjustment is superseded by a recount of its location, product and lot, or a
// location (one product of it, or all) is to be counted again.
struct RequestRecount
{
    static constexpr Kind kKind = Kind::RequestRecount;

    qint64 adjustmentId = 0; // set: recount what this adjustment counted
    qint64 locationId = 0; // else: this location...
    qint64 productId = 0; // ...this product of it, or everything (0)

    QJsonObject toJson() const;
    static Result<RequestRecount> parse(const QJsonObject &payload);
    bool operator==(const RequestRecount &) const = default;
};

} // namespace stockhand::ops
