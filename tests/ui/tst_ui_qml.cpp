// The real QML under the offscreen platform: every file loads, and a worker signs in with the pad, opens
// a pick from the home tiles, gets a wrong scan refused on screen and confirms a quantity with the pad.
#include "keyboardwedge.h"
#include "ops/kinds.h"
#include "qmlhelpers.h"
#include "qmlshell.h"
#include "uifixture.h"

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
        QCOMPARE(f.app->qmlFiles().size(), 34); // 20 handheld (PrintLabelPage), 10 console, 3 receiving station
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
        QTRY_COMPARE(text(page, QStringLiteral("stepInstruction")), QStringLiteral("Scan product"));
        f.app->scan(f.unitBarcode(product));
        QTRY_VERIFY(visibleItem(page, QStringLiteral("padOk")));
        clickPad(window, page, QStringLiteral("1"));
        QTRY_COMPARE(f.ops().size(), qsizetype(1));
        QCOMPARE(f.ops()[0].payload.value(QStringLiteral("qty")).toString(), QStringLiteral("1"));
        QTRY_VERIFY(text(window, QStringLiteral("syncPending")).startsWith(QStringLiteral("1 to send")));
        f.clock.advanceMs(5 * 60 * 1000); // the operation waits: the bar says for how long
        f.app->sync()->refresh();
        QTRY_VERIFY(text(window, QStringLiteral("syncPending")).startsWith(QStringLiteral("1 to send (oldest 5 min)")));

        // Back to home; switching user is refused while the pick is pending.
        click(window, find(page, QStringLiteral("backButton")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("taskListPage")));
        click(window, find(find(window, QStringLiteral("taskListPage")), QStringLiteral("backButton")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("switchUserButton")));
        click(window, find(window, QStringLiteral("switchUserButton")));
        QTRY_VERIFY(!f.app->session()->lastError().isEmpty());
        QVERIFY(f.app->session()->signedIn());
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
        QCOMPARE(text(page, QStringLiteral("stepInstruction")), QStringLiteral("Scan an item"));
        const qint64 product = f.queryInt(QStringLiteral("SELECT product_id FROM transfer_line WHERE transfer_id = ?1 "
                                                         "ORDER BY seq LIMIT 1"),
            {f.app->receive()->transferId()});
        f.app->scan(f.unitBarcode(product));
        QTRY_COMPARE(text(page, QStringLiteral("stepInstruction")), QStringLiteral("Quantity received"));
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
        QTRY_COMPARE(text(page, QStringLiteral("stepInstruction")), QStringLiteral("Scan every item at"));
        f.app->scan(f.unitBarcode(product));
        QTRY_VERIFY(visibleItem(page, QStringLiteral("closeLocationButton")));
        const qsizetype before = f.ops().size();
        click(window, find(page, QStringLiteral("closeLocationButton")));
        QTRY_VERIFY(f.ops().size() > before);
        QCOMPARE(f.ops().last().kind, ops::kindName(ops::Kind::Count));
        QCOMPARE(text(page, QStringLiteral("stepInstruction")), QStringLiteral("Go to location and scan it"));
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
