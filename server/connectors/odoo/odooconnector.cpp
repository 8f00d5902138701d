#include "odooconnector.h"

#include "errors.h"
#include "storage/postgresql/pgodoostore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>

namespace stockhand::odoo {

Result<OdooConfig> loadOdooConfig(const QString &iniPath)
{
    OdooConfig c;
    if (iniPath.isEmpty())
        return c;
    QSettings s(iniPath, QSettings::IniFormat);
    if (s.status() != QSettings::NoError)
        return makeError("config.invalid", QStringLiteral("Cannot read %1.").arg(iniPath));
    s.beginGroup(QStringLiteral("odoo"));
    c.settings.url = s.value(QStringLiteral("url")).toString();
    c.settings.database = s.value(QStringLiteral("database")).toString();
    c.settings.login = s.value(QStringLiteral("login")).toString();
    c.settings.key = s.value(QStringLiteral("key")).toString();
    const QString keyFile = s.value(QStringLiteral("key_file")).toString();
    if (!keyFile.isEmpty()) {
        const QString path = QFileInfo(keyFile).isRelative() ? QFileInfo(iniPath).dir().filePath(keyFile) : keyFile;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError("config.invalid", QStringLiteral("[odoo] key_file %1 cannot be read.").arg(path));
        c.settings.key = QString::fromUtf8(f.readLine()).trimmed();
    }
    // QSettings splits a value with commas into a list.
    const QStringList pairs = s.value(QStringLiteral("warehouses")).toStringList();
    for (const QString &pair : pairs) {
        const QStringList kv = pair.trimmed().split(QLatin1Char(':'));
        if (kv.size() != 2 || kv.at(0).trimmed().isEmpty() || kv.at(1).trimmed().isEmpty())
            return makeError(
                "config.invalid", QStringLiteral("[odoo] warehouses: %1 is not ODOO_CODE:OUR_CODE.").arg(pair));
        c.warehouses.insert(kv.at(0).trimmed(), kv.at(1).trimmed());
    }
    auto number = [&](const char *key, int def, int min, int max, int &out) -> Status {
        bool ok = true;
        const int v = s.value(QLatin1String(key), def).toInt(&ok);
        if (!ok || v < min || v > max)
            return makeError("config.invalid",
                QStringLiteral("[odoo] %1 must be %2..%3.").arg(QLatin1String(key)).arg(min).arg(max));
        out = v;
        return {};
    };
    SH_TRY(number("import_minutes", c.importMinutes, 0, 10080, c.importMinutes));
    SH_TRY(number("export_seconds", c.exportSeconds, 0, 86400, c.exportSeconds));
    SH_TRY(number("reconcile_hours", c.reconcileHours, 0, 8760, c.reconcileHours));
    SH_TRY(number("batch", c.batch, 500, 2000, c.batch));
    SH_TRY(number("overlap_seconds", c.overlapSeconds, 0, 86400, c.overlapSeconds));
    if (c.enabled() && (c.settings.database.isEmpty() || c.settings.login.isEmpty() || c.settings.key.isEmpty()))
        return makeError("config.invalid", QStringLiteral("[odoo] needs url, database, login and key (or key_file)."));
    return c;
}

Result<QString> retryRefusedExport(server::storage::Storage &storage, const QString &keyOrException, qint64 userId,
    const QString &login, qint64 callerWarehouse, const QDateTime &now)
{
    auto opened = server::odooStore(storage);
    SH_TRY(opened);
    server::OdooStore &store = *opened.value();
    QString key = keyOrException.trimmed();
    if (key.startsWith(QLatin1String("exception:"))) {
        bool ok = false;
        const qint64 id = key.mid(10).toLongLong(&ok);
        auto k = ok ? store.exportKeyOfException(id) : Result<QString>(QString());
        SH_TRY(k);
        if (k->isEmpty())
            return makeError(
                "odoo.unknown-export", QStringLiteral("Exception %1 is not about an export to Odoo.").arg(key.mid(10)));
        key = k.value();
    }
    auto r = store.refusal(key);
    SH_TRY(r);
    if (r->state.isEmpty())
        return makeError("odoo.unknown-export", QStringLiteral("No export %1 in the export log.").arg(key));
    if (r->state != QLatin1String("refused"))
        return makeError("odoo.not-refused",
            QStringLiteral("The export %1 is %2, not refused: nothing to retry.").arg(key, r->state));
    if (callerWarehouse && r->warehouseId && r->warehouseId != callerWarehouse)
        return makeError("odoo.other-warehouse", QStringLiteral("The export %1 is another warehouse's.").arg(key));
    SH_TRY(store.begin());
    Status s = store.retryExport(key, userId, login, now.toUTC().toString(Qt::ISODateWithMs));
    if (s.ok())
        s = store.commit();
    if (!s.ok()) {
        store.rollback();
        return s.error();
    }
    return key;
}

void installOdooEndpoints(server::ServerCore &server)
{
    server.setSupervisorEndpoint(QStringLiteral("/v1/odoo/retry"),
        {QStringLiteral("supervisor"), QStringLiteral("admin")},
        [&server](const server::Device &, const server::ProvenUser &who, const QByteArray &body) {
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            QString what = o.value(QStringLiteral("key")).toString();
            if (o.value(QStringLiteral("exception_id")).isDouble())
                what = QStringLiteral("exception:%1").arg(o.value(QStringLiteral("exception_id")).toInteger());
            if (what.isEmpty())
                return server::errorResponse(makeError(
                    "request.wrong-type", QStringLiteral("Give key (an export key) or exception_id (a number).")));
            auto key = retryRefusedExport(
                server.storage(), what, who.userId, who.login, who.warehouseId, server.clock().now());
            if (!key) {
                const QString code = key.error().code;
                const int status = code == QLatin1String("odoo.unknown-export") ? 404
                    : code == QLatin1String("odoo.not-refused")                 ? 409
                    : code == QLatin1String("odoo.other-warehouse")             ? 403
                                                                                : 500;
                return status == 500 ? server::errorResponse(key.error())
                                     : server::errorResponse(status, code, key.error().message);
            }
            return server::jsonResponse(200,
                QJsonObject {
                    {QStringLiteral("key"), key.value()}, {QStringLiteral("state"), QStringLiteral("pending")}});
        });
}

OdooConnector::OdooConnector(OdooTransport &transport, server::storage::Storage &storage, OdooConfig config)
    : m_config(std::move(config))
    , m_client(transport, m_config.settings)
    , m_store(server::odooStore(storage))
{ }

Result<QString> OdooConnector::check()
{
    auto v = m_client.version();
    SH_TRY(v);
    SH_TRY(m_client.login());
    return QStringLiteral("Odoo %1 at %2, database %3: logged in as %4 (uid %5)")
        .arg(v->toObject().value(QStringLiteral("server_version")).toString(), m_config.settings.url,
            m_config.settings.database, m_config.settings.login)
        .arg(m_client.uid());
}

Result<OdooImportSummary> OdooConnector::importNow(bool full, const QDateTime &now)
{
    OdooImportOptions o;
    o.batch = m_config.batch;
    o.overlapSeconds = m_config.overlapSeconds;
    o.full = full;
    o.warehouses = m_config.warehouses;
    SH_TRY(m_store);
    OdooImporter importer(m_client, *m_store.value(), o);
    auto r = importer.run(now.toUTC().toString(Qt::ISODate));
    // A page that failed may have left its transaction open (and on PostgreSQL the feed lock held, which
    // every push waits for): rolled back here, whatever path the failure took.
    if (!r)
        m_store.value()->rollback();
    return r;
}

Result<OdooExportSummary> OdooConnector::exportNow(const QDateTime &now)
{
    SH_TRY(m_store);
    OdooExporter exporter(m_client, *m_store.value());
    auto r = exporter.run(now);
    if (!r)
        m_store.value()->rollback(); // as importNow
    return r;
}

Result<QString> OdooConnector::status()
{
    SH_TRY(m_store);
    server::OdooStore &store = *m_store.value();
    QString out;
    auto cursors = store.cursors();
    SH_TRY(cursors);
    for (const auto &c : cursors.value()) {
        if (c.first == QLatin1String("export:move")) {
            out += QStringLiteral("export: the floor's moves after operation #%1\n").arg(c.second.lastId);
            continue;
        }
        out += QStringLiteral("import %1: up to %2 #%3%4\n")
                   .arg(c.first, c.second.writeDate)
                   .arg(c.second.lastId)
                   .arg(c.second.fullAt.isEmpty() ? QString() : QStringLiteral(", full reconcile ") + c.second.fullAt);
    }
    auto counts = store.exportCounts();
    SH_TRY(counts);
    auto pending = store.pendingExports();
    SH_TRY(pending);
    out += QStringLiteral("export: %1 done, %2 refused, %3 waiting\n")
               .arg(counts->value(QStringLiteral("done")))
               .arg(counts->value(QStringLiteral("refused")))
               .arg(pending->size());
    return out;
}

} // namespace stockhand::odoo
