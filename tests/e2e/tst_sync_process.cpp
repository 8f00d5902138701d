// The sync scenarios against the real stockhand-server process on 127.0.0.1, through a TCP proxy that
// injects the faults a real socket has: the answer lost after the server committed, the server killed
// (kill -9) in the middle of a first sync and restarted, and the long poll that wakes a device when
// another device's work changes its warehouse.
#include "demo/demogenerator.h"
#include "e2eutil.h"
#include "faultproxy.h"
#include "serverprocess.h"
#include "syncfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace stockhand;
using namespace stockhand::test;
using stockhand::server::test::ServerProcess;

namespace {

const QString kServer = QStringLiteral(STOCKHAND_SERVER_BINARY);

struct Device
{
    Device(const QString &path, const QUrl &url, sync::SyncConfig config)
    {
        db::OpenOptions o;
        o.durability = db::Durability::Normal;
        store = std::move(store::DeviceStore::open(path, clock, o)).value();
        engine = std::make_unique<sync::SyncEngine>(*store, &network, config);
        engine->setServer(url);
    }
    bool enrol(const QString &code)
    {
        QSignalSpy spy(engine.get(), &sync::SyncEngine::enrolFinished);
        engine->enrol(code, QStringLiteral("e2e"));
        return spy.wait(30000) && spy.first().first().toBool();
    }
    bool sync()
    {
        QSignalSpy spy(engine.get(), &sync::SyncEngine::syncFinished);
        // A retry the engine started by itself (its backoff timer) may be under way, perhaps against a
        // server that was down: let it end first, so that the answer below is the one of a sync that
        // began now.
        if (engine->syncing() && !spy.wait(60000))
            return false;
        spy.clear();
        engine->syncNow();
        if (!spy.wait(60000))
            return false;
        return spy.first().first().toBool();
    }
    ManualClock clock;
    QNetworkAccessManager network;
    std::unique_ptr<store::DeviceStore> store;
    std::unique_ptr<sync::SyncEngine> engine;
};

sync::SyncConfig config(int pageRows = 20000)
{
    sync::SyncConfig c;
    c.pageRows = pageRows;
    c.notify = false;
    c.backoffBaseMs = 50;
    c.backoffCapMs = 200;
    c.transferTimeoutMs = 20000;
    return c;
}

} // namespace

