#include "store/meta.h"

#include "clock.h"

namespace stockhand::store {

const char *metaKeyName(MetaKey key)
{
    switch (key) {
    case MetaKey::DeviceId:
        return "device_id";
    case MetaKey::ServerUrl:
        return "server_url";
    case MetaKey::DeviceToken:
        return "device_token";
    case MetaKey::ServerCaPem:
        return "server_ca_pem";
    case MetaKey::ServerDeviceId:
        return "server_device_id";
    case MetaKey::WarehouseId:
        return "warehouse_id";
    case MetaKey::Epoch:
        return "epoch";
    case MetaKey::Cursor:
        return "cursor";
    case MetaKey::SnapshotNext:
        return "snapshot_next";
    case MetaKey::SnapshotEpoch:
        return "snapshot_epoch";
    case MetaKey::SnapshotCursor:
        return "snapshot_cursor";
    case MetaKey::SnapshotTotal:
        return "snapshot_total";
    case MetaKey::SnapshotRows:
        return "snapshot_rows";
    case MetaKey::PullGen:
        return "pull_gen";
    case MetaKey::LastSync:
        return "last_sync";
    case MetaKey::FleetList:
        return "fleet_list";
    case MetaKey::FleetFetchedAt:
        return "fleet_fetched_at";
    case MetaKey::Profile:
        return "profile";
    case MetaKey::KpiFigures:
        return "kpi_figures";
    case MetaKey::StationMinShelfLifeDays:
        return "station_min_shelf_life_days";
    }
    return "";
}

Result<QString> Meta::text(MetaKey key, const QString &fallback) const
{
    auto st = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!st)
        return st.error();
    st->bind(1, metaKeyName(key));
    auto row = st->step();
    if (!row)
        return row.error();
    return *row ? st->text(0) : fallback;
}

Result<qint64> Meta::integer(MetaKey key, qint64 fallback) const
{
    auto t = text(key);
    if (!t)
        return t.error();
    bool ok = false;
    const qint64 v = t->toLongLong(&ok);
    return ok ? v : fallback;
}

Result<QDateTime> Meta::time(MetaKey key) const
{
    auto t = text(key);
    if (!t)
        return t.error();
    return t->isEmpty() ? QDateTime() : QDateTime::fromString(*t, Qt::ISODateWithMs);
}

Status Meta::set(MetaKey key, const QString &value)
{
    auto st = m_db.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!st)
        return st.error();
    return st->bind(1, metaKeyName(key)).bind(2, value).run();
}

Status Meta::set(MetaKey key, qint64 value)
{
    return set(key, QString::number(value));
}

Status Meta::set(MetaKey key, const QDateTime &value)
{
    return set(key, utcTime(value));
}

Status Meta::remove(std::initializer_list<MetaKey> keys)
{
    auto st = m_db.prepare("DELETE FROM meta WHERE key = ?1");
    if (!st)
        return st.error();
    for (MetaKey key : keys) {
        st->reset();
        SH_TRY(st->bind(1, metaKeyName(key)).run());
    }
    return {};
}

Result<PullState> loadPullState(db::Database &db)
{
    const Meta meta(db);
    PullState s;
    auto epoch = meta.text(MetaKey::Epoch);
    auto cursor = meta.integer(MetaKey::Cursor);
    auto next = meta.text(MetaKey::SnapshotNext);
    auto gen = meta.integer(MetaKey::PullGen);
    for (const Status &r : {Status::from(epoch), Status::from(cursor), Status::from(next), Status::from(gen)})
        SH_TRY(r);
    s.epoch = *epoch;
    s.cursor = *cursor;
    s.snapshotNext = *next;
    s.pullGen = *gen;
    return s;
}

Result<PullState> beginPull(db::Database &db)
{
    auto s = loadPullState(db);
    if (!s)
        return s;
    ++s->pullGen;
    SH_TRY(Meta(db).set(MetaKey::PullGen, s->pullGen));
    return s;
}

Status forgetPullPosition(db::Database &db)
{
    return Meta(db).remove({MetaKey::Epoch, MetaKey::SnapshotNext, MetaKey::SnapshotEpoch, MetaKey::SnapshotCursor,
        MetaKey::SnapshotTotal, MetaKey::SnapshotRows});
}

Status saveEnrolment(db::Database &db, const Enrolment &e)
{
    Meta meta(db);
    db::Transaction tx(db);
    SH_TRY(tx.begun());
    SH_TRY(meta.set(MetaKey::DeviceToken, e.token));
    SH_TRY(meta.set(MetaKey::ServerDeviceId, e.serverDeviceId));
    SH_TRY(meta.set(MetaKey::WarehouseId, e.warehouseId));
    return tx.commit();
}

} // namespace stockhand::store
