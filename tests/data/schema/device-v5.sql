-- Device store schema version 5 (floor-ready handheld and typed codes: site floor settings, transfer
-- priority, reason labels per language, case-insensitive code indexes and the product-words FTS5 index), with
-- data: the v4 fixture migrated by the v5 program's step, a site that does not auto-confirm, an urgent
-- transfer and a reason with a German label. Kept as a fixture: never regenerate it from newer code.
PRAGMA application_id=1397245014;
PRAGMA user_version=5;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE adjustment (
    id INTEGER PRIMARY KEY,
    count_line_id INTEGER REFERENCES count_line(id),
    location_id INTEGER NOT NULL REFERENCES location(id),
    product_id INTEGER NOT NULL REFERENCES product(id),
    lot_id INTEGER REFERENCES lot(id),
    qty_book INTEGER NOT NULL,
    qty_counted INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','approved','rejected')),
    reason_code TEXT REFERENCES reason_code(code),
    decided_by INTEGER
, counted_by INTEGER, counted_at TEXT);
CREATE TABLE app_user (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    badge TEXT NOT NULL UNIQUE,
    pin_hash BLOB NOT NULL,
    pin_salt BLOB NOT NULL,
    pin_iterations INTEGER NOT NULL,
    roles TEXT NOT NULL,
    warehouse_id INTEGER REFERENCES warehouse(id),
    active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE count_line (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES count_task(id),
    location_id INTEGER NOT NULL REFERENCES location(id),
    product_id INTEGER REFERENCES product(id),
    lot_id INTEGER REFERENCES lot(id),
    qty_counted INTEGER,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','counted','cancelled'))
);
CREATE TABLE count_policy (
    id INTEGER PRIMARY KEY,
    warehouse_id INTEGER,
    user_group TEXT,
    max_qty INTEGER NOT NULL,
    max_percent REAL NOT NULL,
    max_value_cents INTEGER NOT NULL
);
CREATE TABLE count_task (
    id INTEGER PRIMARY KEY,
    warehouse_id INTEGER NOT NULL REFERENCES warehouse(id),
    reference TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'cycle' CHECK (kind IN ('cycle','recount')),
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','in_progress','done','cancelled')),
    assigned_user_id INTEGER
);
CREATE TABLE device_exception (
    id INTEGER PRIMARY KEY,
    op_seq INTEGER REFERENCES outbox(seq),
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    created_local TEXT NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0
);
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
CREATE TABLE location (
    id INTEGER PRIMARY KEY,
    warehouse_id INTEGER NOT NULL REFERENCES warehouse(id),
    barcode TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('view','zone','bin','receiving','shipping','staging')),
    parent_id INTEGER REFERENCES location(id),
    zone TEXT,
    pick_seq INTEGER NOT NULL DEFAULT 0
, quarantine INTEGER NOT NULL DEFAULT 0);
INSERT INTO "location" VALUES(1,1,'WH1','WH1','view',NULL,NULL,0,0);
INSERT INTO "location" VALUES(2,1,'WH1-A01-01-1-01','A01-01-1-01','bin',1,'Z1',1,0);
CREATE TABLE lot (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES product(id),
    name TEXT NOT NULL,
    is_serial INTEGER NOT NULL DEFAULT 0,
    expiry TEXT,
    UNIQUE (product_id, name)
);
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO "meta" VALUES('device_id','fixture-device-0001');
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
, acked_pull INTEGER NOT NULL DEFAULT 0, session_id TEXT, session_proof TEXT);
INSERT INTO "outbox" VALUES(1,'6f1c2a52-0d1e-4d3b-9a57-3c1e5b0a9f10','pick','{"line":1,"qty":"3"}',1,'fixture-device-0001','2026-11-20T09:00:00.000Z','pending',1,0,NULL,NULL,NULL,0,NULL,NULL);
CREATE TABLE package (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    location_id INTEGER REFERENCES location(id)
);
CREATE TABLE partner (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);
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
INSERT INTO "pending_effect" VALUES(1,'quant',2,1,NULL,NULL,NULL,-3000);
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
INSERT INTO "print_job" VALUES(1,'2026-11-29T10:00:00Z',1,'pdf:/tmp/x.pdf','location','WH1-A01 x 1','pdf','{}',1,'queued',0,NULL,NULL,NULL);
CREATE TABLE product (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    uom TEXT NOT NULL DEFAULT 'pc',
    tracking TEXT NOT NULL DEFAULT 'none' CHECK (tracking IN ('none','lot','serial')),
    unit_value_cents INTEGER NOT NULL DEFAULT 0,
    home_location_id INTEGER REFERENCES location(id)
);
INSERT INTO "product" VALUES(1,'SKU-0000001','Bolt M8 zinc','pc','none',120,NULL);
CREATE TABLE product_barcode (
    code TEXT PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES product(id),
    packaging TEXT NOT NULL DEFAULT 'unit',
    qty INTEGER NOT NULL DEFAULT 1000
) WITHOUT ROWID;
INSERT INTO "product_barcode" VALUES('04012345678901',1,'unit',1000);
CREATE TABLE quant (
    id INTEGER PRIMARY KEY,
    location_id INTEGER NOT NULL REFERENCES location(id),
    product_id INTEGER NOT NULL REFERENCES product(id),
    lot_id INTEGER REFERENCES lot(id),
    package_id INTEGER REFERENCES package(id),
    qty INTEGER NOT NULL
);
INSERT INTO "quant" VALUES(1,2,1,NULL,NULL,10000);
CREATE TABLE reason_code (
    code TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('adjustment','short_pick','putaway_override','discrepancy'))
