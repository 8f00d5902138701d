#include "serverschema.h"

#include "odoostore.h"
#include "storage/feedscope.h"

#include "store/worldschema.h"

#include <QUuid>

#include <string>

namespace stockhand::server {

namespace {

constexpr const char *kServerV1 = R"sql(
CREATE TABLE server_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE device (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    warehouse_id INTEGER NOT NULL REFERENCES warehouse(id),
    token_hash BLOB NOT NULL UNIQUE,
    enrolled_at TEXT NOT NULL,
    last_seen TEXT,
    revoked_at TEXT
) WITHOUT ROWID;
CREATE TABLE enrolment_code (
    code_hash BLOB PRIMARY KEY,
    warehouse_id INTEGER NOT NULL REFERENCES warehouse(id),
    issued_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    device_id TEXT
) WITHOUT ROWID;
-- Every operation a device pushed, applied or rejected, with the answer it got: a retry gets the same answer.
CREATE TABLE op_log (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    device_id TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    user_id INTEGER,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    local_time TEXT,
    received_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('applied', 'rejected')),
    answer TEXT NOT NULL
);
CREATE INDEX op_log_device ON op_log(device_id, device_seq);
-- The audit trail: every change of stock, never updated, never deleted.
CREATE TABLE stock_move (
    id INTEGER PRIMARY KEY,
    op_id INTEGER REFERENCES op_log(id) DEFERRABLE INITIALLY DEFERRED, -- the log row follows in the same transaction
    kind TEXT NOT NULL,
    product_id INTEGER NOT NULL,
    lot_id INTEGER,
    package_id INTEGER,
    from_location_id INTEGER,
    to_location_id INTEGER,
    qty INTEGER NOT NULL CHECK (qty > 0),
    reason_code TEXT,
    adjustment_id INTEGER,
    transfer_line_id INTEGER,
    user_id INTEGER,
    device_id TEXT,
    physical_time TEXT,
    recorded_at TEXT NOT NULL
);
CREATE INDEX stock_move_product ON stock_move(product_id, physical_time);
CREATE INDEX stock_move_line ON stock_move(transfer_line_id) WHERE transfer_line_id IS NOT NULL;
-- Also what lets SQLite resolve the deferred op_id reference when the op_log row arrives (no table scan).
CREATE INDEX stock_move_op ON stock_move(op_id);
CREATE TRIGGER stock_move_no_update BEFORE UPDATE ON stock_move BEGIN
    SELECT RAISE(ABORT, 'stock moves are immutable');
END;
CREATE TRIGGER stock_move_no_delete BEFORE DELETE ON stock_move BEGIN
    SELECT RAISE(ABORT, 'stock moves are immutable');
END;
CREATE TRIGGER op_log_no_update BEFORE UPDATE ON op_log BEGIN
    SELECT RAISE(ABORT, 'the operation log is append-only');
END;
-- Conflicts between the floor and the books, for a supervisor.
CREATE TABLE exception (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    op_id INTEGER REFERENCES op_log(id) DEFERRABLE INITIALLY DEFERRED, -- the log row follows in the same transaction
    warehouse_id INTEGER,
    device_id TEXT,
    user_id INTEGER,
    transfer_line_id INTEGER,
    location_id INTEGER,
    product_id INTEGER,
    lot_id INTEGER,
    qty INTEGER,
    message TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
    created_at TEXT NOT NULL
);
CREATE INDEX exception_open ON exception(warehouse_id, state);
CREATE INDEX exception_op ON exception(op_id);
-- The change feed: one entry per change of a world row, appended by triggers. A pull reads the rows as
-- they are now, so older entries of the same row only repeat it; compactFeed() deletes them (always safe:
-- the newest entry of a row stays, and the newest entry of the feed is never deleted, so seq never repeats).
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    key NOT NULL,
    warehouse_id INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX change_log_wh ON change_log(warehouse_id, seq);
)sql";

