#include "odoostore.h"

#include "admin.h"

#include <QStringList>

namespace stockhand::server {

namespace {

constexpr const char *kOdooV7 = R"sql(
-- The Odoo connector (docs/odoo.md). Odoo's ids mapped to ours, per our table.
CREATE TABLE odoo_map (
    tbl TEXT NOT NULL,
    odoo_id INTEGER NOT NULL,
    local_id INTEGER NOT NULL,
    PRIMARY KEY (tbl, odoo_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX odoo_map_local ON odoo_map(tbl, local_id);
-- The import position per Odoo model: (write_date, id) of the last record read.
CREATE TABLE odoo_cursor (
    model TEXT PRIMARY KEY,
    write_date TEXT NOT NULL,
    last_id INTEGER NOT NULL,
    full_at TEXT
) WITHOUT ROWID;
-- Odoo's quantity at the last import per Odoo quant, with our key: a later import applies Odoo's change.
CREATE TABLE odoo_quant (
    odoo_id INTEGER PRIMARY KEY,
    location_id INTEGER NOT NULL,
    product_id INTEGER NOT NULL,
    lot_id INTEGER NOT NULL,
    qty INTEGER NOT NULL
);
-- One row per export (our operation or adjustment): what happens to it in Odoo happens once.
CREATE TABLE odoo_export (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    local_id INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'refused')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    message TEXT,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
)sql";

bool knownTable(const QString &t)
{
    static const QStringList tables = {QStringLiteral("warehouse"), QStringLiteral("location"),
        QStringLiteral("product"), QStringLiteral("lot"), QStringLiteral("partner"), QStringLiteral("transfer"),
        QStringLiteral("transfer_line"), QStringLiteral("app_user")};
    return tables.contains(t);
}

Error unknownTable(const QString &t)
{
    return makeError("odoo.internal", QStringLiteral("No Odoo mapping for table %1.").arg(t));
}

} // namespace

Status applyOdooSchema(db::Database &db)
{
    return db.exec(kOdooV7);
}

SqliteOdooStore::SqliteOdooStore(db::Database &db)
    : m_db(db)
{ }

SqliteOdooStore::~SqliteOdooStore() = default;

Status SqliteOdooStore::begin()
{
    m_tx.reset(); // one left open by a caller that returned early is rolled back first
    m_tx = std::make_unique<db::Transaction>(m_db);
    return m_tx->begun();
}

Status SqliteOdooStore::commit()
{
    if (!m_tx)
        return makeError("odoo.internal", QStringLiteral("commit without a transaction"));
    Status s = m_tx->commit();
    m_tx.reset();
    return s;
}

void SqliteOdooStore::rollback()
{
    m_tx.reset();
}

Result<qint64> SqliteOdooStore::localId(const QString &table, qint64 odooId)
{
    auto st = m_db.prepare("SELECT local_id FROM odoo_map WHERE tbl = ?1 AND odoo_id = ?2");
    if (!st)
        return st.error();
    st->bind(1, table).bind(2, odooId);
    auto r = db::firstRow(st, [](db::Statement &s) { return s.int64(0); });
    SH_TRY(r);
    return r->value_or(0);
}

Result<qint64> SqliteOdooStore::mapId(const QString &table, qint64 odooId, bool *isNew)
{
    if (!knownTable(table))
        return unknownTable(table);
    auto have = localId(table, odooId);
    SH_TRY(have);
    if (isNew)
        *isNew = have.value() == 0;
    if (have.value())
        return have.value();
    // A new id of ours: past every row of the table and every id already handed out for it.
    const QByteArray sql = QStringLiteral("SELECT max(ifnull((SELECT max(id) FROM %1), 0), "
                                          "ifnull((SELECT max(local_id) FROM odoo_map WHERE tbl = ?1), 0)) + 1")
                               .arg(table)
                               .toUtf8();
    auto st = m_db.prepare(std::string_view(sql.constData(), size_t(sql.size())));
    if (!st)
        return st.error();
    st->bind(1, table);
    auto next = db::firstRow(st, [](db::Statement &s) { return s.int64(0); });
    SH_TRY(next);
    const qint64 id = next->value_or(1);
    SH_TRY(map(table, odooId, id));
    return id;
}

Status SqliteOdooStore::map(const QString &table, qint64 odooId, qint64 localId)
{
    auto st = m_db.prepare("INSERT INTO odoo_map(tbl, odoo_id, local_id) VALUES (?1, ?2, ?3) "
                           "ON CONFLICT(tbl, odoo_id) DO UPDATE SET local_id = excluded.local_id");
    if (!st)
        return st.error();
    return st->bind(1, table).bind(2, odooId).bind(3, localId).run();
}

Result<qint64> SqliteOdooStore::odooId(const QString &table, qint64 localId)
{
    auto st = m_db.prepare("SELECT odoo_id FROM odoo_map WHERE tbl = ?1 AND local_id = ?2");
    if (!st)
        return st.error();
    st->bind(1, table).bind(2, localId);
    auto r = db::firstRow(st, [](db::Statement &s) { return s.int64(0); });
    SH_TRY(r);
    return r->value_or(0);
}

Result<QHash<qint64, qint64>> SqliteOdooStore::mapped(const QString &table)
{
    auto st = m_db.prepare("SELECT odoo_id, local_id FROM odoo_map WHERE tbl = ?1");
    if (!st)
        return st.error();
    st->bind(1, table);
    auto rows = db::allRows(st, [](db::Statement &s) { return qMakePair(s.int64(0), s.int64(1)); });
    SH_TRY(rows);
    QHash<qint64, qint64> out;
    for (const auto &p : rows.value())
        out.insert(p.first, p.second);
    return out;
}

Result<OdooCursor> SqliteOdooStore::cursor(const QString &model)
{
    auto st = m_db.prepare("SELECT write_date, last_id, ifnull(full_at, '') FROM odoo_cursor WHERE model = ?1");
    if (!st)
        return st.error();
    st->bind(1, model);
    auto r = db::firstRow(st, [](db::Statement &s) { return OdooCursor {s.text(0), s.int64(1), s.text(2)}; });
    SH_TRY(r);
    return r->value_or(OdooCursor {});
}

Status SqliteOdooStore::setCursor(const QString &model, const OdooCursor &c)
{
    auto st = m_db.prepare("INSERT INTO odoo_cursor(model, write_date, last_id, full_at) VALUES (?1, ?2, ?3, ?4) "
                           "ON CONFLICT(model) DO UPDATE SET write_date = excluded.write_date, "
                           "last_id = excluded.last_id, full_at = ifnull(excluded.full_at, full_at)");
    if (!st)
        return st.error();
    st->bind(1, model).bind(2, c.writeDate).bind(3, c.lastId);
    if (c.fullAt.isEmpty())
        st->bindNull(4);
    else
        st->bind(4, c.fullAt);
    return st->run();
}

Result<QList<QPair<QString, OdooCursor>>> SqliteOdooStore::cursors()
{
    auto st = m_db.prepare("SELECT model, write_date, last_id, ifnull(full_at, '') FROM odoo_cursor ORDER BY model");
    return db::allRows(st, [](db::Statement &s) {
        return qMakePair(s.text(0), OdooCursor {s.text(1), s.int64(2), s.text(3)});
    });
}

Result<qint64> SqliteOdooStore::importRows(const QJsonObject &document)
{
    auto r = importJsonObject(m_db, document);
    SH_TRY(r);
    return r->total();
}

Result<std::optional<QString>> SqliteOdooStore::transferState(qint64 transferId)
{
    auto st = m_db.prepare("SELECT state FROM transfer WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, transferId);
    return db::firstRow(st, [](db::Statement &s) { return s.text(0); });
}

Status SqliteOdooStore::setTransferState(qint64 transferId, const QString &state)
{
    auto st = m_db.prepare("UPDATE transfer SET state = ?2 WHERE id = ?1 AND state <> ?2");
    if (!st)
        return st.error();
    return st->bind(1, transferId).bind(2, state).run();
}

Result<std::optional<OdooQuantBaseline>> SqliteOdooStore::quantBaseline(qint64 odooQuantId)
{
    auto st = m_db.prepare("SELECT odoo_id, location_id, product_id, lot_id, qty FROM odoo_quant WHERE odoo_id = ?1");
    if (!st)
        return st.error();
    st->bind(1, odooQuantId);
    return db::firstRow(st, [](db::Statement &s) {
        return OdooQuantBaseline {s.int64(0), s.int64(1), s.int64(2), s.int64(3), Milli(s.int64(4))};
    });
}

Status SqliteOdooStore::setQuantBaseline(const OdooQuantBaseline &b)
{
    auto st = m_db.prepare(
        "INSERT INTO odoo_quant(odoo_id, location_id, product_id, lot_id, qty) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(odoo_id) DO UPDATE SET location_id = excluded.location_id, "
        "product_id = excluded.product_id, lot_id = excluded.lot_id, qty = excluded.qty");
    if (!st)
        return st.error();
    return st->bind(1, b.odooId)
        .bind(2, b.locationId)
        .bind(3, b.productId)
        .bind(4, b.lotId)
        .bind(5, qint64(b.qty))
        .run();
}

Status SqliteOdooStore::removeQuantBaseline(qint64 odooQuantId)
{
    auto st = m_db.prepare("DELETE FROM odoo_quant WHERE odoo_id = ?1");
    if (!st)
        return st.error();
    return st->bind(1, odooQuantId).run();
}

Result<QList<OdooQuantBaseline>> SqliteOdooStore::quantBaselines()
{
    auto st = m_db.prepare("SELECT odoo_id, location_id, product_id, lot_id, qty FROM odoo_quant ORDER BY odoo_id");
    return db::allRows(st, [](db::Statement &s) {
        return OdooQuantBaseline {s.int64(0), s.int64(1), s.int64(2), s.int64(3), Milli(s.int64(4))};
    });
}

Result<qint64> SqliteOdooStore::warehouseByCode(const QString &code)
{
    auto st = m_db.prepare("SELECT id FROM warehouse WHERE code = ?1");
    if (!st)
        return st.error();
    st->bind(1, code);
    auto r = db::firstRow(st, [](db::Statement &s) { return s.int64(0); });
    SH_TRY(r);
    return r->value_or(0);
}

Result<Milli> SqliteOdooStore::quantQty(qint64 locationId, qint64 productId, qint64 lotId)
{
    auto st = m_db.prepare("SELECT ifnull(sum(qty), 0) FROM quant WHERE location_id = ?1 AND product_id = ?2 "
                           "AND ifnull(lot_id, 0) = ?3");
    if (!st)
        return st.error();
    st->bind(1, locationId).bind(2, productId).bind(3, lotId);
    auto r = db::firstRow(st, [](db::Statement &s) { return Milli(s.int64(0)); });
    SH_TRY(r);
    return r->value_or(0);
}

namespace {

template<typename Bind> Result<qint64> firstId(db::Database &db, std::string_view sql, Bind bind)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    bind(*st);
    auto r = db::firstRow(st, [](db::Statement &s) { return s.int64(0); });
    SH_TRY(r);
    return r->value_or(0);
}

} // namespace

Result<qint64> SqliteOdooStore::productBySku(const QString &sku)
{
    return firstId(m_db, "SELECT id FROM product WHERE sku = ?1", [&](db::Statement &s) { s.bind(1, sku); });
}

Result<qint64> SqliteOdooStore::locationByBarcode(const QString &barcode)
{
    return firstId(m_db, "SELECT id FROM location WHERE barcode = ?1", [&](db::Statement &s) { s.bind(1, barcode); });
}

Result<qint64> SqliteOdooStore::lotByName(qint64 productId, const QString &name)
{
    return firstId(m_db, "SELECT id FROM lot WHERE product_id = ?1 AND name = ?2",
        [&](db::Statement &s) { s.bind(1, productId).bind(2, name); });
}

Result<qint64> SqliteOdooStore::transferByReference(const QString &reference)
{
    return firstId(
        m_db, "SELECT id FROM transfer WHERE reference = ?1", [&](db::Statement &s) { s.bind(1, reference); });
}

Result<QString> SqliteOdooStore::transferReference(qint64 transferId)
{
    auto st = m_db.prepare("SELECT reference FROM transfer WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, transferId);
    auto r = db::firstRow(st, [](db::Statement &s) { return s.text(0); });
    SH_TRY(r);
    return r->value_or(QString());
}

Result<qint64> SqliteOdooStore::importUser(qint64 odooId, const UserRow &u)
{
    auto local = localId(QStringLiteral("app_user"), odooId);
    SH_TRY(local);
    qint64 id = local.value();
    if (!id) {
        auto same
            = firstId(m_db, "SELECT id FROM app_user WHERE login = ?1", [&](db::Statement &s) { s.bind(1, u.login); });
        SH_TRY(same);
        id = same.value();
        if (id)
            SH_TRY(map(QStringLiteral("app_user"), odooId, id));
    }
    if (!id) {
        if (!u.active || u.roles.isEmpty())
            return qint64(0);
        auto fresh = mapId(QStringLiteral("app_user"), odooId);
        SH_TRY(fresh);
        auto st
            = m_db.prepare("INSERT INTO app_user(id, login, name, badge, pin_hash, pin_salt, pin_iterations, roles, "
                           "warehouse_id, active) VALUES (?1, ?2, ?3, ?4, X'', X'', 0, ?5, ?6, 1)");
        if (!st)
            return st.error();
        SH_TRY(st->bind(1, fresh.value())
                   .bind(2, u.login)
                   .bind(3, u.name.isEmpty() ? u.login : u.name)
                   .bind(4, QStringLiteral("ODOO-USER-%1").arg(odooId))
                   .bind(5, u.roles)
                   .bindIdOrNull(6, u.warehouseId)
                   .run());
        return fresh.value();
    }
    // Odoo's name, roles and active flag; never the PIN, the badge or the password.
    auto st
        = m_db.prepare("UPDATE app_user SET login = ?2, name = ?3, roles = CASE WHEN ?4 = '' THEN roles ELSE ?4 END, "
                       "active = ?5 WHERE id = ?1 AND NOT (login = ?2 AND name = ?3 AND "
                       "roles = CASE WHEN ?4 = '' THEN roles ELSE ?4 END AND active = ?5)");
    if (!st)
        return st.error();
    SH_TRY(st->bind(1, id)
               .bind(2, u.login)
               .bind(3, u.name.isEmpty() ? u.login : u.name)
               .bind(4, u.roles)
               .bind(5, qint64(u.active && !u.roles.isEmpty() ? 1 : 0))
               .run());
    return id;
}

Result<QList<OdooPendingExport>> SqliteOdooStore::pendingExports()
{
    // Validated transfers of Odoo's pickings (the validate_transfer operation, applied), then approved
    // adjustments at locations that came from Odoo; each not yet done or refused.
    auto st = m_db.prepare(
        "SELECT 'op:' || o.uuid, 'transfer', m.local_id, m.odoo_id, json_extract(o.payload, '$.mode'), "
        "ifnull(json_extract(o.answer, '$.result.backorder_id'), 0), ifnull(e.attempts, 0), ifnull(e.next_attempt_at, "
        "''), "
        "o.id "
        "FROM op_log o JOIN odoo_map m ON m.tbl = 'transfer' AND m.local_id = json_extract(o.payload, '$.transfer_id') "
        "LEFT JOIN odoo_export e ON e.key = 'op:' || o.uuid "
        "WHERE o.kind = 'validate_transfer' AND o.status = 'applied' AND ifnull(e.state, 'pending') = 'pending' "
        "UNION ALL "
        "SELECT 'adjustment:' || a.id, 'adjustment', a.id, 0, '', 0, ifnull(e.attempts, 0), ifnull(e.next_attempt_at, "
        "''), "
        "1e18 + a.id FROM adjustment a JOIN odoo_map ml ON ml.tbl = 'location' AND ml.local_id = a.location_id "
        "LEFT JOIN odoo_export e ON e.key = 'adjustment:' || a.id "
        "WHERE a.state = 'approved' AND ifnull(e.state, 'pending') = 'pending' "
        "UNION ALL "
        // Putaways and internal moves between Odoo's locations that no Odoo picking carries (those go with
        // their picking's validation), after the receipts and picks: they move what those bring.
        "SELECT 'move:' || o.uuid, 'move', m.id, 0, '', 0, ifnull(e.attempts, 0), ifnull(e.next_attempt_at, ''), "
        "2e18 + o.id FROM op_log o JOIN stock_move m ON m.op_id = o.id AND m.kind = 'move' "
        "JOIN odoo_map mf ON mf.tbl = 'location' AND mf.local_id = m.from_location_id "
        "JOIN odoo_map mt ON mt.tbl = 'location' AND mt.local_id = m.to_location_id "
        "JOIN odoo_map mp ON mp.tbl = 'product' AND mp.local_id = m.product_id "
        "LEFT JOIN transfer_line tl ON tl.id = m.transfer_line_id "
        "LEFT JOIN odoo_map mtr ON mtr.tbl = 'transfer' AND mtr.local_id = tl.transfer_id "
        "LEFT JOIN odoo_export e ON e.key = 'move:' || o.uuid "
        "WHERE o.kind = 'move' AND o.status = 'applied' AND mtr.odoo_id IS NULL "
        "AND o.id > ifnull((SELECT last_id FROM odoo_cursor WHERE model = 'export:move'), 9e18) "
        "AND ifnull(e.state, 'pending') = 'pending' ORDER BY 9");
    return db::allRows(st, [](db::Statement &s) {
        OdooPendingExport e;
        e.key = s.text(0);
        e.kind = s.text(1);
        e.localId = s.int64(2);
        e.odooId = s.int64(3);
        e.mode = s.text(4);
        e.backorderId = s.int64(5);
        e.attempts = int(s.int64(6));
        e.nextAttemptAt = s.text(7);
        return e;
    });
}

Result<QList<OdooExportLine>> SqliteOdooStore::exportLines(qint64 transferId)
{
    auto lines
        = m_db.prepare("SELECT l.id, ifnull(mm.odoo_id, 0), ifnull(mp.odoo_id, 0), l.qty_expected, l.qty_done "
                       "FROM transfer_line l LEFT JOIN odoo_map mm ON mm.tbl = 'transfer_line' AND mm.local_id = l.id "
                       "LEFT JOIN odoo_map mp ON mp.tbl = 'product' AND mp.local_id = l.product_id "
                       "WHERE l.transfer_id = ?1 ORDER BY l.seq, l.id");
    if (!lines)
        return lines.error();
    lines->bind(1, transferId);
    auto rows = db::allRows(lines, [](db::Statement &s) {
        OdooExportLine l;
        l.lineId = s.int64(0);
        l.odooMoveId = s.int64(1);
        l.odooProductId = s.int64(2);
        l.qtyExpected = s.int64(3);
        l.qtyDone = s.int64(4);
        return l;
    });
    SH_TRY(rows);
    QList<OdooExportLine> out = rows.value();
    auto parts = m_db.prepare(
        "SELECT ifnull(lot.name, ''), ifnull(ml.odoo_id, 0), ifnull(mf.odoo_id, 0), ifnull(mt.odoo_id, 0), sum(m.qty) "
        "FROM stock_move m LEFT JOIN lot ON lot.id = m.lot_id "
        "LEFT JOIN odoo_map ml ON ml.tbl = 'lot' AND ml.local_id = m.lot_id "
        "LEFT JOIN odoo_map mf ON mf.tbl = 'location' AND mf.local_id = m.from_location_id "
        "LEFT JOIN odoo_map mt ON mt.tbl = 'location' AND mt.local_id = m.to_location_id "
        "WHERE m.transfer_line_id = ?1 AND m.kind IN ('receive', 'pick', 'move') "
        "GROUP BY 1, 2, 3, 4 ORDER BY min(m.id)");
    if (!parts)
        return parts.error();
    for (OdooExportLine &l : out) {
        parts->bind(1, l.lineId);
        auto ps = db::allRows(parts, [](db::Statement &s) {
            return OdooExportLine::Part {s.text(0), s.int64(1), s.int64(2), s.int64(3), Milli(s.int64(4))};
        });
        SH_TRY(ps);
        l.parts = ps.value();
        parts->reset();
    }
    return out;
}

Result<OdooAdjustmentExport> SqliteOdooStore::adjustmentExport(qint64 adjustmentId)
{
    auto st
        = m_db.prepare("SELECT ifnull(ml.odoo_id, 0), ifnull(mp.odoo_id, 0), ifnull(mlot.odoo_id, 0), a.qty_counted, "
                       "loc.warehouse_id FROM adjustment a JOIN location loc ON loc.id = a.location_id "
                       "LEFT JOIN odoo_map ml ON ml.tbl = 'location' AND ml.local_id = a.location_id "
                       "LEFT JOIN odoo_map mp ON mp.tbl = 'product' AND mp.local_id = a.product_id "
                       "LEFT JOIN odoo_map mlot ON mlot.tbl = 'lot' AND mlot.local_id = a.lot_id WHERE a.id = ?1");
    if (!st)
        return st.error();
    st->bind(1, adjustmentId);
    auto r = db::firstRow(st, [](db::Statement &s) {
        return OdooAdjustmentExport {s.int64(0), s.int64(1), s.int64(2), Milli(s.int64(3)), s.int64(4)};
    });
    SH_TRY(r);
    if (!r.value())
        return makeError("odoo.internal", QStringLiteral("No adjustment %1.").arg(adjustmentId));
    return *r.value();
}

Result<OdooMoveExport> SqliteOdooStore::moveExport(qint64 stockMoveId)
{
    auto st = m_db.prepare(
        "SELECT ifnull(mp.odoo_id, 0), ifnull(mf.odoo_id, 0), ifnull(mt.odoo_id, 0), ifnull(ml.odoo_id, 0), "
        "ifnull(lot.name, ''), ifnull(mw.odoo_id, 0), loc.warehouse_id, m.qty FROM stock_move m "
        "JOIN location loc ON loc.id = m.from_location_id LEFT JOIN lot ON lot.id = m.lot_id "
        "LEFT JOIN odoo_map mp ON mp.tbl = 'product' AND mp.local_id = m.product_id "
        "LEFT JOIN odoo_map mf ON mf.tbl = 'location' AND mf.local_id = m.from_location_id "
        "LEFT JOIN odoo_map mt ON mt.tbl = 'location' AND mt.local_id = m.to_location_id "
        "LEFT JOIN odoo_map ml ON ml.tbl = 'lot' AND ml.local_id = m.lot_id "
        "LEFT JOIN odoo_map mw ON mw.tbl = 'warehouse' AND mw.local_id = loc.warehouse_id WHERE m.id = ?1");
    if (!st)
        return st.error();
    st->bind(1, stockMoveId);
    auto r = db::firstRow(st, [](db::Statement &s) {
        return OdooMoveExport {
            s.int64(0), s.int64(1), s.int64(2), s.int64(3), s.text(4), s.int64(5), s.int64(6), Milli(s.int64(7))};
    });
    SH_TRY(r);
    if (!r.value())
        return makeError("odoo.internal", QStringLiteral("No stock move %1.").arg(stockMoveId));
    return *r.value();
}

Status SqliteOdooStore::markMovesFromHere()
{
    return m_db.exec("INSERT INTO odoo_cursor(model, write_date, last_id) "
                     "SELECT 'export:move', '', ifnull((SELECT max(id) FROM op_log), 0) "
                     "WHERE NOT EXISTS (SELECT 1 FROM odoo_cursor WHERE model = 'export:move')");
}

Result<OdooExportState> SqliteOdooStore::exportState(const QString &key)
{
    auto st = m_db.prepare("SELECT state, attempts, ifnull(message, '') FROM odoo_export WHERE key = ?1");
    if (!st)
        return st.error();
    st->bind(1, key);
    auto r = db::firstRow(st, [](db::Statement &s) { return OdooExportState {s.text(0), int(s.int64(1)), s.text(2)}; });
    SH_TRY(r);
    return r->value_or(OdooExportState {});
}

namespace {

Status writeExport(db::Database &db, const OdooPendingExport &e, const char *state, int attempts,
    const QString &message, const QString &next, const QString &at)
{
    auto st = db.prepare(
        "INSERT INTO odoo_export(key, kind, local_id, state, attempts, next_attempt_at, message, "
        "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(key) DO UPDATE SET "
        "state = excluded.state, attempts = excluded.attempts, next_attempt_at = excluded.next_attempt_at, "
        "message = excluded.message, updated_at = excluded.updated_at");
    if (!st)
        return st.error();
    st->bind(1, e.key).bind(2, e.kind).bind(3, e.localId).bind(4, state).bind(5, qint64(attempts));
    if (next.isEmpty())
        st->bindNull(6);
    else
        st->bind(6, next);
    if (message.isEmpty())
        st->bindNull(7);
    else
        st->bind(7, message);
    return st->bind(8, at).run();
}

} // namespace

Status SqliteOdooStore::markAttempt(
    const OdooPendingExport &e, const QString &message, const QString &next, const QString &at)
{
    return writeExport(m_db, e, "pending", e.attempts + 1, message, next, at);
}

namespace {

QString exceptionPrefix(const QString &key)
{
    return QStringLiteral("Odoo refused the export of %1:").arg(key);
}

Result<qint64> openException(db::Database &db, const QString &key)
{
    auto st = db.prepare("SELECT id FROM exception WHERE kind = 'odoo_export' AND state = 'open' "
                         "AND substr(message, 1, length(?1)) = ?1 ORDER BY id DESC LIMIT 1");
    if (!st)
        return st.error();
    st->bind(1, exceptionPrefix(key));
    auto r = db::firstRow(st, [](db::Statement &s) { return s.int64(0); });
    SH_TRY(r);
    return r->value_or(0);
}

} // namespace

Status SqliteOdooStore::markDone(const OdooPendingExport &e, const QString &at)
{
    SH_TRY(writeExport(m_db, e, "done", e.attempts + 1, QString(), QString(), at));
    // Refused before and retried by a supervisor: its exception is resolved now.
    auto open = openException(m_db, e.key);
    SH_TRY(open);
    if (!open.value())
        return {};
    auto st = m_db.prepare("UPDATE exception SET state = 'resolved', resolution = 'exported', resolved_at = ?2, "
                           "resolution_note = ifnull(resolution_note || '; ', '') || 'exported to Odoo' WHERE id = ?1");
    if (!st)
        return st.error();
    return st->bind(1, open.value()).bind(2, at).run();
}

Status SqliteOdooStore::markRefused(
    const OdooPendingExport &e, const QString &message, qint64 warehouseId, const QString &at)
{
    SH_TRY(writeExport(m_db, e, "refused", e.attempts + 1, message, QString(), at));
    const QString text = QStringLiteral("%1 %2").arg(exceptionPrefix(e.key), message);
    // Refused again after a retry: the open exception says so, no second one.
    auto open = openException(m_db, e.key);
    SH_TRY(open);
    if (open.value()) {
        auto st = m_db.prepare("UPDATE exception SET message = ?2, resolved_by = NULL, resolution_note = NULL "
                               "WHERE id = ?1");
        if (!st)
            return st.error();
        return st->bind(1, open.value()).bind(2, text).run();
    }
    auto st = m_db.prepare("INSERT INTO exception(kind, warehouse_id, transfer_line_id, message, created_at) "
                           "VALUES ('odoo_export', ?1, NULL, ?2, ?3)");
    if (!st)
        return st.error();
    return st->bindIdOrNull(1, warehouseId).bind(2, text).bind(3, at).run();
}

Result<OdooStore::Refusal> SqliteOdooStore::refusal(const QString &key)
{
    Refusal r;
    r.key = key;
    auto st = m_db.prepare("SELECT state, ifnull(message, '') FROM odoo_export WHERE key = ?1");
    if (!st)
        return st.error();
    st->bind(1, key);
    auto row = db::firstRow(st, [](db::Statement &s) { return qMakePair(s.text(0), s.text(1)); });
    SH_TRY(row);
    if (!row.value())
        return r;
    r.state = row.value()->first;
    r.message = row.value()->second;
    auto open = openException(m_db, key);
    SH_TRY(open);
    r.exceptionId = open.value();
    if (r.exceptionId) {
        auto wh = firstId(m_db, "SELECT ifnull(warehouse_id, 0) FROM exception WHERE id = ?1",
            [&](db::Statement &s) { s.bind(1, r.exceptionId); });
        SH_TRY(wh);
        r.warehouseId = wh.value();
    }
    return r;
}

Result<QString> SqliteOdooStore::exportKeyOfException(qint64 exceptionId)
{
    auto st = m_db.prepare("SELECT e.key FROM exception x JOIN odoo_export e "
                           "ON substr(x.message, 1, length('Odoo refused the export of ' || e.key || ':')) "
                           "= 'Odoo refused the export of ' || e.key || ':' "
                           "WHERE x.id = ?1 AND x.kind = 'odoo_export' LIMIT 1");
    if (!st)
        return st.error();
    st->bind(1, exceptionId);
    auto r = db::firstRow(st, [](db::Statement &s) { return s.text(0); });
    SH_TRY(r);
    return r->value_or(QString());
}

Status SqliteOdooStore::retryExport(const QString &key, qint64 userId, const QString &login, const QString &at)
{
    auto st = m_db.prepare("UPDATE odoo_export SET state = 'pending', attempts = 0, next_attempt_at = NULL, "
                           "message = ?2, updated_at = ?3 WHERE key = ?1 AND state = 'refused'");
    if (!st)
        return st.error();
    SH_TRY(st->bind(1, key).bind(2, QStringLiteral("retry asked by %1 at %2").arg(login, at)).bind(3, at).run());
    if (m_db.changes() != 1)
        return makeError("odoo.not-refused", QStringLiteral("The export %1 is not refused.").arg(key));
    auto open = openException(m_db, key);
    SH_TRY(open);
    if (!open.value())
        return {};
    auto ex = m_db.prepare("UPDATE exception SET resolved_by = ?2, resolution_note = ?3 WHERE id = ?1");
    if (!ex)
        return ex.error();
    return ex->bind(1, open.value())
        .bindIdOrNull(2, userId)
        .bind(3, QStringLiteral("retry asked by %1 at %2").arg(login, at))
        .run();
}

Result<qint64> SqliteOdooStore::transferWarehouse(qint64 transferId)
{
    auto st = m_db.prepare("SELECT warehouse_id FROM transfer WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, transferId);
    auto r = db::firstRow(st, [](db::Statement &s) { return s.int64(0); });
    SH_TRY(r);
    return r->value_or(0);
}

Result<QList<qint64>> SqliteOdooStore::transferLineIds(qint64 transferId)
{
    auto st = m_db.prepare("SELECT id FROM transfer_line WHERE transfer_id = ?1 ORDER BY seq, id");
    if (!st)
        return st.error();
    st->bind(1, transferId);
    return db::allRows(st, [](db::Statement &s) { return s.int64(0); });
}

Result<QHash<QString, qint64>> SqliteOdooStore::exportCounts()
{
    auto st = m_db.prepare("SELECT state, count(*) FROM odoo_export GROUP BY state");
    auto rows = db::allRows(st, [](db::Statement &s) { return qMakePair(s.text(0), s.int64(1)); });
    SH_TRY(rows);
    QHash<QString, qint64> out;
    for (const auto &p : rows.value())
        out.insert(p.first, p.second);
    return out;
}

} // namespace stockhand::server
