// The expected receipts of a warehouse as the receiving station shows them: supplier, scheduled date,
// origin (the purchase order), lines with what is expected and what is received (the server's figure and
// this device's pending receipts apart), and the search a clerk types or scans. Every query starts from
// the warehouse's open receipts (index transfer_wh_kind) and reaches their lines by transfer_line_transfer.
#pragma once

#include "db/database.h"
#include "domain/quantity.h"

#include <QList>
#include <QString>

#include <optional>

namespace stockhand::store {

struct ReceiptRow
{
    qint64 id = 0;
    QString reference, origin, supplier, scheduled; // scheduled: ISO date, "" when none
    qint64 lines = 0;
    qint64 openLines = 0; // lines not complete (this device's pending receipts counted)
    Milli expected = 0; // all lines
    Milli received = 0; // server + this device's pending, each line capped at what it expects
};

// What the search looks for. Text matches a reference or origin (prefix, case-insensitive), a supplier
// name (part) or a product of a line (SKU prefix or part of the name); productId (a scanned barcode the
// resolver found) keeps the receipts with a line of that product. Both empty: every open receipt.
struct ReceiptSearch
{
    QString text;
    qint64 productId = 0;
};

// Open receipts of a warehouse (not validated by this device), by scheduled date then reference; at most
// `limit` rows.
Result<QList<ReceiptRow>> expectedReceipts(
    db::Database &db, qint64 warehouseId, const ReceiptSearch &search = {}, int limit = 500);

struct ReceiptHeader
{
    qint64 id = 0;
    qint64 warehouseId = 0;
    QString reference, origin, supplier, scheduled, state;
    bool validatedHere = false; // this device recorded a validate_transfer for it
    qint64 dockLocationId = 0; // where its goods are received (its lines' destination, else the dock)
    // The warehouse's quarantine location (location.quarantine = 1), 0 when it has none. A private query
    // of this module until core/store/catalog's quarantineLocation is merged (issue 13, SERVER).
    qint64 quarantineLocationId = 0;
};
// nullopt when the store holds no such transfer or it is not a receipt.
Result<std::optional<ReceiptHeader>> receiptHeader(db::Database &db, qint64 transferId);

struct ReceiptLine
{
    qint64 id = 0;
    int seq = 0;
    qint64 productId = 0;
    QString sku, productName, uom, tracking, lotName;
    Milli expected = 0;
    Milli receivedServer = 0; // what the server booked (the replica)
    Milli receivedPending = 0; // this device's receipts not yet in the replica
    Milli reportedShort = 0; // this device's short reports (report_discrepancy) on the line

    Milli received() const { return receivedServer + receivedPending; }
    Milli remaining() const { return qMax<Milli>(0, expected - received()); }
};
// The lines of a receipt in line order.
Result<QList<ReceiptLine>> receiptLines(db::Database &db, qint64 transferId);

// A product by its SKU as a clerk types it (as typed, else in capitals; product.sku is unique);
// 0 when the store has none.
Result<qint64> productIdBySku(db::Database &db, const QString &sku);

} // namespace stockhand::store
