#include "store/devicestore.h"

#include "domain/uuid7.h"
#include "store/stockview.h"
#include "store/worldschema.h"

#include <QJsonDocument>

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

QString isoTime(const QDateTime &t)
{
    return t.toString(Qt::ISODateWithMs);
}

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
        store->m_deviceId = store->meta(QStringLiteral("device_id")).ok()
            ? store->meta(QStringLiteral("device_id")).value()
            : QString();
    return store;
}

Status DeviceStore::ensureDeviceId()
{
    auto id = meta(QStringLiteral("device_id"));
    if (!id)
        return id.error();
    if (id->isEmpty()) {
        m_deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return setMeta(QStringLiteral("device_id"), m_deviceId);
    }
    m_deviceId = *id;
    return {};
}

Result<QString> readMeta(db::Database &db, const QString &key, const QString &fallback)
{
    auto st = db.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!st)
        return st.error();
    st->bind(1, key);
    auto row = st->step();
    if (!row)
        return row.error();
    return *row ? st->text(0) : fallback;
}

Status writeMeta(db::Database &db, const QString &key, const QString &value)
{
    auto st = db.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!st)
        return st.error();
    return st->bind(1, key).bind(2, value).run();
}

Result<QString> DeviceStore::meta(const QString &key, const QString &fallback)
{
    return readMeta(*m_db, key, fallback);
}

Status DeviceStore::setMeta(const QString &key, const QString &value)
{
    return writeMeta(*m_db, key, value);
}

Result<Operation> DeviceStore::record(const OperationDraft &draft, const EffectFn &effect)
{
    Operation op;
    const QDateTime now = m_clock.now();
    op.uuid = timeOrderedUuid(now);
    op.kind = draft.kind;
    op.payload = draft.payload;
    op.userId = draft.userId;
    op.deviceId = m_deviceId;
    op.localTime = now;

    db::Transaction tx(*m_db);
    SH_TRY(tx.begun());
    {
        auto st = m_db->prepare("INSERT INTO outbox(uuid, kind, payload, user_id, device_id, local_time) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!st)
            return st.error();
        const QByteArray payload = QJsonDocument(op.payload).toJson(QJsonDocument::Compact);
        st->bind(1, op.uuid.toString(QUuid::WithoutBraces))
            .bind(2, op.kind)
            .bind(3, std::string_view(payload.constData(), size_t(payload.size())))
            .bind(4, op.userId)
            .bind(5, op.deviceId)
            .bind(6, isoTime(op.localTime));
        SH_TRY(st->run());
    }
    op.seq = m_db->lastInsertRowId();
    for (const ops::Effect &e : draft.effects)
        SH_TRY(addEffect(op.seq, e));
    if (effect)
        SH_TRY(effect(*m_db, op.seq));
    SH_TRY(tx.commit());
    return op;
}

Status DeviceStore::addEffect(qint64 opSeq, const ops::Effect &e)
{
    if (e.target == ops::Effect::Target::Quant)
        return addQuantEffect(
            opSeq, {e.quant.locationId, e.quant.productId, e.quant.lotId, e.quant.packageId, e.delta});
    return addLineEffect(opSeq, QLatin1String(ops::targetName(e.target)), e.lineId, e.delta);
}

Status DeviceStore::addQuantEffect(qint64 opSeq, const QuantEffect &e)
{
    auto st = m_db->prepare(
        "INSERT INTO pending_effect(op_seq, target, location_id, product_id, lot_id, package_id, delta) "
        "VALUES (?1, 'quant', ?2, ?3, ?4, ?5, ?6)");
    if (!st)
        return st.error();
    st->bind(1, opSeq)
        .bind(2, e.locationId)
        .bind(3, e.productId)
        .bindIdOrNull(4, e.lotId)
        .bindIdOrNull(5, e.packageId)
        .bind(6, e.delta);
    return st->run();
}

Status DeviceStore::addLineEffect(qint64 opSeq, const QString &target, qint64 lineId, Milli delta)
{
    auto st = m_db->prepare("INSERT INTO pending_effect(op_seq, target, line_id, delta) VALUES (?1, ?2, ?3, ?4)");
    if (!st)
        return st.error();
    return st->bind(1, opSeq).bind(2, target).bind(3, lineId).bind(4, delta).run();
}

Result<QList<Operation>> DeviceStore::operations(std::optional<OpState> state, int limit)
{
    auto st = m_db->prepare(
        "SELECT seq, uuid, kind, payload, user_id, device_id, local_time, state, error_code, error_message "
        "FROM outbox WHERE (?1 IS NULL OR state = ?1) ORDER BY seq LIMIT ?2");
    if (!st)
        return st.error();
    if (state)
        st->bind(1, opStateName(*state));
    st->bind(2, qint64(limit));
    QList<Operation> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        Operation op;
        op.seq = st->int64(0);
        op.uuid = QUuid::fromString(st->text(1));
        op.kind = st->text(2);
        op.payload = QJsonDocument::fromJson(st->blob(3)).object();
        op.userId = st->int64(4);
        op.deviceId = st->text(5);
        op.localTime = QDateTime::fromString(st->text(6), Qt::ISODateWithMs);
        op.state = opStateFromName(st->text(7)).value_or(OpState::Pending);
        op.errorCode = st->text(8);
        op.errorMessage = st->text(9);
        out.append(std::move(op));
    }
    return out;
}

Result<qint64> DeviceStore::pendingCount()
{
    return m_db->queryInt("SELECT count(*) FROM outbox WHERE state = 'pending'");
}

Result<qint64> DeviceStore::purgeAcknowledged(int keepDays, int keepAtLeast)
{
    auto st = m_db->prepare("DELETE FROM outbox WHERE state IN ('applied', 'duplicate') AND effect_active = 0 "
                            "AND local_time < ?1 AND seq < (SELECT ifnull(min(seq), 0) FROM (SELECT seq FROM outbox "
                            "WHERE state IN ('applied', 'duplicate') ORDER BY seq DESC LIMIT ?2))");
    if (!st)
        return st.error();
    st->bind(1, isoTime(m_clock.now().addDays(-keepDays))).bind(2, qint64(keepAtLeast));
    SH_TRY(st->run());
    return qint64(m_db->changes());
}

Result<Milli> DeviceStore::quantOnHand(qint64 locationId, qint64 productId, qint64 lotId, qint64 packageId)
{
    return store::quantOnHand(*m_db, locationId, productId, lotId, packageId);
}

} // namespace stockhand::store