// v2: supervisor authority (docs/security.md). Supervisors' and admins' PIN verifiers leave the database
// (and, through the feed, every device) and may never come back; their passwords, the sign-in throttle and
// the user sessions live in server-only tables. Count policies and approval limits, and the exceptions'
// resolutions, are replicated to the devices of their warehouse.
constexpr const char *kServerV2 = R"sql(
CREATE TABLE user_credential (
    user_id INTEGER PRIMARY KEY REFERENCES app_user(id),
    hash BLOB NOT NULL,
    salt BLOB NOT NULL,
    iterations INTEGER NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE TABLE sign_in_throttle (
    key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    locked_until TEXT
) WITHOUT ROWID;
CREATE TABLE user_session (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES app_user(id),
    device_id TEXT NOT NULL,
    secret_hash BLOB NOT NULL,
    issued_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    device_issued_at TEXT NOT NULL,
    revoked_at TEXT
) WITHOUT ROWID;
CREATE INDEX user_session_user ON user_session(user_id);
ALTER TABLE op_log ADD COLUMN session_id TEXT;
ALTER TABLE exception ADD COLUMN resolution TEXT;
ALTER TABLE exception ADD COLUMN resolution_note TEXT;
ALTER TABLE exception ADD COLUMN resolved_by INTEGER;
ALTER TABLE exception ADD COLUMN resolved_at TEXT;
ALTER TABLE exception ADD COLUMN resolved_op_id INTEGER;
ALTER TABLE exception ADD COLUMN count_task_id INTEGER;
-- Auto-approve thresholds of a count per warehouse (NULL = every warehouse) and counting-user group
-- (NULL = every group); -1 = that threshold is off. The most specific row wins (Ledger::countPolicy).
CREATE TABLE count_policy (
    id INTEGER PRIMARY KEY,
    warehouse_id INTEGER REFERENCES warehouse(id),
    user_group TEXT,
    max_qty INTEGER NOT NULL,
    max_percent REAL NOT NULL,
    max_value_cents INTEGER NOT NULL
);
CREATE UNIQUE INDEX count_policy_scope ON count_policy(ifnull(warehouse_id, 0), ifnull(user_group, ''));
-- A user's counting group and approval limit (variance value in cents; NULL = no limit).
CREATE TABLE user_policy (
    user_id INTEGER PRIMARY KEY REFERENCES app_user(id),
    count_group TEXT,
    approval_limit_cents INTEGER
);
UPDATE app_user SET pin_hash = X'', pin_salt = X'', pin_iterations = 0
    WHERE (',' || roles || ',' LIKE '%,supervisor,%' OR ',' || roles || ',' LIKE '%,admin,%') AND length(pin_hash) > 0;
-- Whoever writes a user (seed, import, an admin tool, a future one), a supervisor's or admin's PIN
-- verifier is blanked in the same statement, before any feed reads the row.
CREATE TRIGGER app_user_no_supervisor_pin_ins AFTER INSERT ON app_user
    WHEN (',' || NEW.roles || ',' LIKE '%,supervisor,%' OR ',' || NEW.roles || ',' LIKE '%,admin,%')
        AND length(NEW.pin_hash) > 0 BEGIN
    UPDATE app_user SET pin_hash = X'', pin_salt = X'', pin_iterations = 0 WHERE id = NEW.id;
END;
CREATE TRIGGER app_user_no_supervisor_pin_upd AFTER UPDATE ON app_user
    WHEN (',' || NEW.roles || ',' LIKE '%,supervisor,%' OR ',' || NEW.roles || ',' LIKE '%,admin,%')
        AND length(NEW.pin_hash) > 0 BEGIN
    UPDATE app_user SET pin_hash = X'', pin_salt = X'', pin_iterations = 0 WHERE id = NEW.id;
END;
-- Exceptions raised before this version reach the devices too.
INSERT INTO change_log(tbl, key, warehouse_id) SELECT 'exception', id, warehouse_id FROM exception;
)sql";

// v4: what devices report when they sync (docs/sync-protocol.md, "Device report") and who revoked a
// device or issued an enrolment code (the fleet page, docs/operations.md). Device rows are not replicated.
constexpr const char *kServerV4 = R"sql(
ALTER TABLE device ADD COLUMN app_version TEXT;
ALTER TABLE device ADD COLUMN pending_ops INTEGER;
ALTER TABLE device ADD COLUMN oldest_pending_at TEXT;
ALTER TABLE device ADD COLUMN last_error_code TEXT;
ALTER TABLE device ADD COLUMN last_error_message TEXT;
ALTER TABLE device ADD COLUMN reported_at TEXT;
ALTER TABLE device ADD COLUMN revoked_by INTEGER;
ALTER TABLE enrolment_code ADD COLUMN issued_by INTEGER;
ALTER TABLE enrolment_code ADD COLUMN device_name TEXT;
)sql";

// v5: the receiving station and labels (docs/labels.md): quarantine locations (replicated), the SSCC
// serial-reference ranges reserved for each device (never reused: a range's numbers stay reserved after
// the device is revoked). The site's GS1 Company Prefix is a server setting (docs/server.md).
constexpr const char *kServerV5 = R"sql(
ALTER TABLE location ADD COLUMN quarantine INTEGER NOT NULL DEFAULT 0;
CREATE TABLE sscc_range (
    id INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL,
    extension INTEGER NOT NULL CHECK (extension BETWEEN 0 AND 9),
    company_prefix TEXT NOT NULL,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    issued_at TEXT NOT NULL,
    CHECK (first <= last)
);
CREATE INDEX sscc_range_device ON sscc_range(device_id);
CREATE UNIQUE INDEX sscc_range_first ON sscc_range(company_prefix, extension, first);
)sql";

// v6: the floor-ready handheld (replicated, device schema v5): a site's floor settings on its warehouse
// (`stockhand-server site`), a transfer's priority, a reason's label in other languages (JSON).
constexpr const char *kServerV6 = R"sql(
ALTER TABLE warehouse ADD COLUMN auto_confirm INTEGER NOT NULL DEFAULT 1;
ALTER TABLE warehouse ADD COLUMN lots_case_sensitive INTEGER NOT NULL DEFAULT 0;
ALTER TABLE transfer ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reason_code ADD COLUMN labels TEXT NOT NULL DEFAULT '{}';
)sql";

