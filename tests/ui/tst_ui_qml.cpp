// The real QML under the offscreen platform: every file loads, and a worker signs in with the pad, opens
// a pick from the home tiles, gets a wrong scan refused on screen and confirms a quantity with the pad.
#include "keyboardwedge.h"
#include "ops/count.h"
#include "ops/kinds.h"
#include "qmlhelpers.h"
#include "qmlshell.h"
#include "uifixture.h"

#include <QColor>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(StockhandHandheldPlugin)

using namespace stockhand;
using namespace uitest;

namespace {

void clickPad(QQuickWindow *window, QObject *page, const QString &digits)
{
    QQuickItem *pad = find(page, QStringLiteral("quantityPad"));
    QVERIFY(pad);
    // Laid out: "0" spans two columns of equal keys.
    QQuickItem *zero = find(page, QStringLiteral("padKey_0"));
    QQuickItem *one = find(page, QStringLiteral("padKey_1"));
    QVERIFY(zero && one);
    QTRY_VERIFY(pad->isVisible() && one->width() > 60 && zero->width() > 1.8 * one->width());
    for (const QChar c : digits)
        click(window, find(page, QStringLiteral("padKey_") + c));
    QCOMPARE(pad->property("text").toString(), digits);
    click(window, find(page, QStringLiteral("padOk")));
}

} // namespace

