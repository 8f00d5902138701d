#include "cli.h"

#include "demo/demogenerator.h"
#include "domain/enrolmentpayload.h"
#include "feed.h"
#include "httpfrontend.h"
#include "jsonrpctransport.h"
#include "odooconnector.h"
#include "odooworker.h"
#include "push.h"
#include "readerpool.h"
#include "serverconfig.h"
#include "servercore.h"
#include "storage/postgresql/pgadmin.h"
#include "storage/postgresql/pgstorage.h"
#include "storage/sqlite/admin.h"
#include "storage/sqlite/embeddedserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace stockhand::server {

namespace {

int signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    (void)!::write(signalFds[0], &c, 1);
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const Error &e)
{
    QTextStream(stderr) << "stockhand-server: " << e.code << ": " << e.message << Qt::endl;
    return 1;
}

int usage(const QCommandLineParser &parser)
{
    QTextStream(stderr)
        << parser.helpText() << Qt::endl
        << "Commands: init | seed | import FILE | user add | user password | user pin | user unlock | user group"
           " | user limit | sessions list | sessions revoke ID | sessions revoke-user | policy count"
           " | policy count-remove | site WH | enrol | devices list | devices revoke ID"
           " | sscc | import-ops FILE | odoo check|import|export|status|retry KEY | compact-feed | rotate-epoch | serve"
        << Qt::endl;
    return 2;
}

Result<std::unique_ptr<ServerCore>> openCore(const ServerConfig &c)
{
    db::OpenOptions options;
    options.durability = c.durability;
    return openServer(c.databasePath, SystemClock::instance(), c.core, options, c.sessionKeyFile);
}

// The database as printed and logged: a postgresql:// URL without its password.
QString shownDatabase(const QString &database)
{
    if (!pg::isPostgresUrl(database))
        return database;
    QUrl url(database);
    if (!url.password().isEmpty())
        url.setPassword(QStringLiteral("***"));
    return url.toString();
}

// seed / user add / user password on PostgreSQL (storage/postgresql/pgadmin.h).
int seedPostgres(ServerCore &core, pg::Connection &c, const QCommandLineParser &p)
{
    demo::DemoOptions o;
    if (p.isSet(QStringLiteral("products")))
        o.products = p.value(QStringLiteral("products")).toInt();
    if (p.isSet(QStringLiteral("warehouses")))
        o.warehouses = p.value(QStringLiteral("warehouses")).toInt();
    if (p.isSet(QStringLiteral("pin-iterations")))
        o.pinIterations = p.value(QStringLiteral("pin-iterations")).toInt();
    o.supervisorPins = false;
    const int iterations = p.isSet(QStringLiteral("password-iterations"))
        ? p.value(QStringLiteral("password-iterations")).toInt()
        : core.config().signIn.passwordIterations;
    auto s = pg::seed(c, o, QLatin1String(demo::kDemoSupervisorPassword), iterations, utcTime(core.clock().now()));
    if (!s)
        return fail(s.error());
    out() << "seeded: " << s->warehouses << " warehouses, " << s->locations << " locations, " << s->products
          << " products, " << s->quants << " quants, " << s->transfers << " transfers, " << s->countTasks
          << " count tasks, " << s->users << " users" << Qt::endl;
    return 0;
}

// The fingerprint of the CA devices pin when they enrol by QR code: tls_ca's first certificate, or the top of
// the TLS certificate's chain (the certificate itself when self-signed).
Result<QString> caFingerprintOf(const ServerConfig &c)
{
    const QString path = c.tlsCa.isEmpty() ? c.tlsCertificate : c.tlsCa;
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return makeError("config.tls", QStringLiteral("Cannot read the CA certificate %1.").arg(path));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return makeError("config.tls", QStringLiteral("%1 holds no PEM certificate.").arg(path));
    return certificateFingerprint((c.tlsCa.isEmpty() ? chain.last() : chain.first()).toDer());
}

// Only when the public address is https: a device enrolling over http pins nothing.
Status pinCertificateAuthority(ServerCore &core, const ServerConfig &c)
{
    PublicEndpoint endpoint = core.publicEndpoint();
    if (!endpoint.serverUrl.startsWith(QLatin1String("https:")))
        return {};
    auto fingerprint = caFingerprintOf(c);
    if (!fingerprint)
        return fingerprint.error();
    endpoint.caFingerprint = fingerprint.value();
    core.setPublicEndpoint(endpoint);
    return {};
}

