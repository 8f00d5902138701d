#include "store/putaway.h"

namespace stockhand::store {

Result<std::optional<LocationRef>> putawaySuggestion(db::Database &db, qint64 productId, qint64 warehouseId)
{
    auto home = db.prepare("SELECT l.id, l.name FROM product p JOIN location l ON l.id = p.home_location_id "
                           "WHERE p.id = ?1 AND l.warehouse_id = ?2");
    if (!home)
        return home.error();
    auto homeRow = home->bind(1, productId).bind(2, warehouseId).step();
    if (!homeRow)
        return homeRow.error();
    if (*homeRow)
        return std::optional<LocationRef>(LocationRef {home->int64(0), home->text(1)});
    home->reset();
    auto zone = db.prepare("SELECT l.zone FROM quant q JOIN location l ON l.id = q.location_id WHERE q.product_id = ?1 "
                           "AND l.warehouse_id = ?2 AND l.type = 'bin' AND q.qty > 0 ORDER BY l.pick_seq LIMIT 1");
    if (!zone)
        return zone.error();
    auto zoneRow = zone->bind(1, productId).bind(2, warehouseId).step();
    if (!zoneRow)
        return zoneRow.error();
    const QString z = *zoneRow ? zone->text(0) : QString();
    zone->reset();
    auto bin = db.prepare(
        "SELECT l.id, l.name FROM location l WHERE l.warehouse_id = ?1 AND l.type = 'bin' "
        "AND (ifnull(?2, '') = '' OR l.zone = ?2) AND NOT EXISTS (SELECT 1 FROM quant q WHERE q.location_id = "
        "l.id AND q.qty > 0) AND NOT EXISTS (SELECT 1 FROM active_effect a WHERE a.target = 'quant' "
        "AND a.location_id = l.id AND a.delta > 0) ORDER BY l.pick_seq LIMIT 1");
    if (!bin)
        return bin.error();
    for (const QString &candidate : {z, QString()}) {
        auto row = bin->bind(1, warehouseId).bind(2, candidate).step();
        if (!row)
            return row.error();
        if (*row)
            return std::optional<LocationRef>(LocationRef {bin->int64(0), bin->text(1)});
        bin->reset();
    }
    return std::optional<LocationRef>();
}

Result<std::optional<PutawayLine>> openPutawayLine(
    db::Database &db, qint64 warehouseId, qint64 fromLocationId, qint64 productId, qint64 lotId)
{
    auto st = db.prepare(
        "SELECT v.id, v.to_location_id, l.name, v.qty_expected - v.qty_done_view FROM transfer_line_view v "
        "JOIN transfer t ON t.id = v.transfer_id JOIN location l ON l.id = v.to_location_id "
        "WHERE t.warehouse_id = ?1 AND t.kind = 'putaway' AND t.state IN ('open', 'in_progress') "
        "AND v.from_location_id = ?2 AND v.product_id = ?3 AND (v.lot_id IS NULL OR v.lot_id = ?4) "
        "AND v.qty_expected > v.qty_done_view ORDER BY t.id, v.seq, v.id LIMIT 1");
    if (st)
        st->bind(1, warehouseId).bind(2, fromLocationId).bind(3, productId).bind(4, lotId);
    return db::firstRow(st, [](db::Statement &s) {
        return PutawayLine {s.int64(0), s.int64(1), s.text(2), s.int64(3)};
    });
}

} // namespace stockhand::store
