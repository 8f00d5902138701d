// typed_window <dir>: the real handheld window (run under xvfb-run by ctest, offscreen without it) where a
// picker types what the screen shows into the scan field: the location name of the step, then the SKU of
// the line once per unit; the last unit completes the line by itself (the site's default). On the way it
// saves the match list and the lookup screen: <dir>/typed-01-scan-matches.png, <dir>/typed-02-lookup.png
// (docs/screenshots).
#include "qmlhelpers.h"
#include "qmlshell.h"
#include "uifixture.h"
#include "windowtour.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(StockhandHandheldPlugin)

using namespace stockhand;

namespace {

bool save(QQuickWindow &w, const QString &dir, const QString &name, QStringList &errors)
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const QImage image = w.grabWindow();
    const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (image.isNull() || !image.save(file)) {
        errors << QStringLiteral("could not save ") + file;
        return false;
    }
    std::printf("%s %dx%d\n", qPrintable(file), image.width(), image.height());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication qapp(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: typed_window <dir>\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(dir);
    uitest::UiFixture f;
    if (!f.store->db().exec("UPDATE warehouse SET auto_confirm = 1").ok()) // the site's default
        return 1;
    QQmlApplicationEngine engine;
    ui::setUpEngine(engine, *f.app);
    engine.load(ui::mainQmlUrl());
    auto *window
        = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;
    window->show();
    window->requestActivate();
    uitest::WindowTour t(*window, dir, QStringLiteral("typed"));
    t.settle();
    if (!f.signIn())
        return 1;
    t.settle();

    const qint64 line = f.queryInt(QStringLiteral(
        "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id JOIN product p ON p.id = "
        "l.product_id WHERE t.kind = 'pick' AND t.warehouse_id = 1 AND p.tracking = 'none' AND l.qty_expected "
        "BETWEEN 2000 AND 3000 ORDER BY l.id LIMIT 1"));
    const qint64 transfer = f.queryInt(QStringLiteral("SELECT transfer_id FROM transfer_line WHERE id = ?1"), {line});
    QVariant ret;
    const QVariantMap noProperties;
    QMetaObject::invokeMethod(window, "open", Q_RETURN_ARG(QVariant, ret),
        Q_ARG(QVariant, QStringLiteral("PickPage.qml")), Q_ARG(QVariant, noProperties));
    t.settle();
    auto *pick = f.app->pick();
    if (pick->current().lineId != line)
        pick->start(transfer);
    for (int guard = 0; pick->current().lineId != line && guard < 40; ++guard)
        pick->skip();
    t.settle();
    QQuickItem *field = uitest::find(window, QStringLiteral("scanInput"));
    QQuickItem *step = uitest::find(window, QStringLiteral("pickStep"));
    t.check(field && step, "scan field and step header on the pick page");
    if (!field || !step)
        return 1;
    field->forceActiveFocus();
    t.settle();

    // What the screen shows: the location name (not its barcode).
    const QString location = step->property("value").toString();
    t.check(location == pick->current().location && !location.startsWith(u"WH1-"), "the step shows the name");
    // As one types the rack, its bins are offered.
    t.type(location.left(6));
    t.waitPopup("matchList", true);
    t.check(f.app->matches()->count() > 1, "matches for the rack");
    QQuickItem *firstRow = uitest::find(window, QStringLiteral("match_0"));
    t.check(firstRow && firstRow->isVisible()
            && firstRow->property("label").toString().startsWith(location.left(6), Qt::CaseInsensitive),
        "the match list shows the rack's bins");
    save(*window, dir, QStringLiteral("typed-01-scan-matches"), t.errors);
    t.key(Qt::Key_Escape);
    t.type(location.toLower());
    t.key(Qt::Key_Return);
    t.check(pick->step() == int(ui::PickFlow::Product), "the typed location name is accepted");

    // The SKU the line shows, once per unit: the last one completes the line.
    const QString sku = pick->current().sku;
    const int units
        = int(f.queryInt(QStringLiteral("SELECT qty_expected FROM transfer_line WHERE id = ?1"), {line}) / 1000);
    for (int i = 0; i < units; ++i) {
        t.type(sku);
        t.key(Qt::Key_Return);
    }
    t.check(f.lineDone(line) == units * 1000, "the typed SKUs picked the line");
    t.check(f.ops().size() == 1, "one pick recorded, without Confirm");
    t.check(pick->current().lineId != line, "the next line is on screen");

    // The lookup screen: the location just picked from.
    QMetaObject::invokeMethod(window, "showHome");
    t.settle();
    QMetaObject::invokeMethod(window, "open", Q_RETURN_ARG(QVariant, ret),
        Q_ARG(QVariant, QStringLiteral("LookupPage.qml")), Q_ARG(QVariant, noProperties));
    t.settle();
    field->forceActiveFocus();
    t.type(location);
    t.key(Qt::Key_Return);
    t.check(
        f.app->lookup()->kind() == u"location" && f.app->lookup()->places()->count() > 0, "the lookup shows the stock");
    save(*window, dir, QStringLiteral("typed-02-lookup"), t.errors);

    for (const QString &e : std::as_const(t.errors))
        std::fprintf(stderr, "FAIL: %s\n", qPrintable(e));
    return t.errors.isEmpty() ? 0 : 1;
}