class TestQml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFileLoads()
    {
        uitest::UiFixture f;
        const QStringList problems = ui::selfTestQml(*f.app);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // 24 handheld (PrintLabelPage, ConfirmDialog, HeaderButton, CameraPage, LookupPage), 10 console, 3 station
        QCOMPARE(f.app->qmlFiles().size(), 37);
    }

    void signInPickAndRefusalOnScreen()
    {
        uitest::UiFixture f;
        QQmlApplicationEngine engine;
        ui::setUpEngine(engine, *f.app);
        engine.load(ui::mainQmlUrl());
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("signInPage")));
        QCOMPARE(f.app->activeFlow(), QStringLiteral("signin"));

        // German at runtime, then back.
        click(window, find(window, QStringLiteral("language_de")));
        QTRY_COMPARE(text(window, QStringLiteral("stepInstruction")), QStringLiteral("Scannen Sie Ihren Ausweis"));
        click(window, find(window, QStringLiteral("language_en")));
        QTRY_COMPARE(text(window, QStringLiteral("stepInstruction")), QStringLiteral("Scan your badge"));

        // Badge by scan, PIN by the pad on screen.
        f.app->scan(QStringLiteral("U101"));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("padOk")));
        clickPad(window, find(window, QStringLiteral("signInPage")), QStringLiteral("1234"));
        QTRY_VERIFY2(visibleItem(window, QStringLiteral("homePage")), qPrintable(f.app->signIn()->message()));
        QVERIFY(f.app->session()->signedIn());

        // Home tile -> pick list -> the first pick.
        QTRY_VERIFY(visibleItem(window, QStringLiteral("tile_pick")));
        click(window, find(window, QStringLiteral("tile_pick")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("taskListPage")));
        QQuickItem *list = find(window, QStringLiteral("taskList"));
        QTRY_VERIFY(list && list->property("count").toInt() > 0);
        const QString reference = f.app->tasks()->value(0, "reference").toString();
        QTRY_VERIFY(visibleItem(list, QStringLiteral("task_") + reference));
        click(window, find(list, QStringLiteral("task_") + reference));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("pickPage")));
        QObject *page = find(window, QStringLiteral("pickPage"));
        QCOMPARE(f.app->activeFlow(), QStringLiteral("pick"));
        QCOMPARE(text(page, QStringLiteral("stepValue")), f.app->pick()->current().location);

        // A wrong location is refused on screen, in the error colour.
        const qint64 line = f.app->pick()->current().lineId;
        const qint64 from
            = f.queryInt(QStringLiteral("SELECT from_location_id FROM transfer_line WHERE id = ?1"), {line});
        const qint64 product = f.queryInt(QStringLiteral("SELECT product_id FROM transfer_line WHERE id = ?1"), {line});
        f.app->scan(f.queryText(
            QStringLiteral("SELECT barcode FROM location WHERE type = 'bin' AND id != ?1 LIMIT 1"), {from}));
        QTRY_COMPARE(text(page, QStringLiteral("messageText")), f.app->pick()->message());
        QVERIFY(text(page, QStringLiteral("messageText")).startsWith(QStringLiteral("Wrong location")));
        QCOMPARE(
            find(page, QStringLiteral("messageBanner"))->property("color").value<QColor>(), QColor(0xb0, 0x00, 0x20));

        f.app->scan(f.locationBarcode(from));
        QTRY_COMPARE(text(page, QStringLiteral("stepInstruction")), QStringLiteral("SCAN ITEM"));
        QCOMPARE(text(page, QStringLiteral("stepValue")), f.app->pick()->current().sku);
        f.app->scan(f.unitBarcode(product));
        QTRY_VERIFY(visibleItem(page, QStringLiteral("padOk")));
        clickPad(window, page, QStringLiteral("1"));
        QTRY_COMPARE(f.ops().size(), qsizetype(1));
        QCOMPARE(f.ops()[0].payload.value(QStringLiteral("qty")).toString(), QStringLiteral("1"));
        QTRY_COMPARE(text(window, QStringLiteral("syncOnline")), QStringLiteral("Offline · 1 waiting"));
        f.clock.advanceMs(5 * 60 * 1000); // the operation waits: the bar says for how long, in amber
        f.app->sync()->refresh();
        QTRY_COMPARE(text(window, QStringLiteral("syncOnline")), QStringLiteral("Offline · 1 waiting for 5 min"));
        QCOMPARE(find(window, QStringLiteral("syncBar"))->property("color").value<QColor>(), QColor(0xb3, 0x5c, 0x00));

        // Back to home; switching user is refused while the pick is pending.
        click(window, find(page, QStringLiteral("backButton")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("taskListPage")));
        click(window, find(find(window, QStringLiteral("taskListPage")), QStringLiteral("backButton")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("switchUserButton")));
        click(window, find(window, QStringLiteral("switchUserButton")));
        QTRY_VERIFY(!f.app->session()->lastError().isEmpty());
        QVERIFY(f.app->session()->signedIn());
    }

    // A picker's exceptions (amber, in words, a grey "seen"), the refused switch with "Sync now" and a
    // supervisor's release by badge + PIN, and the camera page on a device without a camera.
    void exceptionsRefusalAndCameraOnScreen()
    {
        uitest::UiFixture f;
        QQmlApplicationEngine engine;
        ui::setUpEngine(engine, *f.app);
        engine.load(ui::mainQmlUrl());
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(f.signIn(QStringLiteral("U101")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("homePage")));
        const qint64 transfer
            = f.queryInt(QStringLiteral("SELECT id FROM transfer WHERE kind = 'pick' AND warehouse_id = 1 LIMIT 1"));
        auto op = f.store->record(OperationDraft {ops::kindName(ops::Kind::ValidateTransfer),
            QJsonObject {
                {QStringLiteral("transfer_id"), transfer}, {QStringLiteral("mode"), QStringLiteral("backorder")}},
            f.app->session()->userId()});
        QVERIFY(op.ok());
        QVERIFY(
            f.store->db()
                .exec(QStringLiteral("UPDATE outbox SET state = 'rejected', error_code = 'op.transfer-closed', "
                                     "error_message = 'Transfer 3 is done.' WHERE seq = %1; INSERT INTO "
                                     "device_exception (op_seq, code, message, created_local) SELECT seq, "
                                     "error_code, error_message, local_time FROM outbox WHERE seq = %1; INSERT INTO "
                                     "device_exception (op_seq, code, message, created_local) VALUES (NULL, "
                                     "'over_pick', 'x', '2026-11-26T08:00:00.000Z');")
                          .arg(op->seq)
                          .toStdString())
                .ok());
        f.app->refresh();
        f.app->sync()->refresh();
        // The picker's own refusal only, amber (never the supervisor's red).
        QTRY_VERIFY(visibleItem(window, QStringLiteral("exceptionsBadge")));
        QCOMPARE(find(window, QStringLiteral("exceptionsBadge"))->property("color").value<QColor>(),
            QColor(0xb3, 0x5c, 0x00));
        QCOMPARE(text(window, QStringLiteral("exceptionsButton")), QStringLiteral("Exceptions (1)"));
        click(window, find(window, QStringLiteral("exceptionsButton")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("exceptionsPage")));
        QTRY_COMPARE(text(window, QStringLiteral("exceptionWhat_0")),
            QStringLiteral("The task was already closed when this arrived."));
        QVERIFY(visibleItem(window, QStringLiteral("exceptionAction_0")));
        QVERIFY(text(window, QStringLiteral("exceptionAction_0")).startsWith(QStringLiteral("Open pick ")));
        QCOMPARE(text(window, QStringLiteral("resolve_0")), QStringLiteral("Seen: take it off this list"));
        QCOMPARE(
            find(window, QStringLiteral("resolve_0"))->property("color").value<QColor>(), QColor(0x44, 0x50, 0x5c));
        QVERIFY(find(window, QStringLiteral("resolve_0"))->height() >= 72);
        click(window, find(window, QStringLiteral("resolve_0")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("noExceptions")));
        QCOMPARE(text(window, QStringLiteral("noExceptions")), QStringLiteral("Nothing of yours to check."));
        click(window, find(find(window, QStringLiteral("exceptionsPage")), QStringLiteral("backButton")));

        // The camera page says there is no camera.
        QTRY_VERIFY(visibleItem(window, QStringLiteral("cameraButton")));
        click(window, find(window, QStringLiteral("cameraButton")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("cameraPage")));
        QVERIFY(visibleItem(window, QStringLiteral("noCameraText")));
        QCOMPARE(text(window, QStringLiteral("noCameraText")),
            QStringLiteral("This device has no camera that Stockhand can use."));
        QVERIFY(!visibleItem(window, QStringLiteral("aimingFrame")));
        QVERIFY(!visibleItem(window, QStringLiteral("torchButton")));
        click(window, find(find(window, QStringLiteral("cameraPage")), QStringLiteral("backButton")));

        // Switching with an unsent operation: refused, with "Sync now" and a supervisor's release.
        QVERIFY(f.store
                    ->record(OperationDraft {ops::kindName(ops::Kind::ValidateTransfer),
                        QJsonObject {{QStringLiteral("transfer_id"), transfer},
                            {QStringLiteral("mode"), QStringLiteral("backorder")}},
                        f.app->session()->userId()})
                    .ok());
        QTRY_VERIFY(visibleItem(window, QStringLiteral("switchUserButton")));
        click(window, find(window, QStringLiteral("switchUserButton")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("signOutRefusal")));
        QVERIFY(visibleItem(window, QStringLiteral("syncNowButton")));
        QVERIFY(visibleItem(window, QStringLiteral("releaseButton")));
        click(window, find(window, QStringLiteral("releaseButton")));
        QTRY_COMPARE(
            text(window, QStringLiteral("releaseInstruction")), QStringLiteral("Supervisor: scan your badge."));
        f.app->scan(QStringLiteral("U108"));
        QTRY_COMPARE(text(window, QStringLiteral("releaseInstruction")), QStringLiteral("Supervisor: enter your PIN."));
        QVERIFY(f.app->session()->signedIn());
        clickPad(window, find(window, QStringLiteral("signOutRefusal")), QStringLiteral("1234"));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("signInPage")));
        QVERIFY(!f.app->session()->signedIn());
        QCOMPARE(f.store->outbox().pendingCountOf(op->userId).valueOr(0), 1); // still the picker's, to send
    }

    // An exception about a place only: its action opens "What is here?" on that place, and back.
    void exceptionAboutAPlaceOpensTheLookup()
    {
        uitest::UiFixture f;
        QQmlApplicationEngine engine;
        ui::setUpEngine(engine, *f.app);
        engine.load(ui::mainQmlUrl());
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(f.signIn(QStringLiteral("U108")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("homePage")));
        const qint64 location = f.queryInt(QStringLiteral(
            "SELECT location_id FROM quant q JOIN location l ON l.id = q.location_id WHERE l.warehouse_id = 1 "
            "AND l.type = 'bin' AND q.qty > 0 ORDER BY location_id LIMIT 1"));
        ops::Count count;
        count.locationId = location;
        count.productId
            = f.queryInt(QStringLiteral("SELECT product_id FROM quant WHERE location_id = ?1 LIMIT 1"), {location});
        auto op = f.store->outbox().record(ops::draft(count, f.app->session()->userId()));
        QVERIFY(op.ok());
        QVERIFY(f.reject(op->seq, QStringLiteral("op.unknown-location"), QStringLiteral("Gone.")));
        f.app->refresh();
        click(window, find(window, QStringLiteral("exceptionsButton")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("exceptionsPage")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("exceptionAction_0")));
        QCOMPARE(text(window, QStringLiteral("exceptionAction_0")),
            QStringLiteral("Show location %1").arg(f.locationBarcode(location)));
        click(window, find(window, QStringLiteral("exceptionAction_0")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("lookupPage")));
        QCOMPARE(f.app->lookup()->kind(), QStringLiteral("location"));
        QQuickItem *places = find(window, QStringLiteral("placeList"));
        QVERIFY(places);
        QTRY_COMPARE(places->property("count").toInt(),
            int(f.queryInt(
                QStringLiteral("SELECT count(*) FROM quant WHERE location_id = ?1 AND qty > 0"), {location})));
        QVERIFY(places->property("count").toInt() > 0);
        click(window, find(find(window, QStringLiteral("lookupPage")), QStringLiteral("backButton")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("exceptionsPage")));
        QCOMPARE(f.ops().size(), 1); // looking records nothing
    }

    // Receiving, putaway and counting through the real screens: tiles, lists, pad and buttons.
    void receivePutawayCountOnScreen()
    {
        uitest::UiFixture f;
        QQmlApplicationEngine engine;
        ui::setUpEngine(engine, *f.app);
        engine.load(ui::mainQmlUrl());
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(f.signIn());
        QTRY_VERIFY(visibleItem(window, QStringLiteral("tile_receive")));
        auto back = [&](const char *page) {
            click(window, find(find(window, QString::fromLatin1(page)), QStringLiteral("backButton")));
        };
        auto openFirstTask = [&](const char *tile) {
            click(window, find(window, QString::fromLatin1(tile)));
            QTRY_VERIFY(visibleItem(window, QStringLiteral("taskList")));
            QQuickItem *list = find(window, QStringLiteral("taskList"));
            const QString reference = f.app->tasks()->value(0, "reference").toString();
            QTRY_VERIFY(visibleItem(list, QStringLiteral("task_") + reference));
            click(window, find(list, QStringLiteral("task_") + reference));
        };

        // Receive three of the first line's product with the pad.
        openFirstTask("tile_receive");
        QTRY_VERIFY(visibleItem(window, QStringLiteral("receivePage")));
        QObject *page = find(window, QStringLiteral("receivePage"));
        QCOMPARE(text(page, QStringLiteral("stepValue")), QStringLiteral("SCAN ITEM"));
        const qint64 product = f.queryInt(QStringLiteral("SELECT product_id FROM transfer_line WHERE transfer_id = ?1 "
                                                         "ORDER BY seq LIMIT 1"),
            {f.app->receive()->transferId()});
        f.app->scan(f.unitBarcode(product));
        QTRY_COMPARE(text(page, QStringLiteral("stepInstruction")), QStringLiteral("RECEIVING NOW"));
        clickPad(window, page, QStringLiteral("3"));
        QTRY_COMPARE(f.ops().size(), qsizetype(1));
        QCOMPARE(f.ops()[0].kind, ops::kindName(ops::Kind::Receive));
        QCOMPARE(f.ops()[0].payload.value(QStringLiteral("qty")).toString(), QStringLiteral("3"));
        back("receivePage");
        QTRY_VERIFY(visibleItem(window, QStringLiteral("taskListPage")));
        back("taskListPage");

        // Put it away to the suggested bin.
        QTRY_VERIFY(visibleItem(window, QStringLiteral("tile_putaway")));
        click(window, find(window, QStringLiteral("tile_putaway")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("putawayPage")));
        page = find(window, QStringLiteral("putawayPage"));
        f.app->scan(f.unitBarcode(product));
        QTRY_COMPARE(text(page, QStringLiteral("stepValue")), f.app->putaway()->suggestion());
        f.app->scan(f.locationBarcode(f.app->putaway()->suggestionId()));
        QTRY_VERIFY(text(page, QStringLiteral("messageText")).contains(QStringLiteral("put away")));
        QCOMPARE(f.ops().last().kind, ops::kindName(ops::Kind::Move));
        back("putawayPage");

        // Count the first location of the first task: one item, then close it with the button.
        QTRY_VERIFY(visibleItem(window, QStringLiteral("tile_count")));
        openFirstTask("tile_count");
        QTRY_VERIFY(visibleItem(window, QStringLiteral("countPage")));
        page = find(window, QStringLiteral("countPage"));
        const QString location = text(page, QStringLiteral("stepValue"));
        QVERIFY(!location.isEmpty());
        f.app->scan(f.queryText(
            QStringLiteral("SELECT barcode FROM location WHERE name = '%1' AND warehouse_id = 1").arg(location)));
        QTRY_COMPARE(text(page, QStringLiteral("stepInstruction")), QStringLiteral("COUNTING ") + location);
        QCOMPARE(text(page, QStringLiteral("stepValue")), QStringLiteral("SCAN EVERY ITEM"));
        f.app->scan(f.unitBarcode(product));
        QTRY_VERIFY(visibleItem(page, QStringLiteral("closeLocationButton")));
        const qsizetype before = f.ops().size();
        // The header lays its action out on the next polish after it appears: wait until it is on screen.
        QQuickItem *closeButton = find(page, QStringLiteral("closeLocationButton"));
        QVERIFY(closeButton);
        QTRY_VERIFY(closeButton->mapToScene(QPointF(closeButton->width(), 0)).x() <= window->width());
        click(window, closeButton);
        if (f.app->count()->confirming()) { // the books hold more here: books 0 for them, asked first
            QTRY_VERIFY(visibleItem(window, QStringLiteral("confirmYes")));
            QCOMPARE(f.ops().size(), before);
            click(window, find(window, QStringLiteral("confirmYes")));
        }
        QTRY_VERIFY(f.ops().size() > before);
        QCOMPARE(f.ops().last().kind, ops::kindName(ops::Kind::Count));
        QCOMPARE(text(page, QStringLiteral("stepInstruction")), QStringLiteral("SCAN BIN"));
    }

    // A keyboard-wedge scan reaches the flow and never the focused text field; slow typing still does.
    void wedgeScanNeverLandsInTheField()
    {
        uitest::UiFixture f;
        QQmlApplicationEngine engine;
        ui::setUpEngine(engine, *f.app);
        engine.load(ui::mainQmlUrl());
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        scanner::KeyboardWedgeFilter wedge(scanner::WedgeSettings {}, f.clock);
        qApp->installEventFilter(&wedge);
        connect(&wedge, &scanner::KeyboardWedgeFilter::scanned, f.app.get(), &ui::HandheldApp::scan);
        window->requestActivate();
        QQuickItem *field = find(window, QStringLiteral("scanInput"));
        QVERIFY(field);
        field->forceActiveFocus();
        QTRY_VERIFY(field->hasActiveFocus());

        for (const char c : {'U', '1', '0', '1'}) // the manual clock stands still: a burst
            QTest::keyClick(window, c);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(f.app->signIn()->step(), int(ui::SignInFlow::Pin));
        QCOMPARE(field->property("text").toString(), QString());

        for (const char c : {'4', '2'}) {
            f.clock.advanceMs(400); // a person typing
            QTest::keyClick(window, c);
        }
        f.clock.advanceMs(400); // the burst is over: the held key is typing
        wedge.flush();
        QTRY_COMPARE(field->property("text").toString(), QStringLiteral("42"));
        QCOMPARE(f.app->signIn()->step(), int(ui::SignInFlow::Pin));
        qApp->removeEventFilter(&wedge);
    }
};

QTEST_MAIN(TestQml)
#include "tst_ui_qml.moc"
