// What an operation handler works with: the validated operation, the device and user, the books (a
// storage::Ledger: no SQL here) and helpers that write quants, immutable stock moves and supervisor
// exceptions (docs/operations.md).
#pragma once

#include "config.h"
#include "devices.h"
#include "domain/operation.h"
#include "domain/quantity.h"
#include "ops/ops.h"
#include "storage/ledger.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <array>
#include <optional>

namespace stockhand::server {

struct OpUser
{
    qint64 id = 0;
    QStringList roles;
};

// A stock move as a handler describes it; postMove() fills in the operation, user, device and times.
using MoveSpec = storage::MoveRecord;

// An exception as a handler raises it; raise() adds the operation, device, user and time.
using ExceptionSpec = storage::ExceptionFacts;

class OpContext
{
public:
    OpContext(storage::Ledger &books, const CoreConfig &config, const Device &device, const OpUser &user,
        const Operation &op, qint64 opId, QString receivedAt)
        : books(books)
        , config(config)
        , device(device)
        , user(user)
        , op(op)
        , opId(opId)
        , receivedAt(std::move(receivedAt))
    { }

    storage::Ledger &books;
    const CoreConfig &config;
    const Device &device;
    const OpUser &user;
    const Operation &op; // as parsed by Operation::fromJson: canonical uuid, UTC local time
    const qint64 opId;
    const QString receivedAt;
    QJsonObject result; // what the handler adds to the answer (besides the status, moves and exceptions)
    bool hasResult() const { return !result.isEmpty() || !m_moves.isEmpty() || !m_exceptions.isEmpty(); }
    // The answer's "result" object as compact JSON: moves, exceptions and the handler's own fields.
    void appendResultJson(QByteArray &out) const;

    // The payload as its kind's struct (core/ops: the one parser, shared with the devices). Its errors
    // are rejections (op.missing-field, op.wrong-type, op.invalid-quantity, ...).
    template<typename P> Result<P> payload() const { return P::parse(op.payload); }

    // Entity checks: op.unknown-* when absent or in another warehouse.
    Status requireLocation(qint64 locationId);
    Status requireProduct(qint64 productId);
    Result<storage::LineWithTransfer> requireLine(qint64 lineId);
    Status requireReason(const QString &code, const char *kind);
    // The lot by id (must exist) or by name (an unknown name is a physical fact: the lot is created and an
    // unknown_lot exception raised). 0 when the payload names no lot.
    Result<qint64> resolveLot(const ops::LotRef &lot, qint64 productId, qint64 locationId);

    // Stock: applies delta to the quant and returns the new quantity (an exception when it goes negative).
    Result<Milli> changeQuant(qint64 locationId, qint64 productId, qint64 lotId, qint64 packageId, Milli delta);
    Result<Milli> bookQty(qint64 locationId, qint64 productId, qint64 lotId);
    // Writes the move and the quant changes it implies.
    Result<qint64> postMove(MoveSpec move);
    Result<qint64> raise(const ExceptionSpec &e);
    // Another device already moved stock on this line.
    Result<bool> lineTouchedByOtherDevice(qint64 lineId);
    Status addLineDone(qint64 lineId, Milli delta);

    Error reject(const char *code, const QString &message) const { return makeError(code, message); }

private:
    QList<qint64> m_moves;
    QList<QPair<qint64, QString>> m_exceptions; // id, kind
};

// One function per operation kind (ops/*.cpp). They return a rejection as Error (code "op.*" or
// "role.*"), or a SQLite error that aborts the batch.
using OpHandler = Status (*)(OpContext &ctx);
// A check of the user's roles beyond the kind's list that needs the books (validate_transfer: the
// transfer's kind decides); returns role.forbidden, or nothing.
using OpAuthorizer = Status (*)(OpContext &ctx);
struct OpKindSpec
{
    ops::Kind kind; // its name and roles: core/ops/kinds.h
    OpHandler handler;
    OpAuthorizer authorize = nullptr;
};
const OpKindSpec *opKindSpec(const QString &kind);

Status applyReceive(OpContext &ctx);
Status applyPick(OpContext &ctx);
Status applyShortPick(OpContext &ctx);
Status applyMove(OpContext &ctx);
Status applyCount(OpContext &ctx);
Status applyApproveAdjustment(OpContext &ctx);
Status applyRejectAdjustment(OpContext &ctx);
Status applyValidateTransfer(OpContext &ctx);
Status authorizeValidateTransfer(OpContext &ctx);
Status applyRequestRecount(OpContext &ctx);
Status authorizeAdjustmentDecision(OpContext &ctx);
Status applyResolveException(OpContext &ctx);
Status applySetCountPolicy(OpContext &ctx);
Status authorizeSetCountPolicy(OpContext &ctx);
Status applyAttachBarcode(OpContext &ctx);
Status applyReportDiscrepancy(OpContext &ctx);
Status applyLabelPackage(OpContext &ctx);

} // namespace stockhand::server
