// Transfer lines as the screens see them: the server's state plus this device's pending effects
// (transfer_line_view), with product, locations and lot names joined in.
#pragma once

#include "db/database.h"
#include "domain/quantity.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <set>

namespace stockhand::ui {

struct TransferLine
{
    enum class State { Open, Done, Short, Skipped };
    qint64 id = 0;
    qint64 transferId = 0;
    qint64 productId = 0;
    qint64 lotId = 0;
    qint64 fromLocationId = 0;
    qint64 toLocationId = 0;
    QString sku, productName, uom, tracking;
    QString fromName, fromBarcode, toName, toBarcode, lotName;
    QString reference; // of the transfer (batch picking shows it)
    qint64 pickSeq = 0; // of the source location
    Milli expected = 0;
    Milli done = 0; // qty_done_view: server + pending effects
    State state = State::Open;

    Milli remaining() const { return qMax<Milli>(0, expected - done); }
    bool tracked() const { return tracking != u"none"; }
};

// Lines of a transfer, in pick-sequence order of their source location when pickOrder (else line order).
// Lines with an unrejected short_pick in the outbox are Short; complete lines are Done.
Result<QList<TransferLine>> loadTransferLines(db::Database &db, qint64 transferId, bool pickOrder);

struct TransferHeader
{
    qint64 id = 0;
    QString kind, reference, origin, partner, state;
    qint64 warehouseId = 0;
};
Result<std::optional<TransferHeader>> loadTransfer(db::Database &db, qint64 transferId);

// The current line for a screen (a value type: QML reads its fields).
class LineView
{
    Q_GADGET
    QML_VALUE_TYPE(lineView)
    Q_PROPERTY(qint64 lineId MEMBER lineId)
    Q_PROPERTY(QString sku MEMBER sku)
    Q_PROPERTY(QString productName MEMBER productName)
    Q_PROPERTY(QString uom MEMBER uom)
    Q_PROPERTY(bool tracked MEMBER tracked)
    Q_PROPERTY(QString location MEMBER location)
    Q_PROPERTY(QString destination MEMBER destination)
    Q_PROPERTY(QString lot MEMBER lot)
    Q_PROPERTY(QString expected MEMBER expected)
    Q_PROPERTY(QString done MEMBER done)
    Q_PROPERTY(QString remaining MEMBER remaining)
    Q_PROPERTY(QString reference MEMBER reference)

public:
    static LineView from(const TransferLine &line);
    qint64 lineId = 0;
    QString sku, productName, uom;
    bool tracked = false;
    QString location, destination, lot, expected, done, remaining, reference;
    bool operator==(const LineView &o) const = default;
};

} // namespace stockhand::ui
