// Scale-out against real processes (docs/deployment.md): four stockhand-server processes on one database
// behind a real HAProxy (Debian's), which health-checks each on /health; 64 devices — the real sync engine,
// each with its own store — enrol, take their first sync, push and pull through the proxy all at once, while
// one server process is killed (kill -9) in the middle. At the end every operation is in the log exactly
// once, and every device's replica equals the server's world: the feed cursor skipped nothing and repeated
// nothing, whichever process served which request.
#include "e2eutil.h"
#include "ops/move.h"
#include "serverprocess.h"
#include "syncengine.h"
#include "syncfixture.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <array>
#include <atomic>
#include <functional>

using namespace stockhand;
using namespace stockhand::test;
using stockhand::server::test::httpRequest;
using stockhand::server::test::ServerProcess;

namespace {

const QString kServer = QStringLiteral(STOCKHAND_SERVER_BINARY);
constexpr int kServers = 4;
constexpr int kDevices = 64;
constexpr int kRounds = 3;
constexpr int kOpsPerRound = 5;

struct Device
{
    Device(const QString &path, const QUrl &url)
    {
        db::OpenOptions o;
        o.durability = db::Durability::Normal;
        store = std::move(store::DeviceStore::open(path, clock, o)).value();
        sync::SyncConfig c;
        c.notify = false;
        c.backoffBaseMs = 50;
        c.backoffCapMs = 400;
        c.transferTimeoutMs = 60000;
        engine = std::make_unique<sync::SyncEngine>(*store, &network, c);
        engine->setServer(url);
    }
    ManualClock clock;
    QNetworkAccessManager network;
    std::unique_ptr<store::DeviceStore> store;
    std::unique_ptr<sync::SyncEngine> engine;
};

std::atomic<int> fallbacks {0};
QtMessageHandler defaultHandler = nullptr;
void countFallbacks(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("taking the row pages")))
        ++fallbacks;
    if (defaultHandler)
        defaultHandler(type, context, message);
}

