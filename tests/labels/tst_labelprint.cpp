// The LabelPrint view model on a seeded demo store: a location label by scan, with an arrow and copies,
// printed to a real listener on 127.0.0.1; a lot label by its GS1 scan that fails on a refused connection,
// stays failed in the queue and prints on Retry; a logistic label that takes the device's next SSCC and
// records label_package; what it refuses.
#include "../ui/uifixture.h"
#include "labels/zpl.h"
#include "scan/gtin.h"
#include "store/printqueue.h"
#include "store/sscc.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace stockhand;
using namespace Qt::StringLiterals;

namespace {

// A raw-port printer that keeps what each connection sent.
class Listener : public QObject
{
public:
    explicit Listener(quint16 port = 0)
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(s, &QTcpSocket::readyRead, this, [s, buffer] { buffer->append(s->readAll()); });
                connect(s, &QTcpSocket::disconnected, this, [this, s, buffer] {
                    buffer->append(s->readAll());
                    received.append(*buffer);
                    delete buffer;
                    s->deleteLater();
                });
            }
        });
        server.listen(QHostAddress::LocalHost, port);
    }
    QString address() const { return u"127.0.0.1:%1"_s.arg(server.serverPort()); }
    QTcpServer server;
    QList<QByteArray> received;
};

labels::PrinterSettings zpl(const QString &address)
{
    labels::PrinterSettings p;
    p.name = u"Zebra dock 1"_s;
    p.type = u"zpl-tcp"_s;
    p.address = address;
    p.timeoutMs = 5000;
    return p;
}

} // namespace

class TestLabelPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locationByScan();
    void lotFailsThenRetry();
    void logisticTakesAnSscc();
    void refusals();
    void stationLabelsOneAfterAnother();
};

void TestLabelPrint::locationByScan()
{
    uitest::UiFixture f;
    QVERIFY(f.signIn());
    Listener printer;
    ui::LabelPrint *lp = f.app->labels();
    lp->setPrinter(zpl(printer.address()));
    f.app->setActiveFlow(u"labels"_s);
    lp->setKind(u"location"_s);
    QCOMPARE(lp->step(), 0);
    QVERIFY(!lp->ready());
    const QString bin = f.locationBarcode(f.queryInt(u"SELECT min(id) FROM location WHERE type = 'bin'"_s));
    f.app->scan(bin);
    QVERIFY2(lp->ready(), qPrintable(lp->message()));
    QCOMPARE(lp->step(), 1);
    QCOMPARE(lp->title(), u"Location "_s + bin);
    QVERIFY(lp->details().contains(bin));
    lp->setArrow(u"up"_s);
    QCOMPARE(lp->label()->arrow, labels::Arrow::Up);
    QCOMPARE(lp->labelJson().value(u"arrow"_s).toString(), u"up"_s);
    lp->setCopies(2);
    QVERIFY(lp->details().last().contains(u"2"_s));
    QSignalSpy jobs(lp, &ui::LabelPrint::jobsChanged);
    lp->print();
    QVERIFY(lp->printing());
    QTRY_VERIFY(!lp->printing());
    QCOMPARE(lp->step(), 2);
    QCOMPARE(lp->messageLevel(), ui::Feedback::Ok);
    QTRY_COMPARE(printer.received.size(), 1);
    const QByteArray got = printer.received.first();
    QCOMPARE(got, labels::toZpl(*lp->label(), 203, 2).value());
    QVERIFY(got.contains(
        QByteArray(QByteArray("^FD") + labels::code128ForZpl(bin, false)->fieldData.toLatin1() + QByteArray("^FS"))));
    QVERIFY(got.contains("^PQ2\n"));
    QCOMPARE(got.count("^GD"), 2); // the arrow
    QCOMPARE(lp->jobs().size(), 1);
    QCOMPARE(lp->jobs().first().toMap().value(u"state"_s).toString(), u"printed"_s);
    QCOMPARE(lp->failedCount(), 0);
    auto job = store::printJob(f.store->db(), lp->lastJobId());
    QCOMPARE((*job)->userId, f.app->session()->userId());
    lp->clear();
    QCOMPARE(lp->step(), 0);
    QVERIFY(!lp->ready());
}

