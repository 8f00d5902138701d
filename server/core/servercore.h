// The authority of a site, without sockets: answers protocol requests (docs/sync-protocol.md) on top of
// a storage::Storage backend. The stockhand-server executable and the tests both drive this class.
#pragma once

#include "clock.h"
#include "config.h"
#include "db/database.h"
#include "devices.h"
#include "protocol.h"
#include "storage/sqlite/sqlitestorage.h"

#include <memory>

namespace stockhand::server {

class ServerCore
{
public:
    // The embedded backend: the SQLite file at path (created or migrated).
    static Result<std::unique_ptr<ServerCore>> open(
        const QString &path, const Clock &clock, CoreConfig config = {}, db::OpenOptions options = {});

    Response handle(const Request &request);
    // The answer to a parked long poll once it wakes (changed or timed out).
    Response notifyAnswer(const Wait &wait);
    // The same with the warehouse's feed position already known (one read per warehouse for many polls).
    Response notifyAnswer(const Wait &wait, qint64 warehouseCursor) const;
    Result<qint64> warehouseCursor(qint64 warehouseId);

    storage::Storage &storage() { return *m_storage; }
    // The embedded backend's database, for its admin tools (import, seed, users) and for tests.
    db::Database &db() { return m_sqlite->database(); }
    const Clock &clock() const { return m_clock; }
    const CoreConfig &config() const { return m_config; }
    Devices devices() { return Devices(m_storage->devices(), m_clock); }
    QString epoch() const { return m_epoch; }
    // A new epoch: after restoring a backup, so that every device resyncs (keeping its pending operations).
    Status rotateEpoch();

private:
    ServerCore(std::unique_ptr<storage::SqliteStorage> storage, const Clock &clock, CoreConfig config);
    Response route(const Request &request, const QByteArray &body);
    Response authenticated(const Request &request, const QByteArray &body);
    Response enrol(const QByteArray &body);

    storage::SqliteStorage *m_sqlite;
    std::unique_ptr<storage::Storage> m_storage;
    const Clock &m_clock;
    CoreConfig m_config;
    QString m_epoch;
};

} // namespace stockhand::server
