// bench_load: the server under a fleet (docs/deployment.md, docs/benchmarks.md). Simulated devices — plain
// HTTP clients speaking the real protocol, loopback only — enrol, then each pushes a few operations and
// pulls the change feed every few seconds, while new devices arrive and take their first sync (the snapshot
// file, or the row pages where the server gives no file). The same workload runs, in the same run, against
// one process on SQLite and against one and several processes on PostgreSQL (a PostgreSQL 15 the bench
// starts, durable: fsync on), several behind a real HAProxy (Debian's); the table gives throughput and
// p50/p99 latency per endpoint as the devices see it, and the push as the server measured it (its request
// log). Bounded in time (--seconds per configuration).
// Usage: bench_load [--devices 500] [--seconds 60] [--warmup 5] [--first-syncs 20] [--products 20000]
//                   [--runs sqlite:1,postgresql:1,postgresql:3]
#include "pgtestserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

namespace {

const QString kServer = QStringLiteral(STOCKHAND_SERVER_BINARY);

// How stockhand-server finds its database: --db PATH (SQLite) or --config INI (PostgreSQL).
using DbArgs = QStringList;

QByteArray run(const QStringList &args)
{
    QProcess p;
    p.start(kServer, args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        qFatal("stockhand-server %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

struct Quant
{
    qint64 product = 0, location = 0;
};

// What the simulated devices move: quants of the warehouse with stock, another bin, a picker.
struct World
{
    std::vector<Quant> quants;
    qint64 otherBin = 0;
    qint64 user = 0;
};

World readWorld(const QString &dbPath)
{
    World w;
    sqlite3 *db = nullptr;
    sqlite3_open_v2(dbPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db,
        "SELECT q.product_id, q.location_id FROM quant q JOIN location l ON l.id = q.location_id "
        "WHERE l.warehouse_id = 1 AND l.type = 'bin' AND q.lot_id IS NULL AND q.package_id IS NULL AND q.qty >= 10000 "
        "ORDER BY q.id LIMIT 2000",
        -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        w.quants.push_back({sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1)});
    sqlite3_finalize(st);
    sqlite3_prepare_v2(db, "SELECT id FROM location WHERE warehouse_id = 1 AND type = 'bin' ORDER BY id DESC LIMIT 1",
        -1, &st, nullptr);
    if (sqlite3_step(st) == SQLITE_ROW)
        w.otherBin = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_prepare_v2(
        db, "SELECT id FROM app_user WHERE roles LIKE '%picker%' AND warehouse_id IN (0, 1) LIMIT 1", -1, &st, nullptr);
    if (sqlite3_step(st) == SQLITE_ROW)
        w.user = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    if (w.quants.empty() || w.otherBin == 0 || w.user == 0)
        qFatal("the seeded database has no quants, bins or picker to move with");
    return w;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

struct Latencies
{
    std::vector<double> ms;
    int errors = 0;
    void add(double v) { ms.push_back(v); }
    double percentile(double p)
    {
        if (ms.empty())
            return 0;
        std::sort(ms.begin(), ms.end());
        return ms[std::min(ms.size() - 1, size_t(p * double(ms.size())))];
    }
};

struct Result
{
    QString name;
    QString measuredFrom; // the end of the warm-up, as the server's log writes times
    std::vector<QString> serverLogs; // each process's stderr: its request log
    double seconds = 0;
    qint64 opsApplied = 0;
    std::map<QString, Latencies> endpoints;
    int firstSyncs = 0;
};

// One configuration: `processes` servers on a copy of the seeded database (behind HAProxy when more than one).
class Run : public QObject
{
public:
    Run(const QString &name, const DbArgs &db, const QString &workPrefix, const World &world, int processes,
        int devices, int firstSyncs, int seconds, int warmup)
        : m_name(name)
        , m_db(db)
        , m_prefix(workPrefix)
        , m_world(world)
        , m_processes(processes)
        , m_devices(devices)
        , m_firstSyncs(firstSyncs)
        , m_seconds(seconds)
        , m_warmupNs(qint64(warmup) * 1000000000)
    {
        for (int i = 0; i < 16; ++i) // 16 client connection pools of 6: the bench's side never queues
            m_nams.push_back(std::make_unique<QNetworkAccessManager>());
    }
    ~Run() override
    {
        if (m_proxy.state() != QProcess::NotRunning) {
            m_proxy.kill();
            m_proxy.waitForFinished();
        }
        for (auto &s : m_servers) {
            s->terminate();
            if (!s->waitForFinished(30000))
                s->kill();
        }
    }

    Result go()
    {
        m_result.name
            = QStringLiteral("%1, %2 process%3").arg(m_name).arg(m_processes).arg(m_processes > 1 ? "es" : "");
        startServers();
        const QStringList codes = QString::fromUtf8(
            run(m_db
                + QStringList {QStringLiteral("enrol"), QStringLiteral("--warehouse"), QStringLiteral("WH1"),
                    QStringLiteral("--count"), QString::number(m_devices + m_firstSyncs)}))
                                      .split(u'\n', Qt::SkipEmptyParts);
        // The fleet enrols (not measured) and starts from the feed's head, as after its first sync.
        m_tokens.resize(size_t(m_devices + m_firstSyncs));
        int pending = m_devices + m_firstSyncs;
        QEventLoop enrolled;
        for (int i = 0; i < m_devices + m_firstSyncs; ++i) {
            const QJsonObject body {
                {QStringLiteral("code"), codes.value(i)}, {QStringLiteral("name"), QStringLiteral("load-%1").arg(i)}};
            request(i, "POST", QStringLiteral("/v1/enrol"), QJsonDocument(body).toJson(QJsonDocument::Compact), {},
                [&, i](int status, const QByteArray &answer) {
                    if (status != 200)
                        fail(QStringLiteral("enrolment %1: %2 %3").arg(i).arg(status).arg(QString::fromUtf8(answer)));
                    m_tokens[size_t(i)]
                        = QJsonDocument::fromJson(answer).object().value(QStringLiteral("token")).toString().toLatin1();
                    if (--pending == 0)
                        enrolled.quit();
                });
        }
        enrolled.exec();
        // Where the feed stands: the cursor of a first snapshot page (the devices have synced before).
        qint64 head = 0;
        {
            QEventLoop wait;
            request(0, "GET", QStringLiteral("/v1/snapshot?limit=1"), {}, m_tokens[0],
                [&](int status, const QByteArray &answer) {
                    const QJsonObject first = QJsonDocument::fromJson(answer.left(answer.indexOf('\n'))).object();
                    if (status != 200)
                        fail(QStringLiteral("snapshot: %1 %2").arg(status).arg(QString::fromUtf8(answer)));
                    m_epoch = first.value(QStringLiteral("epoch")).toString();
                    head = first.value(QStringLiteral("cursor")).toInteger();
                    wait.quit();
                });
            wait.exec();
        }
        m_cursors.assign(size_t(m_devices), head);
        m_seqs.assign(size_t(m_devices + m_firstSyncs), 0);
        // The workload: every device on its own jittered period; first syncs spread over the run.
        m_clock.start();
        m_result.measuredFrom = QDateTime::currentDateTime()
                                    .addMSecs(m_warmupNs / 1000000)
                                    .toString(QStringLiteral("yyyy-MM-ddThh:mm:ss.zzz"));
        m_running = true;
        for (int d = 0; d < m_devices; ++d)
            QTimer::singleShot(
                int(QRandomGenerator::global()->bounded(3000)), Qt::PreciseTimer, this, [this, d] { cycle(d); });
        for (int f = 0; f < m_firstSyncs; ++f) {
            const int at = int(qint64(f + 1) * m_seconds * 1000 / (m_firstSyncs + 1));
            QTimer::singleShot(at, Qt::PreciseTimer, this, [this, f] { firstSync(m_devices + f); });
        }
        QEventLoop loop;
        QTimer::singleShot(m_seconds * 1000, &loop, [&] {
            m_running = false; // cycles under way finish; none starts
            if (m_inFlight == 0)
                loop.quit();
        });
        m_drained = [&] { loop.quit(); };
        loop.exec();
        m_result.seconds = double(m_clock.nsecsElapsed() - m_warmupNs) / 1e9;
        return m_result;
    }

private:
    void startServers()
    {
        std::vector<quint16> ports;
        for (int i = 0; i < m_processes; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::SeparateChannels);
            const QString log = m_prefix + QStringLiteral(".server-%1.log").arg(i);
            QFile::remove(log);
            p->setStandardErrorFile(log); // the request log, read after the run
            m_result.serverLogs.push_back(log);
            p->start(kServer,
                m_db
                    + QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                        QStringLiteral("auto"), QStringLiteral("serve")});
            QByteArray out;
            QRegularExpressionMatch m;
            const QRegularExpression listening(QStringLiteral("listening http://127.0.0.1:(\\d+)"));
            while (!(m = listening.match(QString::fromUtf8(out))).hasMatch()) {
                if (!p->waitForReadyRead(60000))
                    fail(QStringLiteral("the server did not start (its log: %1)").arg(log));
                out += p->readAllStandardOutput();
            }
            ports.push_back(quint16(m.captured(1).toUInt()));
            m_servers.push_back(std::move(p));
        }
        if (m_processes == 1) {
            m_base = QStringLiteral("http://127.0.0.1:%1").arg(ports.front());
            return;
        }
        const QString haproxy = QStandardPaths::findExecutable(
            QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (haproxy.isEmpty())
            fail(QStringLiteral("haproxy is not installed (scripts/deps.sh installs it)"));
        // A free port can be taken between our look and the proxy's bind: a few tries, each on a new one.
        for (int attempt = 1;; ++attempt) {
            if (startProxy(haproxy, ports))
                return;
            if (attempt == 3)
                fail(QStringLiteral("haproxy stopped: %1").arg(QString::fromUtf8(m_proxy.readAll())));
        }
    }

    // Starts HAProxy in front of the servers; true once it answers /health from a server it has checked.
    bool startProxy(const QString &haproxy, const std::vector<quint16> &ports)
    {
        const quint16 port = freePort();
        QString config = QStringLiteral("global\n    maxconn 4096\ndefaults\n    mode http\n    timeout connect 2s\n"
                                        "    timeout client 120s\n    timeout server 120s\n    retries 3\n"
                                        "    option redispatch\nfrontend devices\n    bind 127.0.0.1:%1\n"
                                        "    default_backend stockhand\nbackend stockhand\n"
                                        "    balance hdr(Authorization)\n    hash-type consistent\n"
                                        "    option httpchk GET /health\n    http-check expect status 200\n"
                                        "    default-server inter 1s fall 2 rise 2\n")
                             .arg(port);
        for (size_t i = 0; i < ports.size(); ++i)
            config += QStringLiteral("    server s%1 127.0.0.1:%2 check\n").arg(i).arg(ports[i]);
        const QString cfg = m_prefix + QStringLiteral(".haproxy.cfg");
        QFile f(cfg);
        if (!f.open(QIODevice::WriteOnly))
            fail(QStringLiteral("cannot write %1").arg(cfg));
        f.write(config.toUtf8());
        f.close();
        m_proxy.setProcessChannelMode(QProcess::MergedChannels);
        m_proxy.start(haproxy, {QStringLiteral("-db"), QStringLiteral("-f"), cfg});
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        for (;;) {
            QEventLoop wait;
            int status = 0;
            request(0, "GET", QStringLiteral("/health"), {}, {}, [&](int s, const QByteArray &) {
                status = s;
                wait.quit();
            });
            wait.exec();
            if (status == 200)
                return true;
            if (m_proxy.state() != QProcess::Running) {
                m_proxy.waitForFinished();
                return false;
            }
            QEventLoop pause; // the proxy's first health checks take a check interval
            QTimer::singleShot(200, &pause, &QEventLoop::quit);
            pause.exec();
        }
    }

    void request(int device, const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
        const QByteArray &token, std::function<void(int, const QByteArray &)> done, const QString &endpoint = {})
    {
        QNetworkRequest req(QUrl(m_base + pathAndQuery));
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token);
        QNetworkAccessManager &nam = *m_nams[size_t(device) % m_nams.size()];
        QNetworkReply *reply = method == "POST" ? nam.post(req, body) : nam.get(req);
        ++m_inFlight;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        const bool counted = measuring();
        connect(reply, &QNetworkReply::finished, this, [this, reply, timer, done, endpoint, counted] {
            reply->deleteLater();
            const double ms = double(timer->nsecsElapsed()) / 1e6;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray answer = reply->readAll();
            if (!endpoint.isEmpty() && counted) {
                Latencies &l = m_result.endpoints[endpoint];
                if (status >= 200 && status < 300) // 202: a snapshot file being built, asked again
                    l.add(ms);
                else
                    ++l.errors;
            }
            done(status, answer);
            if (--m_inFlight == 0 && !m_running && m_drained)
                m_drained();
        });
    }

    // One device's period: push 1-3 moves, then pull the feed from its cursor; again after ~3 s.
    void cycle(int d)
    {
        if (!m_running)
            return;
        const Quant &q = m_world.quants[size_t(d) % m_world.quants.size()];
        QJsonArray ops;
        const int n = 1 + int(QRandomGenerator::global()->bounded(3));
        for (int k = 0; k < n; ++k) {
            const bool back = (m_seqs[size_t(d)] % 2) == 1;
            const QJsonObject payload {{QStringLiteral("product_id"), q.product},
                {QStringLiteral("from_location_id"), back ? m_world.otherBin : q.location},
                {QStringLiteral("to_location_id"), back ? q.location : m_world.otherBin}, {QStringLiteral("qty"), 1}};
            ops.append(QJsonObject {{QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("seq"), ++m_seqs[size_t(d)]}, {QStringLiteral("kind"), QStringLiteral("move")},
                {QStringLiteral("user_id"), m_world.user}, {QStringLiteral("payload"), payload}});
        }
        const QByteArray body
            = QJsonDocument(QJsonObject {{QStringLiteral("operations"), ops}}).toJson(QJsonDocument::Compact);
        const bool counted = measuring();
        request(
            d, "POST", QStringLiteral("/v1/push"), body, m_tokens[size_t(d)],
            [this, d, counted](int status, const QByteArray &answer) {
                if (status == 200 && counted) {
                    for (const QJsonValue &r :
                        QJsonDocument::fromJson(answer).object().value(QStringLiteral("results")).toArray())
                        m_result.opsApplied += r.toObject().value(QStringLiteral("status")) == QLatin1String("applied");
                }
                pull(d);
            },
            QStringLiteral("push"));
    }

    void pull(int d)
    {
        request(
            d, "GET",
            QStringLiteral("/v1/changes?cursor=%1&limit=1000&epoch=%2").arg(m_cursors[size_t(d)]).arg(m_epoch), {},
            m_tokens[size_t(d)],
            [this, d](int status, const QByteArray &answer) {
                if (status == 200) {
                    // The last line that names a position: {"type":"end","cursor":N,...}
                    const qsizetype at = answer.lastIndexOf("{\"type\":\"end\"");
                    if (at >= 0) {
                        const QJsonObject end = QJsonDocument::fromJson(answer.mid(at).trimmed()).object();
                        m_cursors[size_t(d)] = end.value(QStringLiteral("cursor")).toInteger(m_cursors[size_t(d)]);
                    }
                }
                if (m_running) {
                    // Precise: Qt aligns coarse timers of seconds to whole seconds, which would make the
                    // whole fleet push in a burst at the start of every second instead of at random.
                    QTimer::singleShot(2000 + int(QRandomGenerator::global()->bounded(2000)), Qt::PreciseTimer, this,
                        [this, d] { cycle(d); });
                }
            },
            QStringLiteral("changes"));
    }

    // A device arriving: the snapshot file (asked until built, then downloaded whole), else the row pages.
    void firstSync(int d)
    {
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        auto ask = std::make_shared<std::function<void()>>();
        *ask = [this, d, started, ask] {
            request(
                d, "GET", QStringLiteral("/v1/snapshot-file"), {}, m_tokens[size_t(d)],
                [this, d, started, ask](int status, const QByteArray &answer) {
                    if (status == 202) {
                        QTimer::singleShot(250, this, [ask] { (*ask)(); });
                        return;
                    }
                    if (status != 200) {
                        pages(d, started, QString());
                        return;
                    }
                    const QString id = QJsonDocument::fromJson(answer).object().value(QStringLiteral("id")).toString();
                    request(
                        d, "GET", QStringLiteral("/v1/snapshot-file/data?id=") + id, {}, m_tokens[size_t(d)],
                        [this, started](int s, const QByteArray &) { firstSyncDone(started, s == 200); },
                        QStringLiteral("snapshot-file data"));
                },
                QStringLiteral("snapshot-file"));
        };
        (*ask)();
    }

    void pages(int d, std::shared_ptr<QElapsedTimer> started, const QString &next)
    {
        request(
            d, "GET",
            QStringLiteral("/v1/snapshot?limit=20000")
                + (next.isEmpty() ? QString()
                                  : QStringLiteral("&from=") + QString::fromLatin1(QUrl::toPercentEncoding(next))),
            {}, m_tokens[size_t(d)],
            [this, d, started](int status, const QByteArray &answer) {
                const qsizetype at = answer.lastIndexOf("{\"type\":\"end\"");
                const QJsonObject end
                    = at >= 0 ? QJsonDocument::fromJson(answer.mid(at).trimmed()).object() : QJsonObject();
                const QString after = end.value(QStringLiteral("next")).toString(); // null: the last page
                if (status == 200 && !after.isEmpty())
                    pages(d, started, after);
                else
                    firstSyncDone(started, status == 200);
            },
            QStringLiteral("snapshot page"));
    }

    // Stops what the run started (the servers, the proxy), which would outlive the bench, then gives up.
    [[noreturn]] void fail(const QString &message)
    {
        if (m_proxy.state() != QProcess::NotRunning)
            m_proxy.kill();
        for (auto &server : m_servers)
            server->kill();
        for (auto &server : m_servers)
            server->waitForFinished();
        qFatal("%s", qPrintable(message));
    }

    // Whether a request starting now is measured (after the warm-up).
    bool measuring() const { return m_clock.isValid() && m_clock.nsecsElapsed() >= m_warmupNs; }

    void firstSyncDone(const std::shared_ptr<QElapsedTimer> &started, bool ok)
    {
        if (m_clock.nsecsElapsed() - started->nsecsElapsed() < m_warmupNs)
            return; // began during the warm-up
        Latencies &l = m_result.endpoints[QStringLiteral("first sync, whole")];
        if (ok) {
            l.add(double(started->nsecsElapsed()) / 1e6);
            ++m_result.firstSyncs;
        } else {
            ++l.errors;
        }
    }

    QString m_name;
    DbArgs m_db;
    QString m_prefix;
    const World &m_world;
    int m_processes, m_devices, m_firstSyncs, m_seconds;
    qint64 m_warmupNs;
    QElapsedTimer m_clock; // since the workload began
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_nams;
    std::vector<std::unique_ptr<QProcess>> m_servers;
    QProcess m_proxy;
    QString m_base;
    QString m_epoch;
    std::vector<QByteArray> m_tokens;
    std::vector<qint64> m_cursors;
    std::vector<qint64> m_seqs;
    bool m_running = false;
    int m_inFlight = 0;
    std::function<void()> m_drained;
    Result m_result;
};

} // namespace

int main(int argc, char **argv)
{
    // The bench starts stockhand-server, which refuses root unless allowed (server/app/rootguard.h).
    qputenv("STOCKHAND_ALLOW_ROOT", "1");
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({QStringLiteral("devices"), QStringLiteral("Devices pushing and pulling."), QStringLiteral("n"),
        QStringLiteral("500")});
    cli.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds per configuration."), QStringLiteral("s"),
        QStringLiteral("60")});
    cli.addOption({QStringLiteral("warmup"),
        QStringLiteral("Seconds at the start of each run not measured (the fleet's first cycles, cold caches)."),
        QStringLiteral("s"), QStringLiteral("5")});
    cli.addOption({QStringLiteral("first-syncs"), QStringLiteral("Devices arriving for their first sync during a run."),
        QStringLiteral("n"), QStringLiteral("20")});
    cli.addOption({QStringLiteral("products"), QStringLiteral("Products in the seeded database (3 warehouses)."),
        QStringLiteral("n"), QStringLiteral("20000")});
    cli.addOption({QStringLiteral("runs"),
        QStringLiteral("Comma-separated configurations, backend:processes[:nocache] (sqlite or postgresql; nocache: "
                       "without the feed's caches)."),
        QStringLiteral("list"), QStringLiteral("sqlite:1,postgresql:1,postgresql:3")});
    cli.addOption({QStringLiteral("dir"), QStringLiteral("Work directory (the seeded database is kept for reruns)."),
        QStringLiteral("dir")});
    cli.process(app);
    QTemporaryDir tmp;
    const QString dir = cli.isSet(QStringLiteral("dir")) ? cli.value(QStringLiteral("dir")) : tmp.path();
    QDir().mkpath(dir);
    const int devices = cli.value(QStringLiteral("devices")).toInt();
    const int seconds = cli.value(QStringLiteral("seconds")).toInt();
    const int warmup = cli.value(QStringLiteral("warmup")).toInt();
    if (warmup < 0 || warmup >= seconds)
        qFatal("--warmup must be at least 0 and less than --seconds");
    const int firstSyncs = cli.value(QStringLiteral("first-syncs")).toInt();
    const QString products = cli.value(QStringLiteral("products"));
    const QString seeded = dir + QStringLiteral("/load-seed-%1.db").arg(products);
    if (!QFile::exists(seeded)) {
        std::printf("seeding %s products ...\n", qPrintable(products));
        std::fflush(stdout);
        run({QStringLiteral("--db"), seeded + QStringLiteral(".new"), QStringLiteral("init")});
        run({QStringLiteral("--db"), seeded + QStringLiteral(".new"), QStringLiteral("seed"),
            QStringLiteral("--products"), products, QStringLiteral("--warehouses"), QStringLiteral("3"),
            QStringLiteral("--pin-iterations"), QStringLiteral("1000")});
        QFile::rename(seeded + QStringLiteral(".new"), seeded);
    }
    // The world the devices move in, read from the SQLite seed: the PostgreSQL seed is the same demo
    // generator's output copied in (stockhand-server seed on PostgreSQL), with the same ids.
    const World world = readWorld(seeded);
    const QStringList runs = cli.value(QStringLiteral("runs")).split(u',');
    // PostgreSQL: a cluster of the bench's own (the tests' helper, durable), seeded once, a copy per run.
    QString pgSeed;
    auto pgConfig = [&](const QString &name, const QString &url) {
        const QString ini = dir + QStringLiteral("/%1.ini").arg(name);
        QFile::remove(ini);
        QSettings s(ini, QSettings::IniFormat);
        s.setValue(QStringLiteral("server/database"), url);
        s.setValue(QStringLiteral("server/session_key_file"), dir + QStringLiteral("/pg.session-key"));
        s.setValue(QStringLiteral("snapshot_files/directory"), dir + QStringLiteral("/%1.snapshots").arg(name));
        s.sync();
        QDir(dir + QStringLiteral("/%1.snapshots").arg(name)).removeRecursively();
        return DbArgs {QStringLiteral("--config"), ini};
    };
    if (runs.join(u',').contains(QLatin1String("postgresql"))) {
        stockhand::server::test::PgTestServer::setDurable(true);
        QString error;
        auto *pg = stockhand::server::test::PgTestServer::instance(&error);
        if (!pg)
            qFatal("PostgreSQL: %s", qPrintable(error));
        pgSeed = QStringLiteral("load_seed");
        const QString url = pg->createDatabase(&error, QStringLiteral("template0"), pgSeed);
        if (url.isEmpty())
            qFatal("PostgreSQL: %s", qPrintable(error));
        std::printf("seeding PostgreSQL with %s products ...\n", qPrintable(products));
        std::fflush(stdout);
        const DbArgs db = pgConfig(QStringLiteral("pg-seed"), url);
        run(db + QStringList {QStringLiteral("init")});
        run(db
            + QStringList {QStringLiteral("seed"), QStringLiteral("--products"), products,
                QStringLiteral("--warehouses"), QStringLiteral("3"), QStringLiteral("--pin-iterations"),
                QStringLiteral("1000")});
    }
    std::vector<Result> results;
    int index = 0;
    for (const QString &spec : runs) {
        const QString backend = spec.section(u':', 0, 0);
        const int processes = spec.section(u':', 1, 1).toInt();
        const QString variant = spec.section(u':', 2, 2);
        if ((backend != QLatin1String("sqlite") && backend != QLatin1String("postgresql")) || processes < 1
            || (!variant.isEmpty() && variant != QLatin1String("nocache")))
            qFatal("--runs: %s is not sqlite:N[:nocache] or postgresql:N[:nocache]", qPrintable(spec));
        const QString name = QStringLiteral("load-run-%1").arg(++index);
        DbArgs db;
        if (backend == QLatin1String("sqlite")) {
            const QString path = dir + QStringLiteral("/%1.db").arg(name);
            for (const char *s : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(s));
            QDir(path + QStringLiteral(".snapshots")).removeRecursively();
            if (!QFile::copy(seeded, path))
                qFatal("cannot copy the seeded database");
            QFile::copy(seeded + QStringLiteral(".session-key"), path + QStringLiteral(".session-key"));
            db = {QStringLiteral("--db"), path};
        } else {
            QString error;
            const QString url = stockhand::server::test::PgTestServer::instance()->createDatabase(
                &error, pgSeed, QStringLiteral("load_run_%1").arg(index));
            if (url.isEmpty())
                qFatal("PostgreSQL: %s", qPrintable(error));
            db = pgConfig(name, url);
        }
        if (!variant.isEmpty())
            db += QStringList {QStringLiteral("--feed-cache-rows"), QStringLiteral("0")};
        std::printf("%d devices, %d s, %s, %d server process(es) ...\n", devices, seconds, qPrintable(spec), processes);
        std::fflush(stdout);
        Run r((backend == QLatin1String("sqlite") ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"))
                + (variant.isEmpty() ? QString() : QStringLiteral(" without feed caches")),
            db, dir + QLatin1Char('/') + name, world, processes, devices, firstSyncs, seconds, warmup);
        results.push_back(r.go());
    }
    std::printf("\n%d devices; requests begun in the first %d s of each %d s run are not measured (warm-up)\n", devices,
        warmup, seconds);
    std::printf("\n| configuration | endpoint | requests | errors | requests/s | p50 ms | p99 ms |\n");
    std::printf("|---|---|---:|---:|---:|---:|---:|\n");
    for (Result &r : results) {
        for (auto &[endpoint, l] : r.endpoints)
            std::printf("| %s | %s | %zu | %d | %.1f | %.1f | %.1f |\n", qPrintable(r.name), qPrintable(endpoint),
                l.ms.size(), l.errors, double(l.ms.size()) / r.seconds, l.percentile(0.5), l.percentile(0.99));
        // The push as the server measured it, from its request log (ms, whole milliseconds): from the
        // request's arrival to its answer, the wait for the group's commit included.
        Latencies server;
        const QRegularExpression pushLine(QStringLiteral("POST /v1/push status=200 .* ms=(\\d+)"));
        for (const QString &log : r.serverLogs) {
            QFile f(log);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            while (!f.atEnd()) {
                const QString line = QString::fromUtf8(f.readLine());
                if (line.left(r.measuredFrom.size()) < r.measuredFrom)
                    continue; // answered during the warm-up
                if (const auto m = pushLine.match(line); m.hasMatch())
                    server.add(m.captured(1).toDouble());
            }
        }
        std::printf("| %s | push, server side | %zu | | %.1f | %.1f | %.1f |\n", qPrintable(r.name), server.ms.size(),
            double(server.ms.size()) / r.seconds, server.percentile(0.5), server.percentile(0.99));
        std::printf("| %s | operations applied | %lld | | %.1f ops/s | | |\n", qPrintable(r.name),
            static_cast<long long>(r.opsApplied), double(r.opsApplied) / r.seconds);
    }
    return 0;
}
