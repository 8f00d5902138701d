#include "serverconfig.h"

#include "domain/sscc.h"
#include "storage/postgresql/pgstorage.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace stockhand::server {

void addConfigOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("config"), QStringLiteral("INI configuration file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Server database file."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("listen"), QStringLiteral("Address to listen on."), QStringLiteral("address")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("HTTP port (0 = off)."), QStringLiteral("port")});
    parser.addOption({QStringLiteral("https-port"), QStringLiteral("HTTPS port (0 = off)."), QStringLiteral("port")});
    parser.addOption({QStringLiteral("cert"), QStringLiteral("TLS certificate (PEM)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("key"), QStringLiteral("TLS private key (PEM)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("public-url"),
        QStringLiteral("The address enrolment codes carry (default: the first address served)."),
        QStringLiteral("url")});
    parser.addOption({QStringLiteral("reader-threads"),
        QStringLiteral("Threads answering snapshot and changes pages (0 = the main thread)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("feed-cache-rows"),
        QStringLiteral("Feed rows and entries kept for the next device that pulls them (0 = none)."),
        QStringLiteral("n")});
}

Result<ServerConfig> loadConfig(const QCommandLineParser &parser)
{
    ServerConfig c;
    if (parser.isSet(QStringLiteral("config"))) {
        const QString path = parser.value(QStringLiteral("config"));
        if (!QFileInfo::exists(path))
            return makeError("config.missing", QStringLiteral("No configuration file %1.").arg(path));
        QSettings s(path, QSettings::IniFormat);
        if (s.status() != QSettings::NoError)
            return makeError("config.invalid", QStringLiteral("Cannot read %1.").arg(path));
        const QString base = QFileInfo(path).absolutePath() + QLatin1Char('/');
        auto relative = [&](const QString &p) { return p.isEmpty() || QFileInfo(p).isAbsolute() ? p : base + p; };
        c.databasePath = s.value(QStringLiteral("server/database"), c.databasePath).toString();
        if (!pg::isPostgresUrl(c.databasePath))
            c.databasePath = relative(c.databasePath);
        c.sessionKeyFile = relative(s.value(QStringLiteral("server/session_key_file")).toString());
        c.listen = QHostAddress(s.value(QStringLiteral("server/listen"), c.listen.toString()).toString());
        auto port = [](const QString &v) { return v == QLatin1String("auto") ? -1 : v.toInt(); };
        c.httpPort = port(s.value(QStringLiteral("server/http_port"), QString::number(c.httpPort)).toString());
        c.httpsPort = port(s.value(QStringLiteral("server/https_port"), QString::number(c.httpsPort)).toString());
        c.tlsCertificate = relative(s.value(QStringLiteral("server/tls_certificate")).toString());
        c.tlsKey = relative(s.value(QStringLiteral("server/tls_key")).toString());
        c.tlsCa = relative(s.value(QStringLiteral("server/tls_ca")).toString());
        c.publicUrl = s.value(QStringLiteral("enrolment/public_url")).toString();
        if (s.value(QStringLiteral("server/durability"), QStringLiteral("full")).toString() == QLatin1String("normal"))
            c.durability = db::Durability::Normal;
        bool readersOk = false;
        c.readerThreads = s.value(QStringLiteral("server/reader_threads"), c.readerThreads).toInt(&readersOk);
        if (!readersOk)
            c.readerThreads = -1; // refused below
        bool feedCacheOk = false;
        c.core.feedCacheRows
            = s.value(QStringLiteral("server/feed_cache_rows"), c.core.feedCacheRows).toLongLong(&feedCacheOk);
        if (!feedCacheOk)
            c.core.feedCacheRows = -1; // refused below
        HttpLimits &h = c.http;
        const auto httpNumber = [&s](const char *key, qint64 fallback) {
            bool ok = false;
            const qint64 v = s.value(QLatin1String("http/") + QLatin1String(key), fallback).toLongLong(&ok);
            return ok ? v : -1;
        };
        h.maxConnections = int(httpNumber("max_connections", h.maxConnections));
        h.maxConnectionsPerAddress = int(httpNumber("max_connections_per_address", h.maxConnectionsPerAddress));
        h.headerTimeoutSecs = int(httpNumber("header_timeout_seconds", h.headerTimeoutSecs));
        h.bodyTimeoutSecs = int(httpNumber("body_timeout_seconds", h.bodyTimeoutSecs));
        h.idleTimeoutSecs = int(httpNumber("idle_timeout_seconds", h.idleTimeoutSecs));
        h.bodyBudgetBytes = httpNumber("body_budget_bytes", h.bodyBudgetBytes);
        c.core.maxBodyBytes = s.value(QStringLiteral("limits/max_body_bytes"), c.core.maxBodyBytes).toLongLong();
        c.core.maxBatchOps = s.value(QStringLiteral("limits/max_batch_operations"), c.core.maxBatchOps).toInt();
        c.core.defaultPageRows = s.value(QStringLiteral("limits/page_rows"), c.core.defaultPageRows).toInt();
        c.core.enrolmentCodeTtlHours
            = s.value(QStringLiteral("enrolment/code_ttl_hours"), c.core.enrolmentCodeTtlHours).toInt();
        const QString maxQty = s.value(QStringLiteral("count/auto_approve_max_qty"), QStringLiteral("2")).toString();
        const auto q = parseQuantity(maxQty);
        if (!q && maxQty != QLatin1String("-1"))
            return makeError("config.invalid", QStringLiteral("count/auto_approve_max_qty is not a quantity."));
        c.core.count.maxQty = q ? *q : -1;
        c.core.count.maxPercent
            = s.value(QStringLiteral("count/auto_approve_max_percent"), c.core.count.maxPercent).toDouble();
        c.core.count.maxValueCents
            = s.value(QStringLiteral("count/auto_approve_max_value_cents"), c.core.count.maxValueCents).toLongLong();
        SignInConfig &si = c.core.signIn;
        const auto number = [&s](const char *key, int fallback) {
            return s.value(QLatin1String("sign_in/") + QLatin1String(key), fallback).toInt();
        };
        si.sessionHours = number("session_hours", si.sessionHours);
        si.acceptLateHours = number("accept_late_hours", si.acceptLateHours);
        si.clockToleranceMinutes = number("clock_tolerance_minutes", si.clockToleranceMinutes);
        si.maxFailuresPerLogin = number("max_failures_per_login", si.maxFailuresPerLogin);
        si.maxFailuresPerDevice = number("max_failures_per_device", si.maxFailuresPerDevice);
        si.lockoutMinutes = number("lockout_minutes", si.lockoutMinutes);
        si.passwordIterations = number("password_iterations", si.passwordIterations);
        SnapshotFileConfig &sf = c.core.snapshotFiles;
        if (s.value(QStringLiteral("snapshot_files/enabled"), true).toBool())
            sf.directory = relative(s.value(QStringLiteral("snapshot_files/directory")).toString());
        else
            sf.directory = QStringLiteral("-");
        sf.maxCursorDistance
            = s.value(QStringLiteral("snapshot_files/max_cursor_distance"), sf.maxCursorDistance).toLongLong();
        sf.maxAgeSeconds = s.value(QStringLiteral("snapshot_files/max_age_seconds"), sf.maxAgeSeconds).toInt();
        sf.zstdLevel = s.value(QStringLiteral("snapshot_files/zstd_level"), sf.zstdLevel).toInt();
        if (sf.maxCursorDistance < 0 || sf.maxAgeSeconds < 1 || sf.zstdLevel < 1 || sf.zstdLevel > 19)
            return makeError("config.invalid",
                QStringLiteral("[snapshot_files]: max_cursor_distance >= 0, max_age_seconds >= 1, zstd_level 1-19."));
        SsccConfig &sc = c.core.sscc;
        sc.companyPrefix = s.value(QStringLiteral("sscc/company_prefix")).toString().trimmed();
        sc.extensionDigit = s.value(QStringLiteral("sscc/extension_digit"), sc.extensionDigit).toInt();
        sc.rangeSize = s.value(QStringLiteral("sscc/range_size"), sc.rangeSize).toLongLong();
        sc.refillBelow = s.value(QStringLiteral("sscc/refill_below"), sc.refillBelow).toLongLong();
        if (!sc.companyPrefix.isEmpty() && !composeSscc(sc.extensionDigit, sc.companyPrefix, 0))
            return makeError("config.invalid",
                QStringLiteral(
                    "[sscc]: company_prefix is a GS1 Company Prefix of 7 to 12 digits, extension_digit 0-9."));
        if (sc.rangeSize < 1 || sc.refillBelow < 0
            || (!sc.companyPrefix.isEmpty() && sc.rangeSize > ssccMaxSerial(sc.companyPrefix)))
            return makeError("config.invalid",
                QStringLiteral("[sscc]: range_size >= 1 and within what the prefix allows, refill_below >= 0."));
        if (si.sessionHours < 1 || si.maxFailuresPerLogin < 1 || si.maxFailuresPerDevice < 1 || si.lockoutMinutes < 1
            || si.passwordIterations < 100000 || si.acceptLateHours < 0 || si.clockToleranceMinutes < 0)
            return makeError("config.invalid",
                QStringLiteral("[sign_in]: session_hours, max_failures_*, lockout_minutes >= 1, "
                               "password_iterations >= 100000."));
    }
    if (parser.isSet(QStringLiteral("db")))
        c.databasePath = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("listen")))
        c.listen = QHostAddress(parser.value(QStringLiteral("listen")));
    auto port = [](const QString &v) { return v == QLatin1String("auto") ? -1 : v.toInt(); };
    if (parser.isSet(QStringLiteral("port")))
        c.httpPort = port(parser.value(QStringLiteral("port")));
    if (parser.isSet(QStringLiteral("https-port")))
        c.httpsPort = port(parser.value(QStringLiteral("https-port")));
    if (parser.isSet(QStringLiteral("cert")))
        c.tlsCertificate = parser.value(QStringLiteral("cert"));
    if (parser.isSet(QStringLiteral("key")))
        c.tlsKey = parser.value(QStringLiteral("key"));
    if (parser.isSet(QStringLiteral("public-url")))
        c.publicUrl = parser.value(QStringLiteral("public-url"));
    if (parser.isSet(QStringLiteral("reader-threads"))) {
        bool ok = false;
        c.readerThreads = parser.value(QStringLiteral("reader-threads")).toInt(&ok);
        if (!ok)
            c.readerThreads = -1; // refused below
    }
    if (parser.isSet(QStringLiteral("feed-cache-rows"))) {
        bool ok = false;
        c.core.feedCacheRows = parser.value(QStringLiteral("feed-cache-rows")).toLongLong(&ok);
        if (!ok)
            c.core.feedCacheRows = -1; // refused below
    }
    c.core.faultKillAfterOps = qEnvironmentVariableIntValue("STOCKHAND_FAULT_KILL_AFTER_OPS");
    // Snapshot files are on by default, beside the database ("-": switched off in the INI).
    SnapshotFileConfig &sf = c.core.snapshotFiles;
    if (sf.directory == QLatin1String("-"))
        sf.directory.clear();
    else if (sf.directory.isEmpty() && pg::isPostgresUrl(c.databasePath))
        sf.directory = QDir::currentPath() + QStringLiteral("/stockhand-server.snapshots");
    else if (sf.directory.isEmpty())
        sf.directory = c.databasePath + QStringLiteral(".snapshots");
    if (c.sessionKeyFile.isEmpty() && pg::isPostgresUrl(c.databasePath))
        c.sessionKeyFile = QDir::currentPath() + QStringLiteral("/stockhand-server.session-key");
    if (c.listen.isNull())
        return makeError("config.invalid", QStringLiteral("The listen address is not an IP address."));
    if (c.readerThreads < 0 || c.readerThreads > 64)
        return makeError("config.invalid", QStringLiteral("reader threads must be a number from 0 to 64."));
    if (c.core.feedCacheRows < 0 || c.core.feedCacheRows > 100000000)
        return makeError(
            "config.invalid", QStringLiteral("feed_cache_rows must be a number from 0 (none) to 100000000."));
    const HttpLimits &h = c.http;
    if (h.maxConnections < 1 || h.maxConnectionsPerAddress < 1 || h.headerTimeoutSecs < 1 || h.bodyTimeoutSecs < 1
        || h.idleTimeoutSecs < 1 || h.bodyBudgetBytes < c.core.maxBodyBytes)
        return makeError("config.invalid",
            QStringLiteral("[http]: connection limits and timeouts >= 1, body_budget_bytes >= "
                           "limits/max_body_bytes."));
    if (c.httpsPort != 0 && (c.tlsCertificate.isEmpty() || c.tlsKey.isEmpty()))
        return makeError("config.invalid", QStringLiteral("HTTPS needs a certificate and a key."));
    return c;
}

} // namespace stockhand::server
