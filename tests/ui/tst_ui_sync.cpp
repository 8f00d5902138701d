// The handheld on the real sync engine and the real server core (in-process network, tests/sync): the
// sync bar follows the engine, a pick is applied on the server, and an operation the server rejects
// reaches the exceptions screen with its reason and advice.
#include "enginesyncstatus.h"
#include "handheldapp.h"
#include "ops/kinds.h"
#include "syncfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace stockhand;

class TestUiSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pickAppliedAndRejectionShown()
    {
        QTemporaryDir dir;
        test::Site site(dir.path());
        test::DeviceUnderTest dev(site, dir.filePath(QStringLiteral("device.db")));
        QVERIFY(dev.enrol(1));
        QVERIFY(dev.sync());

        ui::HandheldApp app(*dev.store, dev.clock);
        app.feedback()->setSoundEnabled(false);
        ui::EngineSyncStatus status(*dev.engine);
        app.setSyncStatus(&status);
        QCOMPARE(app.sync(), &status);
        app.setActiveFlow(QStringLiteral("signin"));
        app.scan(QStringLiteral("U101"));
        QVERIFY(app.signIn()->enterPin(QStringLiteral("1234")));
        QCOMPARE(app.session()->warehouseId(), 1); // the engine's enrolment set the device's warehouse

        auto query = [&](db::Database &db, const char *sql, qint64 arg = 0) {
            auto st = db.prepare(sql);
            if (!st)
                qFatal("%s", qPrintable(st.error().message));
            if (arg)
                st->bind(1, arg);
            return st->step().value() ? st->int64(0) : qint64(-1);
        };
        auto &local = dev.store->db();
        const qint64 line = query(local,
            "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id JOIN product p ON p.id = "
            "l.product_id WHERE t.kind = 'pick' AND t.warehouse_id = 1 AND p.tracking = 'none' ORDER BY l.id LIMIT 1");
        QVERIFY(line > 0);
        const qint64 transfer = query(local, "SELECT transfer_id FROM transfer_line WHERE id = ?1", line);
        const qint64 from = query(local, "SELECT from_location_id FROM transfer_line WHERE id = ?1", line);
        const qint64 product = query(local, "SELECT product_id FROM transfer_line WHERE id = ?1", line);
        const Milli expected = query(local, "SELECT qty_expected FROM transfer_line WHERE id = ?1", line);
        auto text = [&](const char *sql, qint64 arg) {
            auto st = local.prepare(sql);
            st->bind(1, arg);
            return st->step().value() ? st->text(0) : QString();
        };

        // Pick the line by scans.
        app.setActiveFlow(QStringLiteral("pick"));
        QVERIFY(app.pick()->start(transfer));
        while (app.pick()->current().lineId != line)
            app.pick()->skip();
        app.scan(text("SELECT barcode FROM location WHERE id = ?1", from));
        app.scan(QStringLiteral("(01)")
            + text("SELECT code FROM product_barcode WHERE product_id = ?1 AND packaging = 'unit'", product));
        app.pick()->setQuantity(formatQuantity(expected));
        QVERIFY(app.pick()->confirmQuantity());
        QCOMPARE(status.pendingCount(), 1);

        // Another transfer is closed on the server meanwhile; this device still validates it.
        const qint64 closed = query(
            local, "SELECT id FROM transfer WHERE kind = 'pick' AND warehouse_id = 1 AND id != ?1 LIMIT 1", transfer);
        QVERIFY(site.core->db()
                    .exec(QStringLiteral("UPDATE transfer SET state = 'done' WHERE id = %1").arg(closed).toStdString())
                    .ok());
        app.pick()->leave();
        QVERIFY(app.pick()->start(closed));
        QVERIFY(app.pick()->validate(true));
        QCOMPARE(status.pendingCount(), 2);

        QSignalSpy health(&status, &ui::SyncStatusSource::statusChanged);
        QVERIFY(dev.sync());
        QVERIFY(health.size() > 0);
        QVERIFY(status.online());
        QVERIFY(status.lastSyncTime().isValid());
        QCOMPARE(status.pendingCount(), 0);
        QCOMPARE(status.exceptionCount(), 1);

        // The pick is in the server's books; the rejection is on the exceptions screen.
        QCOMPARE(query(site.core->db(), "SELECT qty_done FROM transfer_line WHERE id = ?1", line), expected);
        app.refresh();
        QCOMPARE(app.exceptions()->count(), 1);
        QCOMPARE(app.exceptions()->value(0, "kind").toString(), ops::kindName(ops::Kind::ValidateTransfer));
        QCOMPARE(app.exceptions()->value(0, "code").toString(), QStringLiteral("op.transfer-closed"));
        QVERIFY(app.exceptions()->value(0, "advice").toString().contains(QStringLiteral("closed this transfer")));
        QVERIFY(app.exceptions()->resolve(0));
        QTRY_COMPARE(status.exceptionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUiSync)
#include "tst_ui_sync.moc"
