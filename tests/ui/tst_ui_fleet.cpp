// The console's Fleet page model on the real sync engine and the real server core (in-process network):
// the list shows what the devices reported when they synced, sorts, survives going offline (the stored
// list with its age), revokes another device (whose next sync is refused) but not its own, issues an
// enrolment code whose QR code (ZXing's writer) reads back (ZXing's reader) to the same payload; a user
// without a supervisor's session is refused.
#include "barcodedecoder.h"
#include "domain/enrolmentpayload.h"
#include "enginesyncstatus.h"
#include "handheldapp.h"
#include "qrwriter.h"
#include "storage/sqlite/admin.h"
#include "store/meta.h"
#include "syncfixture.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace stockhand;

namespace {
const QString kPassword = QStringLiteral("fleet-test-password");
}

class TestUiFleet : public QObject
{
    Q_OBJECT

    struct Setup
    {
        QTemporaryDir dir;
        std::unique_ptr<test::Site> site;
        std::unique_ptr<test::DeviceUnderTest> console, handheld;
        std::unique_ptr<ui::HandheldApp> app;
        std::unique_ptr<ui::EngineSyncStatus> status;
        std::unique_ptr<QAbstractItemModelTester> tester;
        qint64 supervisor = 0;
    };

    // A site, the console's device and a handheld of warehouse 1, both enrolled and synced; the console's
    // app signed in as the supervisor of warehouse 1 (with a server session when `online`).
    static bool setUp(Setup &s, bool onlineSession = true)
    {
        s.site = std::make_unique<test::Site>(s.dir.path());
        s.console = std::make_unique<test::DeviceUnderTest>(*s.site, s.dir.filePath(QStringLiteral("console.db")));
        s.handheld = std::make_unique<test::DeviceUnderTest>(*s.site, s.dir.filePath(QStringLiteral("handheld.db")));
        if (!s.console->enrol(1) || !s.handheld->enrol(1) || !s.console->sync() || !s.handheld->sync())
            return false;
        s.supervisor = test::userWithRole(s.site->core->db(), "supervisor", 1);
        if (onlineSession) {
            if (!server::setUserPassword(s.site->core->db(), QStringLiteral("supervisor1-wh1"), kPassword, 1000,
                    utcTime(s.site->clock.now())))
                return false;
            QSignalSpy signedIn(s.console->engine.get(), &sync::SyncEngine::userSignInFinished);
            s.console->engine->signInUser(QStringLiteral("supervisor1-wh1"), kPassword);
            if (!signedIn.wait(5000) || !signedIn.first().at(0).toBool())
                return false;
        }
        s.app = std::make_unique<ui::HandheldApp>(*s.console->store, s.console->clock);
        s.app->feedback()->setSoundEnabled(false);
        s.status = std::make_unique<ui::EngineSyncStatus>(*s.console->engine);
        s.app->setSyncStatus(s.status.get());
        s.tester = std::make_unique<QAbstractItemModelTester>(
            s.app->fleet(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return s.app->session()
            ->start(s.supervisor, QStringLiteral("Supervisor 1"), {QStringLiteral("supervisor")}, 1)
            .ok();
    }
    static bool refresh(ui::FleetModel *fleet)
    {
        QSignalSpy done(fleet, &ui::FleetModel::refreshed);
        fleet->refresh();
        return done.wait(5000) && done.first().at(0).toBool();
    }
    static int rowOf(ui::FleetModel *fleet, const QString &deviceId)
    {
        for (int r = 0; r < fleet->count(); ++r)
            if (fleet->deviceId(r) == deviceId)
                return r;
        return -1;
    }
    static QString serverId(test::DeviceUnderTest &d)
    {
        return d.store->meta().text(store::MetaKey::ServerDeviceId).valueOr(QString());
    }

private Q_SLOTS:
    void listSortRevokeOffline()
    {
        Setup s;
        QVERIFY(setUp(s));
        ui::FleetModel *fleet = s.app->fleet();
        QCOMPARE(fleet->count(), 0);
        QVERIFY(!fleet->fetchedAt().isValid());

        // The handheld has two operations waiting and syncs while the server is down: its next sync
        // reports them and the failure.
        const qint64 picker = test::userWithRole(s.handheld->store->db(), "picker", 1);
        const qint64 product = s.handheld->store->db().queryInt("SELECT min(id) FROM product").valueOr(0);
        const qint64 binA = s.handheld->store->db()
                                .queryInt("SELECT min(id) FROM location WHERE warehouse_id = 1 AND type = 'bin'")
                                .valueOr(0);
        const qint64 binB = s.handheld->store->db()
                                .queryInt("SELECT max(id) FROM location WHERE warehouse_id = 1 AND type = 'bin'")
                                .valueOr(0);
        QVERIFY(test::recordMove(*s.handheld->store, product, binA, binB, kMilliPerUnit, picker).ok());
        s.handheld->clock.advanceMs(90 * 60 * 1000);
        QVERIFY(test::recordMove(*s.handheld->store, product, binA, binB, kMilliPerUnit, picker).ok());
        s.handheld->network->faults
            = [](const QString &path, int) { return path == u"/v1/push" ? test::Fault::Http500 : test::Fault::None; };
        QVERIFY(!s.handheld->sync());
        // A request that reaches the server carries the report (the notify of the next sync would too);
        // pushes keep failing meanwhile, so that a retry cannot send the operations first.
        QSignalSpy signedIn(s.handheld->engine.get(), &sync::SyncEngine::userSignInFinished);
        s.handheld->engine->signInUser(QStringLiteral("nobody"), QStringLiteral("x")); // refused, but reported
        QVERIFY(signedIn.wait(5000));
        s.handheld->engine->stop();
        s.handheld->network->faults = {};

        QVERIFY(refresh(fleet));
        QCOMPARE(fleet->count(), 2);
        QVERIFY(!fleet->offline());
        QVERIFY(fleet->fetchedAt().isValid());
        const int hh = rowOf(fleet, serverId(*s.handheld));
        QVERIFY(hh >= 0);
        QCOMPARE(fleet->at(hh).pendingOps, 2);
        QCOMPARE(fleet->at(hh).lastErrorCode, QStringLiteral("sync.retry-later"));
        QCOMPARE(
            fleet->data(fleet->index(hh, ui::FleetModel::Pending), Qt::DisplayRole).toString(), QStringLiteral("2"));
        // The oldest is 90 minutes older than the newest: the handheld's clock (the console's did not move).
        QVERIFY(!fleet->at(hh).oldestPendingAt.isEmpty());
        QCOMPARE(fleet->data(fleet->index(hh, ui::FleetModel::LastError), ui::FleetModel::ToneRole).toString(),
            QStringLiteral("refused"));

        // Sorting: by pending, descending puts the handheld first; again ascending puts it last.
        fleet->sortByColumn(ui::FleetModel::Pending);
        QCOMPARE(fleet->deviceId(fleet->count() - 1), serverId(*s.handheld));
        fleet->sortByColumn(ui::FleetModel::Pending);
        QVERIFY(!fleet->sortAscending());
        QCOMPARE(fleet->deviceId(0), serverId(*s.handheld));

        // Its own device cannot be revoked (no confirmation is offered; a direct call is refused).
        const int own = rowOf(fleet, serverId(*s.console));
        QVERIFY(fleet->describeRevoke(own).isEmpty());
        QSignalSpy revoked(fleet, &ui::FleetModel::revokeFinished);
        fleet->revoke(own);
        QCOMPARE(revoked.size(), 1);
        QCOMPARE(revoked.takeFirst().at(0).toBool(), false);

        // The handheld: the confirmation names it; revoked, its next sync is refused.
        const int target = rowOf(fleet, serverId(*s.handheld));
        QVERIFY(fleet->describeRevoke(target).contains(QStringLiteral("test device")));
        QSignalSpy again(fleet, &ui::FleetModel::refreshed);
        fleet->revoke(target);
        QVERIFY(revoked.wait(5000));
        QVERIFY2(revoked.first().at(0).toBool(), qPrintable(revoked.first().at(1).toString()));
        QVERIFY(again.wait(5000));
        QVERIFY(fleet->at(rowOf(fleet, serverId(*s.handheld))).revoked());
        QVERIFY(fleet->describeRevoke(rowOf(fleet, serverId(*s.handheld))).isEmpty());
        QVERIFY(!s.handheld->sync());
        QVERIFY(s.handheld->engine->authRequired());

        // Offline: the list stays, said to be the stored one, with its age.
        s.console->clock.advanceMs(5 * 60 * 1000);
        s.console->network->faults = [](const QString &, int) { return test::Fault::DropRequest; };
        QVERIFY(!refresh(fleet));
        QVERIFY(fleet->offline());
        QCOMPARE(fleet->count(), 2);
        QVERIFY(fleet->fetchedText().contains(QStringLiteral("5 min")));
        QVERIFY(!fleet->message().isEmpty());

        // A new model on the same store (the console restarted offline) shows the stored list.
        ui::HandheldApp restarted(*s.console->store, s.console->clock);
        QCOMPARE(restarted.fleet()->count(), 2);
        QVERIFY(restarted.fleet()->offline());
        QVERIFY(restarted.fleet()->fetchedText().contains(QStringLiteral("5 min")));
    }

    void enrolmentCodeQrRoundTrip()
    {
        Setup s;
        QVERIFY(setUp(s));
        s.site->core->setPublicEndpoint({QStringLiteral("https://stock.example:8443"),
            QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0")});
        ui::FleetModel *fleet = s.app->fleet();
        QSignalSpy ready(fleet, &ui::FleetModel::enrolmentChanged);
        fleet->requestEnrolmentCode(0, QStringLiteral("Dock scanner 3"));
        QTRY_VERIFY_WITH_TIMEOUT(!fleet->enrolCode().isEmpty(), 5000);
        QCOMPARE(fleet->enrolServerUrl(), QStringLiteral("https://stock.example:8443"));
        QVERIFY(fleet->enrolFingerprint().startsWith(QStringLiteral("sha256:0f1e")));

        // Build -> render (ZXing writer) -> read back (ZXing reader) -> parse.
        const QImage qr = fleet->enrolQrImage(6);
        QVERIFY(!qr.isNull());
        scanner::DecoderSettings settings;
        settings.formats = scanner::Symbology::QrCode;
        auto read = scanner::BarcodeDecoder(settings).decode(qr);
        QVERIFY(read.ok() && read->has_value());
        QCOMPARE((*read)->text, fleet->enrolPayload());
        auto payload = EnrolmentPayload::parse((*read)->text);
        QVERIFY(payload.ok());
        QCOMPARE(payload->code, fleet->enrolCode());
        QCOMPARE(payload->serverUrl, QStringLiteral("https://stock.example:8443"));
        QCOMPARE(
            payload->caFingerprint, QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"));
        QCOMPARE(payload->deviceName, QStringLiteral("Dock scanner 3"));
        // Damaged and foreign codes are told apart.
        QString damaged = fleet->enrolPayload();
        damaged.replace(QStringLiteral("ca=sha256:0f"), QStringLiteral("ca=sha256:zz"));
        QCOMPARE(EnrolmentPayload::parse(damaged).error().code, QStringLiteral("enrol.qr-damaged"));
        QCOMPARE(EnrolmentPayload::parse(QStringLiteral("(01)04012345678901")).error().code,
            QStringLiteral("enrol.qr-foreign"));
        QCOMPARE(
            EnrolmentPayload::parse(QStringLiteral("STOCKHAND:ENROL:2;url=https://x;code=ABCDE-FGHJK")).error().code,
            QStringLiteral("enrol.qr-version"));
        // The renderer on its own: a longer text still reads back.
        const QString longText = EnrolmentPayload {QStringLiteral(
                                                       "https://a-rather-long-host-name.warehouse.example:8443"),
            QStringLiteral("ABCDE-FGHJK"), QString(64, QLatin1Char('f')), QStringLiteral("Näme; with = odd % chars")}
                                     .toText();
        auto big = scanner::renderQrCode(longText, 3);
        QVERIFY(big.ok());
        auto back = scanner::BarcodeDecoder(settings).decode(big.value());
        QVERIFY(back.ok() && back->has_value());
        QCOMPARE(EnrolmentPayload::parse((*back)->text)->deviceName, QStringLiteral("Näme; with = odd % chars"));
    }

    // A new handheld enrols by scanning the code on its sign-in page: a foreign or damaged code is told
    // apart, the server and fingerprint are shown, and nothing happens before the confirmation.
    void handheldEnrolsByScanningTheCode()
    {
        Setup s;
        QVERIFY(setUp(s));
        s.site->core->setPublicEndpoint({QStringLiteral("http://site.test"), QString()});
        s.app->fleet()->requestEnrolmentCode(0, QStringLiteral("Dock scanner 3"));
        QTRY_VERIFY_WITH_TIMEOUT(!s.app->fleet()->enrolPayload().isEmpty(), 5000);
        const QString payload = s.app->fleet()->enrolPayload();

        test::DeviceUnderTest fresh(*s.site, s.dir.filePath(QStringLiteral("fresh.db")));
        ui::HandheldApp app(*fresh.store, fresh.clock);
        app.feedback()->setSoundEnabled(false);
        ui::EngineSyncStatus status(*fresh.engine);
        app.setSyncStatus(&status);
        connect(fresh.engine.get(), &sync::SyncEngine::syncFinished, &app, &ui::HandheldApp::refresh);
        app.setActiveFlow(QStringLiteral("signin"));
        ui::EnrolFlow *enrol = app.enrol();
        QVERIFY(enrol->available());
        QVERIFY(!app.hasUsers());

        enrol->start();
        QCOMPARE(enrol->step(), int(ui::EnrolFlow::Scan));
        app.scan(QStringLiteral("U101")); // a badge is not an enrolment code
        QVERIFY(enrol->failed());
        QVERIFY(enrol->message().contains(QStringLiteral("not a Stockhand enrolment code")));
        QString damaged = payload;
        damaged.remove(QRegularExpression(QStringLiteral(";code=[^;]*")));
        app.scan(damaged);
        QVERIFY(enrol->message().contains(QStringLiteral("cannot be read")));
        QCOMPARE(enrol->step(), int(ui::EnrolFlow::Scan));

        app.scan(payload);
        QCOMPARE(enrol->step(), int(ui::EnrolFlow::Confirm));
        QCOMPARE(enrol->serverUrl(), QStringLiteral("http://site.test"));
        QVERIFY(enrol->fingerprint().isEmpty());
        QCOMPARE(enrol->code(), s.app->fleet()->enrolCode());
        QVERIFY(!fresh.engine->enrolled()); // nothing before the confirmation

        QSignalSpy done(enrol, &ui::EnrolFlow::enrolled);
        QSignalSpy synced(fresh.engine.get(), &sync::SyncEngine::syncFinished);
        enrol->confirm();
        QVERIFY(done.wait(5000));
        QCOMPARE(enrol->step(), int(ui::EnrolFlow::Done));
        QVERIFY(fresh.engine->enrolled());
        QVERIFY(!enrol->available());
        QVERIFY(synced.wait(20000));
        QVERIFY(synced.first().first().toBool());
        QVERIFY(app.hasUsers());
        // The name the supervisor chose.
        QVERIFY(refresh(s.app->fleet()));
        const int row = rowOf(s.app->fleet(), serverId(fresh));
        QVERIFY(row >= 0);
        QCOMPARE(s.app->fleet()->at(row).name, QStringLiteral("Dock scanner 3"));
    }

    void refusedWithoutSupervisorSession()
    {
        Setup s;
        QVERIFY(setUp(s, false));
        ui::FleetModel *fleet = s.app->fleet();
        QVERIFY(!refresh(fleet));
        QCOMPARE(fleet->count(), 0);
        QVERIFY(fleet->message().contains(QStringLiteral("password")));
        fleet->requestEnrolmentCode(0, QString());
        QVERIFY(fleet->enrolCode().isEmpty());
        QCOMPARE(
            s.site->core->db().queryInt("SELECT count(*) FROM enrolment_code WHERE issued_by IS NOT NULL").valueOr(-1),
            0);
    }
};

QTEST_MAIN(TestUiFleet)
#include "tst_ui_fleet.moc"
