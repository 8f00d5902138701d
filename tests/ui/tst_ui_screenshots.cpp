// The screenshot tour runs on the real window (offscreen here) and every screen renders: full size,
// not blank, the refusal screen shows the error colour, and the sync bar shows its state's colour.
#include "qmlshell.h"
#include "screenshottour.h"

#include <QImage>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(StockhandHandheldPlugin)

class TestScreenshots : public QObject
{
    Q_OBJECT

    static bool hasColour(const QImage &image, QRgb colour)
    {
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                if ((image.pixel(x, y) & 0xffffff) == (colour & 0xffffff))
                    return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void everyScreen()
    {
        uitest::UiFixture f;
        QQmlApplicationEngine engine;
        stockhand::ui::setUpEngine(engine, *f.app);
        engine.load(stockhand::ui::mainQmlUrl());
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTemporaryDir dir;
        const QStringList files = uitest::takeScreenshots(f, *window, dir.path());
        // 45 of the screens in the order of the work (with exceptions, lookups and German), 12 of the floor
        // screens (switch, a picker's exceptions and lists, the scan field's matches, lookup, camera, sync).
        QCOMPARE(files.size(), 57);
        for (const QString &file : files) {
            QVERIFY2(!file.startsWith(u"error:"), qPrintable(file));
            const QImage image(file);
            QCOMPARE(image.width(), 480);
            QCOMPARE(image.height(), 800);
            QVERIFY2(image.pixel(240, 30) != image.pixel(240, 400) || image.pixel(10, 790) != image.pixel(240, 400),
                qPrintable(file + QStringLiteral(" looks blank")));
            // The sync bar is at the bottom of every screen: offline grey, amber while operations wait
            // (after the first pick), green online, red when syncing stopped.
            const QImage bar = image.copy(0, 756, 480, 44);
            const QRgb grey = qRgb(0x5a, 0x5a, 0x5a), amber = qRgb(0xb3, 0x5c, 0x00), green = qRgb(0x0a, 0x7d, 0x20),
                       red = qRgb(0xb0, 0x00, 0x20);
            QVERIFY2(hasColour(bar, grey) || hasColour(bar, amber) || hasColour(bar, green) || hasColour(bar, red),
                qPrintable(file));
            if (file.endsWith(u"pick-location.png") || file.endsWith(u"signin-badge.png"))
                QVERIFY2(hasColour(bar, grey), qPrintable(file));
            if (file.endsWith(u"pick-next-line.png") || file.endsWith(u"home-picker.png"))
                QVERIFY2(hasColour(bar, amber), qPrintable(file));
            if (file.endsWith(u"sync-online.png"))
                QVERIFY2(hasColour(bar, green), qPrintable(file));
            if (file.endsWith(u"sync-failed.png"))
                QVERIFY2(hasColour(bar, red), qPrintable(file));
            // A picker never sees the supervisor's red alarm for their own refused operation.
            if (file.endsWith(u"home-picker.png") || file.endsWith(u"exceptions-picker.png")
                || file.endsWith(u"scan-matches.png"))
                QVERIFY2(!hasColour(image, red), qPrintable(file));
            if (file.endsWith(u"pick-wrong-location.png"))
                QVERIFY(hasColour(image, qRgb(0xb0, 0x00, 0x20)));
            if (file.endsWith(u"pick-location.png"))
                QVERIFY(!hasColour(image, qRgb(0xb0, 0x00, 0x20)));
            // The wrong-scan state: the step area itself is red, at the top of the screen.
            if (file.contains(u"wrong-product") || file.contains(u"wrong-scan") || file.contains(u"wrong-location"))
                QVERIFY2(hasColour(image.copy(0, 72, 480, 160), qRgb(0xb0, 0x00, 0x20)), qPrintable(file));
        }
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_ui_screenshots.moc"
