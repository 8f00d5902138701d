// The facts the KPIs are computed from (server/core/kpis.h holds the definitions): plain rows read in one
// consistent read of the books. A backend answers them; the arithmetic stays in the rules.
//
// Times are UTC ISO 8601 text as the server stores them. A range [from, to) compares that text, so dates
// ("2026-11-01") work as bounds; an empty bound is open. warehouseId 0 = every warehouse.
#pragma once

#include "domain/quantity.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace stockhand::server::storage {

// An applied operation from the log, with the warehouse of the device that pushed it.
struct LoggedOperationFact
{
    qint64 opId = 0;
    qint64 warehouseId = 0;
    QString at; // the device's local time of the operation, else the server's receipt time
    QString receivedAt; // the server's clock
    QByteArray payload; // as the device pushed it (compact JSON)
    QByteArray answer; // the answer the server gave (compact JSON: status, result)
};

// A stock move, with the warehouse of its source location (else of its destination).
struct MoveFact
{
    qint64 id = 0;
    qint64 warehouseId = 0;
    qint64 productId = 0;
    qint64 lotId = 0;
    qint64 fromLocationId = 0;
    qint64 toLocationId = 0;
    qint64 transferLineId = 0;
    Milli qty = 0;
    QString at; // physical time (the device's clock), else the server's recorded time
};

// A transfer line with its transfer as it is now.
struct TransferLineFact
{
    qint64 lineId = 0;
    qint64 transferId = 0;
    qint64 warehouseId = 0;
    QString transferKind;
    QString transferState;
    QString reference;
    QString scheduled; // may be empty
    Milli expected = 0;
    Milli done = 0;
};

class KpiReader
{
public:
    virtual ~KpiReader() = default;
    // Applied operations of one kind whose time (LoggedOperationFact::at) is in [from, to), in log order.
    virtual Result<QList<LoggedOperationFact>> appliedOperations(
        const QString &kind, qint64 warehouseId, const QString &from, const QString &to)
        = 0;
    // Stock moves of one kind (receive, pick, move, adjustment) whose time (MoveFact::at) is in [from, to),
    // in time order.
    virtual Result<QList<MoveFact>> moves(
        const QString &kind, qint64 warehouseId, const QString &from, const QString &to)
        = 0;
    // The lines of these transfers.
    virtual Result<QList<TransferLineFact>> transferLines(const QList<qint64> &transferIds) = 0;
    // What pick moves had moved on the line before the operation `opId` was applied (the line's done
    // quantity at that moment: a closed pick still takes picks, as physical facts).
    virtual Result<Milli> pickedOnLineBefore(qint64 lineId, qint64 opId) = 0;
    // Lines not fully done (done < expected) of open or in-progress transfers of a kind.
    virtual Result<QList<TransferLineFact>> openLines(const QString &transferKind, qint64 warehouseId) = 0;
    // A product's unit value in cents (0 when unknown).
    virtual Result<qint64> unitValueCents(qint64 productId) = 0;
};

} // namespace stockhand::server::storage
