#include "store/floor.h"

#include "store/devicestore.h"

namespace stockhand::store::floor {

namespace {

// Steps a statement bound to one row; nullopt when there is none.
template<typename T, typename Read> Result<std::optional<T>> oneRow(Result<db::Statement> &st, Read read)
{
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<T>();
    T value = read(*st);
    st->reset();
    return std::optional<T>(std::move(value));
}

template<typename T, typename Read>
Result<std::optional<T>> byId(db::Database &db, std::string_view sql, qint64 id, Read read)
{
    auto st = db.prepare(sql);
    if (st)
        st->bind(1, id);
    return oneRow<T>(st, read);
}

TransferFacts readTransfer(db::Statement &s, int c)
{
    return TransferFacts {s.int64(c), s.int64(c + 1), s.text(c + 2), s.text(c + 3), s.text(c + 4)};
}

} // namespace

Result<std::optional<TransferFacts>> transfer(db::Database &db, qint64 transferId)
{
    return byId<TransferFacts>(db, "SELECT id, warehouse_id, kind, reference, state FROM transfer WHERE id = ?1",
        transferId, [](db::Statement &s) { return readTransfer(s, 0); });
}

Result<std::optional<LineFacts>> transferLine(db::Database &db, qint64 lineId)
{
    auto line = byId<LineFacts>(db,
        "SELECT t.id, t.warehouse_id, t.kind, t.reference, t.state, l.id, l.product_id, p.tracking, "
        "ifnull(l.lot_id, 0), ifnull(l.from_location_id, 0), ifnull(l.to_location_id, 0), l.qty_expected, "
        "l.qty_done_view FROM transfer_line_view l JOIN transfer t ON t.id = l.transfer_id "
        "JOIN product p ON p.id = l.product_id WHERE l.id = ?1",
        lineId, [](db::Statement &s) {
            LineFacts l;
            l.transfer = readTransfer(s, 0);
            l.id = s.int64(5);
            l.productId = s.int64(6);
            l.tracking = s.text(7);
            l.lotId = s.int64(8);
            l.fromLocationId = s.int64(9);
            l.toLocationId = s.int64(10);
            l.expected = s.int64(11);
            l.done = s.int64(12);
            return l;
        });
    if (!line || !*line)
        return line;
    auto shorts = db.prepare("SELECT count(*) FROM outbox WHERE kind = 'short_pick' AND state != 'rejected' "
                             "AND json_extract(payload, '$.transfer_line_id') = ?1");
    if (!shorts)
        return shorts.error();
    auto row = shorts->bind(1, lineId).step();
    if (!row)
        return row.error();
    (*line)->shortPicked = shorts->int64(0) > 0;
    return line;
}

Result<std::optional<LocationFacts>> location(db::Database &db, qint64 locationId)
{
    return byId<LocationFacts>(db, "SELECT id, warehouse_id, barcode, name, type FROM location WHERE id = ?1",
        locationId, [](db::Statement &s) {
            return LocationFacts {s.int64(0), s.int64(1), s.text(2), s.text(3), s.text(4)};
        });
}

Result<qint64> receivingLocation(db::Database &db, qint64 warehouseId)
{
    auto st = db.prepare("SELECT id FROM location WHERE warehouse_id = ?1 AND type = 'receiving' ORDER BY id LIMIT 1");
    if (st)
        st->bind(1, warehouseId);
    auto id = oneRow<qint64>(st, [](db::Statement &s) { return s.int64(0); });
    if (!id)
        return id.error();
    return id->value_or(0);
}

Result<std::optional<ProductFacts>> product(db::Database &db, qint64 productId)
{
    return byId<ProductFacts>(
        db, "SELECT id, sku, tracking FROM product WHERE id = ?1", productId, [](db::Statement &s) {
            return ProductFacts {s.int64(0), s.text(1), s.text(2)};
        });
}

namespace {

LotFacts readLot(db::Statement &s)
{
    return LotFacts {s.int64(0), s.int64(1), s.text(2), QDate::fromString(s.text(3), Qt::ISODate)};
}

} // namespace

Result<std::optional<LotFacts>> lot(db::Database &db, qint64 lotId)
{
    return byId<LotFacts>(db, "SELECT id, product_id, name, ifnull(expiry, '') FROM lot WHERE id = ?1", lotId, readLot);
}

Result<std::optional<LotFacts>> lotByName(db::Database &db, qint64 productId, const QString &name)
{
    auto st
        = db.prepare("SELECT id, product_id, name, ifnull(expiry, '') FROM lot WHERE product_id = ?1 AND name = ?2");
    if (st)
        st->bind(1, productId).bind(2, name);
    return oneRow<LotFacts>(st, readLot);
}

Result<std::optional<PackageFacts>> package(db::Database &db, qint64 packageId)
{
    return byId<PackageFacts>(
        db, "SELECT id, name, ifnull(location_id, 0) FROM package WHERE id = ?1", packageId, [](db::Statement &s) {
            return PackageFacts {s.int64(0), s.text(1), s.int64(2)};
        });
}

Result<std::optional<CountLineFacts>> countLine(db::Database &db, qint64 countLineId)
{
    return byId<CountLineFacts>(db,
        "SELECT l.id, l.task_id, t.warehouse_id, t.state, l.location_id, ifnull(l.product_id, 0), l.state "
        "FROM count_line l JOIN count_task t ON t.id = l.task_id WHERE l.id = ?1",
        countLineId, [](db::Statement &s) {
            return CountLineFacts {s.int64(0), s.int64(1), s.int64(2), s.text(3), s.int64(4), s.int64(5), s.text(6)};
        });
}

Result<qint64> openCountLineAt(db::Database &db, qint64 warehouseId, qint64 locationId, qint64 productId)
{
    auto st = db.prepare("SELECT l.id FROM count_line l JOIN count_task t ON t.id = l.task_id "
                         "WHERE l.location_id = ?1 AND t.warehouse_id = ?2 AND l.state = 'open' "
                         "AND t.state IN ('open', 'in_progress') AND ifnull(l.product_id, ?3) = ?3 "
                         "ORDER BY l.product_id IS NULL, l.id LIMIT 1");
    if (st)
        st->bind(1, locationId).bind(2, warehouseId).bind(3, productId);
    auto id = oneRow<qint64>(st, [](db::Statement &s) { return s.int64(0); });
    if (!id)
        return id.error();
    return id->value_or(0);
}

Result<std::optional<AdjustmentFacts>> adjustment(db::Database &db, qint64 adjustmentId)
{
    auto adj = byId<AdjustmentFacts>(db,
        "SELECT a.id, loc.warehouse_id, a.location_id, a.product_id, ifnull(a.lot_id, 0), a.qty_book, "
        "a.qty_counted, a.state FROM adjustment a JOIN location loc ON loc.id = a.location_id WHERE a.id = ?1",
        adjustmentId, [](db::Statement &s) {
            return AdjustmentFacts {
                s.int64(0), s.int64(1), s.int64(2), s.int64(3), s.int64(4), s.int64(5), s.int64(6), s.text(7)};
        });
    if (!adj || !*adj)
        return adj;
    auto decided = db.prepare("SELECT count(*) FROM outbox WHERE kind IN ('approve_adjustment', "
                              "'reject_adjustment', 'request_recount') AND state != 'rejected' "
                              "AND json_extract(payload, '$.adjustment_id') = ?1");
    if (!decided)
        return decided.error();
    auto row = decided->bind(1, adjustmentId).step();
    if (!row)
        return row.error();
    (*adj)->decidedHere = decided->int64(0) > 0;
    return adj;
}

Result<bool> isReason(db::Database &db, const QString &code, const QString &kind)
{
    auto st = db.prepare("SELECT 1 FROM reason_code WHERE code = ?1 AND kind = ?2");
    if (st)
        st->bind(1, code).bind(2, kind);
    auto found = oneRow<bool>(st, [](db::Statement &) { return true; });
    if (!found)
        return found.error();
    return found->has_value();
}

} // namespace stockhand::store::floor