// The feed triggers of schema version 1: the first of storage::feedScopes(), the others came with version 2.
constexpr size_t kV1Triggers = 15;

// v3: what the supervisor console shows and the reason policy the server enforces: who counted an
// adjustment and when (the count's local time), and which reasons need a note with a decision.
constexpr const char *kServerV3 = R"sql(
ALTER TABLE adjustment ADD COLUMN counted_by INTEGER;
ALTER TABLE adjustment ADD COLUMN counted_at TEXT;
ALTER TABLE reason_code ADD COLUMN note_required INTEGER NOT NULL DEFAULT 0;
)sql"; // the tables of v1 come first

std::string feedTriggers(size_t from, size_t to)
{
    std::string sql;
    for (size_t i = from; i < to; ++i) {
        const storage::FeedScope &t = storage::feedScopes()[i];
        const std::string table = t.table;
        const std::string key = feedTable(table)->keyColumn;
        auto one = [&](const char *event, const char *suffix, const std::string &row, int deleted) {
            sql += "CREATE TRIGGER feed_" + table + "_" + suffix + " AFTER " + event + " ON " + table + " BEGIN\n";
            // A plain INSERT: no conflict clause that an UPSERT firing the trigger could override, and
            // the cheapest write (an append to two b-trees).
            sql += "    INSERT INTO change_log(tbl, key, warehouse_id, deleted) VALUES ('" + table + "', " + row + "."
                + key + ", " + storage::rowWarehouse(t, row, "NULL") + ", " + std::to_string(deleted) + ");\nEND;\n";
        };
        one("INSERT", "ins", "NEW", 0);
        one("UPDATE", "upd", "NEW", 0);
        one("DELETE", "del", "OLD", 1);
        if (t.scopeColumn) {
            // A row that leaves a warehouse (a user re-assigned, a line moved to another transfer) must
            // reach the old warehouse's devices too: as an entry there, which a pull turns into a delete.
            const std::string col = t.scopeColumn;
            sql += "CREATE TRIGGER feed_" + table + "_out AFTER UPDATE OF " + col + " ON " + table + " WHEN OLD." + col
                + " IS NOT NEW." + col + " BEGIN\n";
            sql += "    INSERT INTO change_log(tbl, key, warehouse_id, deleted) VALUES ('" + table + "', OLD." + key
                + ", " + storage::rowWarehouse(t, "OLD", "NULL") + ", 1);\nEND;\n";
        }
    }
    return sql;
}

// v8: the rules' lookups of transfer lines by location and product. Every move asks whether it does an open
// putaway's work (openPutawayLine) and a putaway suggestion skips bins that open putaways fill; without
// these both scanned every transfer line (a millisecond per move at the demo's 6,000 lines).
constexpr const char *kServerV8 = R"sql(
CREATE INDEX transfer_line_from ON transfer_line(product_id, from_location_id);
CREATE INDEX transfer_line_to ON transfer_line(to_location_id);
)sql";

Status applyV1(db::Database &db)
{
    SH_TRY(store::createWorldSchemaV1(db));
    SH_TRY(db.exec(kServerV1));
    SH_TRY(db.exec(feedTriggers(0, kV1Triggers)));
    auto st = db.prepare("INSERT INTO server_meta(key, value) VALUES ('epoch', ?1)");
    if (!st)
        return st.error();
    return st->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).run();
}

Status applyV2(db::Database &db)
{
    SH_TRY(db.exec(kServerV2));
    return db.exec(feedTriggers(kV1Triggers, storage::feedScopes().size()));
}

} // namespace

std::string rowInScopeClause(const FeedTable &t, const char *warehouseParam)
{
    return storage::rowInScope(t, warehouseParam, "NULL");
}

const db::SchemaDescription &serverSchema()
{
    static const db::SchemaDescription schema {kServerDbApplicationId, "server database",
        {
            {1, "world tables, operation log, stock moves, exceptions, devices, change feed", applyV1},
            {2, "passwords, user sessions, count policies, approval limits, exception resolutions", applyV2},
            {3, "who counted an adjustment and when; reasons that need a note",
                [](db::Database &db) { return db.exec(kServerV3); }},
            {4, "device reports (app version, pending operations, last error), who revoked or issued",
                [](db::Database &db) { return db.exec(kServerV4); }},
            {5, "quarantine locations, SSCC ranges per device", [](db::Database &db) { return db.exec(kServerV5); }},
            {6, "site floor settings, transfer priority, reason labels per language",
                [](db::Database &db) { return db.exec(kServerV6); }},
            {7, "the Odoo connector: id mapping, import cursors, quantities last imported, export log",
                applyOdooSchema},
            {8, "indexes of transfer lines by product and location (the rules' putaway lookups)",
                [](db::Database &db) { return db.exec(kServerV8); }},
        }};
    return schema;
}

const char *feedScopeClause(const FeedTable &t)
{
    return storage::rowsOfWarehouse(t, "?1");
}

} // namespace stockhand::server