// `enrol --qr`: the QR payload of a code issued by the admin tool, for the address devices use
// (enrolment/public_url, --public-url, else the configured https or http port).
Result<QString> enrolmentPayloadText(const ServerConfig &c, const QString &code)
{
    EnrolmentPayload p;
    p.code = code;
    p.serverUrl = c.publicUrl;
    if (p.serverUrl.isEmpty() && (c.httpsPort > 0 || c.httpPort > 0))
        p.serverUrl = QStringLiteral("%1://%2:%3")
                          .arg(c.httpsPort > 0 ? QStringLiteral("https") : QStringLiteral("http"), c.listen.toString())
                          .arg(c.httpsPort > 0 ? c.httpsPort : c.httpPort);
    if (p.serverUrl.isEmpty())
        return makeError("config.invalid",
            QStringLiteral("enrol --qr needs the address devices use: enrolment/public_url or --public-url."));
    if (p.serverUrl.startsWith(QLatin1String("https:"))) {
        auto fingerprint = caFingerprintOf(c);
        if (!fingerprint)
            return fingerprint.error();
        p.caFingerprint = fingerprint.value();
    }
    return p.toText();
}

int serve(ServerCore &core, const ServerConfig &c, const QString &configPath)
{
    // A client that goes away mid-answer must not end the process; every connection is a descriptor.
    ::signal(SIGPIPE, SIG_IGN);
    struct rlimit files = {};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
    }
    // Declared before the front ends: they are destroyed first, and wait for the jobs that answer to them.
    std::unique_ptr<ReaderPool> readers;
    if (c.readerThreads > 0)
        readers = std::make_unique<ReaderPool>(
            c.databasePath, core.clock(), core.config(), c.readerThreads, core.feedCaches());
    BodyBudget budget(c.http.bodyBudgetBytes);
    std::vector<std::unique_ptr<HttpFrontend>> fronts;
    auto start = [&](int port, bool tls) -> Status {
        auto f = std::make_unique<HttpFrontend>(
            core, readers.get(), budget, tls ? QStringLiteral("https") : QStringLiteral("http"));
        QByteArray certificatePem, keyPem;
        if (tls) {
            QFile certFile(c.tlsCertificate), keyFile(c.tlsKey);
            if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
                return makeError("config.tls", QStringLiteral("Cannot read the TLS certificate or key."));
            certificatePem = certFile.readAll();
            keyPem = keyFile.readAll();
            const QSslCertificate cert(certificatePem, QSsl::Pem);
            QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
            if (key.isNull())
                key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
            if (cert.isNull() || key.isNull())
                return makeError("config.tls", QStringLiteral("The TLS certificate or key is not valid PEM."));
        }
        auto bound = f->start(c.listen, quint16(port < 0 ? 0 : port), c.http, c.databasePath, certificatePem, keyPem);
        if (!bound)
            return bound.error();
        out() << "listening " << (tls ? "https" : "http") << "://" << c.listen.toString() << ":" << bound.value()
              << Qt::endl;
        if (fronts.empty() || tls) // codes carry the https address (else http) unless one is configured
            core.setPublicEndpoint({c.publicUrl.isEmpty()
                    ? QStringLiteral("%1://%2:%3")
                          .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), c.listen.toString())
                          .arg(bound.value())
                    : c.publicUrl,
                QString()});
        qInfo().noquote() << QStringLiteral("listening %1://%2:%3 database %4 epoch %5 reader threads %6")
                                 .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), c.listen.toString())
                                 .arg(bound.value())
                                 .arg(shownDatabase(c.databasePath), core.epoch())
                                 .arg(c.readerThreads);
        fronts.push_back(std::move(f));
        return {};
    };
    if (c.httpPort != 0) {
        if (Status s = start(c.httpPort, false); !s)
            return fail(s.error());
    }
    if (c.httpsPort != 0) {
        if (Status s = start(c.httpsPort, true); !s)
            return fail(s.error());
    }
    if (Status s = pinCertificateAuthority(core, c); !s)
        return fail(s.error());
    if (fronts.empty())
        return fail(makeError("config.invalid", QStringLiteral("Neither HTTP nor HTTPS is enabled.")));
    // The Odoo connector's worker, when [odoo] has a url (docs/odoo.md); stopped before the front ends.
    auto odooConfig = odoo::loadOdooConfig(configPath);
    if (!odooConfig)
        return fail(odooConfig.error());
    std::unique_ptr<odoo::OdooWorker> odooWorker;
    if (odooConfig->enabled()) {
        odooWorker = std::make_unique<odoo::OdooWorker>(c.databasePath, core.config(), odooConfig.value());
        odooWorker->start();
        odoo::installOdooEndpoints(core); // POST /v1/odoo/retry
    }

    // Requests already read: let the readers finish their pages and answer what the front ends posted
    // (twice: a posted request may hand a page to a reader).
    auto finishRequests = [&] {
        for (int round = 0; round < 2; ++round) {
            if (readers)
                readers->waitForDone();
            for (auto &f : fronts)
                QCoreApplication::sendPostedEvents(f.get(), QEvent::MetaCall);
        }
    };
    // SIGTERM/SIGINT: requests on this thread are answered one at a time, so when the notifier runs none
    // is half done; stop accepting, answer the long polls and the requests already read, quit.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalFds) != 0)
        return fail(makeError("serve.signals", QStringLiteral("socketpair failed.")));
    QSocketNotifier notifier(signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [&] {
        char ch;
        (void)!::read(signalFds[1], &ch, 1);
        int connections = 0;
        for (auto &f : fronts) {
            f->stopListening();
            f->releaseWaiters();
            connections += f->openConnections();
        }
        finishRequests();
        qInfo().noquote() << QStringLiteral("shutting down (%1 open connections flushed)").arg(connections);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    const int rc = QCoreApplication::exec();
    // A request read in the same event-loop pass as the signal was answered (or given to a reader) after
    // the notifier ran: answer it too, and give every answer up to 5 s to reach its client.
    finishRequests();
    odooWorker.reset();
    for (auto &f : fronts)
        f->stop(5000);
    qInfo().noquote() << QStringLiteral("stopped");
    return rc;
}

int seed(EmbeddedServer &core, const QCommandLineParser &p)
{
    demo::DemoOptions o;
    if (p.isSet(QStringLiteral("products")))
        o.products = p.value(QStringLiteral("products")).toInt();
    if (p.isSet(QStringLiteral("warehouses")))
        o.warehouses = p.value(QStringLiteral("warehouses")).toInt();
    if (p.isSet(QStringLiteral("pin-iterations")))
        o.pinIterations = p.value(QStringLiteral("pin-iterations")).toInt();
    o.supervisorPins = false; // their verifiers never reach a device: they get the demo password instead
    auto s = demo::generateDemo(core.db(), o);
    if (!s)
        return fail(s.error());
    const int iterations = p.isSet(QStringLiteral("password-iterations"))
        ? p.value(QStringLiteral("password-iterations")).toInt()
        : core.config().signIn.passwordIterations;
    QStringList logins {QStringLiteral("admin")};
    for (int wi = 1; wi <= s->warehouses; ++wi)
        logins.append(QStringLiteral("supervisor1-wh%1").arg(wi));
    for (const QString &login : std::as_const(logins)) {
        if (Status st = setUserPassword(core.db(), login, QLatin1String(demo::kDemoSupervisorPassword), iterations,
                utcTime(core.clock().now()));
            !st)
            return fail(st.error());
    }
    out() << "seeded: " << s->warehouses << " warehouses, " << s->locations << " locations, " << s->products
          << " products, " << s->quants << " quants, " << s->transfers << " transfers, " << s->countTasks
          << " count tasks, " << s->users << " users" << Qt::endl;
    return 0;
}

int import(ServerCore &core, const QCommandLineParser &p, const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(makeError("import.missing", QStringLiteral("Cannot read %1.").arg(file)));
    const QByteArray data = f.readAll();
    Result<ImportSummary> s = file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        ? importCsv(core,
            p.isSet(QStringLiteral("table")) ? p.value(QStringLiteral("table")) : QFileInfo(file).completeBaseName(),
            data)
        : importJson(core, data);
    if (!s)
        return fail(s.error());
    out() << "imported " << s->total() << " rows" << Qt::endl;
    return 0;
}

// A password from --password-file FILE ("-" = the first line of stdin): never on the command line.
Result<QString> readPassword(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("password-file")))
        return makeError(
            "user.no-password", QStringLiteral("Give the password with --password-file FILE (- = stdin)."));
    const QString file = p.value(QStringLiteral("password-file"));
    if (file == QLatin1String("-"))
        return QTextStream(stdin).readLine();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return makeError("user.no-password", QStringLiteral("Cannot read %1.").arg(file));
    return QString::fromUtf8(f.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
}

