// (b) of the sync issue, against the real stockhand-server process on 127.0.0.1: a scripted shift on a
// device whose client process is SIGKILLed at random points, 200 times (while recording, while pushing,
// while recording the server's answers, while pulling). Then one clean sync, and the oracle: every
// operation the device recorded is in the server's log exactly once, each moved stock exactly once, and
// the device's replica equals the server.
#include "db/database.h"
#include "e2eutil.h"
#include "serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace stockhand;
using namespace stockhand::server::test;
using namespace stockhand::test;

class TestShiftKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killTheClientAtRandomPoints()
    {
        QTemporaryDir dir;
        const QString serverDb = dir.filePath(QStringLiteral("server.db"));
        const QString deviceDb = dir.filePath(QStringLiteral("device.db"));
        const QString server = QStringLiteral(STOCKHAND_SERVER_BINARY);
        seedServer(server, serverDb, 200);

        // The shift's script: a pick line, a product in a bin and another bin, a picker.
        qint64 line, lineFrom, lineProduct, product, a, b, user;
        QHash<QString, qint64> before;
        {
            auto db = openPlain(serverDb);
            line = one(*db,
                "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id WHERE t.kind = 'pick' ORDER "
                "BY l.id LIMIT 1");
            lineFrom = one(*db, "SELECT from_location_id FROM transfer_line WHERE id = " + std::to_string(line));
            lineProduct = one(*db, "SELECT product_id FROM transfer_line WHERE id = " + std::to_string(line));
            product = one(*db,
                "SELECT product_id FROM quant WHERE lot_id IS NULL AND product_id <> " + std::to_string(lineProduct)
                    + " ORDER BY id LIMIT 1");
            a = one(*db,
                "SELECT location_id FROM quant WHERE product_id = " + std::to_string(product) + " ORDER BY id LIMIT 1");
            b = one(*db,
                "SELECT id FROM location WHERE type = 'bin' AND id <> " + std::to_string(a)
                    + " ORDER BY id DESC LIMIT 1");
            user = one(
                *db, "SELECT id FROM app_user WHERE roles LIKE '%picker%' AND warehouse_id = 1 ORDER BY id LIMIT 1");
            QVERIFY(line > 0 && product > 0 && a > 0 && b > 0 && user > 0);
        }

        ServerProcess proc;
        QVERIFY2(proc.start(serverDb), qPrintable(proc.lastError));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(proc.port());
        const QString code = enrolmentCode(server, serverDb);
        runTool(QStringLiteral(STOCKHAND_CLI_BINARY),
            {QStringLiteral("--store"), deviceDb, QStringLiteral("enrol"), QStringLiteral("--server"), url,
                QStringLiteral("--code"), code});
        runTool(QStringLiteral(STOCKHAND_CLI_BINARY), {QStringLiteral("--store"), deviceDb, QStringLiteral("sync")});
        {
            auto db = openPlain(serverDb);
            for (qint64 loc : {a, b})
                before.insert(QStringLiteral("%1/%2").arg(loc).arg(product),
                    one(*db,
                        "SELECT ifnull(sum(qty), 0) FROM quant WHERE location_id = " + std::to_string(loc)
                            + " AND product_id = " + std::to_string(product)));
            before.insert(QStringLiteral("line"),
                one(*db, "SELECT qty_done FROM transfer_line WHERE id = " + std::to_string(line)));
        }

        const QStringList shiftArgs = {deviceDb, QStringLiteral("--user"), QString::number(user),
            QStringLiteral("--line"), QString::number(line), QStringLiteral("--line-from"), QString::number(lineFrom),
            QStringLiteral("--line-product"), QString::number(lineProduct), QStringLiteral("--product"),
            QString::number(product), QStringLiteral("--from"), QString::number(a), QStringLiteral("--to"),
            QString::number(b), QStringLiteral("--sync-every"), QStringLiteral("4")};
        QRandomGenerator rng(20261126);
        int syncsSeen = 0;
        const int runs = 200;
        for (int run = 0; run < runs; ++run) {
            QProcess client;
            client.start(QStringLiteral(SHIFT_CLIENT), shiftArgs);
            QVERIFY(client.waitForStarted());
            const int target = int(rng.bounded(1, 10));
            int lines = 0;
            QByteArray buffer;
            while (lines < target) {
                QVERIFY2(client.waitForReadyRead(60000), client.readAllStandardError().constData());
                buffer += client.readAllStandardOutput();
                lines = int(buffer.count('\n'));
            }
            syncsSeen += int(buffer.count("S "));
            QElapsedTimer t;
            t.start();
            const qint64 spinNs = rng.bounded(3000000);
            while (t.nsecsElapsed() < spinNs) { }
            client.kill();
            QVERIFY(client.waitForFinished());
        }
        QVERIFY(syncsSeen > 20); // the kills also landed around syncs, not only around recording

        // One clean sync, then the oracle.
        QProcess final;
        final.start(QStringLiteral(SHIFT_CLIENT), {deviceDb, QStringLiteral("--sync-only")});
        QVERIFY(final.waitForFinished(120000));
        QVERIFY2(final.exitCode() == 0, final.readAllStandardError().constData());
        QCOMPARE(proc.terminate(), 0);

        auto dev = openPlain(deviceDb);
        auto srv = openPlain(serverDb);
        const qint64 recorded = one(*dev, "SELECT count(*) FROM outbox");
        QVERIFY(recorded > runs);
        QCOMPARE(one(*dev, "SELECT count(*) FROM outbox WHERE state NOT IN ('applied', 'duplicate')"), 0);
        QCOMPARE(one(*srv, "SELECT count(*) FROM op_log"), recorded);
        QVERIFY(srv->exec("ATTACH '" + deviceDb.toStdString() + "' AS dev").ok());
        QCOMPARE(
            one(*srv, "SELECT count(*) FROM dev.outbox o LEFT JOIN op_log l ON l.uuid = o.uuid WHERE l.id IS NULL"), 0);
        QCOMPARE(one(*srv, "SELECT count(*) FROM op_log WHERE status <> 'applied'"), 0);
        // Each operation moved one unit exactly once.
        QCOMPARE(one(*srv, "SELECT count(*) FROM stock_move"), recorded);
        QCOMPARE(one(*srv, "SELECT count(*) FROM stock_move WHERE qty <> 1000"), 0);
        // The books: quantities follow the recorded operations.
        const qint64 picks = one(*dev, "SELECT count(*) FROM outbox WHERE kind = 'pick'");
        const qint64 ab = one(*dev,
            "SELECT count(*) FROM outbox WHERE kind = 'move' AND json_extract(payload, '$.from_location_id') = "
                + std::to_string(a));
        const qint64 ba = one(*dev,
            "SELECT count(*) FROM outbox WHERE kind = 'move' AND json_extract(payload, '$.from_location_id') = "
                + std::to_string(b));
        QCOMPARE(picks + ab + ba, recorded);
        QCOMPARE(one(*srv, "SELECT qty_done FROM transfer_line WHERE id = " + std::to_string(line)),
            before.value(QStringLiteral("line")) + picks * 1000);
        auto quant = [&](qint64 loc) {
            return one(*srv,
                "SELECT ifnull(sum(qty), 0) FROM quant WHERE location_id = " + std::to_string(loc)
                    + " AND product_id = " + std::to_string(product));
        };
        QCOMPARE(quant(a), before.value(QStringLiteral("%1/%2").arg(a).arg(product)) - 1000 * (ab - ba));
        QCOMPARE(quant(b), before.value(QStringLiteral("%1/%2").arg(b).arg(product)) + 1000 * (ab - ba));
        // The device's replica equals the server, and shows no effect twice.
        QCOMPARE(one(*srv,
                     "SELECT count(*) FROM (SELECT id, location_id, product_id, qty FROM quant EXCEPT SELECT id, "
                     "location_id, product_id, qty FROM dev.quant)"),
            0);
        QCOMPARE(one(*srv, "SELECT qty_done FROM dev.transfer_line WHERE id = " + std::to_string(line)),
            before.value(QStringLiteral("line")) + picks * 1000);
        QCOMPARE(one(*dev, "SELECT count(*) FROM active_effect"), 0);
    }

    // The first sync from a snapshot file (docs/sync-protocol.md), the client SIGKILLed at random points of
    // it (asking, downloading, checking the checksum, unpacking, inside the import transaction), one to
    // three times per device, then one clean sync: every device ends equal to one that synced without
    // interruption (the same rows in every world table, the same pull position), with nothing left next to
    // its store.
    void killTheClientDuringTheFileSync()
    {
        QTemporaryDir dir;
        const QString serverDb = dir.filePath(QStringLiteral("server.db"));
        const QString server = QStringLiteral(STOCKHAND_SERVER_BINARY);
        const QString cli = QStringLiteral(STOCKHAND_CLI_BINARY);
        seedServer(server, serverDb, 3000);
        ServerProcess proc;
        QVERIFY2(proc.start(serverDb), qPrintable(proc.lastError));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(proc.port());
        auto enrolled = [&](const QString &path) {
            runTool(cli,
                {QStringLiteral("--store"), path, QStringLiteral("enrol"), QStringLiteral("--server"), url,
                    QStringLiteral("--code"), enrolmentCode(server, serverDb)});
        };
        auto syncOnly = [&](const QString &path) {
            QProcess p;
            p.start(QStringLiteral(SHIFT_CLIENT), {path, QStringLiteral("--sync-only")});
            return p.waitForFinished(120000) && p.exitCode() == 0;
        };
        // The reference: a device that synced without interruption (it also makes the server build the file).
        const QString reference = dir.filePath(QStringLiteral("reference.db"));
        enrolled(reference);
        QElapsedTimer clean;
        clean.start();
        QVERIFY(syncOnly(reference));
        const qint64 cleanMs = qMax<qint64>(clean.elapsed(), 100);
        QVERIFY(syncOnly(reference)); // a second, timed start-up cost: what a client spends before it syncs
        auto ref = openPlain(reference);
        QVERIFY(one(*ref, "SELECT count(*) FROM product") > 0);

        QRandomGenerator rng(20261129);
        int killed = 0, killedWithDownload = 0;
        for (int trial = 0; trial < 12; ++trial) {
            const QString path = dir.filePath(QStringLiteral("device%1.db").arg(trial));
            enrolled(path);
            const int kills = int(rng.bounded(1, 4));
            for (int k = 0; k < kills; ++k) {
                QProcess client;
                client.start(QStringLiteral(SHIFT_CLIENT), {path, QStringLiteral("--sync-only")});
                QVERIFY(client.waitForStarted());
                // A random point of the sync: the client may also finish first (then nothing is killed).
                if (!client.waitForFinished(int(rng.bounded(int(cleanMs) + 1)))) {
                    client.kill();
                    QVERIFY(client.waitForFinished());
                    ++killed;
                    if (!QDir(dir.path())
                             .entryList({QFileInfo(path).fileName() + QStringLiteral(".snapshot-*")})
                             .isEmpty())
                        ++killedWithDownload;
                }
            }
            QVERIFY(syncOnly(path));
            auto dev = openPlain(path);
            QVERIFY(dev->exec("ATTACH '" + reference.toStdString() + "' AS ref").ok());
            for (const char *table : {"warehouse", "location", "product", "product_barcode", "lot", "package", "quant",
                     "partner", "transfer", "transfer_line", "count_task", "count_line", "reason_code", "adjustment",
                     "app_user", "exception", "count_policy", "user_policy"}) {
                const std::string t = table;
                QCOMPARE(
                    one(*dev, "SELECT count(*) FROM (SELECT * FROM main." + t + " EXCEPT SELECT * FROM ref." + t + ")"),
                    0);
                QCOMPARE(one(*dev, "SELECT count(*) FROM main." + t), one(*dev, "SELECT count(*) FROM ref." + t));
            }
            QCOMPARE(one(*dev,
                         "SELECT count(*) FROM meta WHERE key IN ('epoch', 'cursor') AND value NOT IN "
                         "(SELECT value FROM ref.meta WHERE key IN ('epoch', 'cursor'))"),
                0);
            QCOMPARE(one(*dev, "SELECT count(*) FROM meta WHERE key = 'snapshot_next'"), 0);
            QVERIFY(QDir(dir.path()).entryList({QFileInfo(path).fileName() + QStringLiteral(".snapshot-*")}).isEmpty());
        }
        QVERIFY(killed > 5);
        QVERIFY(killedWithDownload > 0); // some kills landed after the download had begun
        QCOMPARE(proc.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestShiftKill)
#include "tst_shift_kill.moc"