void TestLabelPrint::lotFailsThenRetry()
{
    uitest::UiFixture f;
    QVERIFY(f.signIn());
    quint16 port = 0;
    {
        Listener gone;
        port = gone.server.serverPort();
    }
    ui::LabelPrint *lp = f.app->labels();
    lp->setPrinter(zpl(u"127.0.0.1:%1"_s.arg(port)));
    f.app->setActiveFlow(u"labels"_s);
    lp->setKind(u"lot"_s);
    // A lot of a product with a unit GTIN, scanned as its GS1 barcode (01)(10).
    const qint64 lotId = f.queryInt(u"SELECT l.id FROM lot l JOIN product_barcode b ON b.product_id = l.product_id "
                                    "AND b.packaging = 'unit' WHERE l.is_serial = 0 ORDER BY l.id LIMIT 1"_s);
    QVERIFY(lotId > 0);
    const QString lot = f.queryText(u"SELECT name FROM lot WHERE id = ?1"_s, {lotId});
    const QString gtin = f.queryText(u"SELECT b.code FROM product_barcode b JOIN lot l ON l.product_id = b.product_id "
                                     "WHERE l.id = ?1 AND b.packaging = 'unit'"_s,
        {lotId});
    f.app->scan(u"]C101"_s + gtin + u"10"_s + lot);
    QVERIFY2(lp->ready(), qPrintable(lp->message()));
    QCOMPARE(lp->kind(), u"lot"_s);
    QCOMPARE(lp->label()->barcodes.first().symbol, labels::Symbol::Gs1_128);
    const scan::Gs1Message printed = lp->label()->gs1Elements();
    QCOMPARE(printed.value(u"01"), gtin);
    QCOMPARE(printed.value(u"10"), lot);
    lp->setDataMatrix(true);
    QCOMPARE(lp->label()->barcodes.first().symbol, labels::Symbol::Gs1DataMatrix);

    lp->print();
    QTRY_VERIFY(!lp->printing());
    QCOMPARE(lp->messageLevel(), ui::Feedback::Error);
    QVERIFY(lp->message().contains(u"printer.refused"_s));
    QCOMPARE(lp->failedCount(), 1);
    const QVariantMap failed = lp->jobs().first().toMap();
    QCOMPARE(failed.value(u"state"_s).toString(), u"failed"_s);
    QCOMPARE(failed.value(u"errorCode"_s).toString(), u"printer.refused"_s);
    QCOMPARE(failed.value(u"attempts"_s).toInt(), 1);

    Listener back(port);
    lp->retry(failed.value(u"id"_s).toLongLong());
    QTRY_VERIFY(!lp->printing());
    QCOMPARE(lp->messageLevel(), ui::Feedback::Ok);
    QCOMPARE(lp->failedCount(), 0);
    QTRY_COMPARE(back.received.size(), 1);
    QVERIFY(back.received.first().contains("^BXN,"));
    QVERIFY(back.received.first().contains(QByteArray(QByteArray("^FD_101") + gtin.toLatin1())));
    QCOMPARE(lp->jobs().first().toMap().value(u"attempts"_s).toInt(), 2);
}

void TestLabelPrint::logisticTakesAnSscc()
{
    uitest::UiFixture f;
    QVERIFY(f.signIn());
    QTemporaryDir out;
    labels::PrinterSettings pdf;
    pdf.type = u"pdf"_s;
    pdf.address = out.path();
    ui::LabelPrint *lp = f.app->labels();
    lp->setPrinter(pdf);
    const qint64 dock = f.queryInt(u"SELECT min(id) FROM location WHERE type = 'receiving'"_s);
    const qint64 product = f.queryInt(u"SELECT min(product_id) FROM product_barcode WHERE packaging = 'unit'"_s);

    // No SSCC range yet: nothing to print, and the message says what to do.
    QVERIFY(!lp->fillLogistic(dock, product, 24, u"A1"_s, u"2027-05-01"_s, u"DC North"_s, u"Shop 7"_s));
    QVERIFY(lp->message().contains(u"Sync"_s));

    QVERIFY(store::addSsccRanges(f.store->db(), {{1, 0, u"4012345"_s, 100, 101, 0}}).ok());
    QVERIFY(lp->fillLogistic(dock, product, 24, u"A1"_s, u"2027-05-01"_s, u"DC North"_s, u"Shop 7"_s));
    const QString first = composeSscc(0, u"4012345", 100).value();
    QCOMPARE(lp->title(), u"SSCC "_s + first);
    QCOMPARE(store::ssccRemaining(f.store->db()).value(), 2); // a preview takes nothing

    const qint64 before = f.queryInt(u"SELECT count(*) FROM outbox WHERE kind = 'label_package'"_s);
    lp->print();
    QTRY_VERIFY(!lp->printing());
    QCOMPARE(lp->messageLevel(), ui::Feedback::Ok);
    QCOMPARE(f.queryInt(u"SELECT count(*) FROM outbox WHERE kind = 'label_package'"_s), before + 1);
    QCOMPARE(f.queryText(u"SELECT json_extract(payload, '$.sscc') FROM outbox WHERE kind = 'label_package' "
                         "ORDER BY seq DESC LIMIT 1"_s),
        first);
    QCOMPARE(f.queryInt(u"SELECT json_extract(payload, '$.location_id') FROM outbox WHERE kind = 'label_package' "
                        "ORDER BY seq DESC LIMIT 1"_s),
        dock);
    QCOMPARE(store::ssccRemaining(f.store->db()).value(), 1);
    auto job = store::printJob(f.store->db(), lp->lastJobId());
    QCOMPARE((*job)->state, u"printed"_s);
    QVERIFY((*job)->title.contains(first));
    // The next pallet previews the next number.
    QCOMPARE(lp->title(), u"SSCC "_s + composeSscc(0, u"4012345", 101).value());
}

