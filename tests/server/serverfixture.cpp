#include "serverfixture.h"

#include "demo/demogenerator.h"
#include "domain/operation.h"
#include "pgtestserver.h"
#include "storage/postgresql/pgadmin.h"
#include "storage/postgresql/pgstorage.h"
#include "storage/sqlite/admin.h"

#include <QFile>
#include <QSettings>

namespace stockhand::server::test {

bool ServerFixture::setUp(int products, const CoreConfig &config)
{
    demo::DemoOptions o;
    o.products = products;
    o.binsPerWarehouse = 60;
    o.receipts = 10;
    o.picks = 20;
    o.countTasks = 5;
    o.pinIterations = 1000;
    if (testOnPostgres()) {
        PgTestServer *pg = PgTestServer::instance(&lastError);
        if (!pg)
            return false;
        // The seeded world once per process and size, copied for each fixture (CREATE DATABASE ... TEMPLATE).
        const ManualClock seedClock;
        m_database = pg->templateDatabase(
            QStringLiteral("world_%1").arg(products),
            [&](const QString &url, QString *error) {
                auto storage = pg::PgStorage::open(url);
                if (!storage) {
                    *error = storage.error().toString();
                    return false;
                }
                pg::Connection &c = (*storage)->connection();
                // The tests' SQL is SQLite's: ifnull() reads the same on both.
                if (Status st = c.exec("CREATE FUNCTION ifnull(anycompatible, anycompatible) RETURNS anycompatible "
                                       "LANGUAGE sql IMMUTABLE AS 'SELECT coalesce($1, $2)'");
                    !st) {
                    *error = st.error().toString();
                    return false;
                }
                auto seeded = pg::seed(c, o, kPassword, 1000, utcTime(seedClock.now()));
                if (!seeded) {
                    *error = seeded.error().toString();
                    return false;
                }
                return true;
            },
            &lastError);
        if (m_database.isEmpty())
            return false;
        CoreConfig c = config;
        if (c.sessionKey.isEmpty())
            c.sessionKey = QByteArray(32, 'k');
        auto core = openServer(m_database, m_clock, c);
        if (!core) {
            lastError = core.error().toString();
            return false;
        }
        m_core = std::move(core.value());
        m_pg = postgresConnection(*m_core);
    } else {
        m_database = dbPath();
        auto core = EmbeddedServer::open(dbPath(), m_clock, config);
        if (!core) {
            lastError = core.error().toString();
            return false;
        }
        m_embedded = core.value().get();
        m_core = std::move(core.value());
        auto summary = demo::generateDemo(m_embedded->db(), o);
        if (!summary) {
            lastError = summary.error().toString();
            return false;
        }
        for (const QString &login : {kSupervisorLogin, QStringLiteral("admin")}) {
            if (Status st = setUserPassword(m_embedded->db(), login, kPassword, 1000, utcTime(m_clock.now())); !st) {
                lastError = st.error().toString();
                return false;
            }
        }
    }
    m_token = enrolDevice(1, QStringLiteral("handheld-1"));
    auto one = [&](const char *sql, qint64 *a, qint64 *b = nullptr, qint64 *c = nullptr) {
        if (m_pg) {
            auto r = m_pg->query(sql);
            if (!r || !r->size())
                return false;
            *a = r->int64(0, 0);
            if (b)
                *b = r->int64(0, 1);
            if (c)
                *c = r->int64(0, 2);
            return *a != 0;
        }
        auto st = m_embedded->db().prepare(sql);
        if (!st || !st->step().ok())
            return false;
        *a = st->int64(0);
        if (b)
            *b = st->int64(1);
        if (c)
            *c = st->int64(2);
        return *a != 0;
    };
    bool ok = one("SELECT l.id, l.from_location_id, l.product_id FROM transfer_line l JOIN transfer t ON t.id = "
                  "l.transfer_id WHERE t.warehouse_id = 1 AND t.kind = 'pick' AND l.from_location_id IS NOT NULL "
                  "AND l.qty_done = 0 AND l.lot_id IS NULL ORDER BY l.id LIMIT 1",
                  &m_world.pickLine, &m_world.pickFrom, &m_world.pickProduct)
        && one("SELECT l.id, l.product_id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id "
               "WHERE t.warehouse_id = 1 AND t.kind = 'receipt' ORDER BY l.id LIMIT 1",
            &m_world.receiptLine, &m_world.receiptProduct)
        && one("SELECT min(id), max(id) FROM location WHERE warehouse_id = 1 AND type = 'bin'", &m_world.binA,
            &m_world.binB)
        && one("SELECT min(id) FROM location WHERE warehouse_id = 2 AND type = 'bin'", &m_world.otherWarehouseBin)
        && one("SELECT min(id) FROM product WHERE tracking = 'none'", &m_world.product);
    if (!ok)
        lastError = QStringLiteral("the demo world lacks a pick line, receipt line or bins");
    return ok && !m_token.isEmpty();
}

QStringList ServerFixture::processArgs()
{
    if (!m_pg)
        return {};
    const QString ini = m_dir.filePath(QStringLiteral("server.ini"));
    if (!QFile::exists(ini)) {
        QSettings s(ini, QSettings::IniFormat);
        s.setValue(QStringLiteral("server/database"), m_database);
        s.setValue(QStringLiteral("server/session_key_file"), QStringLiteral("server.session-key"));
        s.setValue(QStringLiteral("snapshot_files/directory"), QStringLiteral("snapshots"));
    }
    return {QStringLiteral("--config"), ini};
}

QStringList ServerFixture::processArgs(const QString &configPath, const QByteArray &ini)
{
    QFile f(configPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(ini) != ini.size())
        return {};
    f.close();
    if (m_pg) {
        QSettings s(configPath, QSettings::IniFormat);
        s.setValue(QStringLiteral("server/database"), m_database);
        s.setValue(QStringLiteral("server/session_key_file"), QStringLiteral("server.session-key"));
        s.setValue(QStringLiteral("snapshot_files/directory"), QStringLiteral("snapshots"));
    }
    return {QStringLiteral("--config"), configPath};
}

void ServerFixture::failAfter(int calls, const QByteArray &sqlState)
{
    if (m_pg)
        m_pg->failAfter(calls, sqlState.isEmpty() ? QByteArray("58030") : sqlState);
    else
        m_embedded->db().failAfter(calls);
}

db::Database &ServerFixture::db()
{
    if (!m_embedded)
        qFatal("this test reads the SQLite backend's database: it runs on SQLite only");
    return m_embedded->db();
}

Result<qint64> ServerFixture::addUser(const NewUser &user)
{
    return m_pg ? pg::addUser(*m_pg, user) : server::addUser(m_embedded->db(), user);
}

QString ServerFixture::queryText(const QString &sql)
{
    if (m_pg) {
        auto r = m_pg->query(sql.toStdString());
        return r && r->size() ? r->text(0, 0) : QString();
    }
    auto st = m_embedded->db().prepare(sql.toStdString());
    if (!st || !st->step().valueOr(false))
        return {};
    return st->text(0);
}

bool ServerFixture::exec(const QString &sql)
{
    if (m_pg)
        return m_pg->exec(sql.toStdString()).ok();
    return m_embedded->db().exec(sql.toStdString()).ok();
}

QString ServerFixture::enrolDevice(qint64 warehouseId, const QString &name)
{
    auto code = m_core->devices().issueCode(warehouseId, 1);
    if (!code)
        return {};
    Response r = request("POST", QStringLiteral("/v1/enrol"),
        QJsonDocument(QJsonObject {{QStringLiteral("code"), code.value()}, {QStringLiteral("device_name"), name}})
            .toJson());
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("token")).toString();
}

