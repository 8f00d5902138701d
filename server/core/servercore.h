// The authority of a site, without sockets: answers protocol requests (docs/sync-protocol.md) on top of
// a storage::Storage backend. The stockhand-server executable and the tests both drive this class; the
// embedded SQLite backend opens one on a file (storage/sqlite/embeddedserver.h).
#pragma once

#include "clock.h"
#include "config.h"
#include "devices.h"
#include "feed.h"
#include "fleet.h"
#include "protocol.h"
#include "push.h"
#include "snapshotfiles.h"
#include "storage/storage.h"
#include "usersessions.h"

#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace stockhand::server {

// An endpoint as the path names it: the method it takes and whether a device token is needed. The HTTP
// front end refuses by this table before it reads a body; ServerCore routes by it.
struct Endpoint
{
    QByteArray method; // "GET" or "POST"
    bool device = true; // needs Authorization: Bearer <device token>
};
// Empty when no endpoint has this path (404 request.not-found).
std::optional<Endpoint> endpointOf(const QString &path);

class ServerCore
{
public:
    // A core over the backend (reads its epoch).
    static Result<std::unique_ptr<ServerCore>> create(
        std::unique_ptr<storage::Storage> storage, const Clock &clock, CoreConfig config = {});
    virtual ~ServerCore() = default;

    Response handle(const Request &request);
    // The answer to a parked long poll once it wakes (changed or timed out).
    Response notifyAnswer(const Wait &wait);
    // The same with the warehouse's feed position already known (one read per warehouse for many polls).
    Response notifyAnswer(const Wait &wait, qint64 warehouseCursor) const;
    Result<qint64> warehouseCursor(qint64 warehouseId);

    storage::Storage &storage() { return *m_storage; }
    const Clock &clock() const { return m_clock; }
    const CoreConfig &config() const { return m_config; }
    Devices devices() { return Devices(m_storage->devices(), m_clock); }
    UserSessions userSessions() { return UserSessions(m_storage->auth(), m_clock, m_config); }
    QString epoch() const { return m_epoch; }
    // Who sent this request of supervisor authority, proven (UserSessions::verifyRequest): endpoints of the
    // fleet, the KPIs and enrolment codes call it after the device is authenticated.
    Result<ProvenUser> supervisorRequest(
        const Device &device, const Request &request, const QByteArray &body, const QStringList &roles)
    {
        return userSessions().verifyRequest(
            device, request.method, request.path, request.query, body, request.userSession, roles);
    }
    // Keeps the X-Stockhand-Device-Report of an authenticated request (the front end calls it for the
    // pages it hands to reader threads; handle() does it for every other request).
    void recordDeviceReport(const Request &request);
    // Where devices reach this server and the CA they pin: what enrolment codes carry (the front end sets it).
    void setPublicEndpoint(const PublicEndpoint &endpoint) { m_endpoint = endpoint; }
    const PublicEndpoint &publicEndpoint() const { return m_endpoint; }
    // The feed's caches of this core (null when the config has none); reader threads' cores share the main
    // core's (ReaderPool).
    std::shared_ptr<FeedCaches> feedCaches() const { return m_feedCaches; }
    void shareFeedCaches(std::shared_ptr<FeedCaches> caches) { m_feedCaches = std::move(caches); }
    // The snapshot files of this server (made on first use, docs/server.md "Snapshot files").
    SnapshotFiles &snapshotFiles();
    // An endpoint of supervisor authority served outside the rules (the Odoo connector's /v1/odoo/retry,
    // docs/odoo.md): its path is in endpointOf's table; the caller is proven (supervisorRequest with one of
    // `roles`) before the handler runs. Without a handler the path answers 404.
    using SupervisorHandler = std::function<Response(const Device &, const ProvenUser &, const QByteArray &body)>;
    void setSupervisorEndpoint(const QString &path, QStringList roles, SupervisorHandler handler);
    // A new epoch: after restoring a backup, so that every device resyncs (keeping its pending operations).
    Status rotateEpoch();
    // Group commit (push.h): between these two, every push handle() answers shares one transaction; its
    // answer stands only once commitPushGroup() succeeded — otherwise each push of the group gets the
    // returned failure instead. The front end opens a group for the pushes waiting at one moment, after
    // recording their device reports (a push in a group writes nothing outside it).
    void beginPushGroup();
    Status commitPushGroup();

protected:
    ServerCore(std::unique_ptr<storage::Storage> storage, const Clock &clock, CoreConfig config);
    // Reads the epoch (again: another process may have rotated it); every answer that names it does first.
    Status readEpoch();

private:
    Response route(const Request &request, const QByteArray &body);
    Response authenticated(const Request &request, const QByteArray &body);
    Response enrol(const QByteArray &body);
    Response signIn(const Device &device, const QByteArray &body);
    Response signOut(const Device &device, const QByteArray &body);
    Response fleet(const Device &device, const Request &request, const QByteArray &body);
    Response extension(const Device &device, const Request &request, const QByteArray &body);
    void recordDeviceReport(const Device &device, const QByteArray &header);

    std::unique_ptr<storage::Storage> m_storage;
    const Clock &m_clock;
    CoreConfig m_config;
    QString m_epoch;
    PublicEndpoint m_endpoint;
    struct Extension
    {
        QStringList roles;
        SupervisorHandler handler;
    };
    QHash<QString, Extension> m_extensions;
    std::shared_ptr<FeedCaches> m_feedCaches;
    std::unique_ptr<SnapshotFiles> m_snapshotFiles; // after m_storage: its builds end before the storage closes
    std::unique_ptr<PushGroup> m_pushGroup; // open between beginPushGroup() and commitPushGroup()
};

} // namespace stockhand::server
