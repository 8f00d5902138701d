// The device's `meta` table: one typed key per setting, read and written only through this file (there
// are no free-string keys: a misspelt key is a compile error, not a setting nobody reads).
#pragma once

#include "db/database.h"

#include <QDateTime>

#include <initializer_list>

namespace stockhand::store {

enum class MetaKey {
    DeviceId, // this device's own id, made on first open
    ServerUrl, // the sync server
    DeviceToken, // the bearer token from enrolment (never logged)
    ServerCaPem, // extra certificate authorities for the server (PEM)
    ServerDeviceId, // the id the server gave this device at enrolment
    WarehouseId, // the warehouse this device is enrolled for
    Epoch, // the server epoch the replica follows ("" = no complete snapshot yet)
    Cursor, // the feed position after the last applied changes page
    SnapshotNext, // where the interrupted snapshot resumes ("" = start a new one)
    SnapshotEpoch, // the epoch of the snapshot being taken
    SnapshotCursor, // the feed cursor the snapshot being taken was cut at
    SnapshotTotal, // rows in the snapshot being taken
    SnapshotRows, // rows of it applied so far
    PullGen, // pulls started so far: an acknowledged operation is in the replica after a later pull
    LastSync, // when the last sync completed (device clock)
    Profile, // the window this device opens with: handheld (default) or desktop (stockhand --profile)
    KpiFigures, // the last KPI answer the console got, with whom and when (core/store/kpicache.h)
    FleetList, // the console's last fleet list from the server (GET /v1/fleet's JSON), shown offline
    FleetFetchedAt, // when it was fetched (device clock)
    StationMinShelfLifeDays, // receiving station: an expiry closer than this many days is "expiry too short"
};

// The key as stored ("device_id", "last_sync", ...).
const char *metaKeyName(MetaKey key);

// Typed access to the meta table on any connection to the device store (the sync worker has its own).
// Every setter works inside or outside the caller's transaction.
class Meta
{
public:
    explicit Meta(db::Database &db)
        : m_db(db)
    { }

    Result<QString> text(MetaKey key, const QString &fallback = QString()) const;
    Result<qint64> integer(MetaKey key, qint64 fallback = 0) const;
    Result<QDateTime> time(MetaKey key) const; // invalid when unset

    Status set(MetaKey key, const QString &value);
    Status set(MetaKey key, qint64 value);
    Status set(MetaKey key, const QDateTime &value);
    Status remove(std::initializer_list<MetaKey> keys);

private:
    db::Database &m_db;
};

// What enrolment gives a device, kept in one transaction: its token (never logged), the server's id for it
// and its warehouse.
struct Enrolment
{
    QString token;
    QString serverDeviceId;
    qint64 warehouseId = 0;
};
Status saveEnrolment(db::Database &db, const Enrolment &e);

// Where the replica stands in the server's feed, as one value (it lives only in `meta`).
struct PullState
{
    QString epoch; // "" = no complete snapshot: the next pull takes (or resumes) one
    qint64 cursor = 0; // changes: continue after this position
    QString snapshotNext; // snapshot: resume from here ("" = from the start)
    qint64 pullGen = 0;

    bool needsSnapshot() const { return epoch.isEmpty(); }
};

Result<PullState> loadPullState(db::Database &db);
// Starts a pull: counts it (pull_gen + 1) and returns the state to pull from.
Result<PullState> beginPull(db::Database &db);
// The server's epoch changed: forget the replica's position (and any snapshot in progress) so that the next
// pull takes a new snapshot. The replica's rows stay until its first page arrives.
Status forgetPullPosition(db::Database &db);

} // namespace stockhand::store
