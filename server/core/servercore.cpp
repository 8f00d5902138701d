#include "servercore.h"

#include "errors.h"
#include "feed.h"
#include "gzip.h"
#include "kpis.h"
#include "push.h"
#include "snapshotfiles.h"
#include "sscc.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

namespace stockhand::server {

std::optional<Endpoint> endpointOf(const QString &path)
{
    static const QHash<QString, Endpoint> endpoints = {
        {QStringLiteral("/health"), {"GET", false}},
        {QStringLiteral("/v1/enrol"), {"POST", false}},
        {QStringLiteral("/v1/session"), {"GET", true}},
        {QStringLiteral("/v1/push"), {"POST", true}},
        {QStringLiteral("/v1/snapshot"), {"GET", true}},
        {QStringLiteral("/v1/changes"), {"GET", true}},
        {QStringLiteral("/v1/snapshot-file"), {"GET", true}},
        {QStringLiteral("/v1/snapshot-file/data"), {"GET", true}},
        {QStringLiteral("/v1/notify"), {"GET", true}},
        {QStringLiteral("/v1/user-session"), {"POST", true}},
        {QStringLiteral("/v1/user-session/revoke"), {"POST", true}},
        {QStringLiteral("/v1/kpis"), {"GET", true}},
        {QStringLiteral("/v1/fleet"), {"GET", true}},
        {QStringLiteral("/v1/fleet/revoke"), {"POST", true}},
        {QStringLiteral("/v1/fleet/enrolment-code"), {"POST", true}},
        {QStringLiteral("/v1/sscc-ranges"), {"POST", true}},
        {QStringLiteral("/v1/odoo/retry"), {"POST", true}},
    };
    const auto it = endpoints.constFind(path);
    if (it == endpoints.cend())
        return std::nullopt;
    return it.value();
}

ServerCore::ServerCore(std::unique_ptr<storage::Storage> storage, const Clock &clock, CoreConfig config)
    : m_storage(std::move(storage))
    , m_clock(clock)
    , m_config(config)
    , m_feedCaches(config.feedCacheRows > 0 ? std::make_shared<FeedCaches>(config.feedCacheRows) : nullptr)
{ }

Result<std::unique_ptr<ServerCore>> ServerCore::create(
    std::unique_ptr<storage::Storage> storage, const Clock &clock, CoreConfig config)
{
    std::unique_ptr<ServerCore> core(new ServerCore(std::move(storage), clock, config));
    SH_TRY(core->readEpoch());
    return core;
}

Status ServerCore::readEpoch()
{
    auto epoch = m_storage->epoch();
    if (!epoch)
        return epoch.error();
    m_epoch = epoch.value();
    return {};
}

SnapshotFiles &ServerCore::snapshotFiles()
{
    // Made on first use: the reader threads' cores never answer these requests, and making it clears the
    // directory of files an earlier process left.
    if (!m_snapshotFiles)
        m_snapshotFiles = std::make_unique<SnapshotFiles>(*m_storage, m_clock, m_config.snapshotFiles);
    return *m_snapshotFiles;
}

Status ServerCore::rotateEpoch()
{
    const QString epoch = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SH_TRY(m_storage->setEpoch(epoch));
    m_epoch = epoch;
    return {};
}

Response ServerCore::handle(const Request &request)
{
    if (request.body.size() > m_config.maxBodyBytes)
        return errorResponse(makeError(
            "request.too-large", QStringLiteral("The body is larger than %1 bytes.").arg(m_config.maxBodyBytes)));
    QByteArray body = request.body;
    const QByteArray encoding = request.contentEncoding.trimmed().toLower();
    if (encoding == "gzip") {
        auto inflated = gzipDecompress(request.body, m_config.maxBodyBytes);
        if (!inflated)
            return errorResponse(inflated.error());
        body = std::move(inflated.value());
    } else if (!encoding.isEmpty() && encoding != "identity") {
        return errorResponse(
            makeError("request.unsupported-encoding", QStringLiteral("Content-Encoding must be gzip or identity.")));
    }
    Response r = route(request, body);
    if (!r.wait && r.body.size() > 1024 && request.acceptEncoding.contains("gzip")) {
        r.body = gzipCompress(r.body, 1);
        r.contentEncoding = "gzip";
    }
    return r;
}

Response ServerCore::route(const Request &request, const QByteArray &body)
{
    if (request.path == QLatin1String("/health")) {
        if (request.method != "GET")
            return errorResponse(makeError("request.method", QStringLiteral("Use GET.")));
        // The epoch read is the storage's ping, and keeps the answer's epoch true after a rotate-epoch by
        // another process.
        if (Status read = readEpoch(); !read)
            return errorResponse(read.error());
        return jsonResponse(200,
            QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("epoch"), m_epoch},
                {QStringLiteral("protocol"), 1}});
    }
    if (request.path == QLatin1String("/v1/enrol")) {
        if (request.method != "POST")
            return errorResponse(makeError("request.method", QStringLiteral("Use POST.")));
        return enrol(body);
    }
    return authenticated(request, body);
}

