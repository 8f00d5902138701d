#include "storage/postgresql/pgschema.h"

#include "feedtables.h"
#include "storage/feedscope.h"
#include "storage/postgresql/pgconnection.h"

#include <QUuid>

namespace stockhand::server::pg {

namespace {

// The schema as the SQLite backend has it at version 7, in PostgreSQL's types: INTEGER -> bigint (values,
// flags and ids alike, so that rows reach the devices as the same JSON), TEXT -> text (keys compared
// bytewise: COLLATE "C", as SQLite does), BLOB -> bytea, REAL -> double precision. An id is max(id) + 1
// when an insert gives none (the trigger below), as SQLite's INTEGER PRIMARY KEY does: every writer holds
// the feed lock, so two writers never take the same one.
constexpr const char *kV7 = R"sql(
CREATE TABLE warehouse (
    id bigint PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name text NOT NULL,
    auto_confirm bigint NOT NULL DEFAULT 1,
    lots_case_sensitive bigint NOT NULL DEFAULT 0
);
CREATE TABLE location (
    id bigint PRIMARY KEY,
    warehouse_id bigint NOT NULL REFERENCES warehouse(id),
    barcode text NOT NULL UNIQUE,
    name text NOT NULL,
    type text NOT NULL CHECK (type IN ('view','zone','bin','receiving','shipping','staging')),
    parent_id bigint REFERENCES location(id),
    zone text,
    pick_seq bigint NOT NULL DEFAULT 0,
    quarantine bigint NOT NULL DEFAULT 0
);
CREATE INDEX location_wh_seq ON location(warehouse_id, pick_seq);
CREATE TABLE product (
    id bigint PRIMARY KEY,
    sku text NOT NULL UNIQUE,
    name text NOT NULL,
    uom text NOT NULL DEFAULT 'pc',
    tracking text NOT NULL DEFAULT 'none' CHECK (tracking IN ('none','lot','serial')),
    unit_value_cents bigint NOT NULL DEFAULT 0,
    home_location_id bigint REFERENCES location(id)
);
CREATE TABLE product_barcode (
    code text COLLATE "C" PRIMARY KEY,
    product_id bigint NOT NULL REFERENCES product(id),
    packaging text NOT NULL DEFAULT 'unit',
    qty bigint NOT NULL DEFAULT 1000
);
CREATE INDEX product_barcode_product ON product_barcode(product_id);
CREATE TABLE lot (
    id bigint PRIMARY KEY,
    product_id bigint NOT NULL REFERENCES product(id),
    name text NOT NULL,
    is_serial bigint NOT NULL DEFAULT 0,
    expiry text,
    UNIQUE (product_id, name)
);
CREATE INDEX lot_name ON lot(name);
CREATE TABLE package (
    id bigint PRIMARY KEY,
    name text NOT NULL UNIQUE,
    location_id bigint REFERENCES location(id)
);
CREATE TABLE quant (
    id bigint PRIMARY KEY,
    location_id bigint NOT NULL REFERENCES location(id),
    product_id bigint NOT NULL REFERENCES product(id),
    lot_id bigint REFERENCES lot(id),
    package_id bigint REFERENCES package(id),
    qty bigint NOT NULL
);
CREATE UNIQUE INDEX quant_key ON quant(location_id, product_id, (coalesce(lot_id, 0)), (coalesce(package_id, 0)));
CREATE INDEX quant_product ON quant(product_id);
CREATE TABLE partner (
    id bigint PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE transfer (
    id bigint PRIMARY KEY,
    warehouse_id bigint NOT NULL REFERENCES warehouse(id),
    kind text NOT NULL CHECK (kind IN ('receipt','pick','putaway','internal')),
    reference text NOT NULL UNIQUE,
    partner_id bigint REFERENCES partner(id),
    origin text,
    state text NOT NULL DEFAULT 'open' CHECK (state IN ('open','in_progress','done','cancelled')),
    scheduled text,
    assigned_user_id bigint,
    priority bigint NOT NULL DEFAULT 0
);
CREATE INDEX transfer_wh_kind ON transfer(warehouse_id, kind, state);
CREATE TABLE transfer_line (
    id bigint PRIMARY KEY,
    transfer_id bigint NOT NULL REFERENCES transfer(id),
    seq bigint NOT NULL DEFAULT 0,
    product_id bigint NOT NULL REFERENCES product(id),
    lot_id bigint REFERENCES lot(id),
    from_location_id bigint REFERENCES location(id),
    to_location_id bigint REFERENCES location(id),
    qty_expected bigint NOT NULL,
    qty_done bigint NOT NULL DEFAULT 0
);
CREATE INDEX transfer_line_transfer ON transfer_line(transfer_id, seq);
CREATE TABLE count_task (
    id bigint PRIMARY KEY,
    warehouse_id bigint NOT NULL REFERENCES warehouse(id),
    reference text NOT NULL UNIQUE,
    kind text NOT NULL DEFAULT 'cycle' CHECK (kind IN ('cycle','recount')),
    state text NOT NULL DEFAULT 'open' CHECK (state IN ('open','in_progress','done','cancelled')),
    assigned_user_id bigint
);
CREATE TABLE count_line (
    id bigint PRIMARY KEY,
    task_id bigint NOT NULL REFERENCES count_task(id),
    location_id bigint NOT NULL REFERENCES location(id),
    product_id bigint REFERENCES product(id),
    lot_id bigint REFERENCES lot(id),
    qty_counted bigint,
    state text NOT NULL DEFAULT 'open' CHECK (state IN ('open','counted','cancelled'))
);
CREATE INDEX count_line_task ON count_line(task_id);
CREATE TABLE reason_code (
    code text COLLATE "C" PRIMARY KEY,
    label text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('adjustment','short_pick','putaway_override','discrepancy')),
    note_required bigint NOT NULL DEFAULT 0,
    labels text NOT NULL DEFAULT '{}'
);
CREATE TABLE adjustment (
    id bigint PRIMARY KEY,
    count_line_id bigint REFERENCES count_line(id),
    location_id bigint NOT NULL REFERENCES location(id),
    product_id bigint NOT NULL REFERENCES product(id),
    lot_id bigint REFERENCES lot(id),
    qty_book bigint NOT NULL,
    qty_counted bigint NOT NULL,
    state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','approved','rejected')),
    reason_code text REFERENCES reason_code(code),
    decided_by bigint,
    counted_by bigint,
    counted_at text
);
CREATE TABLE app_user (
    id bigint PRIMARY KEY,
    login text NOT NULL UNIQUE,
    name text NOT NULL,
    badge text NOT NULL UNIQUE,
    pin_hash bytea NOT NULL,
    pin_salt bytea NOT NULL,
    pin_iterations bigint NOT NULL,
    roles text NOT NULL,
    warehouse_id bigint REFERENCES warehouse(id),
    active bigint NOT NULL DEFAULT 1
);
CREATE TABLE server_meta (
    key text PRIMARY KEY,
    value text NOT NULL
);
CREATE TABLE device (
    id text PRIMARY KEY,
    name text NOT NULL,
    warehouse_id bigint NOT NULL REFERENCES warehouse(id),
    token_hash bytea NOT NULL UNIQUE,
    enrolled_at text NOT NULL,
    last_seen text,
    revoked_at text,
    app_version text,
    pending_ops bigint,
    oldest_pending_at text,
    last_error_code text,
    last_error_message text,
    reported_at text,
    revoked_by bigint
);
CREATE TABLE enrolment_code (
    code_hash bytea PRIMARY KEY,
    warehouse_id bigint NOT NULL REFERENCES warehouse(id),
    issued_at text NOT NULL,
    expires_at text NOT NULL,
    used_at text,
    device_id text,
    issued_by bigint,
    device_name text
);
CREATE TABLE op_log (
    id bigint PRIMARY KEY,
    uuid text NOT NULL UNIQUE,
    device_id text NOT NULL,
    device_seq bigint NOT NULL,
    user_id bigint,
    kind text NOT NULL,
    payload text NOT NULL,
    local_time text,
    received_at text NOT NULL,
    status text NOT NULL CHECK (status IN ('applied', 'rejected')),
    answer text NOT NULL,
    session_id text
);
CREATE INDEX op_log_device ON op_log(device_id, device_seq);
CREATE INDEX op_log_kind ON op_log(kind, status);
CREATE TABLE stock_move (
    id bigint PRIMARY KEY,
    op_id bigint REFERENCES op_log(id) DEFERRABLE INITIALLY DEFERRED,
    kind text NOT NULL,
    product_id bigint NOT NULL,
    lot_id bigint,
    package_id bigint,
    from_location_id bigint,
    to_location_id bigint,
    qty bigint NOT NULL CHECK (qty > 0),
    reason_code text,
    adjustment_id bigint,
    transfer_line_id bigint,
    user_id bigint,
    device_id text,
    physical_time text,
    recorded_at text NOT NULL
);
CREATE INDEX stock_move_product ON stock_move(product_id, physical_time);
CREATE INDEX stock_move_line ON stock_move(transfer_line_id) WHERE transfer_line_id IS NOT NULL;
CREATE INDEX stock_move_op ON stock_move(op_id);
CREATE TABLE exception (
    id bigint PRIMARY KEY,
    kind text NOT NULL,
    op_id bigint REFERENCES op_log(id) DEFERRABLE INITIALLY DEFERRED,
    warehouse_id bigint,
    device_id text,
    user_id bigint,
    transfer_line_id bigint,
    location_id bigint,
    product_id bigint,
    lot_id bigint,
    qty bigint,
    message text NOT NULL,
    state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
    created_at text NOT NULL,
    resolution text,
    resolution_note text,
    resolved_by bigint,
    resolved_at text,
    resolved_op_id bigint,
    count_task_id bigint
);
CREATE INDEX exception_open ON exception(warehouse_id, state);
CREATE INDEX exception_op ON exception(op_id);
-- The change feed. seq is taken under the feed lock, which every writer of the feed holds until it
-- commits (feed_lock() in each trigger): positions are in commit order (docs/server.md, "PostgreSQL").
CREATE SEQUENCE change_log_seq;
CREATE TABLE change_log (
    seq bigint PRIMARY KEY DEFAULT nextval('change_log_seq'),
    tbl text NOT NULL,
    key text COLLATE "C" NOT NULL,
    warehouse_id bigint,
    deleted bigint NOT NULL DEFAULT 0
);
ALTER SEQUENCE change_log_seq OWNED BY change_log.seq;
CREATE INDEX change_log_wh ON change_log(warehouse_id, seq);
CREATE INDEX change_log_row ON change_log(tbl, key, seq);
CREATE TABLE user_credential (
    user_id bigint PRIMARY KEY REFERENCES app_user(id),
    hash bytea NOT NULL,
    salt bytea NOT NULL,
    iterations bigint NOT NULL,
    changed_at text NOT NULL
);
CREATE TABLE sign_in_throttle (
    key text PRIMARY KEY,
    failures bigint NOT NULL,
    locked_until text
);
CREATE TABLE user_session (
    id text PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES app_user(id),
    device_id text NOT NULL,
    secret_hash bytea NOT NULL,
    issued_at text NOT NULL,
    expires_at text NOT NULL,
    device_issued_at text NOT NULL,
    revoked_at text
);
CREATE INDEX user_session_user ON user_session(user_id);
CREATE TABLE count_policy (
    id bigint PRIMARY KEY,
    warehouse_id bigint REFERENCES warehouse(id),
    user_group text,
    max_qty bigint NOT NULL,
    max_percent double precision NOT NULL,
    max_value_cents bigint NOT NULL
);
CREATE UNIQUE INDEX count_policy_scope ON count_policy((coalesce(warehouse_id, 0)), (coalesce(user_group, '')));
CREATE TABLE user_policy (
    user_id bigint PRIMARY KEY REFERENCES app_user(id),
    count_group text,
    approval_limit_cents bigint
);
CREATE TABLE sscc_range (
    id bigint PRIMARY KEY,
    device_id text NOT NULL,
    extension bigint NOT NULL CHECK (extension BETWEEN 0 AND 9),
    company_prefix text NOT NULL,
    first bigint NOT NULL,
    last bigint NOT NULL,
    issued_at text NOT NULL,
    CHECK (first <= last)
);
CREATE INDEX sscc_range_device ON sscc_range(device_id);
CREATE UNIQUE INDEX sscc_range_first ON sscc_range(company_prefix, extension, first);
CREATE TABLE odoo_map (
    tbl text NOT NULL,
    odoo_id bigint NOT NULL,
    local_id bigint NOT NULL,
    PRIMARY KEY (tbl, odoo_id)
);
CREATE UNIQUE INDEX odoo_map_local ON odoo_map(tbl, local_id);
CREATE TABLE odoo_cursor (
    model text PRIMARY KEY,
    write_date text NOT NULL,
    last_id bigint NOT NULL,
    full_at text
);
CREATE TABLE odoo_quant (
    odoo_id bigint PRIMARY KEY,
    location_id bigint NOT NULL,
    product_id bigint NOT NULL,
    lot_id bigint NOT NULL,
    qty bigint NOT NULL
);
CREATE TABLE odoo_export (
    key text PRIMARY KEY,
    kind text NOT NULL,
    local_id bigint NOT NULL,
    state text NOT NULL CHECK (state IN ('pending', 'done', 'refused')),
    attempts bigint NOT NULL DEFAULT 0,
    next_attempt_at text,
    message text,
    updated_at text NOT NULL
);
-- Long polls of every process wake when a transaction that wrote the feed commits (PgStorage::feedNotifySocket).
CREATE FUNCTION feed_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('stockhand_feed', '');
    RETURN NULL;
END $$;
CREATE TRIGGER change_log_notify AFTER INSERT ON change_log FOR EACH STATEMENT EXECUTE FUNCTION feed_notify();
CREATE FUNCTION feed_lock() RETURNS void LANGUAGE sql AS 'SELECT pg_advisory_xact_lock(1397248854)';
-- The audit trail and the log are append-only (SQLite: RAISE(ABORT), a constraint error).
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '23000';
END $$;
CREATE TRIGGER stock_move_immutable BEFORE UPDATE OR DELETE ON stock_move
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER op_log_no_update BEFORE UPDATE ON op_log FOR EACH ROW EXECUTE FUNCTION refuse_change();
-- Whoever writes a user, a supervisor's or admin's PIN verifier is blanked before any feed reads the row.
CREATE FUNCTION app_user_no_supervisor_pin() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (',' || NEW.roles || ',' LIKE '%,supervisor,%' OR ',' || NEW.roles || ',' LIKE '%,admin,%')
            AND length(NEW.pin_hash) > 0 THEN
        NEW.pin_hash := ''::bytea;
        NEW.pin_salt := ''::bytea;
        NEW.pin_iterations := 0;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER app_user_no_supervisor_pin BEFORE INSERT OR UPDATE ON app_user
    FOR EACH ROW EXECUTE FUNCTION app_user_no_supervisor_pin();
)sql";

// A warehouse of every warehouse in the feed triggers and scope terms, typed (an untyped NULL leaves the
// warehouse parameter it is compared with without a type).
constexpr const char *kNull = "NULL::bigint";

// Tables whose integer id an insert may leave to the database.
const char *const kIdTables[] = {"warehouse", "location", "product", "lot", "package", "quant", "partner", "transfer",
    "transfer_line", "count_task", "count_line", "adjustment", "app_user", "op_log", "stock_move", "exception",
    "count_policy", "sscc_range"};

std::string feedTriggers()
{
    std::string sql;
    for (const storage::FeedScope &t : storage::feedScopes()) {
        const std::string table = t.table;
        const std::string key = feedTable(table)->keyColumn;
        auto entry = [&](const std::string &row, int deleted) {
            return "        INSERT INTO change_log(tbl, key, warehouse_id, deleted) VALUES ('" + table + "', " + row
                + "." + key + "::text, " + storage::rowWarehouse(t, row, kNull) + ", " + std::to_string(deleted)
                + ");\n";
        };
        sql += "CREATE FUNCTION feed_" + table + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n";
        sql += "    PERFORM feed_lock();\n";
        sql += "    IF TG_OP = 'DELETE' THEN\n" + entry("OLD", 1) + "        RETURN NULL;\n    END IF;\n";
        if (t.scopeColumn) {
            // A row that leaves a warehouse reaches the old warehouse's devices too: as an entry there,
            // which a pull turns into a delete.
            const std::string col = t.scopeColumn;
            sql += "    IF TG_OP = 'UPDATE' AND OLD." + col + " IS DISTINCT FROM NEW." + col + " THEN\n"
                + entry("OLD", 1) + "    END IF;\n";
        }
        sql += entry("NEW", 0) + "    RETURN NULL;\nEND $$;\n";
        sql += "CREATE TRIGGER feed_" + table + " AFTER INSERT OR UPDATE OR DELETE ON " + table
            + " FOR EACH ROW EXECUTE FUNCTION feed_" + table + "();\n";
    }
    for (const char *table : kIdTables) {
        const std::string t = table;
        sql += "CREATE FUNCTION next_id_" + t + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
            + "    IF NEW.id IS NULL THEN\n        PERFORM feed_lock();\n"
            + "        NEW.id := (SELECT coalesce(max(id), 0) + 1 FROM " + t + ");\n    END IF;\n"
            + "    RETURN NEW;\nEND $$;\n";
        // Named to fire before the other BEFORE triggers of the table (PostgreSQL fires them by name).
        sql += "CREATE TRIGGER a_next_id BEFORE INSERT ON " + t + " FOR EACH ROW EXECUTE FUNCTION next_id_" + t
            + "();\n";
    }
    return sql;
}

struct Step
{
    int version;
    const char *what;
    Status (*apply)(Connection &c);
};

Status applyV7(Connection &c)
{
    SH_TRY(c.exec(kV7));
    SH_TRY(c.exec(feedTriggers()));
    return c.run("INSERT INTO server_meta(key, value) VALUES ('epoch', $1)",
        Params().add(QUuid::createUuid().toString(QUuid::WithoutBraces)));
}

// v8, as the SQLite backend's: transfer lines by product and location (the rules' putaway lookups).
Status applyV8(Connection &c)
{
    return c.exec("CREATE INDEX transfer_line_from ON transfer_line(product_id, from_location_id);\n"
                  "CREATE INDEX transfer_line_to ON transfer_line(to_location_id);");
}

// A PostgreSQL database starts at the logical version 7 (no PostgreSQL database of an older version
// exists); later versions append a step here and the SQLite backend's the same change.
constexpr Step kSteps[] = {
    {7, "the server schema of the SQLite backend's version 7, its feed triggers", applyV7},
    {8, "indexes of transfer lines by product and location (the rules' putaway lookups)", applyV8},
};
static_assert(kSteps[std::size(kSteps) - 1].version == kPgSchemaVersion);

} // namespace

