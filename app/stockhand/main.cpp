// The Stockhand client: opens (or with --demo creates) the device store, wires the services and loads
// the handheld QML module. Logic lives in ui/ (view models) and core/.
#include "camerascanner.h"
#include "demo/demogenerator.h"
#include "enginesyncstatus.h"
#include "handheldapp.h"
#include "keyboardwedge.h"
#include "qmlshell.h"
#include "store/catalog.h"
#include "store/devicestore.h"
#include "store/meta.h"
#include "syncengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(StockhandHandheldPlugin)

using namespace stockhand;

namespace {

void printErr(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

// A small demo warehouse so that the app works standalone (users' PIN: 1234, badges U101...).
Status createDemo(store::DeviceStore &store, bool small)
{
    auto products = store::productCount(store.db());
    SH_TRY(products);
    if (*products > 0)
        return {};
    demo::DemoOptions o;
    o.warehouses = small ? 1 : 2;
    o.products = small ? 300 : 2000;
    o.binsPerWarehouse = small ? 200 : 400;
    o.receipts = small ? 10 : 30;
    o.picks = small ? 10 : 60;
    o.countTasks = small ? 4 : 12;
    o.deviceStore = true;
    o.pendingAdjustments = small ? 0 : 60; // for the supervisor console (--profile desktop)
    if (small)
        o.pinIterations = 1000;
    return Status::from(demo::generateDemo(store.db(), o));
}

} // namespace

int main(int argc, char *argv[])
{
    // A QApplication, not a QGuiApplication: the KPI page's Qt Charts draw through the Graphics View.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stockhand"));
    QCoreApplication::setApplicationName(QStringLiteral("stockhand"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Stockhand warehouse client"));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption storeOpt(
        QStringLiteral("store"), QStringLiteral("Device store file."), QStringLiteral("path"));
    const QCommandLineOption serverOpt(
        QStringLiteral("server"), QStringLiteral("Server URL (used by the sync engine)."), QStringLiteral("url"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
        QStringLiteral("handheld or desktop (the supervisor console); remembered in the store. Default: the "
                       "remembered one, else handheld."),
        QStringLiteral("name"));
    const QCommandLineOption demoOpt(
        QStringLiteral("demo"), QStringLiteral("Create a demo store when the store is empty."));
    const QCommandLineOption langOpt(QStringLiteral("language"), QStringLiteral("en or de."), QStringLiteral("code"));
    const QCommandLineOption selfTestOpt(
        QStringLiteral("self-test"), QStringLiteral("Load every QML file and exit (0 = all loaded)."));
    const QCommandLineOption enrolOpt(QStringLiteral("enrol"),
        QStringLiteral("Enrol this device with a one-time code (needs --server)."), QStringLiteral("code"));
    const QCommandLineOption syncOnceOpt(QStringLiteral("sync-once"),
        QStringLiteral("Enrol if asked, sync once with --server and exit (0 = synced); no window."));
    const QCommandLineOption cameraOpt(QStringLiteral("camera"),
        QStringLiteral("Scan with the device's camera too (frames decoded on a worker thread)."));
    cli.addOptions({storeOpt, serverOpt, enrolOpt, profileOpt, demoOpt, langOpt, selfTestOpt, syncOnceOpt, cameraOpt});
    cli.process(app);

    if (cli.isSet(profileOpt) && cli.value(profileOpt) != u"handheld" && cli.value(profileOpt) != u"desktop") {
        printErr(QStringLiteral("Unknown profile %1: handheld or desktop.").arg(cli.value(profileOpt)));
        return 2;
    }
    const bool selfTest = cli.isSet(selfTestOpt);
    QTemporaryDir scratch;
    QString path = cli.value(storeOpt);
    if (path.isEmpty() && selfTest)
        path = scratch.filePath(QStringLiteral("selftest.db"));
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        path = QDir(dir).filePath(QStringLiteral("stockhand.db"));
    }
    auto store = store::DeviceStore::open(path, SystemClock::instance());
    if (!store) {
        printErr(QStringLiteral("Cannot open the store %1: %2").arg(path, store.error().toString()));
        return 1;
    }
    if (cli.isSet(demoOpt) || selfTest) {
        if (auto demo = createDemo(**store, selfTest); !demo) {
            printErr(QStringLiteral("Cannot create the demo store: ") + demo.error().toString());
            return 1;
        }
    }

    // The profile: --profile, remembered in the store's meta for the next start; else the remembered one.
    store::Meta meta((*store)->db());
    QString profile = cli.value(profileOpt);
    if (profile.isEmpty())
        profile = meta.text(store::MetaKey::Profile, QStringLiteral("handheld")).valueOr(QStringLiteral("handheld"));
    else if (auto saved = meta.set(store::MetaKey::Profile, profile); !saved)
        printErr(QStringLiteral("Cannot remember the profile: ") + saved.error().toString());

    ui::HandheldApp handheld(**store, SystemClock::instance());
    handheld.setProfile(profile);
    if (cli.isSet(langOpt) && !handheld.language()->setLanguage(cli.value(langOpt)))
        printErr(QStringLiteral("Unknown language %1; using English.").arg(cli.value(langOpt)));

    if (selfTest) {
        handheld.feedback()->setSoundEnabled(false);
        const QStringList problems = ui::selfTestQml(handheld);
        for (const QString &p : problems)
            printErr(p);
        std::printf("self-test: %lld QML files, %lld problems\n", qlonglong(handheld.qmlFiles().size()),
            qlonglong(problems.size()));
        return problems.isEmpty() ? 0 : 1;
    }

    // The sync engine, when a server is known: the sync bar shows its health. A device with no token and no
    // demo gets one too, idle, so that it can be enrolled by scanning an enrolment QR code (sign-in page);
    // it starts syncing once enrolled.
    QNetworkAccessManager network;
    std::unique_ptr<sync::SyncEngine> engineSync;
    std::unique_ptr<ui::EngineSyncStatus> syncStatus;
    const bool enrolled = !meta.text(store::MetaKey::DeviceToken).valueOr(QString()).isEmpty();
    if (!cli.isSet(serverOpt) && !enrolled && !cli.isSet(demoOpt) && !cli.isSet(syncOnceOpt)) {
        engineSync = std::make_unique<sync::SyncEngine>(**store, &network);
        syncStatus = std::make_unique<ui::EngineSyncStatus>(*engineSync);
        handheld.setSyncStatus(syncStatus.get());
        QObject::connect(engineSync.get(), &sync::SyncEngine::syncFinished, &handheld, &ui::HandheldApp::refresh);
        QObject::connect(engineSync.get(), &sync::SyncEngine::enrolFinished, &app, [&](bool ok) {
            if (ok)
                engineSync->start();
        });
    } else if (cli.isSet(serverOpt)) {
        engineSync = std::make_unique<sync::SyncEngine>(**store, &network);
        engineSync->setServer(QUrl(cli.value(serverOpt)));
        syncStatus = std::make_unique<ui::EngineSyncStatus>(*engineSync);
        handheld.setSyncStatus(syncStatus.get());
        QObject::connect(engineSync.get(), &sync::SyncEngine::syncFinished, &handheld, &ui::HandheldApp::refresh);
        if (cli.isSet(syncOnceOpt)) {
            QObject::connect(engineSync.get(), &sync::SyncEngine::syncFinished, &app, [&](bool ok) {
                if (!ok)
                    printErr(QStringLiteral("Sync failed: ") + engineSync->lastError());
                QCoreApplication::exit(ok ? 0 : 1);
            });
        }
        if (cli.isSet(enrolOpt)) {
            QObject::connect(
                engineSync.get(), &sync::SyncEngine::enrolFinished, &app, [&](bool ok, const QString &error) {
                    if (!ok)
                        printErr(QStringLiteral("Enrolment failed: ") + error);
                    if (!ok && cli.isSet(syncOnceOpt))
                        QCoreApplication::exit(1);
                    else
                        engineSync->start();
                });
            engineSync->enrol(cli.value(enrolOpt), QSysInfo::machineHostName());
        } else {
            engineSync->start();
        }
    }

    if (cli.isSet(syncOnceOpt))
        return engineSync ? app.exec() : 2;

    // Keyboard-wedge scanners: scans are taken out of the key stream and go to the flow on screen.
    scanner::KeyboardWedgeFilter wedge(scanner::WedgeSettings {}, SystemClock::instance());
    app.installEventFilter(&wedge);
    QObject::connect(&wedge, &scanner::KeyboardWedgeFilter::scanned, &handheld, &ui::HandheldApp::wedgeScan);

    // The camera, when asked for: its scans go to the flow on screen like the hardware scanner's.
    scanner::CameraScanner camera(scanner::DecoderSettings {}, SystemClock::instance());
    QObject::connect(&camera, &scanner::CameraScanner::scanned, &handheld, &ui::HandheldApp::scan);
    QObject::connect(&camera, &scanner::CameraScanner::errorChanged, &app, [&camera] {
        if (!camera.error().isEmpty())
            printErr(camera.error());
    });
    if (cli.isSet(cameraOpt))
        camera.start();
    handheld.setCamera(&camera); // the camera page (ui/qml/CameraPage.qml) previews and scans through it

    handheld.feedback()->preload();
    QQmlApplicationEngine engine;
    ui::setUpEngine(engine, handheld);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(profile == u"desktop" ? ui::consoleQmlUrl() : ui::mainQmlUrl());
    if (engine.rootObjects().isEmpty())
        return 1;
    return app.exec();
}