Response ServerCore::enrol(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return errorResponse(makeError("request.malformed-json", QStringLiteral("The body is not a JSON object.")));
    const QJsonValue code = doc.object().value(QStringLiteral("code"));
    const QJsonValue name = doc.object().value(QStringLiteral("device_name"));
    if (!code.isString() || (!name.isUndefined() && !name.isString()))
        return errorResponse(
            makeError("request.wrong-type", QStringLiteral("code (and device_name, if given) must be strings.")));
    auto e = devices().enrol(code.toString(), name.toString());
    if (!e) // 403 enrol.invalid-code, or 503 when the storage failed
        return errorResponse(e.error());
    (void)readEpoch(); // the device's first pull names it: the one it is told must be current
    Response r = jsonResponse(200,
        QJsonObject {{QStringLiteral("device_id"), e->device.id}, {QStringLiteral("token"), e->token},
            {QStringLiteral("warehouse_id"), e->device.warehouseId}, {QStringLiteral("epoch"), m_epoch}});
    r.deviceId = e->device.id;
    return r;
}

Response ServerCore::authenticated(const Request &request, const QByteArray &body)
{
    const std::optional<Endpoint> endpoint = endpointOf(request.path);
    if (!endpoint || !endpoint->device)
        return errorResponse(makeError("request.not-found", QStringLiteral("No such endpoint.")));
    // Another process (stockhand-server rotate-epoch after a restore) may have changed the epoch. A push
    // does not answer with it: one statement less on the write path.
    if (request.path != QLatin1String("/v1/push"))
        (void)readEpoch();
    auto device = devices().authenticate(request.authorization);
    if (!device) // 401 auth.*, or 503 when the storage failed
        return errorResponse(device.error());
    // What the device reports about itself (the front end records it before handing a page to a reader
    // thread, and clears it: readers do not write).
    if (!request.deviceReport.isEmpty())
        recordDeviceReport(device.value(), request.deviceReport);
    if (request.method != endpoint->method)
        return errorResponse(
            makeError("request.method", QStringLiteral("Use %1.").arg(QString::fromLatin1(endpoint->method))));
    Response r;
    if (request.path == QLatin1String("/v1/push")) {
        r = m_pushGroup ? m_pushGroup->push(m_clock, m_config, device.value(), body)
                        : handlePush(*m_storage, m_clock, m_config, device.value(), body);
    } else if (request.path == QLatin1String("/v1/user-session")) {
        r = signIn(device.value(), body);
    } else if (request.path == QLatin1String("/v1/user-session/revoke")) {
        r = signOut(device.value(), body);
    } else if (request.path == QLatin1String("/v1/sscc-ranges")) {
        r = handleSsccRanges(*m_storage, m_clock, m_config.sscc, device.value(), body);
    } else if (request.path == QLatin1String("/v1/kpis")) {
        r = handleKpis(*this, device.value(), request, body);
    } else if (request.path.startsWith(u"/v1/fleet")) {
        r = fleet(device.value(), request, body);
    } else if (request.path.startsWith(u"/v1/odoo/")) {
        r = extension(device.value(), request, body);
    } else if (request.path == QLatin1String("/v1/snapshot")) {
        r = handleSnapshot(*m_storage, m_config, device.value(), request, m_epoch);
    } else if (request.path == QLatin1String("/v1/changes")) {
        r = handleChanges(*m_storage, m_config, device.value(), request, m_epoch, m_feedCaches.get());
    } else if (request.path == QLatin1String("/v1/snapshot-file/data")) {
        r = snapshotFiles().data(device->warehouseId, request);
    } else if (request.path == QLatin1String("/v1/snapshot-file")) {
        auto cursor = m_storage->latestCursor(device->warehouseId);
        if (!cursor)
            return errorResponse(cursor.error());
        r = snapshotFiles().info(device->warehouseId, m_epoch, cursor.value());
    } else {
        auto cursor = m_storage->latestCursor(device->warehouseId);
        if (!cursor)
            return errorResponse(cursor.error());
        if (request.path == QLatin1String("/v1/session")) {
            r = jsonResponse(200,
                QJsonObject {{QStringLiteral("device_id"), device->id}, {QStringLiteral("device_name"), device->name},
                    {QStringLiteral("warehouse_id"), device->warehouseId}, {QStringLiteral("epoch"), m_epoch},
                    {QStringLiteral("cursor"), cursor.value()}, {QStringLiteral("server_time"), utcTime(m_clock.now())},
                    {QStringLiteral("protocol"), 1}});
        } else {
            bool okCursor = false, okTimeout = false;
            const qint64 since = request.queryValue(QStringLiteral("cursor")).toLongLong(&okCursor);
            const int timeout
                = request.queryValue(QStringLiteral("timeout"), QStringLiteral("25000")).toInt(&okTimeout);
            if (!okCursor || !okTimeout || since < 0 || timeout < 0)
                return errorResponse(makeError(
                    "request.wrong-type", QStringLiteral("cursor and timeout (ms) must be non-negative integers.")));
            if (cursor.value() > since || timeout == 0) {
                r = notifyAnswer(Wait {device->warehouseId, since, 0});
            } else {
                r.wait = true;
                r.waitFor = Wait {device->warehouseId, since, qMin(timeout, m_config.longPollMaxMs)};
            }
        }
    }
    r.deviceId = device->id;
    return r;
}

