// The first sync from a snapshot file (docs/sync-protocol.md, "Snapshot file") against the REAL server core
// in-process: the device that took the file holds exactly what a device that took the row pages holds, the
// file of a warehouse holds nothing of another and no credential beyond the row pages, a fresh file is
// reused, a download resumes with Range, and a file that fails its checks falls back to the pages.
#include "feedtables.h"
#include "snapshotfile.h"
#include "snapshotfiles.h"
#include "store/feedwriter.h"
#include "store/snapshotfile.h"
#include "syncfixture.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTest>

using namespace stockhand;
using namespace stockhand::test;

class TestSnapshotFile : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Site> m_site;
    int m_devices = 0;

    QString snapshotDir() const { return m_dir->filePath(QStringLiteral("snapshots")); }
    std::unique_ptr<DeviceUnderTest> device(qint64 warehouse = 1, bool file = true)
    {
        sync::SyncConfig c = DeviceUnderTest::testConfig();
        c.snapshotFile = file;
        auto d = std::make_unique<DeviceUnderTest>(
            *m_site, m_dir->filePath(QStringLiteral("device%1.db").arg(++m_devices)), c);
        if (!d->enrol(warehouse))
            qFatal("enrolment failed");
        return d;
    }
    // The server process builds in its own instance directory under the configured one.
    QString builtFile() const
    {
        QString found;
        for (const QString &instance :
            QDir(snapshotDir()).entryList({QStringLiteral("i-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir dir(QDir(snapshotDir()).filePath(instance));
            const QStringList files = dir.entryList({QStringLiteral("*.zst")}, QDir::Files);
            if (!files.isEmpty())
                found = dir.filePath(files.last());
        }
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_devices = 0;
        m_dir = std::make_unique<QTemporaryDir>();
        server::CoreConfig config;
        config.snapshotFiles.directory = snapshotDir();
        config.snapshotFiles.retryAfterMs = 50;
        m_site = std::make_unique<Site>(m_dir->path(), config);
    }
    void cleanup()
    {
        m_site.reset();
        m_dir.reset();
    }

    // Several server processes share the configured directory: each builds in a directory of its own held
    // by a lock file, and a process starting removes only the directories of processes that are gone.
    void instancesShareTheDirectory()
    {
        server::SnapshotFileConfig config;
        config.directory = snapshotDir();
        auto countInstances = [&] {
            return QDir(snapshotDir()).entryList({QStringLiteral("i-*")}, QDir::Dirs | QDir::NoDotAndDotDot).size();
        };
        m_site->core->snapshotFiles(); // made when first asked
        QCOMPARE(countInstances(), 1); // the site's own server
        {
            server::SnapshotFiles second(m_site->core->storage(), SystemClock::instance(), config);
            QCOMPARE(countInstances(), 2); // the site's directory is alive: kept
            auto d = device();
            QVERIFY(d->sync());
            QVERIFY(!builtFile().isEmpty());
        }
        // A directory whose lock is stale (its process died) goes when the next process starts; one that
        // is locked by a living process stays.
        const QString dead = QDir(snapshotDir()).filePath(QStringLiteral("i-deadbeef0000"));
        QVERIFY(QDir().mkpath(dead));
        {
            // A lock as this machine writes it, whose process has ended.
            QProcess gone;
            gone.start(QStringLiteral("true"));
            QVERIFY(gone.waitForStarted());
            const qint64 pid = gone.processId();
            QVERIFY(gone.waitForFinished());
            QLockFile mine(dead + QStringLiteral(".lock"));
            QVERIFY(mine.tryLock(0));
            QFile f(dead + QStringLiteral(".lock"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray content = f.readAll();
            f.close();
            mine.unlock();
            content = QByteArray::number(pid) + content.mid(content.indexOf('\n'));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        QVERIFY(QFileInfo::exists(dead + QStringLiteral(".lock")));
        server::SnapshotFiles third(m_site->core->storage(), SystemClock::instance(), config);
        QVERIFY(!QFileInfo::exists(dead));
        QVERIFY(!QFileInfo::exists(dead + QStringLiteral(".lock")));
        QCOMPARE(countInstances(), 2); // the site's and the third's: the second's went with it
        QVERIFY(!builtFile().isEmpty()); // the site's file stays
    }

    // The file path ends where the row pages end: the same rows, the same pull position.
    void fileEqualsRowPages()
    {
        auto byFile = device();
        QVERIFY(byFile->sync());
        QCOMPARE(byFile->network->requests(QStringLiteral("/v1/snapshot")), 0);
        QCOMPARE(byFile->network->requests(QStringLiteral("/v1/snapshot-file/data")), 1);
        QCOMPARE(m_site->core->snapshotFiles().builds(), 1);
        auto byPages = device(1, false);
        QVERIFY(byPages->sync());
        QVERIFY(byPages->network->requests(QStringLiteral("/v1/snapshot")) > 0);
        QCOMPARE(replicaDump(byFile->store->db()), replicaDump(byPages->store->db()));
        QCOMPARE(worldDigest(byFile->store->db(), 1), worldDigest(m_site->core->db(), 1));
        QCOMPARE(byFile->store->meta().integer(store::MetaKey::Cursor).value(),
            byPages->store->meta().integer(store::MetaKey::Cursor).value());
        QCOMPARE(byFile->store->meta().text(store::MetaKey::Epoch).value(), m_site->core->epoch());
        // Nothing is left next to the store.
        QCOMPARE(QDir(m_dir->path())
                     .entryList({QFileInfo(byFile->store->db().path()).fileName() + QStringLiteral(".snapshot-*")})
                     .size(),
            0);
        // A second device of the warehouse gets the same file: no second build.
        auto again = device();
        QVERIFY(again->sync());
        QCOMPARE(m_site->core->snapshotFiles().builds(), 1);
        QCOMPARE(replicaDump(again->store->db()), replicaDump(byFile->store->db()));
    }

    // Changes made after the file was built reach the device through /v1/changes from the file's cursor.
    void changesAfterTheFile()
    {
        auto first = device();
        QVERIFY(first->sync()); // builds the file
        QVERIFY(m_site->core->db().exec("UPDATE product SET name = 'Renamed after the file' WHERE id = 1"));
        auto later = device();
        QVERIFY(later->sync());
        QCOMPARE(m_site->core->snapshotFiles().builds(), 1); // still fresh: reused
        QCOMPARE(
            later->store->db().queryInt("SELECT count(*) FROM product WHERE name = 'Renamed after the file'").value(),
            1);
        QCOMPARE(worldDigest(later->store->db(), 1), worldDigest(m_site->core->db(), 1));
    }

    // The security line: the file served to a handheld of warehouse 1 holds nothing of warehouse 2, no
    // table or column beyond the world tables, and no credential beyond what its row pages give it.
    void fileHoldsOnlyTheScope()
    {
        auto d = device(1);
        QVERIFY(d->sync());
        const QString zst = builtFile();
        QVERIFY(!zst.isEmpty());
        const QString unpacked = m_dir->filePath(QStringLiteral("inspect.db"));
        QVERIFY(sync::unzstdFile(zst, unpacked));
        db::OpenOptions o;
        o.create = false;
        o.readOnly = true;
        auto file = db::Database::openUnconfigured(unpacked, o);
        QVERIFY(file);
        db::Database &f = **file;
        // Only the world tables and the stamp.
        QStringList tables;
        auto names = f.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        while (names->step().value())
            tables << names->text(0);
        QStringList expected = store::replicatedTables();
        expected << QStringLiteral("snapshot_meta");
        expected.sort();
        QCOMPARE(tables, expected);
        // Each table's columns are the ones the row pages send, no more.
        for (const server::FeedTable &t : server::feedTables()) {
            QStringList sent;
            for (const QString &c : QString::fromLatin1(t.columns).split(u','))
                sent << c.trimmed();
            auto cols = f.prepare("SELECT name FROM pragma_table_info(?1)");
            cols->bind(1, QString::fromLatin1(t.name));
            QStringList have;
            while (cols->step().value())
                have << cols->text(0);
            sent.sort();
            have.sort();
            QCOMPARE(have, sent);
        }
        // Nothing of warehouse 2.
        QVERIFY(m_site->core->db().queryInt("SELECT count(*) FROM location WHERE warehouse_id = 2").value() > 0);
        QCOMPARE(f.queryInt("SELECT count(*) FROM location WHERE warehouse_id <> 1").value(), 0);
        QCOMPARE(f.queryInt("SELECT count(*) FROM transfer WHERE warehouse_id <> 1").value(), 0);
        QCOMPARE(f.queryInt("SELECT count(*) FROM count_task WHERE warehouse_id <> 1").value(), 0);
        QCOMPARE(f.queryInt("SELECT count(*) FROM exception WHERE warehouse_id <> 1").value(), 0);
        QCOMPARE(f.queryInt("SELECT count(*) FROM app_user WHERE warehouse_id <> 1").value(), 0);
        QCOMPARE(
            f.queryInt("SELECT count(*) FROM quant WHERE location_id NOT IN (SELECT id FROM location)").value(), 0);
        QCOMPARE(
            f.queryInt("SELECT count(*) FROM transfer_line WHERE transfer_id NOT IN (SELECT id FROM transfer)").value(),
            0);
        // No verifier of a supervisor or an admin (their PIN fields are blank, as in the row pages) ...
        QCOMPARE(f.queryInt("SELECT count(*) FROM app_user WHERE (roles LIKE '%supervisor%' OR roles LIKE '%admin%') "
                            "AND (length(pin_hash) > 0 OR length(pin_salt) > 0 OR pin_iterations <> 0)")
                     .value(),
            0);
        QVERIFY(f.queryInt("SELECT count(*) FROM app_user WHERE roles LIKE '%supervisor%'").value() > 0);
        // ... and no password verifier, token, session or code anywhere in the file's bytes.
        QFile raw(unpacked);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        for (const char *table : {"user_credential", "device", "user_session", "enrolment_code", "op_log"}) {
            auto st = m_site->core->db().prepare(std::string("SELECT count(*) FROM ") + table);
            QVERIFY2(st, table);
        }
        auto secrets = m_site->core->db().prepare(
            "SELECT hash FROM user_credential UNION ALL SELECT token_hash FROM device UNION ALL "
            "SELECT secret_hash FROM user_session");
        QVERIFY(secrets);
        int checked = 0;
        while (secrets->step().value()) {
            const QByteArray secret = secrets->blob(0);
            if (secret.size() < 16)
                continue;
            ++checked;
            QVERIFY2(!bytes.contains(secret), "a credential hash is in the file");
        }
        QVERIFY(checked > 0);
        // The same user rows as the row pages give the device.
        auto byPages = device(1, false);
        QVERIFY(byPages->sync());
        auto users = [](db::Database &db) {
            QByteArray out;
            auto st = db.prepare(
                "SELECT id, hex(pin_hash), hex(pin_salt), pin_iterations, roles FROM app_user ORDER BY id");
            while (st->step().value())
                out += st->text(0).toUtf8() + st->text(1).toUtf8() + st->text(2).toUtf8() + st->text(3).toUtf8()
                    + st->text(4).toUtf8() + '\n';
            return out;
        };
        QCOMPARE(users(f), users(byPages->store->db()));
        // Warehouse 2 gets its own file, with its own rows only.
        auto other = device(2);
        QVERIFY(other->sync());
        QCOMPARE(m_site->core->snapshotFiles().builds(), 2);
        QCOMPARE(other->store->db().queryInt("SELECT count(*) FROM location WHERE warehouse_id = 1").value(), 0);
        QCOMPARE(worldDigest(other->store->db(), 2), worldDigest(m_site->core->db(), 2));
    }

    // A download cut short resumes from where it stopped (Range), and the device ends as if it had not been.
    void downloadResumes()
    {
        auto d = device();
        d->network->faults = [](const QString &path, int index) {
            return path == u"/v1/snapshot-file/data" && index == 0 ? Fault::TruncateBody : Fault::None;
        };
        QVERIFY(!d->sync());
        const QStringList parts
            = QDir(m_dir->path())
                  .entryList({QFileInfo(d->store->db().path()).fileName() + QStringLiteral(".snapshot-*.part")});
        QCOMPARE(parts.size(), 1);
        const qint64 half = QFileInfo(m_dir->filePath(parts.first())).size();
        QVERIFY(half > 0);
        QVERIFY(half < QFileInfo(builtFile()).size());
        QVERIFY(d->sync());
        QCOMPARE(d->network->requests(QStringLiteral("/v1/snapshot-file/data")), 2);
        QCOMPARE(d->network->requests(QStringLiteral("/v1/snapshot")), 0);
        QCOMPARE(worldDigest(d->store->db(), 1), worldDigest(m_site->core->db(), 1));
        auto byPages = device(1, false);
        QVERIFY(byPages->sync());
        QCOMPARE(replicaDump(d->store->db()), replicaDump(byPages->store->db()));
    }

    // A file that does not match its checksum is not used: one log line, then the row pages.
    void badChecksumFallsBackToPages()
    {
        auto first = device();
        QVERIFY(first->sync());
        QFile f(builtFile());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(f.size() / 2));
        const char c = f.peek(1).at(0);
        QVERIFY(f.putChar(char(c ^ 0x55)));
        f.close();
        auto d = device();
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("snapshot file not used.*SHA-256")));
        QVERIFY(d->sync());
        QVERIFY(d->network->requests(QStringLiteral("/v1/snapshot")) > 0);
        QCOMPARE(worldDigest(d->store->db(), 1), worldDigest(m_site->core->db(), 1));
        QCOMPARE(QDir(m_dir->path())
                     .entryList({QFileInfo(d->store->db().path()).fileName() + QStringLiteral(".snapshot-*")})
                     .size(),
            0);
    }

    // A server without snapshot files (an older one answers 404 request.not-found the same way) gives the
    // row pages.
    void serverWithoutFilesGivesPages()
    {
        server::CoreConfig config; // no directory: off
        m_site.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_site = std::make_unique<Site>(m_dir->path(), config);
        auto d = device();
        QVERIFY(d->sync());
        QCOMPARE(d->network->requests(QStringLiteral("/v1/snapshot-file")), 1);
        QCOMPARE(d->network->requests(QStringLiteral("/v1/snapshot-file/data")), 0);
        QVERIFY(d->network->requests(QStringLiteral("/v1/snapshot")) > 0);
        QCOMPARE(worldDigest(d->store->db(), 1), worldDigest(m_site->core->db(), 1));
    }

    // Pending operations survive the import (as with every resync) and are pushed.
    void pendingOperationsAreKept()
    {
        auto d = device();
        const qint64 user = userWithRole(m_site->core->db(), "picker", 1);
        const qint64 product = m_site->core->db()
                                   .queryInt("SELECT product_id FROM quant q JOIN location l ON l.id = "
                                             "q.location_id WHERE l.warehouse_id = 1 LIMIT 1")
                                   .value();
        const qint64 from = m_site->core->db()
                                .queryInt("SELECT location_id FROM quant q JOIN location l ON l.id = "
                                          "q.location_id WHERE l.warehouse_id = 1 LIMIT 1")
                                .value();
        const qint64 to = m_site->core->db()
                              .queryInt("SELECT id FROM location WHERE warehouse_id = 1 AND type = 'bin' "
                                        "AND id <> "
                                  + std::to_string(from) + " LIMIT 1")
                              .value();
        auto op = recordMove(*d->store, product, from, to, units(1), user);
        QVERIFY(op);
        QVERIFY(d->sync());
        QCOMPARE(d->store->pendingCount().value(), 0);
        QCOMPARE(m_site->core->db().queryInt("SELECT count(*) FROM op_log").value(), 1);
        QCOMPARE(worldDigest(d->store->db(), 1), worldDigest(m_site->core->db(), 1));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotFile)
#include "tst_snapshotfile.moc"
