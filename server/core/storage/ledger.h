// The books as the operation rules see them: every read and write an operation handler makes, in domain
// terms and without SQL. One Ledger belongs to one write transaction (a Batch, storage.h); a backend
// implements it (storage/sqlite/ for the embedded SQLite file; PostgreSQL follows, docs/server.md).
//
// Contract for every backend:
// - Reads see the transaction's own writes. Facts that no operation changes (locations, products,
//   reason codes, packages) may be cached for the life of the Ledger.
// - Every write of a replicated table (quant, lot, transfer, transfer_line, count_task, count_line,
//   adjustment) reaches the change feed of the row's warehouse in the same transaction, with a feed
//   position that is ordered by commit (a device that read up to position N never misses a later commit
//   below N). SQLite gets this from triggers under its single writer; a multi-writer backend must
//   serialise feed positions per warehouse or hold readers back to the oldest open transaction.
// - Errors: storage.constraint for a write the data refused, another storage.* code for a storage
//   failure (which aborts the batch); storage.h lists them.
#pragma once

#include "domain/quantity.h"
#include "domain/quantkey.h"
#include "domain/world.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace stockhand::server::storage {

// A transfer line (world.h's row) with the transfer it belongs to: the rules check its kind, state and
// warehouse.
struct LineWithTransfer : TransferLineRow
{
    TransferRow transfer;
};

// A count line with its task (whose warehouse the rules check).
struct CountLineWithTask : CountLineRow
{
    CountTaskRow task;
};

struct AdjustmentRecord
{
    qint64 id = 0; // 0 for a new one
    qint64 countLineId = 0;
    qint64 locationId = 0;
    qint64 warehouseId = 0; // the location's (read only)
    qint64 productId = 0;
    qint64 lotId = 0;
    Milli book = 0;
    Milli counted = 0;
    QString state; // pending, approved, rejected
    qint64 countedBy = 0; // the user who counted
    QString countedAt {}; // the count's local time (the device's clock), else when the server received it
};

// An immutable stock move: the audit trail (who, which device, when, why).
struct MoveRecord
{
    qint64 opId = 0;
    QString kind; // receive, pick, move, adjustment
    qint64 productId = 0;
    qint64 lotId = 0;
    qint64 packageId = 0;
    qint64 fromLocationId = 0; // 0 = outside (supplier, customer, inventory loss)
    qint64 toLocationId = 0;
    Milli qty = 0; // > 0
    QString reasonCode;
    qint64 adjustmentId = 0;
    qint64 transferLineId = 0;
    qint64 userId = 0;
    QString deviceId;
    QString physicalTime; // when it happened on the floor (device time)
    QString recordedAt; // when the server applied it
};

// A conflict between the floor and the books, for a supervisor: what the rules say about it...
struct ExceptionFacts
{
    QString kind; // negative_stock, over_pick, unknown_lot, line_picked_by_two_devices, ...
    QString message;
    qint64 transferLineId = 0;
    qint64 locationId = 0;
    qint64 productId = 0;
    qint64 lotId = 0;
    Milli qty = 0;
};

// ...and where it came from.
struct ExceptionRecord : ExceptionFacts
{
    qint64 opId = 0;
    qint64 warehouseId = 0;
    QString deviceId;
    qint64 userId = 0;
    QString createdAt;
};

// The auto-approve thresholds of a count (docs/operations.md): negative = that threshold is off.
struct CountPolicyRecord
{
    Milli maxQty = -1;
    double maxPercent = -1;
    qint64 maxValueCents = -1;
};

// An exception as a supervisor resolves it.
struct ExceptionState
{
    qint64 id = 0;
    qint64 warehouseId = 0;
    QString state; // open, resolved
    qint64 locationId = 0;
    qint64 productId = 0;
    qint64 lotId = 0;
};

struct ExceptionResolution
{
    QString resolution; // acknowledged, recount
    QString note;
    qint64 userId = 0;
    qint64 opId = 0;
    QString at; // server time
    qint64 countTaskId = 0; // recount: the task made for it
};

// What a validated receipt left at a dock (a non-bin, non-quarantine location) and is still there: one
// per product/lot/location, the quantity received capped by what the location still holds.
struct ReceivedStock
{
    qint64 productId = 0;
    qint64 lotId = 0;
    qint64 locationId = 0;
    Milli qty = 0;
};

// A range of SSCC serial references reserved for one device (never reissued, never overlapping).
struct SsccRangeRecord
{
    qint64 id = 0;
    QString deviceId;
    int extension = 0;
    QString companyPrefix;
    qint64 first = 0;
    qint64 last = 0;
    QString issuedAt;
};

class Ledger
{
public:
    virtual ~Ledger() = default;

    // Master data. Unknown entities are answered with an empty optional / false, not an error.
    virtual Result<std::optional<qint64>> locationWarehouse(qint64 locationId) = 0;
    virtual Result<bool> productExists(qint64 productId) = 0;
    virtual Result<qint64> productUnitValueCents(qint64 productId) = 0; // 0 when unknown
    virtual Result<bool> packageExists(qint64 packageId) = 0;
    virtual Status movePackage(qint64 packageId, qint64 toLocationId) = 0;
    virtual Result<std::optional<QString>> reasonKind(const QString &code) = 0;
    virtual Result<bool> reasonNeedsNote(const QString &code) = 0; // false for an unknown code
    // location.quarantine: damaged or held goods are received there (false for an unknown location).
    virtual Result<bool> isQuarantine(qint64 locationId) = 0;

