// Transfer lines as the screens see them: the server's state plus this device's pending effects
// (transfer_line_view: qty_done plus this device's pending effects), with product, locations and lot
// names joined in; the pick and receive screens, and stockhand-cli, read them here.
#pragma once

#include "db/database.h"
#include "domain/quantity.h"
#include "domain/world.h"

#include <QList>
#include <QString>

#include <optional>

namespace stockhand::store {

// The line (world.h's row, qtyDone as this device sees it) with what the screens show of it.
struct TransferLine : TransferLineRow
{
    enum class State { Open, Done, Short, Skipped };
    QString sku, productName, uom, tracking;
    QString fromName, fromBarcode, toName, toBarcode, lotName;
    QString reference; // of the transfer (batch picking shows it)
    qint64 pickSeq = 0; // of the source location
    State state = State::Open; // Skipped is the screen's own state; the store never says so

    Milli remaining() const { return qMax<Milli>(0, qtyExpected - qtyDone); }
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