int passwordIterations(const ServerCore &core, const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("password-iterations")) ? p.value(QStringLiteral("password-iterations")).toInt()
                                                          : core.config().signIn.passwordIterations;
}

// user password / pin / unlock / group / limit
int userAdmin(ServerCore &core, const QCommandLineParser &p, const QString &what)
{
    auto *embedded = dynamic_cast<EmbeddedServer *>(&core);
    pg::Connection *postgres = postgresConnection(core);
    const QString login = p.value(QStringLiteral("login"));
    if (login.isEmpty())
        return fail(makeError("user.unknown", QStringLiteral("Name the user with --login.")));
    Status s;
    if (what == QLatin1String("password")) {
        auto password = readPassword(p);
        if (!password)
            return fail(password.error());
        s = postgres ? pg::setUserPassword(
                *postgres, login, password.value(), passwordIterations(core, p), utcTime(core.clock().now()))
                     : setUserPassword(embedded->db(), login, password.value(), passwordIterations(core, p),
                         utcTime(core.clock().now()));
    } else if (what == QLatin1String("pin")) {
        QString pin = p.value(QStringLiteral("pin"));
        if (pin == QLatin1String("-"))
            pin = QTextStream(stdin).readLine().trimmed();
        s = setUserPin(core, login, pin, NewUser {}.pinIterations, p.value(QStringLiteral("badge")));
    } else if (what == QLatin1String("unlock")) {
        s = core.userSessions().unlock(login);
    } else if (what == QLatin1String("group")) {
        s = setUserGroup(core, login, p.value(QStringLiteral("group")));
    } else if (what == QLatin1String("limit")) {
        const QString v = p.value(QStringLiteral("value-cents"));
        bool ok = false;
        const qint64 cents = v.toLongLong(&ok);
        if (v != QLatin1String("none") && (!ok || cents < 0))
            return fail(makeError("user.invalid-limit", QStringLiteral("--value-cents is a number of cents or none.")));
        s = setApprovalLimit(core, login, v == QLatin1String("none") ? std::nullopt : std::optional<qint64>(cents));
    }
    if (!s)
        return fail(s.error());
    out() << "user " << login << ' ' << what << " set" << Qt::endl;
    return 0;
}

