// label_screenshots <dir>: each label kind as the painter draws it (the same drawing as the PDF and the
// printer's page, 203 dpi), and the handheld's PrintLabelPage from the real window on a seeded demo store:
// the confirmation, a print the printer refused (kept, with Retry), the retry printed.
// For docs/screenshots: xvfb-run -s "-screen 0 480x800x24" label_screenshots docs/screenshots
#include "../ui/uifixture.h"
#include "labelpainter.h"
#include "qmlshell.h"

#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(StockhandHandheldPlugin)

using namespace stockhand;
using namespace Qt::StringLiterals;

namespace {

QStringList g_files;

void save(const QImage &image, const QString &file)
{
    if (image.isNull() || !image.save(file))
        g_files << u"error: could not save "_s + file;
    else
        g_files << file;
}

// The label on a grey margin, so that its edge shows on a white page.
void labelShot(const QString &dir, const QString &name, const Result<labels::Label> &label)
{
    if (!label) {
        g_files << u"error: "_s + name + u": "_s + label.error().toString();
        return;
    }
    auto image = labels::renderLabel(*label, 203);
    if (!image) {
        g_files << u"error: "_s + name + u": "_s + image.error().toString();
        return;
    }
    QImage framed(image->size() + QSize(24, 24), QImage::Format_RGB32);
    framed.fill(QColor(0xd0, 0xd4, 0xd8));
    QPainter p(&framed);
    p.drawImage(12, 12, *image);
    p.end();
    save(framed, QDir(dir).filePath(u"label-"_s + name + u".png"_s));
}

void windowShot(QQuickWindow &w, const QString &dir, const QString &name)
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    save(w.grabWindow(), QDir(dir).filePath(u"label-handheld-"_s + name + u".png"_s));
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication qapp(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: label_screenshots <dir>\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(dir);

    labelShot(dir, u"product-ean13"_s,
        labels::productLabel({u"SKU-0000042"_s, u"Hazelnut spread 400 g"_s, u"4006381333931"_s, labels::kSize2x1}));
    labelShot(dir, u"product-sku"_s,
        labels::productLabel({u"BOLT-M8x40"_s, u"Hex bolt M8 x 40, zinc"_s, {}, labels::kSize225x125}));
    labelShot(dir, u"location"_s,
        labels::locationLabel({u"WH1-A01-01-1-01"_s, u"A01-01-1-01"_s, labels::Arrow::Up, labels::kSize2x1}));
    labelShot(dir, u"location-large-down"_s,
        labels::locationLabel({u"WH1-B04-02-1-03"_s, u"B04-02-1-03"_s, labels::Arrow::Down, labels::kSize225x125}));
    labelShot(dir, u"lot-gs1-128"_s,
        labels::lotLabel({u"09506000134352"_s, u"Yoghurt 500 g"_s, u"L2703-0017"_s, QDate(2027, 3, 31), {},
            labels::Symbol::Gs1_128, labels::kSize225x125}));
    labelShot(dir, u"lot-datamatrix"_s,
        labels::lotLabel({u"09506000134352"_s, u"Yoghurt 500 g"_s, u"L2703-0017"_s, QDate(2027, 3, 31), {},
            labels::Symbol::Gs1DataMatrix, labels::kSize225x125}));
    labelShot(dir, u"serial-datamatrix"_s,
        labels::lotLabel({u"04006381333931"_s, u"Cordless drill 18 V"_s, {}, {}, u"SN0000020001"_s,
            labels::Symbol::Gs1DataMatrix, labels::kSize2x1}));
    labelShot(dir, u"logistic"_s,
        labels::logisticLabel({u"106141411234567897"_s, u"09506000134352"_s, u"Yoghurt 500 g, 48 per pallet"_s, 48,
            u"L2703-0017"_s, QDate(2027, 3, 31), {}, u"Stockhand DC North\nDock 3, Industriestr. 12\n20095 Hamburg"_s,
            u"Shop 17\nMain Street 5\n10115 Berlin"_s}));

    // The handheld page on the real window.
    uitest::UiFixture f;
    QQmlApplicationEngine engine;
    ui::setUpEngine(engine, *f.app);
    engine.load(ui::mainQmlUrl());
    auto *window
        = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        port = probe.serverPort();
    } // nothing listens there: the first print is refused
    labels::PrinterSettings zebra;
    zebra.name = u"Zebra aisle A"_s;
    zebra.type = u"zpl-tcp"_s;
    zebra.address = u"127.0.0.1:%1"_s.arg(port);
    f.app->labels()->setPrinter(zebra);
    f.signIn();
    windowShot(*window, dir, u"00-home"_s);
    QVariant ret;
    QMetaObject::invokeMethod(window, "open", Q_RETURN_ARG(QVariant, ret), Q_ARG(QVariant, u"PrintLabelPage.qml"_s),
        Q_ARG(QVariant, QVariantMap()));
    windowShot(*window, dir, u"01-scan"_s);
    f.app->scan(f.locationBarcode(f.queryInt(u"SELECT min(id) FROM location WHERE type = 'bin'"_s)));
    f.app->labels()->setArrow(u"up"_s);
    f.app->labels()->setCopies(2);
    windowShot(*window, dir, u"02-confirm"_s);
    f.app->labels()->print();
    while (f.app->labels()->printing())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    windowShot(*window, dir, u"03-refused-kept"_s);
    QTcpServer printer;
    printer.listen(QHostAddress::LocalHost, port);
    QObject::connect(&printer, &QTcpServer::newConnection, &printer, [&printer] {
        while (QTcpSocket *s = printer.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] { s->readAll(); });
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    f.app->labels()->retry(f.app->labels()->lastJobId());
    while (f.app->labels()->printing())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    windowShot(*window, dir, u"04-retried-printed"_s);
    f.app->language()->setLanguage(u"de"_s);
    f.app->labels()->clear();
    f.app->labels()->setKind(u"lot"_s);
    f.app->scan(f.queryText(u"SELECT name FROM lot l JOIN product_barcode b ON b.product_id = l.product_id "
                            "AND b.packaging = 'unit' WHERE l.is_serial = 0 ORDER BY l.id LIMIT 1"_s));
    windowShot(*window, dir, u"05-lot-confirm-de"_s);

    int errors = 0;
    for (const QString &file : g_files) {
        std::printf("%s\n", qPrintable(file));
        errors += file.startsWith(u"error:");
    }
    return errors ? 1 : 0;
}