Response ServerFixture::request(const QByteArray &method, const QString &path, const QByteArray &body,
    const QString &token, const QList<QPair<QString, QString>> &query)
{
    Request r;
    r.method = method;
    r.path = path;
    r.body = body;
    r.query = query;
    if (!token.isNull())
        r.authorization = token.isEmpty() ? QByteArray() : "Bearer " + token.toLatin1();
    r.requestId = QStringLiteral("test");
    return m_core->handle(r);
}

QJsonObject ServerFixture::push(const QJsonArray &ops, const QString &token, int *status)
{
    Response r = request("POST", QStringLiteral("/v1/push"),
        QJsonDocument(QJsonObject {{QStringLiteral("operations"), ops}}).toJson(QJsonDocument::Compact),
        token.isNull() ? m_token : token);
    if (status)
        *status = r.status;
    return QJsonDocument::fromJson(r.body).object();
}

qint64 ServerFixture::queryInt(const char *sql)
{
    if (m_pg) {
        auto r = m_pg->query(sql);
        if (!r)
            return -2;
        return r->size() ? r->int64(0, 0) : -1;
    }
    auto v = m_embedded->db().queryInt(sql, -1);
    return v ? v.value() : -2;
}

Milli ServerFixture::quant(qint64 locationId, qint64 productId, qint64 lotId)
{
    if (m_pg) {
        auto r = m_pg->query("SELECT coalesce(sum(qty), 0) FROM quant WHERE location_id = $1 AND product_id = $2 "
                             "AND coalesce(lot_id, 0) = $3::bigint",
            pg::Params().add(locationId).add(productId).add(lotId));
        return r && r->size() ? r->int64(0, 0) : -999999;
    }
    auto st
        = m_embedded->db().prepare("SELECT ifnull(sum(qty), 0) FROM quant WHERE location_id = ?1 AND product_id = ?2 "
                                   "AND ifnull(lot_id, 0) = ?3");
    if (!st || !st->bind(1, locationId).bind(2, productId).bind(3, lotId).step().ok())
        return -999999;
    return st->int64(0);
}