int sessions(ServerCore &core, const QCommandLineParser &p, const QStringList &args)
{
    UserSessions sessions = core.userSessions();
    if (args.at(1) == QLatin1String("list")) {
        auto list = sessions.list(!p.isSet(QStringLiteral("all")));
        if (!list)
            return fail(list.error());
        for (const UserSession &s : list.value())
            out() << s.id << '\t' << s.login << '\t' << s.deviceId << '\t' << s.issuedAt << '\t' << s.expiresAt << '\t'
                  << (s.revokedAt.isEmpty() ? QStringLiteral("live") : QStringLiteral("revoked ") + s.revokedAt)
                  << Qt::endl;
        return 0;
    }
    Result<int> n = 0;
    if (args.at(1) == QLatin1String("revoke") && args.size() == 3) {
        n = sessions.revoke(args.at(2));
    } else if (args.at(1) == QLatin1String("revoke-user")) {
        auto cred = core.storage().auth().credentialByLogin(p.value(QStringLiteral("login")));
        if (!cred)
            return fail(cred.error());
        if (!cred.value())
            return fail(makeError("user.unknown", QStringLiteral("No user %1.").arg(p.value(QStringLiteral("login")))));
        n = sessions.revokeUser(cred.value()->userId);
    } else {
        return 2;
    }
    if (!n)
        return fail(n.error());
    if (n.value() == 0)
        return fail(makeError("session.unknown", QStringLiteral("No live session matched.")));
    out() << "revoked " << n.value() << " session(s)" << Qt::endl;
    return 0;
}

int policy(ServerCore &core, const QCommandLineParser &p, const QString &what)
{
    qint64 warehouseId = 0;
    if (p.isSet(QStringLiteral("warehouse"))) {
        auto wh = warehouseIdByCode(core.storage().devices(), p.value(QStringLiteral("warehouse")));
        if (!wh)
            return fail(wh.error());
        warehouseId = wh.value();
    }
    const QString group = p.value(QStringLiteral("group"));
    if (what == QLatin1String("count-remove")) {
        auto removed = removeCountPolicy(core, warehouseId, group);
        if (!removed)
            return fail(removed.error());
        out() << (removed.value() ? "removed" : "no such policy") << Qt::endl;
        return removed.value() ? 0 : 1;
    }
    CountPolicy c;
    c.warehouseId = warehouseId;
    c.group = group;
    const auto valueOr = [&p](const char *name) {
        const QString n = QLatin1String(name);
        return p.isSet(n) ? p.value(n) : QStringLiteral("-1");
    };
    const QString qty = valueOr("max-qty");
    const auto parsedQty = qty == QLatin1String("-1") ? std::optional<Milli>(-1) : parseQuantity(qty);
    bool okPercent = false, okValue = false;
    c.maxPercent = valueOr("max-percent").toDouble(&okPercent);
    c.maxValueCents = valueOr("max-value-cents").toLongLong(&okValue);
    if (!parsedQty || !okPercent || !okValue)
        return fail(makeError("policy.invalid",
            QStringLiteral("--max-qty UNITS, --max-percent P and --max-value-cents C are numbers (-1 = off).")));
    c.maxQty = *parsedQty;
    if (Status s = setCountPolicy(core, c); !s)
        return fail(s.error());
    out() << "count policy set" << Qt::endl;
    return 0;
}