, note_required INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE sscc_range (
    id INTEGER PRIMARY KEY, -- the server's reservation id
    extension INTEGER NOT NULL CHECK (extension BETWEEN 0 AND 9),
    company_prefix TEXT NOT NULL,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    next INTEGER NOT NULL,
    CHECK (first <= last AND next >= first)
);
INSERT INTO "sscc_range" VALUES(1,0,'4012345',1000,1999,1003);
CREATE TABLE transfer (
    id INTEGER PRIMARY KEY,
    warehouse_id INTEGER NOT NULL REFERENCES warehouse(id),
    kind TEXT NOT NULL CHECK (kind IN ('receipt','pick','putaway','internal')),
    reference TEXT NOT NULL UNIQUE,
    partner_id INTEGER REFERENCES partner(id),
    origin TEXT,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','in_progress','done','cancelled')),
    scheduled TEXT,
    assigned_user_id INTEGER
);
CREATE TABLE transfer_line (
    id INTEGER PRIMARY KEY,
    transfer_id INTEGER NOT NULL REFERENCES transfer(id),
    seq INTEGER NOT NULL DEFAULT 0,
    product_id INTEGER NOT NULL REFERENCES product(id),
    lot_id INTEGER REFERENCES lot(id),
    from_location_id INTEGER REFERENCES location(id),
    to_location_id INTEGER REFERENCES location(id),
    qty_expected INTEGER NOT NULL,
    qty_done INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE user_policy (
    user_id INTEGER PRIMARY KEY,
    count_group TEXT,
    approval_limit_cents INTEGER
);
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
CREATE TABLE warehouse (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);
INSERT INTO "warehouse" VALUES(1,'WH1','Hamburg DC');
CREATE INDEX location_wh_seq ON location(warehouse_id, pick_seq);
CREATE INDEX product_barcode_product ON product_barcode(product_id);
CREATE INDEX lot_name ON lot(name);
CREATE UNIQUE INDEX quant_key ON quant(location_id, product_id, ifnull(lot_id, 0), ifnull(package_id, 0));
CREATE INDEX quant_product ON quant(product_id);
CREATE INDEX transfer_wh_kind ON transfer(warehouse_id, kind, state);
CREATE INDEX transfer_line_transfer ON transfer_line(transfer_id, seq);
CREATE INDEX count_line_task ON count_line(task_id);
CREATE INDEX outbox_state ON outbox(state, seq);
CREATE INDEX pending_effect_op ON pending_effect(op_seq);
CREATE INDEX pending_effect_quant ON pending_effect(target, location_id, product_id);
CREATE INDEX pending_effect_line ON pending_effect(target, line_id);
CREATE VIEW active_effect AS
    SELECT e.* FROM pending_effect e JOIN outbox o ON o.seq = e.op_seq WHERE o.effect_active = 1;
CREATE VIEW transfer_line_view AS
    SELECT l.*, l.qty_done + ifnull((SELECT sum(a.delta) FROM active_effect a
                                     WHERE a.target = 'transfer_line' AND a.line_id = l.id), 0) AS qty_done_view
    FROM transfer_line l;
CREATE INDEX device_exception_open ON device_exception(resolved);
CREATE INDEX user_session_user ON user_session(user_id, expires_local);
CREATE INDEX exception_state ON exception(state, id);
CREATE INDEX adjustment_state ON adjustment(state);
CREATE INDEX print_job_state ON print_job(state, id);
CREATE INDEX outbox_attach_barcode ON outbox(seq) WHERE kind = 'attach_barcode';
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('outbox',1);
INSERT INTO "sqlite_sequence" VALUES('print_job',1);
-- v5 step (as shipped)
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
-- v5 data
UPDATE warehouse SET auto_confirm = 0, lots_case_sensitive = 1 WHERE id = 1;
INSERT INTO reason_code(code, label, kind, note_required, labels) VALUES ('damaged', 'Damaged', 'adjustment', 0, '{"de":"Beschädigt"}');
INSERT INTO transfer(id, warehouse_id, kind, reference, state, scheduled, priority) VALUES (1, 1, 'pick', 'WH1/OUT/00001', 'open', '2026-11-30', 1);
COMMIT;