Status migrate(Connection &c)
{
    Transaction tx(c);
    SH_TRY(tx.begun());
    // Two processes starting on a new database: one creates the schema, the other waits and then sees it.
    SH_TRY(c.exec("SELECT pg_advisory_xact_lock(1397248855); "
                  "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL, applied_at timestamptz "
                  "NOT NULL DEFAULT now(), what text NOT NULL)"));
    auto current = c.queryInt("SELECT coalesce(max(version), 0) FROM schema_version");
    if (!current)
        return current.error();
    if (current.value() > kPgSchemaVersion)
        return makeError("storage.too-new",
            QStringLiteral("The database has schema version %1; this server knows up to %2.")
                .arg(current.value())
                .arg(kPgSchemaVersion));
    for (const Step &s : kSteps) {
        if (s.version <= current.value())
            continue;
        SH_TRY(s.apply(c));
        SH_TRY(c.run("INSERT INTO schema_version(version, what) VALUES ($1, $2)",
            Params().add(qint64(s.version)).add(QString::fromUtf8(s.what))));
    }
    return tx.commit();
}

const char *scopeClause(const FeedTable &t)
{
    return storage::rowsOfWarehouse(t, "$1");
}

bool scopeUsesWarehouse(const FeedTable &t)
{
    return std::string_view(scopeClause(t)).find("$1") != std::string_view::npos;
}

std::string rowInScopeClause(const FeedTable &t, const char *warehouseParam)
{
    return storage::rowInScope(t, warehouseParam, kNull);
}

} // namespace stockhand::server::pg
