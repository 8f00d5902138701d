// station_screenshots <dir>: the receiving station (desktop profile) from the real window at 1280x800,
// driven by the keyboard as a clerk drives it: badge and PIN, the purchase order typed, items scanned,
// quantities typed, Enter to stage, Alt+digit for a discrepancy, Ctrl+Z, Ctrl+Enter and the confirmation.
// For docs/screenshots: xvfb-run -s "-screen 0 1280x800x24" station_screenshots docs/screenshots
// Exit code 1 when an image could not be taken or is not 1280x800, or when the keys did not do what they say.
#include "ops/receive.h"
#include "qmlhelpers.h"
#include "qmlshell.h"
#include "uifixture.h"
#include "windowtour.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(StockhandHandheldPlugin)

using namespace stockhand;
using namespace uitest;

int main(int argc, char *argv[])
{
    QApplication qapp(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: station_screenshots <dir>\n");
        return 2;
    }
    UiFixture f;
    // The demo has a quarantine location per warehouse (WH1-QUARANTINE).
    if (f.queryInt(QStringLiteral("SELECT count(*) FROM location WHERE warehouse_id = 1 AND quarantine = 1")) != 1) {
        std::fprintf(stderr, "the demo has no quarantine location\n");
        return 1;
    }
    f.app->setProfile(QStringLiteral("desktop"));
    QQmlApplicationEngine engine;
    ui::setUpEngine(engine, *f.app);
    engine.load(ui::consoleQmlUrl());
    auto *window
        = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window || !QTest::qWaitForWindowExposed(window))
        return 1;
    window->requestActivate(); // shortcuts go to the active window (under Xvfb there is no window manager)
    if (!QTest::qWaitForWindowActive(window))
        return 1;
    WindowTour t(*window, QString::fromLocal8Bit(argv[1]), QStringLiteral("station"));
    ui::ReceivingStation *st = f.app->station();

    // A picker is refused at the desktop; a receiving clerk signs in with badge and PIN.
    find(window, QStringLiteral("consoleBadge"))->forceActiveFocus();
    t.type(QStringLiteral("U101"));
    t.key(Qt::Key_Return);
    t.type(QStringLiteral("1234"));
    t.key(Qt::Key_Return);
    t.check(!f.app->session()->signedIn(), "a picker signed in");
    t.shot(QStringLiteral("signin-picker-refused"));
    find(window, QStringLiteral("consoleBadge"))->setProperty("text", QString());
    find(window, QStringLiteral("consoleBadge"))->forceActiveFocus();
    t.type(QStringLiteral("U104"));
    t.key(Qt::Key_Return);
    t.type(QStringLiteral("1234"));
    t.key(Qt::Key_Return);
    t.check(f.app->session()->signedIn(), "the receiver did not sign in");
    t.check(visibleItem(window, QStringLiteral("receivingPage")), "the receiving page is not shown");
    t.shot(QStringLiteral("receipts"));

    // The purchase order typed into the scan field opens the receipt.
    const qint64 line = f.queryInt(QStringLiteral(
        "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id JOIN product p ON p.id = "
        "l.product_id WHERE t.kind = 'receipt' AND p.tracking = 'none' ORDER BY l.id LIMIT 1"));
    const qint64 receipt = f.queryInt(QStringLiteral("SELECT transfer_id FROM transfer_line WHERE id = ?1"), {line});
    const qint64 product = f.queryInt(QStringLiteral("SELECT product_id FROM transfer_line WHERE id = ?1"), {line});
    find(window, QStringLiteral("stationScan"))->forceActiveFocus();
    t.type(f.queryText(QStringLiteral("SELECT origin FROM transfer WHERE id = ?1"), {receipt}));
    t.key(Qt::Key_Return);
    t.check(st->receiptId() == receipt, "the PO did not open the receipt");
    t.shot(QStringLiteral("receipt"));

    // An item scanned (the wedge), its quantity typed, Enter: staged.
    f.app->scan(f.unitBarcode(product));
    t.check(find(window, QStringLiteral("stationQty"))->hasActiveFocus(), "the quantity field has no focus");
    t.type(QStringLiteral("6"));
    t.shot(QStringLiteral("entry"));
    t.key(Qt::Key_Return);
    t.check(st->staged()->count() == 1, "Enter did not stage the entry");

    // A lot-tracked item whose expiry is too close: quarantine is offered.
    const qint64 lotProduct = f.queryInt(
        QStringLiteral("SELECT p.id FROM product p WHERE p.tracking = 'lot' AND NOT EXISTS (SELECT 1 FROM "
                       "transfer_line l WHERE l.transfer_id = ?1 AND l.product_id = p.id) ORDER BY p.id LIMIT 1"),
        {receipt});
    const QString gtin = f.queryText(
        QStringLiteral("SELECT code FROM product_barcode WHERE product_id = ?1 AND packaging = 'unit'"), {lotProduct});
    f.app->scan(QStringLiteral("(01)") + gtin + QStringLiteral("(17)261210(10)L2611-07(30)4"));
    t.shot(QStringLiteral("expiry-too-short"));
    t.key(Qt::Key_Return);

    // The same item again, two of them damaged (Alt+4), then one typed by mistake and taken back (Ctrl+Z).
    f.app->scan(f.unitBarcode(product));
    t.key(Qt::Key_Backspace);
    t.type(QStringLiteral("2"));
    t.key(Qt::Key_4, Qt::AltModifier);
    t.check(st->entryReason() == QLatin1String(ops::kReasonDamaged), "Alt+4 did not choose damaged");
    t.shot(QStringLiteral("damaged-to-quarantine"));
    t.key(Qt::Key_Return);
    f.app->scan(f.unitBarcode(product));
    t.key(Qt::Key_Return);
    t.check(st->staged()->count() == 4, "four lines are not staged");
    t.key(Qt::Key_Z, Qt::ControlModifier);
    t.check(st->staged()->count() == 3, "Ctrl+Z did not take the last line back");
    t.shot(QStringLiteral("delivery-staged"));

    // An unknown barcode on the item in the entry: "this barcode is that product".
    f.app->scan(f.unitBarcode(product));
    f.app->scan(QStringLiteral("4006381333931"));
    t.waitPopup("stationAttach", true);
    t.shot(QStringLiteral("attach-barcode"));
    t.key(Qt::Key_Escape);
    t.waitPopup("stationAttach", false);
    t.key(Qt::Key_Escape); // and the entry
    t.check(!st->entryActive(), "Esc did not cancel the entry");

    // Ctrl+Enter: what will be recorded, then recorded.
    t.key(Qt::Key_Return, Qt::ControlModifier);
    t.waitPopup("stationConfirm", true);
    t.shot(QStringLiteral("record-confirm"));
    click(window, find(window, QStringLiteral("stationConfirmAccept")));
    t.waitPopup("stationConfirm", false);
    t.check(st->staged()->count() == 0 && f.ops().size() == 3, "the delivery was not recorded");
    t.shot(QStringLiteral("recorded"));

    // Finish: the consequence in numbers, backorder or close short.
    t.key(Qt::Key_D, Qt::ControlModifier);
    t.waitPopup("stationConfirm", true);
    t.shot(QStringLiteral("finish-confirm"));
    t.key(Qt::Key_Escape);
    t.waitPopup("stationConfirm", false);

    // A product scanned on the list finds the receipts that expect it; German.
    f.app->language()->setLanguage(QStringLiteral("de"));
    st->close();
    f.app->scan(f.unitBarcode(product));
    t.check(!st->searchProduct().isEmpty(), "a scanned product did not filter the list");
    t.shot(QStringLiteral("receipts-by-product-de"));
    st->open(receipt);
    t.shot(QStringLiteral("receipt-de"));

    for (const QString &e : std::as_const(t.errors))
        std::fprintf(stderr, "error: %s\n", qPrintable(e));
    return t.errors.isEmpty() ? 0 : 1;
}
