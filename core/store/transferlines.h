// Transfer lines as the screens see them: the server's state plus this device's pending effects
// (transfer_line_view), with product, locations and lot names joined in. One struct for a line on the
// device and one for a transfer; the pick and receive screens, and stockhand-cli, read them here.
#pragma once

#include "db/database.h"
#include "domain/quantity.h"

#include <QList>
#include <QString>

#include <optional>

namespace stockhand::store {

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
    State state = State::Open; // Skipped is the screen's own state; the store never says so

    Milli remaining() const { return qMax<Milli>(0, expected - done); }
    bool tracked() const { return tracking != u"none"; }
};

// Lines of a transfer, in pick-sequence order of their source location when pickOrder (else line order).
// Lines with an unrejected short_pick in the outbox are Short; complete lines are Done.
Result<QList<TransferLine>> loadTransferLines(db::Database &db, qint64 transferId, bool pickOrder);
// One line by id, read and stated as loadTransferLines reads it; nullopt when the store holds no such line.
Result<std::optional<TransferLine>> loadTransferLine(db::Database &db, qint64 lineId);

struct TransferHeader
{
    qint64 id = 0;
    QString kind, reference, origin, partner, state;
    qint64 warehouseId = 0;

    bool closed() const { return state == u"done" || state == u"cancelled"; }
};
// nullopt when the store holds no such transfer.
Result<std::optional<TransferHeader>> loadTransfer(db::Database &db, qint64 transferId);

// The open receipt of a warehouse whose origin (a purchase order number printed on the delivery note) is
// `origin`, lowest id first; 0 when there is none.
Result<qint64> findOpenReceipt(db::Database &db, qint64 warehouseId, const QString &origin);

} // namespace stockhand::store
