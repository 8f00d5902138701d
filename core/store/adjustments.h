// Stock adjustments (a count's difference awaiting a supervisor) as this device sees them: the server's
// state and the decisions on them in this device's outbox. Read by stockhand-cli's approve/reject/recount
// (docs/cli.md) and by the supervisor console's table (docs/ui.md, "Desktop profile").
#pragma once

#include "db/database.h"
#include "domain/quantity.h"

#include <QList>
#include <QString>

#include <optional>

namespace stockhand::store {

struct AdjustmentInfo
{
    qint64 id = 0;
    qint64 warehouseId = 0; // of its location
    qint64 locationId = 0;
    qint64 productId = 0;
    qint64 lotId = 0;
    Milli book = 0;
    Milli counted = 0;
    QString state; // pending, approved, rejected
    bool decidedHere = false; // an unrejected decision on it (approve, reject, recount) is in the outbox
};
// nullopt when the store holds no such adjustment.
Result<std::optional<AdjustmentInfo>> loadAdjustment(db::Database &db, qint64 adjustmentId);

// Another count of the same location, product and lot (a recount beside its original, or the original
// beside its recount).
struct SamePlaceCount
{
    qint64 adjustmentId = 0;
    Milli counted = 0;
    QString state; // pending, approved, rejected (a recount request rejects what it supersedes)
};

// This device's latest decision on an adjustment (from the outbox).
struct AdjustmentDecision
{
    QString kind; // approve_adjustment, reject_adjustment, request_recount; empty = none
    QString state; // pending (not sent yet), applied, duplicate, rejected (by the server)
    QString error; // the server's reason when rejected
};

// One row of the supervisor's approvals table: a pending adjustment with the names it is shown with.
struct PendingAdjustment
{
    qint64 id = 0;
    qint64 locationId = 0;
    qint64 productId = 0;
    qint64 lotId = 0;
    QString locationBarcode, locationName, zone;
    QString sku, productName, uom;
    qint64 unitValueCents = 0;
    QString lotName;
    Milli book = 0; // the book at the counted time (the server's figure)
    Milli counted = 0;
    Milli onHandNow = 0; // the replica's quant plus this device's pending effects
    QString countedBy; // the counter's name; else the count task's assignee (countedByAssignee)
    bool countedByAssignee = false;
    QString countedAt; // ISO time; empty when the server did not send it
    bool recount = false; // counted on a recount task
    AdjustmentDecision decision;
    QList<SamePlaceCount> samePlace; // other counts of the same place, oldest first

    Milli variance() const { return counted - book; }
    // Net moves in (+) or out (-) of the place since the count: they do not change the variance.
    Milli movedSince() const { return onHandNow - book; }
};

// Every pending adjustment of a warehouse (0 = of every warehouse), by location, product and id.
Result<QList<PendingAdjustment>> pendingAdjustments(db::Database &db, qint64 warehouseId);

// Whether a reason of kind adjustment needs a note (reason_code.note_required); nullopt when the store
// does not know the code as an adjustment reason.
Result<std::optional<bool>> adjustmentReasonNeedsNote(db::Database &db, const QString &code);

// The auto-approve thresholds of counts as the server replicates them (table count_policy; set with
// set_count_policy or stockhand-server policy count). Negative = that threshold is off.
struct CountPolicyRow
{
    qint64 warehouseId = 0; // 0 = every warehouse
    QString userGroup; // empty = every counting-user group
    Milli maxQty = -1;
    double maxPercent = -1;
    qint64 maxValueCents = -1;
};
// The policies that apply in this warehouse (its own and the network-wide ones), most specific first.
Result<QList<CountPolicyRow>> countPolicies(db::Database &db, qint64 warehouseId);
// A supervisor's approval limit in cents (user_policy); nullopt = no limit.
Result<std::optional<qint64>> approvalLimitCents(db::Database &db, qint64 userId);

} // namespace stockhand::store