QJsonObject ServerFixture::op(const QString &kind, qint64 userId, const QJsonObject &payload, qint64 seq,
    const QString &uuid, const QString &localTime)
{
    QJsonObject o {{QStringLiteral("uuid"), uuid}, {QStringLiteral("seq"), seq}, {QStringLiteral("kind"), kind},
        {QStringLiteral("user_id"), userId}, {QStringLiteral("payload"), payload}};
    if (!localTime.isEmpty())
        o.insert(QStringLiteral("local_time"), localTime);
    return o;
}

ServerFixture::Session ServerFixture::signIn(
    const QString &login, const QString &password, const QString &token, const QString &deviceTime)
{
    QJsonObject body {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
    if (!deviceTime.isEmpty())
        body.insert(QStringLiteral("device_time"), deviceTime);
    Response r = request(
        "POST", QStringLiteral("/v1/user-session"), QJsonDocument(body).toJson(), token.isNull() ? m_token : token);
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    Session s;
    s.status = r.status;
    s.code = o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    s.id = o.value(QStringLiteral("session_id")).toString();
    s.secret = QByteArray::fromBase64(
        o.value(QStringLiteral("secret")).toString().toLatin1(), QByteArray::Base64UrlEncoding);
    return s;
}

QJsonObject ServerFixture::withProof(const QJsonObject &op, const Session &session)
{
    auto parsed = Operation::fromJson(op, 0);
    if (!parsed)
        return op;
    QJsonObject out = op;
    out.insert(QStringLiteral("session"),
        QJsonObject {
            {QStringLiteral("id"), session.id}, {QStringLiteral("proof"), parsed->proofUnder(session.secret)}});
    return out;
}

QJsonObject ServerFixture::supervised(const QJsonObject &op)
{
    if (m_supervisorSession.id.isEmpty())
        m_supervisorSession = signIn(kSupervisorLogin);
    return withProof(op, m_supervisorSession);
}

} // namespace stockhand::server::test