Response ServerCore::signIn(const Device &device, const QByteArray &body)
{
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(body, &err).object();
    if (err.error != QJsonParseError::NoError)
        return errorResponse(makeError("request.malformed-json", QStringLiteral("The body is not a JSON object.")));
    const QJsonValue login = o.value(QStringLiteral("login")), password = o.value(QStringLiteral("password"));
    const QJsonValue deviceTime = o.value(QStringLiteral("device_time"));
    if (!login.isString() || !password.isString() || (!deviceTime.isUndefined() && !deviceTime.isString())
        || login.toString().size() > 200 || password.toString().size() > 1024)
        return errorResponse(makeError(
            "request.wrong-type", QStringLiteral("login and password (and device_time, if given) must be strings.")));
    auto issued = userSessions().signIn(device, login.toString(), password.toString(), deviceTime.toString());
    if (!issued) // 403 signin.invalid, 429 signin.locked, or 503
        return errorResponse(issued.error());
    const UserSession &s = issued->session;
    return jsonResponse(200,
        QJsonObject {{QStringLiteral("session_id"), s.id}, {QStringLiteral("user_id"), s.userId},
            {QStringLiteral("secret"),
                QString::fromLatin1(
                    issued->secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))},
            {QStringLiteral("issued_at"), s.issuedAt}, {QStringLiteral("expires_at"), s.expiresAt},
            {QStringLiteral("lifetime_s"),
                QDateTime::fromString(s.issuedAt, Qt::ISODateWithMs)
                    .secsTo(QDateTime::fromString(s.expiresAt, Qt::ISODateWithMs))}});
}