void TestLabelPrint::refusals()
{
    uitest::UiFixture f;
    QVERIFY(f.signIn());
    ui::LabelPrint *lp = f.app->labels();
    f.app->setActiveFlow(u"labels"_s);
    lp->setKind(u"location"_s);
    f.app->scan(u"NO-SUCH-CODE-42"_s);
    QVERIFY(!lp->ready());
    QCOMPARE(lp->messageLevel(), ui::Feedback::Error);
    lp->print();
    QCOMPARE(lp->messageLevel(), ui::Feedback::Error);
    QVERIFY(store::printJobs(f.store->db()).value().isEmpty()); // nothing queued
    QVERIFY(!lp->fillProduct(999999));
    QVERIFY(lp->fillProduct(f.queryInt(u"SELECT min(product_id) FROM product_barcode WHERE packaging = 'unit'"_s)));
    QCOMPARE(lp->kind(), u"product"_s);
    const labels::Symbol s = lp->label()->barcodes.first().symbol;
    QVERIFY(s == labels::Symbol::Ean13 || s == labels::Symbol::UpcA);
    lp->setCopies(0);
    QCOMPARE(lp->copies(), 1);
}

// A receiving station's "Print labels" (ReceivingStation::labelsRequested, wired by HandheldApp): a lot
// label for the received lot, a product label for the untracked line, queued together and sent one after
// the other to the station's printer.
void TestLabelPrint::stationLabelsOneAfterAnother()
{
    uitest::UiFixture f;
    QVERIFY(f.signIn());
    Listener printer;
    ui::LabelPrint *lp = f.app->labels();
    lp->setPrinter(zpl(printer.address()));
    const qint64 lotId = f.queryInt(u"SELECT l.id FROM lot l JOIN product_barcode b ON b.product_id = l.product_id "
                                    "AND b.packaging = 'unit' WHERE l.is_serial = 0 ORDER BY l.id LIMIT 1"_s);
    const qint64 lotProduct = f.queryInt(u"SELECT product_id FROM lot WHERE id = ?1"_s, {lotId});
    const QString lot = f.queryText(u"SELECT name FROM lot WHERE id = ?1"_s, {lotId});
    const qint64 plain = f.queryInt(u"SELECT min(id) FROM product WHERE tracking = 'none'"_s);
    const QString sku = f.queryText(u"SELECT sku FROM product WHERE id = ?1"_s, {plain});
    const QVariantList lines {
        QVariantMap {{u"productId"_s, lotProduct}, {u"lot"_s, lot}, {u"expiry"_s, u"2027-03-31"_s}},
        QVariantMap {{u"productId"_s, plain}, {u"lot"_s, QString()}},
    };
    Q_EMIT f.app->station()->labelsRequested(1, lines);
    QVERIFY(lp->printing());
    QTRY_COMPARE(printer.received.size(), 2);
    QTRY_VERIFY(!lp->printing());
    // In order: the lot label carries (10) lot and (17) expiry as GS1 data, the product label the SKU.
    QVERIFY(printer.received[0].contains(lot.toLatin1()));
    QVERIFY(printer.received[0].contains("270331"));
    QVERIFY(printer.received[1].contains(sku.toLatin1()));
    QCOMPARE(lp->jobs().size(), 2);
    for (const QVariant &j : lp->jobs())
        QCOMPARE(j.toMap().value(u"state"_s).toString(), u"printed"_s);
}

QTEST_MAIN(TestLabelPrint)
#include "tst_labelprint.moc"
