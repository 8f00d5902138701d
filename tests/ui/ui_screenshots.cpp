// ui_screenshots <dir>: screenshots of every screen from the real window on a seeded demo store.
// For docs/screenshots: xvfb-run -s "-screen 0 480x800x24" ui_screenshots docs/screenshots
// ui_screenshots <dir> 320 533 6.12: the same at 320x533 logical with a 4" WVGA handheld's 6.12 px/mm.
#include "qmlshell.h"
#include "screenshottour.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlProperty>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(StockhandHandheldPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication qapp(argc, argv);
    if (argc != 2 && argc != 5) {
        std::fprintf(stderr, "usage: ui_screenshots <dir> [<width> <height> <px per mm>]\n");
        return 2;
    }
    uitest::UiFixture f;
    QQmlApplicationEngine engine;
    stockhand::ui::setUpEngine(engine, *f.app);
    engine.load(stockhand::ui::mainQmlUrl());
    auto *window
        = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;
    if (argc == 5) {
        window->resize(QString::fromLocal8Bit(argv[2]).toInt(), QString::fromLocal8Bit(argv[3]).toInt());
        QQmlProperty::write(window, QStringLiteral("pixelsPerMm"), QString::fromLocal8Bit(argv[4]).toDouble());
    }
    const QStringList files = uitest::takeScreenshots(f, *window, QString::fromLocal8Bit(argv[1]));
    int errors = 0;
    for (const QString &file : files) {
        std::printf("%s\n", qPrintable(file));
        errors += file.startsWith(u"error:");
    }
    return errors ? 1 : 0;
}
