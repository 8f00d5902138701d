// attach_barcode: a barcode the books do not know is printed on a known product ("this GTIN is that
// product"); the clerk or counter attaches it (docs/operations.md). The server records it in
// product_barcode; a code already attached to another product raises a `barcode_conflict` exception and
// is never overwritten. Every device learns it through the feed; until then the device that recorded it
// resolves the code from its outbox (store::pendingBarcodes).
#pragma once

#include "ops/kinds.h"
#include "ops/payload.h"

namespace stockhand::ops {

struct AttachBarcode
{
    static constexpr Kind kKind = Kind::AttachBarcode;

    qint64 productId = 0;
    QString code; // a GTIN in its 14-digit normal form, or any other barcode text as printed
    QString packaging = QStringLiteral("unit"); // unit, case or pallet
    Milli qty = 1000; // per scan of this code (a case of 12 = 12000)

    QJsonObject toJson() const;
    // op.wrong-type for a packaging other than unit/case/pallet or a code longer than 100 characters;
    // op.invalid-quantity for a quantity of 0.
    static Result<AttachBarcode> parse(const QJsonObject &payload);
    bool operator==(const AttachBarcode &) const = default;
};

// The key under which product_barcode stores a printed code, as the resolver looks it up: a GTIN-8/12/13/14
// with a valid check digit in its 14-digit normal form, any other code as printed (trimmed). The server
// records attach_barcode's code under it; the device's pending lookup and the CLI use it too.
QString barcodeKey(QStringView code);

} // namespace stockhand::ops
