#include "store/worldschema.h"

namespace stockhand::store {

// Quantities are fixed-point integers in thousandths of the product's unit (see domain/quantity.h):
// sums are exact, unlike REAL.
static constexpr const char *kWorldV1 = R"sql(
CREATE TABLE warehouse (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
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
);
CREATE INDEX location_wh_seq ON location(warehouse_id, pick_seq);
CREATE TABLE product (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    uom TEXT NOT NULL DEFAULT 'pc',
    tracking TEXT NOT NULL DEFAULT 'none' CHECK (tracking IN ('none','lot','serial')),
    unit_value_cents INTEGER NOT NULL DEFAULT 0,
    home_location_id INTEGER REFERENCES location(id)
);
-- code: a GTIN in its 14-digit normal form, or any other barcode text as printed.
CREATE TABLE product_barcode (
    code TEXT PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES product(id),
    packaging TEXT NOT NULL DEFAULT 'unit',
    qty INTEGER NOT NULL DEFAULT 1000
) WITHOUT ROWID;
CREATE INDEX product_barcode_product ON product_barcode(product_id);
CREATE TABLE lot (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES product(id),
    name TEXT NOT NULL,
    is_serial INTEGER NOT NULL DEFAULT 0,
    expiry TEXT,
    UNIQUE (product_id, name)
);
CREATE INDEX lot_name ON lot(name);
CREATE TABLE package (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    location_id INTEGER REFERENCES location(id)
);
CREATE TABLE quant (
    id INTEGER PRIMARY KEY,
    location_id INTEGER NOT NULL REFERENCES location(id),
    product_id INTEGER NOT NULL REFERENCES product(id),
    lot_id INTEGER REFERENCES lot(id),
    package_id INTEGER REFERENCES package(id),
    qty INTEGER NOT NULL
);
CREATE UNIQUE INDEX quant_key ON quant(location_id, product_id, ifnull(lot_id, 0), ifnull(package_id, 0));
CREATE INDEX quant_product ON quant(product_id);
CREATE TABLE partner (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);
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
CREATE INDEX transfer_wh_kind ON transfer(warehouse_id, kind, state);
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
CREATE INDEX transfer_line_transfer ON transfer_line(transfer_id, seq);
CREATE TABLE count_task (
    id INTEGER PRIMARY KEY,
    warehouse_id INTEGER NOT NULL REFERENCES warehouse(id),
    reference TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'cycle' CHECK (kind IN ('cycle','recount')),
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','in_progress','done','cancelled')),
    assigned_user_id INTEGER
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
CREATE INDEX count_line_task ON count_line(task_id);
CREATE TABLE reason_code (
    code TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('adjustment','short_pick','putaway_override','discrepancy'))
) WITHOUT ROWID;
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
);
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
)sql";

Status createWorldSchemaV1(db::Database &db)
{
    return db.exec(kWorldV1);
}

} // namespace stockhand::store
