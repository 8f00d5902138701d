#include "store/devicestore.h"

#include "store/stockview.h"
#include "store/worldschema.h"

#include <QUuid>

namespace stockhand::store {

namespace {

constexpr const char *kDeviceV1 = R"sql(
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
-- The outbox: every action of a worker, in device order. seq never repeats (AUTOINCREMENT).
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    user_id INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    local_time TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','applied','duplicate','rejected')),
    effect_active INTEGER NOT NULL DEFAULT 1,
    attempts INTEGER NOT NULL DEFAULT 0,
    error_code TEXT,
    error_message TEXT,
    result TEXT
);
CREATE INDEX outbox_state ON outbox(state, seq);
-- Local effects of operations that the last server state does not contain yet.
CREATE TABLE pending_effect (
    op_seq INTEGER NOT NULL REFERENCES outbox(seq) ON DELETE CASCADE,
    target TEXT NOT NULL CHECK (target IN ('quant','transfer_line','count_line')),
    location_id INTEGER,
    product_id INTEGER,
    lot_id INTEGER,
    package_id INTEGER,
    line_id INTEGER,
    delta INTEGER NOT NULL
);
CREATE INDEX pending_effect_op ON pending_effect(op_seq);
CREATE INDEX pending_effect_quant ON pending_effect(target, location_id, product_id);
CREATE INDEX pending_effect_line ON pending_effect(target, line_id);
CREATE VIEW active_effect AS
    SELECT e.* FROM pending_effect e JOIN outbox o ON o.seq = e.op_seq WHERE o.effect_active = 1;
CREATE VIEW transfer_line_view AS
    SELECT l.*, l.qty_done + ifnull((SELECT sum(a.delta) FROM active_effect a
                                     WHERE a.target = 'transfer_line' AND a.line_id = l.id), 0) AS qty_done_view
    FROM transfer_line l;
)sql";

// v2: the exceptions inbox of the device (operations the server rejected, with what to do next), and
// the pull after which an acknowledged operation's effect is part of the replicated server state.
constexpr const char *kDeviceV2 = R"sql(
ALTER TABLE outbox ADD COLUMN acked_pull INTEGER NOT NULL DEFAULT 0;
CREATE TABLE device_exception (
    id INTEGER PRIMARY KEY,
    op_seq INTEGER REFERENCES outbox(seq),
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    created_local TEXT NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX device_exception_open ON device_exception(resolved);
)sql";

// v3: supervisor authority and the supervisor console (docs/security.md, docs/ui.md). The user sessions the server
// issued on this device (their secrets never leave the store, never logged) and the proof each operation of supervisor
// authority carries; the server's exceptions with their resolutions, the count policies and the users' groups and
// approval limits, replicated for the console.
constexpr const char *kDeviceV3 = R"sql(
ALTER TABLE outbox ADD COLUMN session_id TEXT;
ALTER TABLE outbox ADD COLUMN session_proof TEXT;
CREATE TABLE user_session (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL,
    secret BLOB NOT NULL,
    issued_local TEXT NOT NULL,
    expires_local TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    unlock_hash BLOB,
    unlock_salt BLOB,
    unlock_iterations INTEGER
) WITHOUT ROWID;
CREATE INDEX user_session_user ON user_session(user_id, expires_local);
CREATE TABLE exception (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    warehouse_id INTEGER,
    device_id TEXT,
    user_id INTEGER,
    transfer_line_id INTEGER,
    location_id INTEGER,
    product_id INTEGER,
    lot_id INTEGER,
    qty INTEGER,
    message TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at TEXT NOT NULL,
    resolution TEXT,
    resolution_note TEXT,
    resolved_by INTEGER,
    resolved_at TEXT
);
CREATE INDEX exception_state ON exception(state, id);
CREATE TABLE count_policy (
    id INTEGER PRIMARY KEY,
    warehouse_id INTEGER,
    user_group TEXT,
    max_qty INTEGER NOT NULL,
    max_percent REAL NOT NULL,
    max_value_cents INTEGER NOT NULL
);
CREATE TABLE user_policy (
    user_id INTEGER PRIMARY KEY,
    count_group TEXT,
    approval_limit_cents INTEGER
);
-- What the supervisor console reads besides: who counted an adjustment and when, and each reason's note
-- policy (1 = a decision with this reason needs a note), replicated columns (server schema v3). The profile
-- the window opens with is a meta key.
ALTER TABLE adjustment ADD COLUMN counted_by INTEGER;
ALTER TABLE adjustment ADD COLUMN counted_at TEXT;
ALTER TABLE reason_code ADD COLUMN note_required INTEGER NOT NULL DEFAULT 0;
CREATE INDEX adjustment_state ON adjustment(state);
)sql";

// v4: the receiving station and labels (docs/labels.md). A location flagged quarantine receives damaged or
// held goods (replicated column, server schema v5); the SSCC ranges the server reserved for this device
// and what of them is used (allocation and the label's package record are one transaction); the print
// queue (a job stays until a printer took it, so a refused, dropped or timed-out job can be retried).
constexpr const char *kDeviceV4 = R"sql(
ALTER TABLE location ADD COLUMN quarantine INTEGER NOT NULL DEFAULT 0;
CREATE TABLE sscc_range (
    id INTEGER PRIMARY KEY, -- the server's reservation id
    extension INTEGER NOT NULL CHECK (extension BETWEEN 0 AND 9),
    company_prefix TEXT NOT NULL,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    next INTEGER NOT NULL,
    CHECK (first <= last AND next >= first)
);
CREATE TABLE print_job (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    user_id INTEGER,
    printer TEXT NOT NULL, -- the station's printer name (settings), or 'pdf:<path>'
    label_kind TEXT NOT NULL, -- product, location, lot, logistic
    title TEXT NOT NULL, -- what the queue shows: "SSCC 0 0614141 123456789 2 x 1"
    format TEXT NOT NULL CHECK (format IN ('zpl', 'pdf', 'system')),
    document BLOB NOT NULL, -- the label as sent (ZPL text) or its description (JSON) to draw again
    copies INTEGER NOT NULL DEFAULT 1 CHECK (copies > 0),
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'printed', 'failed', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    error_code TEXT,
    error_message TEXT,
    printed_at TEXT
);
CREATE INDEX print_job_state ON print_job(state, id);
-- The barcodes this device attached before the feed brings them (store::pendingBarcode, on an unknown scan).
CREATE INDEX outbox_attach_barcode ON outbox(seq) WHERE kind = 'attach_barcode';
)sql";

