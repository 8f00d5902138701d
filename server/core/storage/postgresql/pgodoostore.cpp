#include "storage/postgresql/pgodoostore.h"

#include "feedtables.h"
#include "storage/postgresql/pgadmin.h"
#include "storage/postgresql/pgstorage.h"
#include "storage/sqlite/odoostore.h"
#include "storage/sqlite/sqlitestorage.h"

#include <QJsonArray>
#include <QStringList>

namespace stockhand::server {

namespace pg {

namespace {

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

// The first value of the first row (0: no row, or NULL).
Result<qint64> firstInt(Connection &c, const char *sql, const Params &params)
{
    return c.queryInt(sql, params);
}

OdooQuantBaseline baselineAt(const Rows &r, int i)
{
    return OdooQuantBaseline {r.int64(i, 0), r.int64(i, 1), r.int64(i, 2), r.int64(i, 3), Milli(r.int64(i, 4))};
}

QString exceptionPrefix(const QString &key)
{
    return QStringLiteral("Odoo refused the export of %1:").arg(key);
}

Result<qint64> openException(Connection &c, const QString &key)
{
    return firstInt(c,
        "SELECT id FROM exception WHERE kind = 'odoo_export' AND state = 'open' "
        "AND starts_with(message, $1::text) ORDER BY id DESC LIMIT 1",
        Params().add(exceptionPrefix(key)));
}

Status writeExport(Connection &c, const OdooPendingExport &e, const char *state, int attempts, const QString &message,
    const QString &next, const QString &at)
{
    return c.run("INSERT INTO odoo_export(key, kind, local_id, state, attempts, next_attempt_at, message, updated_at) "
                 "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT(key) DO UPDATE SET "
                 "state = excluded.state, attempts = excluded.attempts, next_attempt_at = excluded.next_attempt_at, "
                 "message = excluded.message, updated_at = excluded.updated_at",
        Params()
            .add(e.key)
            .add(e.kind)
            .add(e.localId)
            .add(state)
            .add(qint64(attempts))
            .addTextOrNull(next)
            .addTextOrNull(message)
            .add(at));
}

} // namespace

PgOdooStore::PgOdooStore(Connection &c)
    : m_c(c)
{ }

PgOdooStore::~PgOdooStore() = default;

Status PgOdooStore::begin()
{
    m_tx.reset(); // one left open by a caller that returned early is rolled back first
    m_tx = std::make_unique<Transaction>(m_c, "BEGIN; SELECT feed_lock()");
    return m_tx->begun();
}

Status PgOdooStore::commit()
{
    if (!m_tx)
        return makeError("odoo.internal", QStringLiteral("commit without a transaction"));
    Status s = m_tx->commit();
    m_tx.reset();
    return s;
}

void PgOdooStore::rollback()
{
    m_tx.reset();
}

Result<qint64> PgOdooStore::localId(const QString &table, qint64 odooId)
{
    return firstInt(
        m_c, "SELECT local_id FROM odoo_map WHERE tbl = $1 AND odoo_id = $2", Params().add(table).add(odooId));
}

Result<qint64> PgOdooStore::mapId(const QString &table, qint64 odooId, bool *isNew)
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
    const std::string sql = QStringLiteral("SELECT greatest(coalesce((SELECT max(id) FROM %1), 0), "
                                           "coalesce((SELECT max(local_id) FROM odoo_map WHERE tbl = $1), 0)) + 1")
                                .arg(table)
                                .toStdString();
    auto next = m_c.queryInt(sql.c_str(), Params().add(table));
    SH_TRY(next);
    const qint64 id = next.value() ? next.value() : 1;
    SH_TRY(map(table, odooId, id));
    return id;
}

Status PgOdooStore::map(const QString &table, qint64 odooId, qint64 localId)
{
    return m_c.run("INSERT INTO odoo_map(tbl, odoo_id, local_id) VALUES ($1, $2, $3) "
                   "ON CONFLICT(tbl, odoo_id) DO UPDATE SET local_id = excluded.local_id",
        Params().add(table).add(odooId).add(localId));
}

Result<qint64> PgOdooStore::odooId(const QString &table, qint64 localId)
{
    return firstInt(
        m_c, "SELECT odoo_id FROM odoo_map WHERE tbl = $1 AND local_id = $2", Params().add(table).add(localId));
}

Result<QHash<qint64, qint64>> PgOdooStore::mapped(const QString &table)
{
    auto r = m_c.query("SELECT odoo_id, local_id FROM odoo_map WHERE tbl = $1", Params().add(table));
    SH_TRY(r);
    QHash<qint64, qint64> out;
    for (int i = 0; i < r->size(); ++i)
        out.insert(r->int64(i, 0), r->int64(i, 1));
    return out;
}

Result<OdooCursor> PgOdooStore::cursor(const QString &model)
{
    auto r = m_c.query(
        "SELECT write_date, last_id, coalesce(full_at, '') FROM odoo_cursor WHERE model = $1", Params().add(model));
    SH_TRY(r);
    if (!r->size())
        return OdooCursor {};
    return OdooCursor {r->text(0, 0), r->int64(0, 1), r->text(0, 2)};
}

Status PgOdooStore::setCursor(const QString &model, const OdooCursor &c)
{
    return m_c.run("INSERT INTO odoo_cursor(model, write_date, last_id, full_at) VALUES ($1, $2, $3, $4) "
                   "ON CONFLICT(model) DO UPDATE SET write_date = excluded.write_date, last_id = excluded.last_id, "
                   "full_at = coalesce(excluded.full_at, odoo_cursor.full_at)",
        Params().add(model).add(c.writeDate).add(c.lastId).addTextOrNull(c.fullAt));
}

Result<QList<QPair<QString, OdooCursor>>> PgOdooStore::cursors()
{
    auto r = m_c.query(
        "SELECT model, write_date, last_id, coalesce(full_at, '') FROM odoo_cursor ORDER BY model COLLATE \"C\"");
    SH_TRY(r);
    QList<QPair<QString, OdooCursor>> out;
    for (int i = 0; i < r->size(); ++i)
        out.append(qMakePair(r->text(i, 0), OdooCursor {r->text(i, 1), r->int64(i, 2), r->text(i, 3)}));
    return out;
}

Result<qint64> PgOdooStore::importRows(const QJsonObject &document)
{
    // The one import path of the backend (pgimport.cpp, `stockhand-server import`), in this transaction.
    auto r = importJsonObject(m_c, document);
    SH_TRY(r);
    return r->total();
}

Result<std::optional<QString>> PgOdooStore::transferState(qint64 transferId)
{
    auto r = m_c.query("SELECT state FROM transfer WHERE id = $1", Params().add(transferId));
    SH_TRY(r);
    if (!r->size())
        return std::optional<QString>();
    return std::optional<QString>(r->text(0, 0));
}

Status PgOdooStore::setTransferState(qint64 transferId, const QString &state)
{
    return m_c.run("UPDATE transfer SET state = $2 WHERE id = $1 AND state <> $2", Params().add(transferId).add(state));
}

Result<std::optional<OdooQuantBaseline>> PgOdooStore::quantBaseline(qint64 odooQuantId)
{
    auto r = m_c.query("SELECT odoo_id, location_id, product_id, lot_id, qty FROM odoo_quant WHERE odoo_id = $1",
        Params().add(odooQuantId));
    SH_TRY(r);
    if (!r->size())
        return std::optional<OdooQuantBaseline>();
    return std::optional<OdooQuantBaseline>(baselineAt(r.value(), 0));
}

Status PgOdooStore::setQuantBaseline(const OdooQuantBaseline &b)
{
    return m_c.run("INSERT INTO odoo_quant(odoo_id, location_id, product_id, lot_id, qty) VALUES ($1, $2, $3, $4, $5) "
                   "ON CONFLICT(odoo_id) DO UPDATE SET location_id = excluded.location_id, "
                   "product_id = excluded.product_id, lot_id = excluded.lot_id, qty = excluded.qty",
        Params().add(b.odooId).add(b.locationId).add(b.productId).add(b.lotId).add(qint64(b.qty)));
}

Status PgOdooStore::removeQuantBaseline(qint64 odooQuantId)
{
    return m_c.run("DELETE FROM odoo_quant WHERE odoo_id = $1", Params().add(odooQuantId));
}

Result<QList<OdooQuantBaseline>> PgOdooStore::quantBaselines()
{
    auto r = m_c.query("SELECT odoo_id, location_id, product_id, lot_id, qty FROM odoo_quant ORDER BY odoo_id");
    SH_TRY(r);
    QList<OdooQuantBaseline> out;
    for (int i = 0; i < r->size(); ++i)
        out.append(baselineAt(r.value(), i));
    return out;
}

Result<Milli> PgOdooStore::quantQty(qint64 locationId, qint64 productId, qint64 lotId)
{
    auto r = firstInt(m_c,
        "SELECT coalesce(sum(qty), 0)::bigint FROM quant WHERE location_id = $1 AND product_id = $2 "
        "AND coalesce(lot_id, 0) = $3",
        Params().add(locationId).add(productId).add(lotId));
    SH_TRY(r);
    return Milli(r.value());
}

Result<qint64> PgOdooStore::warehouseByCode(const QString &code)
{
    return firstInt(m_c, "SELECT id FROM warehouse WHERE code = $1", Params().add(code));
}

Result<qint64> PgOdooStore::productBySku(const QString &sku)
{
    return firstInt(m_c, "SELECT id FROM product WHERE sku = $1", Params().add(sku));
}

Result<qint64> PgOdooStore::locationByBarcode(const QString &barcode)
{
    return firstInt(m_c, "SELECT id FROM location WHERE barcode = $1", Params().add(barcode));
}

Result<qint64> PgOdooStore::lotByName(qint64 productId, const QString &name)
{
    return firstInt(m_c, "SELECT id FROM lot WHERE product_id = $1 AND name = $2", Params().add(productId).add(name));
}

Result<qint64> PgOdooStore::transferByReference(const QString &reference)
{
    return firstInt(m_c, "SELECT id FROM transfer WHERE reference = $1", Params().add(reference));
}

Result<QString> PgOdooStore::transferReference(qint64 transferId)
{
    auto r = m_c.query("SELECT reference FROM transfer WHERE id = $1", Params().add(transferId));
    SH_TRY(r);
    return r->size() ? r->text(0, 0) : QString();
}

Result<qint64> PgOdooStore::importUser(qint64 odooId, const UserRow &u)
{
    auto local = localId(QStringLiteral("app_user"), odooId);
    SH_TRY(local);
    qint64 id = local.value();
    if (!id) {
        auto same = firstInt(m_c, "SELECT id FROM app_user WHERE login = $1", Params().add(u.login));
        SH_TRY(same);
        id = same.value();
        if (id)
            SH_TRY(map(QStringLiteral("app_user"), odooId, id));
    }
    const QString name = u.name.isEmpty() ? u.login : u.name;
    if (!id) {
        if (!u.active || u.roles.isEmpty())
            return qint64(0);
        auto fresh = mapId(QStringLiteral("app_user"), odooId);
        SH_TRY(fresh);
        SH_TRY(m_c.run("INSERT INTO app_user(id, login, name, badge, pin_hash, pin_salt, pin_iterations, roles, "
                       "warehouse_id, active) VALUES ($1, $2, $3, $4, ''::bytea, ''::bytea, 0, $5, $6, 1)",
            Params()
                .add(fresh.value())
                .add(u.login)
                .add(name)
                .add(QStringLiteral("ODOO-USER-%1").arg(odooId))
                .add(u.roles)
                .addIdOrNull(u.warehouseId)));
        return fresh.value();
    }
    // Odoo's name, roles and active flag; never the PIN, the badge or the password.
    SH_TRY(m_c.run("UPDATE app_user SET login = $2, name = $3, roles = CASE WHEN $4::text = '' THEN roles ELSE $4 END, "
                   "active = $5 WHERE id = $1 AND NOT (login = $2 AND name = $3 AND "
                   "roles = CASE WHEN $4::text = '' THEN roles ELSE $4 END AND active = $5)",
        Params().add(id).add(u.login).add(name).add(u.roles).add(qint64(u.active && !u.roles.isEmpty() ? 1 : 0))));
    return id;
}

Result<QList<OdooPendingExport>> PgOdooStore::pendingExports()
{
    // Validated transfers of Odoo's pickings (the validate_transfer operation, applied), then approved
    // adjustments at locations that came from Odoo; each not yet done or refused. Then putaways and internal
    // moves between Odoo's locations that no Odoo picking carries (those go with their picking's
    // validation), after the receipts and picks: they move what those bring.
    auto r = m_c.query(
        // Only applied validations' payloads are read as JSON (they were parsed when applied).
        "WITH v AS MATERIALIZED (SELECT id, uuid, payload::jsonb AS payload, answer::jsonb AS answer FROM op_log "
        "WHERE kind = 'validate_transfer' AND status = 'applied') "
        "SELECT 'op:' || o.uuid, 'transfer', m.local_id, m.odoo_id, coalesce(o.payload ->> 'mode', ''), "
        "coalesce((o.answer #>> '{result,backorder_id}')::bigint, 0), coalesce(e.attempts, 0), "
        "coalesce(e.next_attempt_at, ''), o.id AS sort_key "
        "FROM v o JOIN odoo_map m ON m.tbl = 'transfer' AND m.local_id = (o.payload ->> 'transfer_id')::bigint "
        "LEFT JOIN odoo_export e ON e.key = 'op:' || o.uuid WHERE coalesce(e.state, 'pending') = 'pending' "
        "UNION ALL "
        "SELECT 'adjustment:' || a.id, 'adjustment', a.id, 0, '', 0, coalesce(e.attempts, 0), "
        "coalesce(e.next_attempt_at, ''), 1000000000000000000 + a.id "
        "FROM adjustment a JOIN odoo_map ml ON ml.tbl = 'location' AND ml.local_id = a.location_id "
        "LEFT JOIN odoo_export e ON e.key = 'adjustment:' || a.id "
        "WHERE a.state = 'approved' AND coalesce(e.state, 'pending') = 'pending' "
        "UNION ALL "
        "SELECT 'move:' || o.uuid, 'move', m.id, 0, '', 0, coalesce(e.attempts, 0), coalesce(e.next_attempt_at, ''), "
        "2000000000000000000 + o.id FROM op_log o JOIN stock_move m ON m.op_id = o.id AND m.kind = 'move' "
        "JOIN odoo_map mf ON mf.tbl = 'location' AND mf.local_id = m.from_location_id "
        "JOIN odoo_map mt ON mt.tbl = 'location' AND mt.local_id = m.to_location_id "
        "JOIN odoo_map mp ON mp.tbl = 'product' AND mp.local_id = m.product_id "
        "LEFT JOIN transfer_line tl ON tl.id = m.transfer_line_id "
        "LEFT JOIN odoo_map mtr ON mtr.tbl = 'transfer' AND mtr.local_id = tl.transfer_id "
        "LEFT JOIN odoo_export e ON e.key = 'move:' || o.uuid "
        "WHERE o.kind = 'move' AND o.status = 'applied' AND mtr.odoo_id IS NULL "
        "AND o.id > coalesce((SELECT last_id FROM odoo_cursor WHERE model = 'export:move'), 9000000000000000000) "
        "AND coalesce(e.state, 'pending') = 'pending' ORDER BY sort_key");
    SH_TRY(r);
    QList<OdooPendingExport> out;
    for (int i = 0; i < r->size(); ++i) {
        OdooPendingExport e;
        e.key = r->text(i, 0);
        e.kind = r->text(i, 1);
        e.localId = r->int64(i, 2);
        e.odooId = r->int64(i, 3);
        e.mode = r->text(i, 4);
        e.backorderId = r->int64(i, 5);
        e.attempts = int(r->int64(i, 6));
        e.nextAttemptAt = r->text(i, 7);
        out.append(e);
    }
    return out;
}

Result<QList<OdooExportLine>> PgOdooStore::exportLines(qint64 transferId)
{
    auto lines
        = m_c.query("SELECT l.id, coalesce(mm.odoo_id, 0), coalesce(mp.odoo_id, 0), l.qty_expected, l.qty_done "
                    "FROM transfer_line l LEFT JOIN odoo_map mm ON mm.tbl = 'transfer_line' AND mm.local_id = l.id "
                    "LEFT JOIN odoo_map mp ON mp.tbl = 'product' AND mp.local_id = l.product_id "
                    "WHERE l.transfer_id = $1 ORDER BY l.seq, l.id",
            Params().add(transferId));
    SH_TRY(lines);
    QList<OdooExportLine> out;
    for (int i = 0; i < lines->size(); ++i) {
        OdooExportLine l;
        l.lineId = lines->int64(i, 0);
        l.odooMoveId = lines->int64(i, 1);
        l.odooProductId = lines->int64(i, 2);
        l.qtyExpected = lines->int64(i, 3);
        l.qtyDone = lines->int64(i, 4);
        out.append(l);
    }
    for (OdooExportLine &l : out) {
        auto parts = m_c.query("SELECT coalesce(lot.name, ''), coalesce(ml.odoo_id, 0), coalesce(mf.odoo_id, 0), "
                               "coalesce(mt.odoo_id, 0), sum(m.qty)::bigint "
                               "FROM stock_move m LEFT JOIN lot ON lot.id = m.lot_id "
                               "LEFT JOIN odoo_map ml ON ml.tbl = 'lot' AND ml.local_id = m.lot_id "
                               "LEFT JOIN odoo_map mf ON mf.tbl = 'location' AND mf.local_id = m.from_location_id "
                               "LEFT JOIN odoo_map mt ON mt.tbl = 'location' AND mt.local_id = m.to_location_id "
                               "WHERE m.transfer_line_id = $1 AND m.kind IN ('receive', 'pick', 'move') "
                               "GROUP BY 1, 2, 3, 4 ORDER BY min(m.id)",
            Params().add(l.lineId));
        SH_TRY(parts);
        for (int i = 0; i < parts->size(); ++i)
            l.parts.append(OdooExportLine::Part {parts->text(i, 0), parts->int64(i, 1), parts->int64(i, 2),
                parts->int64(i, 3), Milli(parts->int64(i, 4))});
    }
    return out;
}

Result<OdooAdjustmentExport> PgOdooStore::adjustmentExport(qint64 adjustmentId)
{
    auto r = m_c.query(
        "SELECT coalesce(ml.odoo_id, 0), coalesce(mp.odoo_id, 0), coalesce(mlot.odoo_id, 0), a.qty_counted, "
        "loc.warehouse_id FROM adjustment a JOIN location loc ON loc.id = a.location_id "
        "LEFT JOIN odoo_map ml ON ml.tbl = 'location' AND ml.local_id = a.location_id "
        "LEFT JOIN odoo_map mp ON mp.tbl = 'product' AND mp.local_id = a.product_id "
        "LEFT JOIN odoo_map mlot ON mlot.tbl = 'lot' AND mlot.local_id = a.lot_id WHERE a.id = $1",
        Params().add(adjustmentId));
    SH_TRY(r);
    if (!r->size())
        return makeError("odoo.internal", QStringLiteral("No adjustment %1.").arg(adjustmentId));
    return OdooAdjustmentExport {r->int64(0, 0), r->int64(0, 1), r->int64(0, 2), Milli(r->int64(0, 3)), r->int64(0, 4)};
}

Result<OdooMoveExport> PgOdooStore::moveExport(qint64 stockMoveId)
{
    auto r = m_c.query(
        "SELECT coalesce(mp.odoo_id, 0), coalesce(mf.odoo_id, 0), coalesce(mt.odoo_id, 0), coalesce(ml.odoo_id, 0), "
        "coalesce(lot.name, ''), coalesce(mw.odoo_id, 0), loc.warehouse_id, m.qty FROM stock_move m "
        "JOIN location loc ON loc.id = m.from_location_id LEFT JOIN lot ON lot.id = m.lot_id "
        "LEFT JOIN odoo_map mp ON mp.tbl = 'product' AND mp.local_id = m.product_id "
        "LEFT JOIN odoo_map mf ON mf.tbl = 'location' AND mf.local_id = m.from_location_id "
        "LEFT JOIN odoo_map mt ON mt.tbl = 'location' AND mt.local_id = m.to_location_id "
        "LEFT JOIN odoo_map ml ON ml.tbl = 'lot' AND ml.local_id = m.lot_id "
        "LEFT JOIN odoo_map mw ON mw.tbl = 'warehouse' AND mw.local_id = loc.warehouse_id WHERE m.id = $1",
        Params().add(stockMoveId));
    SH_TRY(r);
    if (!r->size())
        return makeError("odoo.internal", QStringLiteral("No stock move %1.").arg(stockMoveId));
    return OdooMoveExport {r->int64(0, 0), r->int64(0, 1), r->int64(0, 2), r->int64(0, 3), r->text(0, 4),
        r->int64(0, 5), r->int64(0, 6), Milli(r->int64(0, 7))};
}

Status PgOdooStore::markMovesFromHere()
{
    return m_c.run("INSERT INTO odoo_cursor(model, write_date, last_id) "
                   "SELECT 'export:move', '', coalesce((SELECT max(id) FROM op_log), 0) "
                   "ON CONFLICT(model) DO NOTHING");
}

Result<OdooExportState> PgOdooStore::exportState(const QString &key)
{
    auto r
        = m_c.query("SELECT state, attempts, coalesce(message, '') FROM odoo_export WHERE key = $1", Params().add(key));
    SH_TRY(r);
    if (!r->size())
        return OdooExportState {};
    return OdooExportState {r->text(0, 0), int(r->int64(0, 1)), r->text(0, 2)};
}

Status PgOdooStore::markAttempt(
    const OdooPendingExport &e, const QString &message, const QString &next, const QString &at)
{
    return writeExport(m_c, e, "pending", e.attempts + 1, message, next, at);
}

Status PgOdooStore::markDone(const OdooPendingExport &e, const QString &at)
{
    SH_TRY(writeExport(m_c, e, "done", e.attempts + 1, QString(), QString(), at));
    // Refused before and retried by a supervisor: its exception is resolved now.
    auto open = openException(m_c, e.key);
    SH_TRY(open);
    if (!open.value())
        return {};
    return m_c.run("UPDATE exception SET state = 'resolved', resolution = 'exported', resolved_at = $2, "
                   "resolution_note = coalesce(resolution_note || '; ', '') || 'exported to Odoo' WHERE id = $1",
        Params().add(open.value()).add(at));
}

Status PgOdooStore::markRefused(
    const OdooPendingExport &e, const QString &message, qint64 warehouseId, const QString &at)
{
    SH_TRY(writeExport(m_c, e, "refused", e.attempts + 1, message, QString(), at));
    const QString text = QStringLiteral("%1 %2").arg(exceptionPrefix(e.key), message);
    // Refused again after a retry: the open exception says so, no second one.
    auto open = openException(m_c, e.key);
    SH_TRY(open);
    if (open.value())
        return m_c.run("UPDATE exception SET message = $2, resolved_by = NULL, resolution_note = NULL WHERE id = $1",
            Params().add(open.value()).add(text));
    return m_c.run("INSERT INTO exception(kind, warehouse_id, transfer_line_id, message, created_at) "
                   "VALUES ('odoo_export', $1, NULL, $2, $3)",
        Params().addIdOrNull(warehouseId).add(text).add(at));
}

Result<OdooStore::Refusal> PgOdooStore::refusal(const QString &key)
{
    Refusal out;
    out.key = key;
    auto r = m_c.query("SELECT state, coalesce(message, '') FROM odoo_export WHERE key = $1", Params().add(key));
    SH_TRY(r);
    if (!r->size())
        return out;
    out.state = r->text(0, 0);
    out.message = r->text(0, 1);
    auto open = openException(m_c, key);
    SH_TRY(open);
    out.exceptionId = open.value();
    if (out.exceptionId) {
        auto wh = firstInt(
            m_c, "SELECT coalesce(warehouse_id, 0) FROM exception WHERE id = $1", Params().add(out.exceptionId));
        SH_TRY(wh);
        out.warehouseId = wh.value();
    }
    return out;
}

Result<QString> PgOdooStore::exportKeyOfException(qint64 exceptionId)
{
    auto r = m_c.query("SELECT e.key FROM exception x JOIN odoo_export e "
                       "ON starts_with(x.message, 'Odoo refused the export of ' || e.key || ':') "
                       "WHERE x.id = $1 AND x.kind = 'odoo_export' LIMIT 1",
        Params().add(exceptionId));
    SH_TRY(r);
    return r->size() ? r->text(0, 0) : QString();
}

Status PgOdooStore::retryExport(const QString &key, qint64 userId, const QString &login, const QString &at)
{
    const QString note = QStringLiteral("retry asked by %1 at %2").arg(login, at);
    auto r = m_c.query("UPDATE odoo_export SET state = 'pending', attempts = 0, next_attempt_at = NULL, "
                       "message = $2, updated_at = $3 WHERE key = $1 AND state = 'refused'",
        Params().add(key).add(note).add(at));
    SH_TRY(r);
    if (r->affected() != 1)
        return makeError("odoo.not-refused", QStringLiteral("The export %1 is not refused.").arg(key));
    auto open = openException(m_c, key);
    SH_TRY(open);
    if (!open.value())
        return {};
    return m_c.run("UPDATE exception SET resolved_by = $2, resolution_note = $3 WHERE id = $1",
        Params().add(open.value()).addIdOrNull(userId).add(note));
}

Result<qint64> PgOdooStore::transferWarehouse(qint64 transferId)
{
    return firstInt(m_c, "SELECT warehouse_id FROM transfer WHERE id = $1", Params().add(transferId));
}

Result<QList<qint64>> PgOdooStore::transferLineIds(qint64 transferId)
{
    auto r
        = m_c.query("SELECT id FROM transfer_line WHERE transfer_id = $1 ORDER BY seq, id", Params().add(transferId));
    SH_TRY(r);
    QList<qint64> out;
    for (int i = 0; i < r->size(); ++i)
        out.append(r->int64(i, 0));
    return out;
}

Result<QHash<QString, qint64>> PgOdooStore::exportCounts()
{
    auto r = m_c.query("SELECT state, count(*) FROM odoo_export GROUP BY state");
    SH_TRY(r);
    QHash<QString, qint64> out;
    for (int i = 0; i < r->size(); ++i)
        out.insert(r->text(i, 0), r->int64(i, 1));
    return out;
}

} // namespace pg

Result<std::unique_ptr<OdooStore>> odooStore(storage::Storage &storage)
{
    if (auto *pg = dynamic_cast<pg::PgStorage *>(&storage))
        return std::unique_ptr<OdooStore>(std::make_unique<pg::PgOdooStore>(pg->connection()));
    if (auto *sqlite = dynamic_cast<storage::SqliteStorage *>(&storage))
        return std::unique_ptr<OdooStore>(std::make_unique<SqliteOdooStore>(sqlite->database()));
    return makeError("storage.unsupported", QStringLiteral("The Odoo connector has no store on this backend."));
}

} // namespace stockhand::server
