// The handheld on the real sync engine and the real server core (in-process network, tests/sync): the
// sync bar follows the engine, a pick is applied on the server, and an operation the server rejects
// reaches the exceptions screen with its reason and advice.
#include "enginesyncstatus.h"
#include "handheldapp.h"
#include "ops/count.h"
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

    // The sync bar on the engine: online; offline with operations waiting (amber, and for how long); red
    // with what to do when syncing stopped. A refused switch of user goes through once a sync sent the
    // operations.
    void syncBarStatesFollowTheEngine()
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
        QCOMPARE(status.state(), ui::SyncStatusSource::Online);
        QCOMPARE(status.headline(), QStringLiteral("Online"));
        QVERIFY(status.detail().startsWith(QStringLiteral("synced ")));

        app.setActiveFlow(QStringLiteral("signin"));
        app.scan(QStringLiteral("U101"));
        QVERIFY(app.signIn()->enterPin(QStringLiteral("1234")));
        auto st = dev.store->db().prepare("SELECT id FROM transfer WHERE kind = 'pick' AND warehouse_id = 1 LIMIT 1");
        QVERIFY(st.ok() && st->step().value());
        const qint64 transfer = st->int64(0);
        st->reset();

        // The network goes: the operation waits.
        dev.network->faults = [](const QString &, int) { return test::Fault::DropRequest; };
        QVERIFY(app.pick()->start(transfer));
        QVERIFY(app.pick()->validate(true));
        QVERIFY(!dev.sync());
        QVERIFY(!status.online());
        QCOMPARE(status.state(), ui::SyncStatusSource::Waiting);
        QVERIFY2(status.headline().startsWith(QStringLiteral("Offline · 1 waiting")), qPrintable(status.headline()));
        dev.clock.advanceMs(7 * 60 * 1000);
        status.refresh();
        QCOMPARE(status.headline(), QStringLiteral("Offline · 1 waiting for 7 min"));
        QVERIFY(!app.session()->signOut());
        QVERIFY(app.session()->signOutBlocked());

        // Something that is not our server answers: syncing stops, red, with what to do.
        dev.network->faults
            = [](const QString &path, int) { return path == u"/v1/push" ? test::Fault::Http404 : test::Fault::None; };
        QVERIFY(!dev.sync());
        QCOMPARE(status.state(), ui::SyncStatusSource::Failed);
        QCOMPARE(status.headline(), QStringLiteral("Sync stopped"));
        QVERIFY(status.detail().contains(QStringLiteral("No such page.")));
        QVERIFY(status.detail().contains(QStringLiteral("call a supervisor")));

        // "Sync now" with the server back: sent, and the switch goes through.
        dev.network->faults = nullptr;
        QVERIFY(dev.sync());
        QCOMPARE(status.state(), ui::SyncStatusSource::Online);
        QCOMPARE(status.pendingCount(), 0);
        QVERIFY(app.session()->signOut());
    }

    // The supervisor console against the real server core: two counts from a counter become pending
    // adjustments; the supervisor approves both; one is decided on the server meanwhile. The first approval
    // reaches the server's books, the second comes back refused and is on the console's exceptions list.
    void consoleApprovalReachesTheServer()
    {
        QTemporaryDir dir;
        test::Site site(dir.path());
        test::DeviceUnderTest dev(site, dir.filePath(QStringLiteral("device.db")));
        QVERIFY(dev.enrol(1));
        QVERIFY(dev.sync());
        auto &local = dev.store->db();
        auto &server = site.core->db();
        auto query = [](db::Database &db, const QString &sql) {
            auto st = db.prepare(sql.toStdString());
            if (!st)
                qFatal("%s", qPrintable(st.error().message));
            return st->step().value() ? st->int64(0) : qint64(-1);
        };
        // Two places of warehouse 1 with stock, counted 50 more than the books (far above the thresholds).
        struct Place
        {
            qint64 location, product;
            Milli book;
        };
        QList<Place> places;
        auto st = local.prepare(
            "SELECT q.location_id, q.product_id, q.qty FROM quant q JOIN location l ON l.id = q.location_id "
            "JOIN product p ON p.id = q.product_id WHERE l.warehouse_id = 1 AND q.lot_id IS NULL "
            "AND q.package_id IS NULL AND p.tracking = 'none' ORDER BY q.id LIMIT 2");
        QVERIFY(st.ok());
        while (st->step().value())
            places.append({st->int64(0), st->int64(1), st->int64(2)});
        QCOMPARE(places.size(), 2);
        for (const Place &p : places) {
            ops::Count count;
            count.locationId = p.location;
            count.productId = p.product;
            count.qty = p.book + units(50);
            QVERIFY(dev.store->record(ops::draft(count, 6, count.effects())).ok()); // counter 1 of warehouse 1
        }
        QVERIFY(dev.sync());
        QCOMPARE(query(server, QStringLiteral("SELECT count(*) FROM adjustment WHERE state = 'pending'")), 2);

        ui::HandheldApp app(*dev.store, dev.clock);
        app.feedback()->setSoundEnabled(false);
        app.setProfile(QStringLiteral("desktop"));
        ui::EngineSyncStatus status(*dev.engine);
        app.setSyncStatus(&status);
        ui::SupervisorConsole *console = app.console();
        // Supervisors have no PIN on devices: the server checks the password and issues the session.
        QVERIFY(!console->signIn(QStringLiteral("U108"), QStringLiteral("1234")));
        QVERIFY(console->signingIn());
        QSignalSpy answered(console, &ui::SupervisorConsole::signingInChanged);
        QVERIFY(answered.wait());
        QVERIFY(!app.session()->signedIn());
        QCOMPARE(console->message(), QStringLiteral("Wrong login or password."));
        QSignalSpy signedIn(console, &ui::SupervisorConsole::signedIn);
        QVERIFY(!console->signIn(QStringLiteral("U108"), test::Site::kSupervisorPassword));
        QVERIFY(signedIn.wait());
        QCOMPARE(app.session()->userId(), 8);
        QCOMPARE(query(server, QStringLiteral("SELECT count(*) FROM user_session WHERE user_id = 8")), 1);
        QCOMPARE(console->adjustmentTable()->count(), 2);
        const store::PendingAdjustment first = console->adjustmentTable()->at(0);
        const store::PendingAdjustment second = console->adjustmentTable()->at(1);
        QCOMPARE(first.variance(), units(50));

        // Meanwhile another supervisor decided the second one on the server.
        QVERIFY(server
                    .exec(QStringLiteral("UPDATE adjustment SET state = 'rejected' WHERE id = %1")
                              .arg(second.id)
                              .toStdString())
                    .ok());
        for (int r = 0; r < 2; ++r)
            console->adjustments()->setChecked(r, true);
        QVERIFY(console->approve(console->checkedIds(), QStringLiteral("FOUND"), QString()));
        QVERIFY(dev.sync());
        app.refresh();

        // The first approval is in the server's books: state, decider, and the stock moved by the variance.
        QCOMPARE(query(server, QStringLiteral("SELECT state FROM adjustment WHERE id = %1").arg(first.id)) >= 0, true);
        auto text = [&](const QString &sql) {
            auto s = server.prepare(sql.toStdString());
            return s->step().value() ? s->text(0) : QString();
        };
        QCOMPARE(text(QStringLiteral("SELECT state FROM adjustment WHERE id = %1").arg(first.id)),
            QStringLiteral("approved"));
        QCOMPARE(query(server, QStringLiteral("SELECT decided_by FROM adjustment WHERE id = %1").arg(first.id)), 8);
        QCOMPARE(query(server,
                     QStringLiteral("SELECT ifnull(sum(qty), 0) FROM quant WHERE location_id = %1 AND product_id = %2 "
                                    "AND lot_id IS NULL")
                         .arg(first.locationId)
                         .arg(first.productId)),
            first.book + units(50));
        // Both left the pending table; the refused one is on the exceptions list, by name.
        QCOMPARE(console->adjustmentTable()->count(), 0);
        QCOMPARE(console->exceptionList()->count(), 1);
        const ui::ExceptionItem &refused = console->exceptionList()->at(0);
        QCOMPARE(refused.title, QStringLiteral("Refused by the server: approval"));
        QVERIFY(refused.detail.contains(QStringLiteral("already rejected")));
        QVERIFY(refused.about.contains(second.locationBarcode));
        QVERIFY(refused.about.contains(second.sku));
        // The approval carried the session's proof.
        QCOMPARE(query(server,
                     QStringLiteral("SELECT count(*) FROM op_log WHERE kind = 'approve_adjustment' AND "
                                    "session_id IS NOT NULL")),
            2);

        // The console restarts while the server cannot be reached: the same supervisor takes the session up
        // again with the same password; a wrong password opens nothing.
        QVERIFY(app.session()->signOut()); // the window closed: the session stays on this computer
        dev.network->faults = [](const QString &, int) { return test::Fault::DropRequest; };
        QVERIFY(!console->signIn(QStringLiteral("supervisor1-wh1"), QStringLiteral("not-the-password")));
        QVERIFY(answered.wait());
        QVERIFY(!app.session()->signedIn());
        QVERIFY(console->message().contains(QStringLiteral("cannot be reached")));
        QVERIFY(!console->signIn(QStringLiteral("supervisor1-wh1"), test::Site::kSupervisorPassword));
        QVERIFY(signedIn.wait());
        QCOMPARE(app.session()->userId(), 8);
        // Signing out revokes the session on the server (once it answers) and forgets it here.
        dev.network->faults = nullptr;
        QSignalSpy revoked(dev.engine.get(), &sync::SyncEngine::userSignOutFinished);
        QVERIFY(console->signOut());
        QVERIFY(revoked.wait());
        QCOMPARE(revoked.first().at(0).toBool(), true);
        QCOMPARE(
            query(server, QStringLiteral("SELECT count(*) FROM user_session WHERE user_id = 8 AND revoked_at IS NULL")),
            0);
        QCOMPARE(query(local, QStringLiteral("SELECT count(*) FROM user_session")), 0);
    }
};

QTEST_GUILESS_MAIN(TestUiSync)
#include "tst_ui_sync.moc"