// v5: the floor-ready handheld and typed codes (docs/ui.md, docs/scanning.md). Replicated columns (server
// schema v6): a site's floor settings on its warehouse, a transfer's priority for the task lists, a reason's
// label in other languages (JSON, domain/reasonlabels.h).
constexpr const char *kDeviceV5 = R"sql(
ALTER TABLE warehouse ADD COLUMN auto_confirm INTEGER NOT NULL DEFAULT 1;
ALTER TABLE warehouse ADD COLUMN lots_case_sensitive INTEGER NOT NULL DEFAULT 0;
ALTER TABLE transfer ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reason_code ADD COLUMN labels TEXT NOT NULL DEFAULT '{}';
-- Typed codes (issue 19): every code a screen shows is looked up case-insensitively, location names within
-- the device's warehouse; name ranges serve the matches offered as one types (store/scanmatches.h).
CREATE INDEX location_barcode_nocase ON location(barcode COLLATE NOCASE);
CREATE INDEX location_name_nocase ON location(name COLLATE NOCASE, warehouse_id);
CREATE INDEX product_sku_nocase ON product(sku COLLATE NOCASE);
CREATE INDEX lot_name_nocase ON lot(name COLLATE NOCASE);
CREATE INDEX package_name_nocase ON package(name COLLATE NOCASE);
CREATE INDEX transfer_reference_nocase ON transfer(reference COLLATE NOCASE);
CREATE INDEX count_task_reference_nocase ON count_task(reference COLLATE NOCASE);
CREATE INDEX app_user_badge_nocase ON app_user(badge COLLATE NOCASE);
-- Words of product names for the matches ("gasket zinc"): an FTS5 index over product, kept by triggers.
CREATE VIRTUAL TABLE product_words USING fts5(name, content='product', content_rowid='id');
CREATE TRIGGER product_words_insert AFTER INSERT ON product BEGIN
    INSERT INTO product_words(rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER product_words_delete AFTER DELETE ON product BEGIN
    INSERT INTO product_words(product_words, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER product_words_update AFTER UPDATE OF name ON product BEGIN
    INSERT INTO product_words(product_words, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO product_words(rowid, name) VALUES (new.id, new.name);
END;
INSERT INTO product_words(product_words) VALUES ('rebuild');
)sql";

} // namespace

const db::SchemaDescription &deviceSchema()
{
    static const db::SchemaDescription schema {kDeviceStoreApplicationId, "device store",
        {
            {1, "world replica, outbox, pending effects",
                [](db::Database &db) -> Status {
                    SH_TRY(createWorldSchemaV1(db));
                    return db.exec(kDeviceV1);
                }},
            {2, "device exceptions inbox", [](db::Database &db) { return db.exec(kDeviceV2); }},
            {3, "user sessions, operation proofs, server exceptions, count policies, who counted, note policy",
                [](db::Database &db) { return db.exec(kDeviceV3); }},
            {4, "quarantine locations, SSCC ranges, print queue", [](db::Database &db) { return db.exec(kDeviceV4); }},
            {5, "site floor settings, transfer priority, reason labels per language, typed-code indexes",
                [](db::Database &db) { return db.exec(kDeviceV5); }},
        }};
    return schema;
}

DeviceStore::DeviceStore(std::unique_ptr<db::Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Result<std::unique_ptr<DeviceStore>> DeviceStore::open(const QString &path, const Clock &clock, db::OpenOptions options)
{
    auto db = db::openAndMigrate(path, options, deviceSchema());
    if (!db)
        return db.error();
    std::unique_ptr<DeviceStore> store(new DeviceStore(std::move(db).value(), clock));
    if (!options.readOnly)
        SH_TRY(store->ensureDeviceId());
    else
        store->m_deviceId = store->meta().text(MetaKey::DeviceId).valueOr(QString());
    store->m_outbox = std::make_unique<Outbox>(*store->m_db, clock, store->m_deviceId);
    return store;
}

Status DeviceStore::ensureDeviceId()
{
    auto id = meta().text(MetaKey::DeviceId);
    if (!id)
        return id.error();
    if (id->isEmpty()) {
        m_deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return meta().set(MetaKey::DeviceId, m_deviceId);
    }
    m_deviceId = *id;
    return {};
}

Result<qint64> DeviceStore::workingWarehouse(qint64 userWarehouseId)
{
    auto enrolled = meta().integer(MetaKey::WarehouseId);
    if (!enrolled)
        return enrolled.error();
    if (*enrolled > 0)
        return *enrolled;
    if (userWarehouseId > 0)
        return userWarehouseId;
    return m_db->queryInt("SELECT ifnull(min(id), 0) FROM warehouse");
}

Result<Milli> DeviceStore::quantOnHand(qint64 locationId, qint64 productId, qint64 lotId, qint64 packageId)
{
    return store::quantOnHand(*m_db, locationId, productId, lotId, packageId);
}

} // namespace stockhand::store
