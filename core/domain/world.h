// Rows of the world replica (see store/worldschema.cpp and docs/data-model.md). Ids are the server's.
#pragma once

#include "domain/quantity.h"

#include <QMap>
#include <QString>

namespace stockhand {

// A site's floor settings are columns of its warehouse (replicated, device schema v5, server schema v6).
struct WarehouseRow
{
    qint64 id = 0;
    QString code;
    QString name;
    bool autoConfirm = true; // a line is confirmed by itself when scans fill its quantity (else: by Confirm)
    bool lotsCaseSensitive = false; // lot and serial names differ by case (typed or scanned): "a1" is not "A1"
};

struct LocationRow
{
    qint64 id = 0;
    qint64 warehouseId = 0;
    QString barcode;
    QString name;
    QString type; // view, zone, bin, receiving, shipping, staging
    qint64 parentId = 0;
    QString zone;
    qint64 pickSeq = 0;
    bool quarantine = false; // damaged or held goods are received here, never picked from (schema v4)
};

struct ProductRow
{
    qint64 id = 0;
    QString sku;
    QString name;
    QString uom = QStringLiteral("pc");
    QString tracking = QStringLiteral("none"); // none, lot, serial
    qint64 unitValueCents = 0;
    qint64 homeLocationId = 0;
};

struct BarcodeRow
{
    QString code; // GTIN-14 normal form, or the printed text of a non-GTIN code
    qint64 productId = 0;
    QString packaging = QStringLiteral("unit"); // unit, case, pallet
    Milli qty = kMilliPerUnit;
};

struct LotRow
{
    qint64 id = 0;
    qint64 productId = 0;
    QString name;
    bool isSerial = false;
    QString expiry; // ISO date or empty
};

struct QuantRow
{
    qint64 id = 0;
    qint64 locationId = 0;
    qint64 productId = 0;
    qint64 lotId = 0;
    qint64 packageId = 0;
    Milli qty = 0;
};

struct TransferRow
{
    qint64 id = 0;
    qint64 warehouseId = 0;
    QString kind; // receipt, pick, putaway, internal
    QString reference;
    qint64 partnerId = 0;
    QString origin;
    QString state = QStringLiteral("open");
    QString scheduled;
    int priority = 0; // 0 normal, 1 urgent (Odoo's starred transfer); task lists put urgent work first (v5/v6)
};

struct TransferLineRow
{
    qint64 id = 0;
    qint64 transferId = 0;
    qint64 seq = 0;
    qint64 productId = 0;
    qint64 lotId = 0;
    qint64 fromLocationId = 0;
    qint64 toLocationId = 0;
    Milli qtyExpected = 0;
    Milli qtyDone = 0;
};

struct CountTaskRow
{
    qint64 id = 0;
    qint64 warehouseId = 0;
    QString reference;
    QString kind = QStringLiteral("cycle");
    QString state = QStringLiteral("open");
};

struct CountLineRow
{
    qint64 id = 0;
    qint64 taskId = 0;
    qint64 locationId = 0;
    qint64 productId = 0; // 0 = count everything in the location
    qint64 lotId = 0;
};

struct ReasonCodeRow
{
    QString code;
    QString label; // English
    QString kind; // adjustment, short_pick, putaway_override, discrepancy
    bool noteRequired = false; // a decision with this reason needs a note (device and server schema v3)
    // The label in other languages ("de" -> "Beschädigt"), stored as a JSON object in `labels` (device
    // schema v5, server schema v6); a language without an entry shows `label`.
    QMap<QString, QString> labels;
};

// A count's difference for a supervisor. countedBy and countedAt exist in the device store only (schema
// v3); a writer leaves them out when they are unset, so the server's import never names them.
struct AdjustmentRow
{
    qint64 id = 0;
    qint64 countLineId = 0;
    qint64 locationId = 0;
    qint64 productId = 0;
    qint64 lotId = 0;
    Milli book = 0;
    Milli counted = 0;
    QString state = QStringLiteral("pending"); // pending, approved, rejected
    QString reasonCode;
    qint64 decidedBy = 0;
    qint64 countedBy = 0;
    QString countedAt; // ISO time
};

struct UserRow
{
    qint64 id = 0;
    QString login;
    QString name;
    QString badge;
    QByteArray pinHash;
    QByteArray pinSalt;
    int pinIterations = 0;
    QString roles; // comma-separated: picker, receiver, counter, supervisor, admin
    qint64 warehouseId = 0;
};

} // namespace stockhand