    // Barcodes (product_barcode, a feed table): the product a code is attached to; a new attachment.
    virtual Result<std::optional<qint64>> barcodeProduct(const QString &code) = 0;
    virtual Status attachBarcode(const BarcodeRow &barcode) = 0;

    // Packages by name (an SSCC for a labelled one); a new package at a location.
    virtual Result<std::optional<qint64>> packageByName(const QString &name) = 0;
    virtual Result<qint64> createPackage(const QString &name, qint64 locationId) = 0;
    // Whether the SSCC (18 digits) lies in a range reserved for the device (its extension digit, company
    // prefix and a serial reference between the range's first and last).
    virtual Result<bool> ssccIssuedTo(const QString &deviceId, const QString &sscc) = 0;

    // Lots: the product a lot belongs to, a lot by name, a lot the floor found that the books did not know.
    virtual Result<std::optional<qint64>> lotProduct(qint64 lotId) = 0;
    virtual Result<std::optional<qint64>> findLot(qint64 productId, const QString &name) = 0;
    virtual Result<qint64> createLot(qint64 productId, const QString &name) = 0;

    // Stock. addToQuant creates the quant when needed and returns its new quantity (it may go negative:
    // the rules raise an exception then). bookQty sums every package of the key's location/product/lot.
    virtual Result<Milli> addToQuant(const QuantKey &key, Milli delta) = 0;
    virtual Result<Milli> bookQty(qint64 locationId, qint64 productId, qint64 lotId) = 0;
    // Net quantity moved into the location (in minus out) by moves that physically happened after `time`.
    virtual Result<Milli> netMovedInAfter(qint64 locationId, qint64 productId, qint64 lotId, const QString &time) = 0;
    virtual Result<qint64> appendMove(const MoveRecord &move) = 0;
    virtual Result<qint64> appendException(const ExceptionRecord &exception) = 0;

    // Transfers.
    virtual Result<std::optional<LineWithTransfer>> transferLine(qint64 lineId) = 0;
    virtual Result<bool> lineMovedByOtherDevice(qint64 lineId, const QString &deviceId) = 0;
    // Adds to the line's done quantity; an open transfer becomes in_progress.
    virtual Status addLineDone(qint64 lineId, Milli delta) = 0;
    virtual Result<std::optional<TransferRow>> transfer(qint64 transferId) = 0;
    virtual Status closeTransfer(qint64 transferId) = 0;
    // A new open transfer like `from` under `reference` holding what is still open on `from`'s lines
    // (expected minus done); 0 (and nothing written) when every line is done.
    virtual Result<qint64> createBackorder(const TransferRow &from, const QString &reference) = 0;
    // Putaway work from a receipt (docs/operations.md, "Putaway from receipts").
    virtual Result<QList<ReceivedStock>> receivedStillAtDock(qint64 receiptId) = 0;
    // The bin to put a product away to, as the handheld suggests it (core/store/putaway.h): its home
    // location in the warehouse; else the first empty bin (in pick sequence) of the zone where it is
    // stored; else the first empty bin. Empty: no stock and no open putaway line going there. 0: none.
    virtual Result<qint64> putawayBin(qint64 productId, qint64 warehouseId) = 0;
    // A new open transfer (its id is assigned) and a line of one (the line's id is assigned); return the ids.
    virtual Result<qint64> createTransfer(const TransferRow &transfer) = 0;
    virtual Result<qint64> addTransferLine(const TransferLineRow &line) = 0;
    // The oldest open putaway line taking this product/lot out of the location (0: none).
    virtual Result<qint64> openPutawayLine(qint64 fromLocationId, qint64 productId, qint64 lotId) = 0;

    // Counts and adjustments.
    virtual Result<std::optional<CountLineWithTask>> countLine(qint64 countLineId) = 0;
    // The line is counted; its task becomes in_progress, or done when no line is open.
    virtual Status recordCount(const CountLineWithTask &line, Milli counted) = 0;
    virtual Result<qint64> createAdjustment(const AdjustmentRecord &adjustment) = 0;
    virtual Result<std::optional<AdjustmentRecord>> adjustment(qint64 adjustmentId) = 0;
    virtual Status decideAdjustment(
        qint64 adjustmentId, const QString &state, const QString &reasonCode, qint64 decidedByUserId)
        = 0;
    // The count policy for a count in this warehouse by this user: the most specific of (warehouse, the
    // user's count group), (warehouse, any group), (any warehouse, the group), (any, any); none = the
    // server's configured defaults.
    virtual Result<std::optional<CountPolicyRecord>> countPolicy(qint64 warehouseId, qint64 userId) = 0;
    // Sets (insert or replace) the policy of a scope: warehouseId 0 = every warehouse, group empty = every
    // group. removeCountPolicy: false when the scope had none.
    virtual Status setCountPolicy(qint64 warehouseId, const QString &group, const CountPolicyRecord &policy) = 0;
    virtual Result<bool> removeCountPolicy(qint64 warehouseId, const QString &group) = 0;
    // The user's approval limit (variance value in cents); none = no limit.
    virtual Result<std::optional<qint64>> approvalLimitCents(qint64 userId) = 0;
    virtual Result<std::optional<ExceptionState>> exceptionState(qint64 exceptionId) = 0;
    virtual Status resolveException(qint64 exceptionId, const ExceptionResolution &resolution) = 0;

    // A recount task with one line (productId/lotId 0: whatever is there); returns the task id.
    virtual Result<qint64> createRecountTask(
        qint64 warehouseId, const QString &reference, qint64 locationId, qint64 productId, qint64 lotId)
        = 0;
};

} // namespace stockhand::server::storage
