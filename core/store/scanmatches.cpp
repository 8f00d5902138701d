#include "store/scanmatches.h"

#include "store/stockview.h"

using namespace Qt::StringLiterals;

namespace stockhand::store {

namespace {

// Names between `typed` and `typed` + U+10FFFF under NOCASE: exactly those that start with it.
QString upperBound(const QString &typed)
{
    return typed + QString::fromUcs4(U"\U0010FFFF", 1);
}

Status readMatches(db::Statement &st, const QString &kind, QList<ScanMatch> &out, int limit)
{
    for (;;) {
        auto row = st.step();
        SH_TRY(row);
        if (!*row || out.size() >= limit)
            return {};
        const qint64 id = st.int64(0);
        bool seen = false;
        for (const ScanMatch &m : out)
            seen = seen || (m.kind == kind && m.id == id);
        if (!seen)
            out.append(ScanMatch {kind, id, st.text(1), st.text(2), st.text(3)});
    }
}

// "gasket zi" -> "gasket"* AND "zi"* (FTS5 prefix queries; quotes in the text dropped).
QString wordsQuery(const QString &typed)
{
    QStringList terms;
    const QStringList words = typed.split(u' ', Qt::SkipEmptyParts);
    for (QString w : words) {
        w.remove(u'"');
        if (!w.isEmpty())
            terms << u'"' + w + u"\"*"_s;
    }
    return terms.join(u' ');
}

} // namespace

Result<QList<ScanMatch>> scanMatches(db::Database &db, qint64 warehouseId, const QString &typedText, int limit)
{
    QList<ScanMatch> out;
    const QString typed = typedText.trimmed();
    if (typed.size() < 2 || limit <= 0)
        return out;
    const QString upper = upperBound(typed);
    {
        auto st = db.prepare("SELECT id, name, name, type FROM location WHERE name >= ?1 COLLATE NOCASE "
                             "AND name < ?2 COLLATE NOCASE AND (?3 = 0 OR warehouse_id = ?3) AND type <> 'view' "
                             "ORDER BY name COLLATE NOCASE LIMIT ?4");
        SH_TRY(st);
        st->bind(1, typed).bind(2, upper).bind(3, warehouseId).bind(4, qint64(limit));
        SH_TRY(readMatches(*st, u"location"_s, out, limit));
    }
    if (out.size() < limit) {
        auto st = db.prepare("SELECT id, name, name, type FROM location WHERE barcode >= ?1 COLLATE NOCASE "
                             "AND barcode < ?2 COLLATE NOCASE AND (?3 = 0 OR warehouse_id = ?3) AND type <> 'view' "
                             "ORDER BY barcode COLLATE NOCASE LIMIT ?4");
        SH_TRY(st);
        st->bind(1, typed).bind(2, upper).bind(3, warehouseId).bind(4, qint64(limit));
        SH_TRY(readMatches(*st, u"location"_s, out, limit));
    }
    if (out.size() < limit) {
        auto st = db.prepare("SELECT id, sku, sku || ' · ' || name, uom FROM product WHERE sku >= ?1 COLLATE NOCASE "
                             "AND sku < ?2 COLLATE NOCASE ORDER BY sku COLLATE NOCASE LIMIT ?3");
        SH_TRY(st);
        st->bind(1, typed).bind(2, upper).bind(3, qint64(limit));
        SH_TRY(readMatches(*st, u"product"_s, out, limit));
    }
    const QString words = wordsQuery(typed);
    if (out.size() < limit && !words.isEmpty()) {
        auto st = db.prepare("SELECT p.id, p.sku, p.sku || ' · ' || p.name, p.uom FROM product_words w "
                             "JOIN product p ON p.id = w.rowid WHERE product_words MATCH ?1 LIMIT ?2");
        SH_TRY(st);
        st->bind(1, words).bind(2, qint64(limit));
        SH_TRY(readMatches(*st, u"product"_s, out, limit));
    }
    return out;
}

Result<QList<PlaceRow>> stockAtLocation(db::Database &db, qint64 locationId)
{
    auto stock = stockAt(db, locationId);
    SH_TRY(stock);
    QList<PlaceRow> out;
    auto st = db.prepare("SELECT l.name, p.sku || ' · ' || p.name, p.uom, "
                         "ifnull((SELECT name FROM lot WHERE id = ?3), ''), "
                         "ifnull((SELECT name FROM package WHERE id = ?4), '') "
                         "FROM location l, product p WHERE l.id = ?1 AND p.id = ?2");
    SH_TRY(st);
    for (const StockRow &r : *stock) {
        st->bind(1, locationId).bind(2, r.productId).bind(3, r.lotId).bind(4, r.packageId);
        auto row = st->step();
        SH_TRY(row);
        if (*row)
            out.append(PlaceRow {
                locationId, st->text(0), r.productId, st->text(1), st->text(3), st->text(4), r.qty, st->text(2)});
        st->reset();
    }
    return out;
}

Result<QList<PlaceRow>> placesOfProduct(db::Database &db, qint64 productId, qint64 warehouseId, int limit)
{
    auto st = db.prepare(
        "SELECT s.location_id, l.name, ifnull(t.name, ''), ifnull(k.name, ''), s.qty, p.sku || ' · ' || p.name, "
        "p.uom FROM (SELECT location_id, lot, pkg, sum(qty) AS qty FROM ("
        "  SELECT location_id, ifnull(lot_id, 0) AS lot, ifnull(package_id, 0) AS pkg, qty FROM quant "
        "  WHERE product_id = ?1"
        "  UNION ALL SELECT location_id, ifnull(lot_id, 0), ifnull(package_id, 0), delta FROM active_effect "
        "  WHERE target = 'quant' AND product_id = ?1) GROUP BY location_id, lot, pkg HAVING sum(qty) > 0) s "
        "JOIN location l ON l.id = s.location_id JOIN product p ON p.id = ?1 "
        "LEFT JOIN lot t ON t.id = s.lot LEFT JOIN package k ON k.id = s.pkg "
        "WHERE ?2 = 0 OR l.warehouse_id = ?2 ORDER BY l.pick_seq, l.name, t.name LIMIT ?3");
    SH_TRY(st);
    st->bind(1, productId).bind(2, warehouseId).bind(3, qint64(limit));
    QList<PlaceRow> out;
    for (;;) {
        auto row = st->step();
        SH_TRY(row);
        if (!*row)
            break;
        out.append(PlaceRow {
            st->int64(0), st->text(1), productId, st->text(5), st->text(2), st->text(3), st->int64(4), st->text(6)});
    }
    return out;
}

} // namespace stockhand::store
