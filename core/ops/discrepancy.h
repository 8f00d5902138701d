// report_discrepancy: a receiving discrepancy that moves no stock — goods short on a receipt line, or
// goods refused at the dock — recorded as a physical fact with a reason of kind `discrepancy`; the server
// raises a `receipt_discrepancy` exception for a supervisor (docs/operations.md). Discrepancies of goods
// that were received (over, damaged, wrong item, expiry too short) travel with the receive itself
// (Receive::reasonCode).
#pragma once

#include "ops/kinds.h"
#include "ops/payload.h"

namespace stockhand::ops {

struct ReportDiscrepancy
{
    static constexpr Kind kKind = Kind::ReportDiscrepancy;

    qint64 transferLineId = 0; // the receipt line
    Milli qty = 0; // how much is concerned (> 0): missing, refused
    QString reasonCode; // a reason of kind discrepancy
    QString note; // optional, up to 500 characters

    QJsonObject toJson() const;
    static Result<ReportDiscrepancy> parse(const QJsonObject &payload);
    bool operator==(const ReportDiscrepancy &) const = default;
};

} // namespace stockhand::ops