// site WH [--auto-confirm on|off] [--lots-case-sensitive on|off]: shows (and sets) a site's floor settings.
int site(ServerCore &core, const QCommandLineParser &p, const QString &code)
{
    auto wh = warehouseIdByCode(core.storage().devices(), code);
    if (!wh)
        return fail(wh.error());
    std::optional<bool> settings[2];
    const char *names[2] = {"auto-confirm", "lots-case-sensitive"};
    for (int i = 0; i < 2; ++i) {
        const QString n = QLatin1String(names[i]);
        if (!p.isSet(n))
            continue;
        const QString v = p.value(n);
        if (v != QLatin1String("on") && v != QLatin1String("off"))
            return fail(makeError("site.invalid", QStringLiteral("--%1 is on or off.").arg(n)));
        settings[i] = v == QLatin1String("on");
    }
    auto s = siteSettings(core, wh.value(), settings[0], settings[1]);
    if (!s)
        return fail(s.error());
    out() << "auto-confirm " << (s->autoConfirm ? "on" : "off") << "\nlots-case-sensitive "
          << (s->lotsCaseSensitive ? "on" : "off") << Qt::endl;
    return 0;
}

int userAdd(ServerCore &core, const QCommandLineParser &p)
{
    NewUser u;
    u.login = p.value(QStringLiteral("login"));
    u.name = p.value(QStringLiteral("name"));
    u.badge = p.value(QStringLiteral("badge"));
    u.roles = p.value(QStringLiteral("roles"));
    u.pin = p.value(QStringLiteral("pin"));
    if (u.pin == QLatin1String("-"))
        u.pin = QTextStream(stdin).readLine().trimmed();
    if (p.isSet(QStringLiteral("password-file"))) {
        auto password = readPassword(p);
        if (!password)
            return fail(password.error());
        u.password = password.value();
    }
    u.passwordIterations = passwordIterations(core, p);
    if (p.isSet(QStringLiteral("warehouse"))) {
        auto wh = warehouseIdByCode(core.storage().devices(), p.value(QStringLiteral("warehouse")));
        if (!wh)
            return fail(wh.error());
        u.warehouseId = wh.value();
    }
    pg::Connection *postgres = postgresConnection(core);
    auto id = postgres ? pg::addUser(*postgres, u) : addUser(static_cast<EmbeddedServer &>(core).db(), u);
    if (!id)
        return fail(id.error());
    out() << "user " << u.login << " id " << id.value() << Qt::endl;
    return 0;
}

} // namespace

