// The screenshot tour runs on the real window (offscreen here) and every screen renders: full size,
// not blank, and the refusal screen shows the error colour.
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
        QCOMPARE(files.size(), 37);
        for (const QString &file : files) {
            QVERIFY2(!file.startsWith(u"error:"), qPrintable(file));
            const QImage image(file);
            QCOMPARE(image.width(), 480);
            QCOMPARE(image.height(), 800);
            QVERIFY2(image.pixel(240, 30) != image.pixel(240, 400) || image.pixel(10, 790) != image.pixel(240, 400),
                qPrintable(file + QStringLiteral(" looks blank")));
            // The sync bar is at the bottom of every screen (offline: grey).
            QVERIFY2(hasColour(image.copy(0, 756, 480, 44), qRgb(0x5a, 0x5a, 0x5a)), qPrintable(file));
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
