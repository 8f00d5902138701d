// What the scan field offers as one types (location "A02-05" -> the bins of that rack, a SKU prefix, words
// of a product name) and what the lookup screen shows ("what is here?": a location's stock, a product's
// places). Indexed reads only (device schema v5: *_nocase indexes, product_words FTS5).
#pragma once

#include "db/database.h"
#include "domain/quantity.h"

#include <QList>

namespace stockhand::store {

struct ScanMatch
{
    QString kind; // "location", "product"
    qint64 id = 0;
    QString code; // what is sent as the scan when chosen: the location's name, the product's SKU
    QString label; // "A02-05-3-03", "SKU-0011147 · Gasket zinc"
    QString detail; // location type, product unit
};

// At most `limit` matches for typed text (2 characters at least), case-insensitive: locations of the
// warehouse whose name or barcode starts with it, products whose SKU starts with it, then products whose
// name has words starting with each typed word.
Result<QList<ScanMatch>> scanMatches(db::Database &db, qint64 warehouseId, const QString &typed, int limit = 8);

struct PlaceRow
{
    qint64 locationId = 0;
    QString location; // name
    qint64 productId = 0;
    QString product; // "SKU · name"
    QString lot; // lot or serial name, empty when none
    QString package;
    Milli qty = 0;
    QString uom;
};

// "What is here?": the positive stock at a location (server state plus this device's pending effects).
Result<QList<PlaceRow>> stockAtLocation(db::Database &db, qint64 locationId);
// Where a product is: its positive stock per location (and lot), within the warehouse (0: every one).
Result<QList<PlaceRow>> placesOfProduct(db::Database &db, qint64 productId, qint64 warehouseId, int limit = 50);

} // namespace stockhand::store
