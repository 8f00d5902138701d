// The PostgreSQL backend's Batch: one transaction that first takes the feed lock (an advisory lock held
// until commit), so batches run one after another across every server process, as SQLite's BEGIN
// IMMEDIATE does, and the feed positions their triggers take are in commit order (docs/server.md,
// "PostgreSQL"). Without a savepoint per operation (setSavepoints(false), the push's first attempt), an
// operation can be taken back only when it wrote no row and no statement of the transaction failed
// (PostgreSQL aborts the whole transaction on a failed statement): otherwise undoOperation() fails with
// storage.cannot-undo and the push is applied again with savepoints.
#pragma once

#include "storage/postgresql/pgconnection.h"
#include "storage/storage.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace stockhand::server::pg {

using namespace stockhand::server::storage;

class PgBatch final : public Batch
{
public:
    static Result<std::unique_ptr<PgBatch>> begin(Connection &c);
    ~PgBatch() override;

    // Ledger
    Result<std::optional<qint64>> locationWarehouse(qint64 locationId) override;
    Result<bool> productExists(qint64 productId) override;
    Result<qint64> productUnitValueCents(qint64 productId) override;
    Result<bool> packageExists(qint64 packageId) override;
    Status movePackage(qint64 packageId, qint64 toLocationId) override;
    Result<std::optional<QString>> reasonKind(const QString &code) override;
    Result<bool> reasonNeedsNote(const QString &code) override;
    Result<bool> isQuarantine(qint64 locationId) override;
    Result<std::optional<qint64>> barcodeProduct(const QString &code) override;
    Status attachBarcode(const BarcodeRow &barcode) override;
    Result<std::optional<qint64>> packageByName(const QString &name) override;
    Result<qint64> createPackage(const QString &name, qint64 locationId) override;
    Result<bool> ssccIssuedTo(const QString &deviceId, const QString &sscc) override;
    Result<std::optional<qint64>> lotProduct(qint64 lotId) override;
    Result<std::optional<qint64>> findLot(qint64 productId, const QString &name) override;
    Result<qint64> createLot(qint64 productId, const QString &name) override;
    Result<Milli> addToQuant(const QuantKey &key, Milli delta) override;
    Result<Milli> bookQty(qint64 locationId, qint64 productId, qint64 lotId) override;
    Result<Milli> netMovedInAfter(qint64 locationId, qint64 productId, qint64 lotId, const QString &time) override;
    Result<qint64> appendMove(const MoveRecord &move) override;
    Result<qint64> appendException(const ExceptionRecord &exception) override;
    Result<std::optional<LineWithTransfer>> transferLine(qint64 lineId) override;
    Result<bool> lineMovedByOtherDevice(qint64 lineId, const QString &deviceId) override;
    Status addLineDone(qint64 lineId, Milli delta) override;
    Result<std::optional<TransferRow>> transfer(qint64 transferId) override;
    Status closeTransfer(qint64 transferId) override;
    Result<qint64> createBackorder(const TransferRow &from, const QString &reference) override;
    Result<QList<ReceivedStock>> receivedStillAtDock(qint64 receiptId) override;
    Result<qint64> putawayBin(qint64 productId, qint64 warehouseId) override;
    Result<qint64> createTransfer(const TransferRow &transfer) override;
    Result<qint64> addTransferLine(const TransferLineRow &line) override;
    Result<qint64> openPutawayLine(qint64 fromLocationId, qint64 productId, qint64 lotId) override;
    Result<std::optional<CountLineWithTask>> countLine(qint64 countLineId) override;
    Status recordCount(const CountLineWithTask &line, Milli counted) override;
    Result<qint64> createAdjustment(const AdjustmentRecord &adjustment) override;
    Result<std::optional<AdjustmentRecord>> adjustment(qint64 adjustmentId) override;
    Status decideAdjustment(
        qint64 adjustmentId, const QString &state, const QString &reasonCode, qint64 decidedByUserId) override;
    Result<std::optional<CountPolicyRecord>> countPolicy(qint64 warehouseId, qint64 userId) override;
    Status setCountPolicy(qint64 warehouseId, const QString &group, const CountPolicyRecord &policy) override;
    Result<bool> removeCountPolicy(qint64 warehouseId, const QString &group) override;
    Result<std::optional<qint64>> approvalLimitCents(qint64 userId) override;
    Result<std::optional<ExceptionState>> exceptionState(qint64 exceptionId) override;
    Status resolveException(qint64 exceptionId, const ExceptionResolution &resolution) override;
    Result<qint64> createRecountTask(
        qint64 warehouseId, const QString &reference, qint64 locationId, qint64 productId, qint64 lotId) override;

    // Batch
    Result<std::optional<QByteArray>> storedAnswer(const QString &uuid) override;
    Result<QHash<QString, QByteArray>> storedAnswers(const QStringList &uuids) override;
    Result<std::optional<UserRecord>> user(qint64 userId) override;
    Result<std::optional<UserSessionRecord>> userSession(const QString &sessionId) override;
    Result<qint64> nextOperationId() override;
    void setSavepoints(bool on) override { m_savepoints = on; }
    Status beginOperation() override;
    Status undoOperation() override;
    Status endOperation() override;
    Status beginMember() override;
    Status undoMember() override;
    Status endMember() override;
    Status logOperation(qint64 id, const Operation &op, const QString &receivedAt, const QByteArray &answer) override;
    Status deviceSeen(const QString &deviceId, const QString &at) override;
    Status commit() override;

private:
    explicit PgBatch(Connection &c)
        : m_c(c)
    { }
    // The first column of the first row, if there is a row and it is not NULL.
    Result<std::optional<qint64>> optionalInt(const char *sql, const Params &params);
    Result<bool> exists(const char *sql, const Params &params);

    Connection &m_c;
    bool m_open = false;
    bool m_savepoints = true;
    qint64 m_rowsAtOperationStart = 0;
    qint64 m_nextOpId = 0;
    QHash<qint64, qint64> m_locationWarehouse;
    QSet<qint64> m_products;
    std::optional<QSet<qint64>> m_putawaySources; // where open putaway lines start (openPutawayLine)
};

// Policies and sessions shared with the admin path and the auth registry.
Status setCountPolicy(Connection &c, qint64 warehouseId, const QString &group, const CountPolicyRecord &policy);
Result<bool> removeCountPolicy(Connection &c, qint64 warehouseId, const QString &group);
Result<std::optional<UserSessionRecord>> userSession(Connection &c, const QString &sessionId);

} // namespace stockhand::server::pg