Response ServerCore::signOut(const Device &device, const QByteArray &body)
{
    const QJsonValue id = QJsonDocument::fromJson(body).object().value(QStringLiteral("session_id"));
    if (!id.isString())
        return errorResponse(makeError("request.wrong-type", QStringLiteral("session_id must be a string.")));
    if (Status s = userSessions().signOut(device, id.toString()); !s)
        return errorResponse(s.error());
    return jsonResponse(200, QJsonObject {{QStringLiteral("revoked"), true}});
}

void ServerCore::beginPushGroup()
{
    m_pushGroup = std::make_unique<PushGroup>(*m_storage);
}

Status ServerCore::commitPushGroup()
{
    if (!m_pushGroup)
        return {};
    Status s = m_pushGroup->commit();
    m_pushGroup.reset();
    return s;
}

void ServerCore::recordDeviceReport(const Device &device, const QByteArray &header)
{
    // A malformed report is ignored, and a failure to store it costs only the report.
    if (auto report = DeviceReport::fromHeader(header); report)
        (void)devices().recordReport(device, report.value());
}

void ServerCore::recordDeviceReport(const Request &request)
{
    if (request.deviceReport.isEmpty())
        return;
    if (auto device = devices().authenticate(request.authorization); device)
        recordDeviceReport(device.value(), request.deviceReport);
}

Response ServerCore::fleet(const Device &device, const Request &request, const QByteArray &body)
{
    auto who = supervisorRequest(device, request, body, {QStringLiteral("supervisor"), QStringLiteral("admin")});
    if (!who)
        return errorResponse(who.error());
    const FleetCaller caller {who->userId, who->roles, who->warehouseId};
    if (request.path == QLatin1String("/v1/fleet/revoke"))
        return fleetRevoke(devices(), device, caller, body);
    if (request.path == QLatin1String("/v1/fleet/enrolment-code"))
        return fleetEnrolmentCode(devices(), device, caller, m_endpoint, m_config.enrolmentCodeTtlHours, body);
    return fleetList(devices(), caller, utcTime(m_clock.now()));
}

void ServerCore::setSupervisorEndpoint(const QString &path, QStringList roles, SupervisorHandler handler)
{
    m_extensions.insert(path, {std::move(roles), std::move(handler)});
}

Response ServerCore::extension(const Device &device, const Request &request, const QByteArray &body)
{
    const auto it = m_extensions.constFind(request.path);
    if (it == m_extensions.cend())
        return errorResponse(makeError(
            "request.not-found", QStringLiteral("This server has no %1 (no [odoo] url?).").arg(request.path)));
    auto who = supervisorRequest(device, request, body, it->roles);
    if (!who)
        return errorResponse(who.error());
    return it->handler(device, who.value(), body);
}

Response ServerCore::notifyAnswer(const Wait &wait)
{
    auto cursor = m_storage->latestCursor(wait.warehouseId);
    if (!cursor)
        return errorResponse(cursor.error());
    return notifyAnswer(wait, cursor.value());
}

Response ServerCore::notifyAnswer(const Wait &wait, qint64 warehouseCursor) const
{
    return jsonResponse(200,
        QJsonObject {{QStringLiteral("cursor"), warehouseCursor},
            {QStringLiteral("changed"), warehouseCursor > wait.cursor}, {QStringLiteral("epoch"), m_epoch}});
}

Result<qint64> ServerCore::warehouseCursor(qint64 warehouseId)
{
    return m_storage->latestCursor(warehouseId);
}

} // namespace stockhand::server