// The pending operations a supervisor exported from a device before resetting it (stockhand-cli reset
// --force --export FILE): applied exactly as if the device had pushed them, so a repeat is harmless.
int importOps(ServerCore &c, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(makeError("import.open", QStringLiteral("Cannot read %1: %2").arg(path, f.errorString())));
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &err).object();
    if (err.error != QJsonParseError::NoError || !o.value(QStringLiteral("operations")).isArray())
        return fail(
            makeError("import.malformed", QStringLiteral("%1 is not an export of pending operations.").arg(path)));
    const QString deviceId = o.value(QStringLiteral("server_device_id")).toString();
    auto devices = c.devices().list();
    if (!devices)
        return fail(devices.error());
    const auto it = std::find_if(devices->cbegin(), devices->cend(), [&](const Device &d) { return d.id == deviceId; });
    if (it == devices->cend())
        return fail(makeError("import.unknown-device",
            QStringLiteral("The export names device \"%1\", which this server never enrolled.").arg(deviceId)));
    // In batches the server takes, in the device's order. An operation the user's roles do not allow
    // (403 naming it) is set aside and reported, the others go on, as the device's sync engine does.
    const QJsonArray all = o.value(QStringLiteral("operations")).toArray();
    QHash<QString, int> counts;
    for (qsizetype start = 0; start < all.size();) {
        QJsonArray chunk;
        for (qsizetype i = start; i < all.size() && chunk.size() < c.config().maxBatchOps; ++i)
            chunk.append(all.at(i));
        const qsizetype taken = chunk.size();
        Response r;
        QJsonObject answer;
        for (;;) {
            const QByteArray body
                = QJsonDocument(QJsonObject {{QStringLiteral("operations"), chunk}}).toJson(QJsonDocument::Compact);
            r = handlePush(c.storage(), c.clock(), c.config(), *it, body);
            answer = QJsonDocument::fromJson(r.body).object();
            const QJsonObject error = answer.value(QStringLiteral("error")).toObject();
            const qsizetype index
                = error.value(QStringLiteral("operation")).toObject().value(QStringLiteral("index")).toInteger(-1);
            if (r.status != 403 || index < 0 || index >= chunk.size())
                break;
            out() << "rejected " << chunk.at(index).toObject().value(QStringLiteral("uuid")).toString() << ": "
                  << error.value(QStringLiteral("code")).toString() << " "
                  << error.value(QStringLiteral("message")).toString() << Qt::endl;
            ++counts[QStringLiteral("rejected")];
            chunk.removeAt(index);
            if (chunk.isEmpty())
                break;
        }
        if (!chunk.isEmpty() && r.status != 200)
            return fail(makeError("import.refused",
                answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString()));
        if (!chunk.isEmpty()) {
            for (const QJsonValue &v : answer.value(QStringLiteral("results")).toArray())
                ++counts[v.toObject().value(QStringLiteral("status")).toString()];
        }
        start += taken;
    }
    out() << "imported " << path << ": " << counts.value(QStringLiteral("applied")) << " applied, "
          << counts.value(QStringLiteral("duplicate")) << " duplicate, " << counts.value(QStringLiteral("rejected"))
          << " rejected" << Qt::endl;
    return 0;
}

// stockhand-server odoo check|import [--full]|export|status (docs/odoo.md).
int odooCommand(ServerCore &core, const QCommandLineParser &p, const QString &what)
{
    auto config = odoo::loadOdooConfig(p.value(QStringLiteral("config")));
    if (!config)
        return fail(config.error());
    if (!config->enabled())
        return fail(makeError("config.invalid", QStringLiteral("No [odoo] url in the configuration file.")));
    odoo::JsonRpcTransport transport(QUrl(config->settings.url));
    odoo::OdooConnector connector(transport, core.storage(), config.value());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (what == QLatin1String("check")) {
        auto r = connector.check();
        if (!r)
            return fail(r.error());
        out() << r.value() << Qt::endl;
        return 0;
    }
    if (what == QLatin1String("import")) {
        auto r = connector.importNow(p.isSet(QStringLiteral("full")), now);
        if (!r)
            return fail(r.error());
        out() << "imported: " << r->text() << Qt::endl;
        return 0;
    }
    if (what == QLatin1String("export")) {
        auto r = connector.exportNow(now);
        if (!r)
            return fail(r.error());
        out() << "export: " << r->text() << Qt::endl;
        return r->refused || r->retryLater ? 3 : 0;
    }
    if (what == QLatin1String("retry")) {
        auto key = odoo::retryRefusedExport(
            core.storage(), p.positionalArguments().value(2), 0, QStringLiteral("the operator"), 0, now);
        if (!key)
            return fail(key.error());
        out() << "retry: " << key.value() << " is pending again (the next export sends it)" << Qt::endl;
        return 0;
    }
    auto r = connector.status();
    if (!r)
        return fail(r.error());
    out() << r.value();
    return 0;
}