class TestSyncProcess : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<ServerProcess> m_server;
    FaultProxy *m_proxy = nullptr;

    QUrl proxyUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port())); }
    std::unique_ptr<Device> device(sync::SyncConfig c = config())
    {
        static int n = 0;
        auto d = std::make_unique<Device>(m_dir->filePath(QStringLiteral("device%1.db").arg(++n)), proxyUrl(), c);
        if (!d->enrol(enrolmentCode(kServer, m_db)))
            qFatal("enrolment failed");
        return d;
    }
    qint64 inLog(const QList<Operation> &ops)
    {
        auto db = openPlain(m_db);
        qint64 n = 0;
        for (const Operation &op : ops)
            n += one(*db, "SELECT count(*) FROM op_log WHERE uuid = '" + op.uuid.toStdString() + "'");
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("server.db"));
        seedServer(kServer, m_db, 300);
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(m_db), qPrintable(m_server->lastError));
        m_proxy = new FaultProxy;
        QVERIFY(m_proxy->listen());
        m_proxy->setTarget(m_server->port());
    }
    void cleanup()
    {
        delete m_proxy;
        m_server.reset();
        m_dir.reset();
    }

    // (a) over a real socket: the server commits the batch, the answer never reaches the device.
    void responseLostAfterCommit()
    {
        auto d = device();
        QVERIFY(d->sync());
        const qint64 picker = userWithRole(d->store->db(), "picker", 1);
        const qint64 line = d->store->db()
                                .queryInt("SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id "
                                          "WHERE t.kind = 'pick' ORDER BY l.id LIMIT 1")
                                .value();
        QList<Operation> ops;
        for (int i = 0; i < 3; ++i)
            ops << recordPick(*d->store, line, units(1), picker).value();
        // Every answer to a push is lost during the first sync (Qt Network resends a request once by itself
        // when a kept-alive connection closes before the answer: that resend is lost too).
        bool dropping = true;
        m_proxy->decide = [&](const QByteArray &request) {
            return dropping && request.startsWith("POST /v1/push") ? FaultProxy::Mode::DropResponse
                                                                   : FaultProxy::Mode::Forward;
        };
        QVERIFY(!d->sync());
        dropping = false;
        QVERIFY(m_proxy->requests("POST /v1/push") >= 1);
        QCOMPARE(inLog(ops), 3);
        QCOMPARE(d->store->pendingCount().value(), 3);
        QVERIFY(d->sync());
        QCOMPARE(inLog(ops), 3);
        QCOMPARE(d->store->db().queryInt("SELECT count(*) FROM outbox WHERE state = 'duplicate'").value(), 3);
        QCOMPARE(worldDigest(d->store->db(), 1), worldDigest(*openPlain(m_db), 1));
    }

    // (c) over a real socket: kill -9 the server in the middle of a first sync, start it again (on another
    // port, behind the same address); the sync resumes and the device equals the server.
    void serverKilledMidSnapshot()
    {
        sync::SyncConfig pages = config(200);
        pages.snapshotFile = false; // the row pages' own resume (the file path: serverKilledDuringTheFile)
        auto d = device(pages);
        int snapshots = 0;
        m_proxy->decide = [&](const QByteArray &request) {
            if (request.startsWith("GET /v1/snapshot") && ++snapshots == 4) {
                m_server->kill9();
                return FaultProxy::Mode::Refuse;
            }
            return FaultProxy::Mode::Forward;
        };
        QVERIFY(!d->sync());
        QVERIFY(!d->store->meta().text(store::MetaKey::SnapshotNext).value().isEmpty());
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(m_db), qPrintable(m_server->lastError));
        m_proxy->setTarget(m_server->port());
        QVERIFY(d->sync());
        QCOMPARE(worldDigest(d->store->db(), 1), worldDigest(*openPlain(m_db), 1));
        QVERIFY(d->engine->progressPercent() == 100);
    }

    // The first sync from a snapshot file (docs/sync-protocol.md), the server killed (kill -9) at random
    // points of it: while it builds the file, while it answers, while the device downloads it; the device
    // also checks and imports meanwhile. After a restart (the files of the killed process are gone: the
    // next request builds a new one and a download in progress starts over) the device ends equal to one
    // that synced without interruption.
    void serverKilledDuringTheFile()
    {
        auto reference = device();
        QElapsedTimer clean;
        clean.start();
        QVERIFY(reference->sync());
        const qint64 cleanMs = qMax<qint64>(clean.elapsed(), 50);
        QCOMPARE(worldDigest(reference->store->db(), 1), worldDigest(*openPlain(m_db), 1));
        QVERIFY(reference->store->meta().text(store::MetaKey::SnapshotNext).value().isEmpty());
        QRandomGenerator rng(20261129);
        int interrupted = 0;
        for (int trial = 0; trial < 8; ++trial) {
            // Restart first: the next device finds no file and the server builds one while it asks.
            m_server->kill9();
            m_server = std::make_unique<ServerProcess>();
            QVERIFY2(m_server->start(m_db), qPrintable(m_server->lastError));
            m_proxy->setTarget(m_server->port());
            auto d = device();
            const int delay = int(rng.bounded(int(cleanMs * 3 / 2) + 1));
            QTimer::singleShot(delay, &m_server->process(), [this] { m_server->kill9(); });
            if (!d->sync())
                ++interrupted;
            m_server = std::make_unique<ServerProcess>();
            QVERIFY2(m_server->start(m_db), qPrintable(m_server->lastError));
            m_proxy->setTarget(m_server->port());
            bool ok = false;
            for (int attempt = 0; attempt < 3 && !ok; ++attempt)
                ok = d->sync();
            QVERIFY(ok);
            QCOMPARE(replicaDump(d->store->db()), replicaDump(reference->store->db()));
            QCOMPARE(d->store->meta().text(store::MetaKey::Epoch).value(),
                reference->store->meta().text(store::MetaKey::Epoch).value());
        }
        QVERIFY(interrupted > 0); // the kills landed inside syncs, not only after them
    }

    // (c) the server restored from an older backup (stop, copy the backup back, rotate-epoch, start): the
    // device resyncs, keeps its pending operation and sends again the one the restore lost.
    void serverRestoredFromBackup()
    {
        auto d = device();
        QVERIFY(d->sync());
        QCOMPARE(m_server->terminate(), 0);
        const QString backup = m_dir->filePath(QStringLiteral("backup.db"));
        QVERIFY(QFile::copy(m_db, backup));
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(m_db), qPrintable(m_server->lastError));
        m_proxy->setTarget(m_server->port());
        const qint64 picker = userWithRole(d->store->db(), "picker", 1);
        const qint64 line = d->store->db()
                                .queryInt("SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id "
                                          "WHERE t.kind = 'pick' ORDER BY l.id LIMIT 1")
                                .value();
        auto lost = recordPick(*d->store, line, units(1), picker);
        QVERIFY(d->sync());
        QCOMPARE(inLog({lost.value()}), 1);
        QCOMPARE(m_server->terminate(), 0);
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_db + QLatin1String(suffix));
        QVERIFY(QFile::copy(backup, m_db));
        runTool(kServer, {QStringLiteral("--db"), m_db, QStringLiteral("rotate-epoch")});
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(m_db), qPrintable(m_server->lastError));
        m_proxy->setTarget(m_server->port());
        QCOMPARE(inLog({lost.value()}), 0);
        auto pending = recordPick(*d->store, line, units(1), picker);
        QVERIFY(d->sync());
        if (d->store->pendingCount().value() > 0)
            QVERIFY(d->sync()); // the re-queued operation goes up in the sync the resync queued
        QTRY_VERIFY_WITH_TIMEOUT(!d->engine->syncing(), 20000);
        QCOMPARE(inLog({lost.value(), pending.value()}), 2);
        QCOMPARE(d->store->pendingCount().value(), 0);
        QCOMPARE(worldDigest(d->store->db(), 1), worldDigest(*openPlain(m_db), 1));
    }

    // (d) two devices pick the same line while offline; both facts are kept, one exception is raised.
    void twoDevicesPickTheSameLineOffline()
    {
        auto a = device();
        auto b = device();
        QVERIFY(a->sync() && b->sync());
        const qint64 picker = userWithRole(a->store->db(), "picker", 1);
        const qint64 line = a->store->db()
                                .queryInt("SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id "
                                          "WHERE t.kind = 'pick' ORDER BY l.id LIMIT 1")
                                .value();
        const qint64 expected
            = a->store->db()
                  .queryInt("SELECT qty_expected FROM transfer_line WHERE id = " + std::to_string(line))
                  .value();
        m_proxy->decide = [](const QByteArray &) { return FaultProxy::Mode::Refuse; }; // the Wi-Fi is gone
        QVERIFY(recordPick(*a->store, line, expected, picker).ok());
        QVERIFY(recordPick(*b->store, line, expected, picker).ok());
        QVERIFY(!a->sync() && !b->sync());
        QVERIFY(!a->engine->online());
        m_proxy->decide = nullptr;
        QVERIFY(a->sync() && b->sync() && a->sync());
        auto db = openPlain(m_db);
        QCOMPARE(one(*db, "SELECT qty_done FROM transfer_line WHERE id = " + std::to_string(line)), 2 * expected);
        QCOMPARE(one(*db,
                     "SELECT count(*) FROM exception WHERE kind = 'line_picked_by_two_devices' AND transfer_line_id = "
                         + std::to_string(line)),
            1);
        QCOMPARE(worldDigest(a->store->db(), 1), worldDigest(*db, 1));
    }

    // (e) a shift of 5,000 operations offline, then one sync.
    void offlineShiftThenOneSync()
    {
        auto d = device();
        QVERIFY(d->sync());
        const qint64 picker = userWithRole(d->store->db(), "picker", 1);
        const qint64 product
            = d->store->db().queryInt("SELECT product_id FROM quant WHERE lot_id IS NULL ORDER BY id LIMIT 1").value();
        const qint64 from
            = d->store->db().queryInt("SELECT location_id FROM quant WHERE lot_id IS NULL ORDER BY id LIMIT 1").value();
        const qint64 to
            = d->store->db().queryInt("SELECT id FROM location WHERE type = 'bin' ORDER BY id DESC LIMIT 1").value();
        QList<Operation> ops;
        for (int i = 0; i < 5000; ++i)
            ops << recordMove(*d->store, product, i % 2 ? to : from, i % 2 ? from : to, units(1), picker).value();
        QVERIFY(d->sync());
        QCOMPARE(d->store->pendingCount().value(), 0);
        auto db = openPlain(m_db);
        QCOMPARE(one(*db, "SELECT count(*) FROM op_log WHERE kind = 'move'"), 5000);
        QCOMPARE(inLog({ops.first(), ops.last()}), 2);
        QCOMPARE(worldDigest(d->store->db(), 1), worldDigest(*db, 1));
    }

    // Leaving a device: it cannot be reset while operations are pending, unless a supervisor forces it;
    // the operations it exported are imported on the server exactly once.
    void supervisorResetExportsAndServerImports()
    {
        auto d = device();
        QVERIFY(d->sync());
        const qint64 picker = userWithRole(d->store->db(), "picker", 1);
        const qint64 line = d->store->db()
                                .queryInt("SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id "
                                          "WHERE t.kind = 'pick' ORDER BY l.id LIMIT 1")
                                .value();
        const QList<Operation> ops = {recordPick(*d->store, line, units(1), picker).value(),
            recordPick(*d->store, line, units(1), picker).value()};
        const QString storePath = d->store->db().path();
        const QString file = m_dir->filePath(QStringLiteral("pending.json"));
        QProcess reset;
        reset.start(
            QStringLiteral(STOCKHAND_CLI_BINARY), {QStringLiteral("--store"), storePath, QStringLiteral("reset")});
        QVERIFY(reset.waitForFinished(60000));
        QCOMPARE(reset.exitCode(), 1); // refused: operations are pending
        d.reset();
        // The supervisor proves it on this device: signed in online (no supervisor PIN reaches a device).
        const QString passwordFile = m_dir->filePath(QStringLiteral("password.txt"));
        {
            QFile pf(passwordFile);
            QVERIFY(pf.open(QIODevice::WriteOnly));
            pf.write(QByteArray(demo::kDemoSupervisorPassword) + '\n');
        }
        runTool(QStringLiteral(STOCKHAND_CLI_BINARY),
            {QStringLiteral("--store"), storePath, QStringLiteral("sign-in"), QStringLiteral("--login"),
                QStringLiteral("supervisor1-wh1"), QStringLiteral("--password-file"), passwordFile,
                // straight to the server: the fault proxy lives in this (waiting) process
                QStringLiteral("--server"), m_server->url(QString()).toString()});
        runTool(QStringLiteral(STOCKHAND_CLI_BINARY),
            {QStringLiteral("--store"), storePath, QStringLiteral("reset"), QStringLiteral("--force"),
                QStringLiteral("--supervisor"), QStringLiteral("U108"), QStringLiteral("--export"), file});
        QVERIFY(!QFile::exists(storePath));
        QCOMPARE(inLog(ops), 0);
        const QString first
            = QString::fromUtf8(runTool(kServer, {QStringLiteral("--db"), m_db, QStringLiteral("import-ops"), file}));
        QVERIFY2(first.contains(QStringLiteral("2 applied")), qPrintable(first));
        QCOMPARE(inLog(ops), 2);
        const QString again
            = QString::fromUtf8(runTool(kServer, {QStringLiteral("--db"), m_db, QStringLiteral("import-ops"), file}));
        QVERIFY2(again.contains(QStringLiteral("2 duplicate")), qPrintable(again));
        QCOMPARE(inLog(ops), 2);
    }

    // TLS: the device trusts the site's certificate it was given at enrolment, and nothing else.
    void httpsWithTheSiteCertificate()
    {
        const QString cert = m_dir->filePath(QStringLiteral("cert.pem")),
                      key = m_dir->filePath(QStringLiteral("key.pem"));
        runTool(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        const QString ini = m_dir->filePath(QStringLiteral("server.ini"));
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[server]\nhttp_port=0\nhttps_port=auto\ntls_certificate=cert.pem\ntls_key=key.pem\n");
        f.close();
        ServerProcess tls;
        QVERIFY2(tls.start(m_db, {QStringLiteral("--config"), ini, QStringLiteral("--port"), QStringLiteral("0")}),
            qPrintable(tls.lastError));
        QCOMPARE(tls.scheme(), QStringLiteral("https"));
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(tls.port()));

        Device stranger(m_dir->filePath(QStringLiteral("stranger.db")), url, config());
        QSignalSpy refused(stranger.engine.get(), &sync::SyncEngine::enrolFinished);
        stranger.engine->enrol(enrolmentCode(kServer, m_db), QStringLiteral("no CA"));
        QVERIFY(refused.wait(30000));
        QCOMPARE(refused.first().first().toBool(), false); // a certificate it was not told to trust

        Device d(m_dir->filePath(QStringLiteral("tls.db")), url, config());
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QVERIFY(d.engine->setCaCertificatesPem(pem.readAll()).ok());
        QVERIFY(d.enrol(enrolmentCode(kServer, m_db)));
        QVERIFY(d.sync());
        QCOMPARE(worldDigest(d.store->db(), 1), worldDigest(*openPlain(m_db), 1));
        // The trust is kept in the store: a new engine on the same store syncs over TLS too.
        d.engine = std::make_unique<sync::SyncEngine>(*d.store, &d.network, config());
        QVERIFY(d.sync());
    }

    // New work reaches an online device through the long poll, without waiting for the periodic sync.
    void notifyWakesTheDevice()
    {
        sync::SyncConfig c = config();
        c.notify = true;
        c.periodicMs = 3600000;
        auto watcher = device(c);
        auto worker = device();
        QVERIFY(worker->sync());
        QSignalSpy finished(watcher->engine.get(), &sync::SyncEngine::syncFinished);
        watcher->engine->start();
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(m_proxy->requests("GET /v1/notify") >= 1, 10000);
        QSignalSpy notified(watcher->engine.get(), &sync::SyncEngine::newWorkNotified);
        const qint64 picker = userWithRole(worker->store->db(), "picker", 1);
        const qint64 line = worker->store->db()
                                .queryInt("SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = "
                                          "l.transfer_id WHERE t.kind = 'pick' ORDER BY l.id LIMIT 1")
                                .value();
        auto op = recordPick(*worker->store, line, units(1), picker);
        QVERIFY(op.ok());
        QElapsedTimer t;
        t.start();
        QVERIFY(worker->sync());
        QCOMPARE(inLog({op.value()}), 1);
        QVERIFY(!notified.isEmpty() || notified.wait(20000)); // it may already have come during worker->sync()
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 20000);
        qInfo("new work reached the watching device %lld ms after the other device's sync began",
            static_cast<long long>(t.elapsed()));
        QCOMPARE(watcher->store->db()
                     .queryInt("SELECT qty_done FROM transfer_line WHERE id = " + std::to_string(line))
                     .value(),
            worker->store->db()
                .queryInt("SELECT qty_done FROM transfer_line WHERE id = " + std::to_string(line))
                .value());
        watcher->engine->stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncProcess)
#include "tst_sync_process.moc"