// A free TCP port on 127.0.0.1 for the proxy (HAProxy takes a port number, not "any").
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestScaleOut : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::array<std::unique_ptr<ServerProcess>, kServers> m_servers;
    QProcess m_proxy;
    quint16 m_proxyPort = 0;

    QUrl proxyUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_proxyPort)); }

    // Starts HAProxy in the foreground in front of the servers; ready when /health answers through it.
    bool startProxy()
    {
        m_proxyPort = freePort();
        QString config
            = QStringLiteral("global\n"
                             "    maxconn 2048\n"
                             "defaults\n"
                             "    mode http\n"
                             "    timeout connect 2s\n"
                             "    timeout client 120s\n"
                             "    timeout server 120s\n"
                             "    retries 3\n"
                             "    option redispatch\n"
                             "frontend devices\n"
                             "    bind 127.0.0.1:%1\n"
                             "    default_backend stockhand\n"
                             "backend stockhand\n"
                             // A device's requests go to one process while it lives (a hash of its token): its snapshot
                             // file is built and served by the process it asked. Enrolments (no token) go round robin.
                             "    balance hdr(Authorization)\n"
                             "    hash-type consistent\n"
                             "    option httpchk GET /health\n"
                             "    http-check expect status 200\n"
                             "    default-server inter 300ms fall 2 rise 2\n")
                  .arg(m_proxyPort);
        for (int i = 0; i < kServers; ++i)
            config += QStringLiteral("    server s%1 127.0.0.1:%2 check\n").arg(i).arg(m_servers[size_t(i)]->port());
        const QString path = m_dir->filePath(QStringLiteral("haproxy.cfg"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(config.toUtf8()) < 0)
            return false;
        f.close();
        const QString haproxy = QStandardPaths::findExecutable(QStringLiteral("haproxy"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/bin")});
        if (haproxy.isEmpty())
            return false;
        m_proxy.setProcessChannelMode(QProcess::MergedChannels);
        m_proxy.start(haproxy, {QStringLiteral("-db"), QStringLiteral("-f"), path});
        if (!m_proxy.waitForStarted())
            return false;
        // Ready = the proxy answers /health from a server it checked (it says 503 before any is up).
        QNetworkAccessManager nam;
        return QTest::qWaitFor(
            [&] {
                return m_proxy.state() == QProcess::Running
                    && httpRequest(nam, "GET", proxyUrl().resolved(QUrl(QStringLiteral("/health"))), {}, {}, 2000)
                           .status
                    == 200;
            },
            30000);
    }

    // Every device syncs at once; a device whose sync fails (its server killed under it, a 502 from the
    // proxy) syncs again, as the engine's own retry would, until it succeeds or runs out of tries.
    bool syncAll(std::vector<std::unique_ptr<Device>> &devices, const std::function<void(int)> &afterEach = {})
    {
        QEventLoop loop;
        int running = int(devices.size());
        int failures = 0;
        std::vector<int> tries(devices.size(), 0);
        std::vector<QMetaObject::Connection> connections;
        for (size_t i = 0; i < devices.size(); ++i) {
            Device *d = devices[i].get();
            connections.push_back(connect(d->engine.get(), &sync::SyncEngine::syncFinished, &loop, [&, d, i](bool ok) {
                if (!ok && ++tries[i] < 20) {
                    QMetaObject::invokeMethod(d->engine.get(), &sync::SyncEngine::syncNow, Qt::QueuedConnection);
                    return;
                }
                if (!ok)
                    ++failures;
                if (afterEach)
                    afterEach(int(devices.size()) - running + 1);
                if (--running == 0)
                    loop.quit();
            }));
            QMetaObject::invokeMethod(d->engine.get(), &sync::SyncEngine::syncNow, Qt::QueuedConnection);
        }
        QTimer::singleShot(300000, &loop, &QEventLoop::quit); // safety net only
        loop.exec();
        for (const auto &c : connections)
            disconnect(c);
        return running == 0 && failures == 0;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("server.db"));
        seedServer(kServer, m_db, 200);
        for (auto &s : m_servers) {
            s = std::make_unique<ServerProcess>();
            QVERIFY2(s->start(m_db), qPrintable(s->lastError));
        }
        QVERIFY2(startProxy(), m_proxy.readAll().constData());
    }
    void cleanup()
    {
        if (m_proxy.state() != QProcess::NotRunning) {
            m_proxy.kill();
            m_proxy.waitForFinished();
        }
        for (auto &s : m_servers)
            s.reset();
        m_dir.reset();
    }

    void devicesThroughAProxyToFourServersEndEqual()
    {
        std::vector<std::unique_ptr<Device>> devices;
        for (int i = 0; i < kDevices; ++i) {
            auto d = std::make_unique<Device>(m_dir->filePath(QStringLiteral("device%1.db").arg(i)), proxyUrl());
            QSignalSpy enrolled(d->engine.get(), &sync::SyncEngine::enrolFinished);
            d->engine->enrol(enrolmentCode(kServer, m_db), QStringLiteral("hh-%1").arg(i));
            QVERIFY(enrolled.wait(30000));
            QVERIFY2(enrolled.first().first().toBool(), qPrintable(enrolled.first().value(1).toString()));
            devices.push_back(std::move(d));
        }
        // First syncs, all at once, each by the snapshot file of the process its requests go to: none falls
        // back to the row pages (a file asked of one process and downloaded from another would).
        fallbacks = 0;
        defaultHandler = qInstallMessageHandler(countFallbacks);
        const QtMessageHandler previous = defaultHandler;
        const bool synced = syncAll(devices);
        qInstallMessageHandler(previous);
        QVERIFY(synced);
        QCOMPARE(fallbacks.load(), 0);

        // Every device moves stock between two bins of the warehouse, round after round, all pushing and
        // pulling at once; one server process dies in the second round.
        auto &s0 = devices.front()->store->db();
        const qint64 product = s0.queryInt("SELECT product_id FROM quant ORDER BY id LIMIT 1").value();
        const qint64 from = s0.queryInt("SELECT location_id FROM quant ORDER BY id LIMIT 1").value();
        const qint64 to = s0.queryInt("SELECT id FROM location WHERE type = 'bin' AND id != " + std::to_string(from)
                                + " ORDER BY id DESC LIMIT 1")
                              .value();
        const qint64 user = s0.queryInt("SELECT id FROM app_user WHERE roles LIKE '%picker%' LIMIT 1").value();
        QVERIFY(product > 0 && from > 0 && to > 0 && user > 0);
        QStringList uuids;
        for (int round = 0; round < kRounds; ++round) {
            for (auto &d : devices) {
                for (int k = 0; k < kOpsPerRound; ++k) {
                    const bool back = (round + k) % 2 == 1;
                    const ops::Move move {product, back ? to : from, back ? from : to, units(1), {}, 0, 0, {}};
                    auto recorded = d->store->record(ops::draft(move, user));
                    QVERIFY(recorded);
                    uuids << recorded->uuid;
                }
            }
            // In the second round, once a quarter of the devices are through: the others' requests are in
            // flight, some of them on the process that dies.
            QVERIFY(syncAll(devices, [&](int done) {
                if (round == 1 && done == kDevices / 4)
                    m_servers[1]->kill9();
            }));
        }
        // Everything pushed; one more sync each pulls what the others pushed last.
        QVERIFY(syncAll(devices));

        auto server = openPlain(m_db);
        QCOMPARE(one(*server, "SELECT count(*) FROM op_log"), qint64(kDevices * kRounds * kOpsPerRound));
        QCOMPARE(one(*server, "SELECT count(DISTINCT uuid) FROM op_log"), qint64(kDevices * kRounds * kOpsPerRound));
        for (const QString &uuid : std::as_const(uuids).mid(0, 40)) // a sample: each logged once
            QCOMPARE(one(*server, "SELECT count(*) FROM op_log WHERE uuid = '" + uuid.toStdString() + "'"), 1);
        const QByteArray world = worldDigest(*server, 1);
        for (size_t i = 0; i < devices.size(); ++i) {
            QCOMPARE(devices[i]->store->pendingCount().value(), 0);
            QVERIFY2(worldDigest(devices[i]->store->db(), 1) == world, qPrintable(QStringLiteral("device %1").arg(i)));
        }
        // The proxy still answers: the three servers left carry the warehouse.
        QNetworkAccessManager nam;
        QCOMPARE(httpRequest(nam, "GET", proxyUrl().resolved(QUrl(QStringLiteral("/health")))).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestScaleOut)
#include "tst_scaleout.moc"
