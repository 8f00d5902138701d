// set_count_policy: a supervisor sets (or removes) the auto-approve thresholds of counts for their
// warehouse, for every counting-user group or one; an admin also for every warehouse (docs/operations.md
// "count"). A decision of supervisor authority: it needs the session proof like an approval. It predicts
// nothing on the device: the policy reaches every device through the feed (table count_policy).
#pragma once

#include "ops/kinds.h"
#include "ops/payload.h"

namespace stockhand::ops {

struct SetCountPolicy
{
    static constexpr Kind kKind = Kind::SetCountPolicy;

    QString userGroup; // empty = every counting-user group
    bool allWarehouses = false; // the network-wide default (admins only); else the device's warehouse
    // The thresholds; negative = that threshold is off (as stockhand-server policy count).
    Milli maxQty = -1;
    double maxPercent = -1;
    qint64 maxValueCents = -1;
    bool remove = false; // drop this scope's policy: the next wider one applies

    QJsonObject toJson() const;
    // op.wrong-type for a threshold that is not a number (max_qty a quantity string), op.missing-field when
    // neither a threshold nor remove is given.
    static Result<SetCountPolicy> parse(const QJsonObject &payload);
    bool operator==(const SetCountPolicy &) const = default;
};

} // namespace stockhand::ops