int runCli(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Stockhand server: the authority of a site."));
    p.addHelpOption();
    p.addVersionOption();
    addConfigOptions(p);
    p.addOptions({
        {QStringLiteral("products"), QStringLiteral("seed: number of products."), QStringLiteral("n")},
        {QStringLiteral("warehouses"), QStringLiteral("seed: number of warehouses."), QStringLiteral("n")},
        {QStringLiteral("pin-iterations"), QStringLiteral("seed: PBKDF2 iterations of demo PINs."),
            QStringLiteral("n")},
        {QStringLiteral("table"), QStringLiteral("import: table of a CSV file."), QStringLiteral("name")},
        {QStringLiteral("login"), QStringLiteral("user add: login."), QStringLiteral("login")},
        {QStringLiteral("name"), QStringLiteral("user add: display name."), QStringLiteral("name")},
        {QStringLiteral("badge"), QStringLiteral("user add: badge code."), QStringLiteral("badge")},
        {QStringLiteral("pin"), QStringLiteral("user add: PIN, or - to read it from stdin."), QStringLiteral("pin")},
        {QStringLiteral("roles"), QStringLiteral("user add: roles, comma-separated."), QStringLiteral("roles")},
        {QStringLiteral("warehouse"), QStringLiteral("user add / enrol: warehouse code or id."),
            QStringLiteral("code")},
        {QStringLiteral("ttl-hours"), QStringLiteral("enrol: hours the code stays valid."), QStringLiteral("hours")},
        {QStringLiteral("count"), QStringLiteral("enrol: how many codes (one per line, 1..10000)."),
            QStringLiteral("n")},
        {QStringLiteral("qr"), QStringLiteral("enrol: also print the QR payload (server, code, CA fingerprint).")},
        {QStringLiteral("password-file"),
            QStringLiteral("user add / password: a supervisor's or admin's password, first line of FILE (- = stdin)."),
            QStringLiteral("file")},
        {QStringLiteral("password-iterations"), QStringLiteral("seed / user: PBKDF2 iterations of passwords."),
            QStringLiteral("n")},
        {QStringLiteral("auto-confirm"), QStringLiteral("site: a line filled by scans confirms itself (on, off)."),
            QStringLiteral("on|off")},
        {QStringLiteral("lots-case-sensitive"), QStringLiteral("site: lot and serial names differ by case (on, off)."),
            QStringLiteral("on|off")},
        {QStringLiteral("group"), QStringLiteral("user group / policy count: counting-user group."),
            QStringLiteral("group")},
        {QStringLiteral("value-cents"), QStringLiteral("user limit: approval limit in cents, or none."),
            QStringLiteral("cents")},
        {QStringLiteral("max-qty"), QStringLiteral("policy count: units (-1 = off)."), QStringLiteral("units")},
        {QStringLiteral("max-percent"), QStringLiteral("policy count: percent of the book (-1 = off)."),
            QStringLiteral("p")},
        {QStringLiteral("max-value-cents"), QStringLiteral("policy count: value in cents (-1 = off)."),
            QStringLiteral("cents")},
        {QStringLiteral("all"), QStringLiteral("sessions list: also expired and revoked sessions.")},
        {QStringLiteral("full"),
            QStringLiteral("odoo import: a full reconcile (compares ids, removes what Odoo deleted).")},
    });
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    p.process(arguments);
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return usage(p);
    auto config = loadConfig(p);
    if (!config)
        return fail(config.error());
    auto core = openCore(config.value());
    if (!core)
        return fail(core.error());
    ServerCore &c = *core.value();
    auto *embedded = dynamic_cast<EmbeddedServer *>(&c); // nullptr on PostgreSQL
    pg::Connection *postgres = postgresConnection(c);
    const QString cmd = args.first();
    if (cmd == QLatin1String("init")) {
        out() << "database " << shownDatabase(config->databasePath) << " epoch " << c.epoch() << Qt::endl;
        return 0;
    }
    if (cmd == QLatin1String("seed"))
        return postgres ? seedPostgres(c, *postgres, p) : seed(*embedded, p);
    if (cmd == QLatin1String("import") && args.size() == 2)
        return import(c, p, args.at(1));
    if (cmd == QLatin1String("user") && args.size() == 2 && args.at(1) == QLatin1String("add"))
        return userAdd(c, p);
    if (cmd == QLatin1String("user") && args.size() == 2
        && QStringList({QStringLiteral("password"), QStringLiteral("pin"), QStringLiteral("unlock"),
                           QStringLiteral("group"), QStringLiteral("limit")})
               .contains(args.at(1)))
        return userAdmin(c, p, args.at(1));
    if (cmd == QLatin1String("sessions") && args.size() >= 2) {
        if (const int rc = sessions(c, p, args); rc != 2)
            return rc;
    }
    if (cmd == QLatin1String("policy") && args.size() == 2
        && (args.at(1) == QLatin1String("count") || args.at(1) == QLatin1String("count-remove")))
        return policy(c, p, args.at(1));
    if (cmd == QLatin1String("site") && args.size() == 2)
        return site(c, p, args.at(1));
    if (cmd == QLatin1String("enrol")) {
        auto wh = warehouseIdByCode(c.storage().devices(), p.value(QStringLiteral("warehouse")));
        if (!wh)
            return fail(wh.error());
        const int ttl = p.isSet(QStringLiteral("ttl-hours")) ? p.value(QStringLiteral("ttl-hours")).toInt()
                                                             : config->core.enrolmentCodeTtlHours;
        bool countOk = true;
        const int count = p.isSet(QStringLiteral("count")) ? p.value(QStringLiteral("count")).toInt(&countOk) : 1;
        if (!countOk || count < 1 || count > 10000)
            return fail(makeError("cli.usage", QStringLiteral("enrol --count takes 1 to 10000.")));
        for (int i = 0; i < count; ++i) { // a fleet rolled out at once, or a load test
            auto code = c.devices().issueCode(wh.value(), ttl);
            if (!code)
                return fail(code.error());
            out() << code.value() << Qt::endl;
            if (p.isSet(QStringLiteral("qr"))) { // the text of the QR code a handheld scans to enrol
                auto payload = enrolmentPayloadText(config.value(), code.value());
                if (!payload)
                    return fail(payload.error());
                out() << payload.value() << Qt::endl;
            }
        }
        return 0;
    }
    if (cmd == QLatin1String("devices") && args.size() >= 2) {
        if (args.at(1) == QLatin1String("list")) {
            auto list = c.devices().list();
            if (!list)
                return fail(list.error());
            for (const Device &d : list.value())
                out() << d.id << '\t' << d.warehouseId << '\t' << d.name << '\t' << d.enrolledAt << '\t'
                      << (d.lastSeen.isEmpty() ? QStringLiteral("-") : d.lastSeen) << '\t'
                      << (d.revokedAt.isEmpty() ? QStringLiteral("active") : QStringLiteral("revoked ") + d.revokedAt)
                      << Qt::endl;
            return 0;
        }
        if (args.at(1) == QLatin1String("revoke") && args.size() == 3) {
            if (Status s = c.devices().revoke(args.at(2)); !s)
                return fail(s.error());
            out() << "revoked " << args.at(2) << Qt::endl;
            return 0;
        }
    }
    if (cmd == QLatin1String("sscc") && args.size() == 1) {
        // The SSCC ranges reserved per device (docs/server.md "[sscc]"): a revoked device's stay reserved.
        auto ranges = c.storage().devices().ssccRanges(QString());
        auto list = c.devices().list();
        if (!ranges)
            return fail(ranges.error());
        if (!list)
            return fail(list.error());
        const SsccConfig &sc = config->core.sscc;
        out() << "company prefix "
              << (sc.companyPrefix.isEmpty() ? QStringLiteral("(none: no ranges are handed out)") : sc.companyPrefix)
              << ", extension digit " << sc.extensionDigit << ", range size " << sc.rangeSize << ", refill below "
              << sc.refillBelow << Qt::endl;
        for (const storage::SsccRangeRecord &r : ranges.value()) {
            const auto it
                = std::find_if(list->cbegin(), list->cend(), [&](const Device &d) { return d.id == r.deviceId; });
            const QString name = it == list->cend() ? QStringLiteral("?") : it->name;
            const QString state
                = it == list->cend() || !it->revokedAt.isEmpty() ? QStringLiteral("revoked") : QStringLiteral("active");
            out() << r.id << '\t' << r.deviceId << '\t' << name << '\t' << state << '\t' << r.extension << '\t'
                  << r.companyPrefix << '\t' << r.first << '-' << r.last << '\t' << (r.last - r.first + 1) << '\t'
                  << r.issuedAt << Qt::endl;
        }
        return 0;
    }
    if (cmd == QLatin1String("odoo") && args.size() == 3 && args.at(1) == QLatin1String("retry"))
        return odooCommand(c, p, args.at(1));
    if (cmd == QLatin1String("odoo") && args.size() == 2
        && QStringList(
            {QStringLiteral("check"), QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("status")})
               .contains(args.at(1)))
        return odooCommand(c, p, args.at(1));
    if (cmd == QLatin1String("import-ops") && args.size() == 2)
        return importOps(c, args.at(1));
    if (cmd == QLatin1String("compact-feed")) {
        auto n = c.storage().compactFeed();
        if (!n)
            return fail(n.error());
        out() << "removed " << n.value() << " superseded feed entries" << Qt::endl;
        return 0;
    }
    if (cmd == QLatin1String("rotate-epoch")) {
        if (Status s = c.rotateEpoch(); !s)
            return fail(s.error());
        out() << "epoch " << c.epoch() << Qt::endl;
        return 0;
    }
    if (cmd == QLatin1String("serve"))
        return serve(c, config.value(), p.value(QStringLiteral("config")));
    return usage(p);
}

} // namespace stockhand::server
