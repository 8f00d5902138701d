// fleet_screenshots <dir>: the console's Fleet page and its dialogs from the real window at 1280x800, on
// the real sync engine and server core (in-process network): five devices that reported different
// states, the list, the revoke confirmation, a new enrolment code with its QR code, the list offline,
// the handheld's sign-in page reading that code, and the page in German.
// For docs/screenshots: xvfb-run -s "-screen 0 1280x800x24" fleet_screenshots docs/screenshots
// Exit code 1 when an image could not be taken or has the wrong size.
#include "enginesyncstatus.h"
#include "handheldapp.h"
#include "qmlhelpers.h"
#include "qmlshell.h"
#include "storage/sqlite/admin.h"
#include "syncfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QSignalSpy>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(StockhandHandheldPlugin)

using namespace stockhand;
using namespace uitest;

namespace {

struct Tour
{
    QQuickWindow *w = nullptr;
    QString dir;
    QStringList errors;

    void settle(int ms = 100)
    {
        const QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    void waitPopup(const char *name, bool opened)
    {
        QObject *popup = w->findChild<QObject *>(QString::fromLatin1(name));
        const QDeadlineTimer deadline(2000);
        while (popup && popup->property("opened").toBool() != opened && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        settle();
    }
    void shot(const QString &name, QSize size = QSize(1280, 800))
    {
        settle(200);
        const QImage image = w->grabWindow();
        const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
        if (image.isNull() || image.size() != size || !image.save(file))
            errors << file;
        std::printf("%s %dx%d\n", qPrintable(file), image.width(), image.height());
    }
};

// A device of the site that reports `pending` operations (the oldest `ageMinutes` old) and maybe a failure.
std::unique_ptr<test::DeviceUnderTest> device(
    test::Site &site, const QString &path, const QString &name, int pending, int ageMinutes, bool failing)
{
    auto d = std::make_unique<test::DeviceUnderTest>(site, path);
    auto code = site.core->devices().issueCode(1, 1);
    QSignalSpy spy(d->engine.get(), &sync::SyncEngine::enrolFinished);
    d->engine->enrol(code.value(), name);
    spy.wait(5000);
    d->sync();
    const qint64 picker = test::userWithRole(d->store->db(), "picker", 1);
    const qint64 product = d->store->db().queryInt("SELECT min(id) FROM product").valueOr(0);
    const qint64 a = d->store->db().queryInt("SELECT min(id) FROM location WHERE type = 'bin'").valueOr(0);
    const qint64 b = d->store->db().queryInt("SELECT max(id) FROM location WHERE type = 'bin'").valueOr(0);
    const QDateTime now = d->clock.now();
    for (int i = 0; i < pending; ++i) {
        // The first one ageMinutes ago (on this device's clock), the others now.
        d->clock.setNow(i == 0 ? now.addSecs(-qint64(ageMinutes) * 60) : now);
        (void)test::recordMove(*d->store, product, a, b, kMilliPerUnit, picker);
    }
    d->clock.setNow(now);
    if (pending > 0) {
        d->network->faults = [failing](const QString &path, int) {
            return path == u"/v1/push" ? (failing ? test::Fault::Http500 : test::Fault::DropRequest)
                                       : test::Fault::None;
        };
        d->sync();
        // One request that reaches the server with the report (a notify would, on a real device); pushes
        // keep failing, so that the operations stay pending.
        QSignalSpy signedIn(d->engine.get(), &sync::SyncEngine::userSignInFinished);
        d->engine->signInUser(QStringLiteral("nobody"), QStringLiteral("x"));
        signedIn.wait(5000);
        d->engine->stop();
    }
    return d;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication qapp(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fleet_screenshots <dir>\n");
        return 2;
    }
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QTemporaryDir tmp;
    test::Site site(tmp.path());
    site.core->setPublicEndpoint({QStringLiteral("https://stock.example.com:8443"),
        QStringLiteral("3f6c2a8e91d04b7f5a2c9e8d7b6a5f4e3d2c1b0a99887766554433221100ffee")});
    auto console
        = device(site, tmp.filePath(QStringLiteral("console.db")), QStringLiteral("Office PC (console)"), 0, 0, false);
    std::vector<std::unique_ptr<test::DeviceUnderTest>> fleet;
    fleet.push_back(
        device(site, tmp.filePath(QStringLiteral("h1.db")), QStringLiteral("Handheld 01 — picking"), 0, 0, false));
    fleet.push_back(
        device(site, tmp.filePath(QStringLiteral("h2.db")), QStringLiteral("Handheld 02 — receiving"), 3, 12, false));
    fleet.push_back(
        device(site, tmp.filePath(QStringLiteral("h3.db")), QStringLiteral("Handheld 03 — cold store"), 14, 95, true));
    fleet.push_back(
        device(site, tmp.filePath(QStringLiteral("h4.db")), QStringLiteral("Forklift terminal 1"), 0, 0, false));
    if (!server::setUserPassword(site.core->db(), QStringLiteral("supervisor1-wh1"), QStringLiteral("fleet-password"),
            1000, utcTime(site.clock.now())))
        return 1;
    QSignalSpy signedIn(console->engine.get(), &sync::SyncEngine::userSignInFinished);
    console->engine->signInUser(QStringLiteral("supervisor1-wh1"), QStringLiteral("fleet-password"));
    if (!signedIn.wait(5000) || !signedIn.first().first().toBool())
        return 1;

    ui::HandheldApp app(*console->store, console->clock);
    app.feedback()->setSoundEnabled(false);
    ui::EngineSyncStatus status(*console->engine);
    app.setSyncStatus(&status);
    app.setProfile(QStringLiteral("desktop"));
    const qint64 supervisor = test::userWithRole(site.core->db(), "supervisor", 1);
    if (!app.session()->start(supervisor, QStringLiteral("Supervisor 1 (WH1)"), {QStringLiteral("supervisor")}, 1))
        return 1;
    QQmlApplicationEngine engine;
    ui::setUpEngine(engine, app);
    engine.load(ui::consoleQmlUrl());
    auto *window
        = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window || !QTest::qWaitForWindowExposed(window))
        return 1;
    Tour t {window, QString::fromLocal8Bit(argv[1]), {}};
    ui::FleetModel *model = app.fleet();

    click(window, find(window, QStringLiteral("navFleet")));
    QSignalSpy refreshed(model, &ui::FleetModel::refreshed);
    model->refresh();
    refreshed.wait(5000);
    console->clock.advanceMs(40 * 1000);
    model->sortByColumn(ui::FleetModel::Pending);
    model->sortByColumn(ui::FleetModel::Pending); // descending: the devices with most waiting first
    t.shot(QStringLiteral("console-fleet-01-list"));

    // The revoke confirmation names the device.
    QQuickItem *fleetPage = find(window, QStringLiteral("fleetPage"));
    fleetPage->setProperty("currentRow", 0);
    click(window, find(window, QStringLiteral("fleetRevoke")));
    t.waitPopup("fleetRevokeDialog", true);
    t.shot(QStringLiteral("console-fleet-02-revoke-confirm"));
    QObject *revokeDialog = window->findChild<QObject *>(QStringLiteral("fleetRevokeDialog"));
    QMetaObject::invokeMethod(revokeDialog, "close");
    t.waitPopup("fleetRevokeDialog", false);

    // A new enrolment code: large text and the QR code.
    click(window, find(window, QStringLiteral("fleetNewCode")));
    t.waitPopup("enrolmentCodeDialog", true);
    find(window, QStringLiteral("enrolDeviceName"))->setProperty("text", QStringLiteral("Dock scanner 3"));
    QSignalSpy issued(model, &ui::FleetModel::enrolmentChanged);
    model->requestEnrolmentCode(0, QStringLiteral("Dock scanner 3"));
    const QDeadlineTimer deadline(5000);
    while (model->enrolCode().isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    t.shot(QStringLiteral("console-fleet-03-enrolment-code"));
    const QString payload = model->enrolPayload();
    QMetaObject::invokeMethod(window->findChild<QObject *>(QStringLiteral("enrolmentCodeDialog")), "close");
    t.waitPopup("enrolmentCodeDialog", false);

    // Offline: the last list, with its age.
    console->clock.advanceMs(25 * 60 * 1000);
    console->network->faults = [](const QString &, int) { return test::Fault::DropRequest; };
    refreshed.clear();
    model->refresh();
    refreshed.wait(5000);
    t.shot(QStringLiteral("console-fleet-04-offline"));

    app.language()->setLanguage(QStringLiteral("de"));
    refreshed.clear();
    model->refresh(); // its message in German too
    refreshed.wait(5000);
    t.shot(QStringLiteral("console-fleet-05-de"));
    app.language()->setLanguage(QStringLiteral("en"));

    // The handheld side: a new device's sign-in page after scanning the code.
    engine.clearComponentCache();
    test::DeviceUnderTest fresh(site, tmp.filePath(QStringLiteral("fresh.db")));
    ui::HandheldApp handheld(*fresh.store, fresh.clock);
    handheld.feedback()->setSoundEnabled(false);
    ui::EngineSyncStatus freshStatus(*fresh.engine);
    handheld.setSyncStatus(&freshStatus);
    QQmlApplicationEngine engine2;
    ui::setUpEngine(engine2, handheld);
    engine2.load(ui::mainQmlUrl());
    auto *hw = engine2.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine2.rootObjects().first());
    if (!hw || !QTest::qWaitForWindowExposed(hw))
        return 1;
    Tour h {hw, t.dir, {}};
    handheld.setActiveFlow(QStringLiteral("signin"));
    handheld.enrol()->start();
    h.shot(QStringLiteral("fleet-handheld-01-enrol-scan"), QSize(480, 800));
    handheld.scan(QStringLiteral("https://example.com/not-ours"));
    h.shot(QStringLiteral("fleet-handheld-02-foreign-code"), QSize(480, 800));
    handheld.scan(payload);
    h.shot(QStringLiteral("fleet-handheld-03-confirm"), QSize(480, 800));

    t.errors << h.errors;
    for (const QString &e : std::as_const(t.errors))
        std::fprintf(stderr, "error: %s\n", qPrintable(e));
    return t.errors.isEmpty() ? 0 : 1;
}
