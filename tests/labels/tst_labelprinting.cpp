// Printing through the queue to real listeners on 127.0.0.1 (QTcpServer as the printer's raw port):
// what arrives is the ZPL that was meant (FNC1, fields, ^PQ copies); a printer that refuses the
// connection, closes it early or stops taking bytes gives a clear error and leaves the job failed, with
// its attempts and error, for a retry that then succeeds. PDF jobs through the same queue.
#include "labelprinter.h"
#include "labels/zpl.h"
#include "store/printqueue.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace stockhand;
using namespace stockhand::labels;
using namespace Qt::StringLiterals;

namespace {

// A raw-port printer: takes every byte until the client closes (Read), closes after the first `limit`
// bytes (CloseEarly), or accepts and stops reading (Stall).
class FakePrinter : public QObject
{
public:
    enum class Mode { Read, CloseEarly, Stall };

    explicit FakePrinter(quint16 port = 0)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                take(s);
        });
        listen(port);
    }
    bool listen(quint16 port) { return m_server.listen(QHostAddress::LocalHost, port); }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QString address() const { return u"127.0.0.1:%1"_s.arg(port()); }

    Mode mode = Mode::Read;
    qint64 limit = 1024;
    QList<QByteArray> received; // one per connection the client closed after sending

private:
    void take(QTcpSocket *s)
    {
        const Mode m = mode;
        auto *buffer = new QByteArray;
        connect(s, &QObject::destroyed, this, [buffer] { delete buffer; });
        if (m == Mode::Stall) {
            s->setReadBufferSize(1024); // Qt stops reading from the system when its buffer is full
            return;
        }
        connect(s, &QTcpSocket::readyRead, this, [this, s, buffer, m] {
            if (m == Mode::CloseEarly) {
                buffer->append(s->read(limit - buffer->size()));
                if (buffer->size() >= limit) {
                    s->abort();
                    s->deleteLater();
                }
                return;
            }
            buffer->append(s->readAll());
        });
        connect(s, &QTcpSocket::disconnected, this, [this, s, buffer, m] {
            if (m == Mode::Read) {
                buffer->append(s->readAll());
                received.append(*buffer);
            }
            s->deleteLater();
        });
    }
    QTcpServer m_server;
};

// A large ZPL document (a label with a long comment, as a label with a big graphic would be): larger than
// the system's socket buffers, so a printer that stops reading or closes early is seen by the sender.
QByteArray bigZpl(const QByteArray &zpl)
{
    QByteArray doc = zpl;
    doc.insert(3, "\n^FX" + QByteArray(24 * 1024 * 1024, 'x') + "^FS");
    return doc;
}

} // namespace

class TestLabelPrinting : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<store::DeviceStore> m_store;
    QTemporaryDir m_dir;
    ManualClock m_clock;

    Label logistic() const
    {
        return logisticLabel({u"106141411234567897"_s, u"09506000134352"_s, u"Yoghurt"_s, 48, u"A12B"_s,
                                 QDate(2027, 3, 31), {}, u"DC"_s, u"Shop"_s})
            .value();
    }
    PrinterSettings zplPrinter(const QString &address, int timeoutMs = 5000) const
    {
        PrinterSettings p;
        p.type = u"zpl-tcp"_s;
        p.address = address;
        p.timeoutMs = timeoutMs;
        return p;
    }
    store::PrintJob job(qint64 id) { return **store::printJob(m_store->db(), id); }
    qint64 enqueueBig(const QString &address)
    {
        store::PrintJobDraft d {
            0, address, u"logistic"_s, u"SSCC"_s, u"zpl"_s, bigZpl(toZpl(logistic(), 203, 1).value()), 1};
        return store::enqueuePrintJob(m_store->db(), d, m_clock.now()).value();
    }

private Q_SLOTS:
    void init();
    void arrivesAsMeant();
    void refusedThenRetried();
    void closedEarlyThenRetried();
    void timeoutThenRetried();
    void blockingSend();
    void pdfThroughTheQueue();
    void addresses();
};

void TestLabelPrinting::init()
{
    m_store.reset();
    auto s
        = store::DeviceStore::open(m_dir.filePath(u"print-%1.db"_s.arg(QDateTime::currentMSecsSinceEpoch())), m_clock);
    QVERIFY(s.ok());
    m_store = std::move(*s);
}

void TestLabelPrinting::arrivesAsMeant()
{
    FakePrinter printer;
    LabelPrinter lp(*m_store, m_clock);
    QSignalSpy done(&lp, &LabelPrinter::jobFinished);
    auto id = lp.print(logistic(), 3, zplPrinter(printer.address()), 5);
    QVERIFY(id.ok());
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(1).toBool(), true);
    QTRY_COMPARE(printer.received.size(), 1);
    const QByteArray got = printer.received.first();
    QCOMPARE(got, toZpl(logistic(), 203, 3).value()); // byte for byte
    QCOMPARE(got, job(*id).document);
    QVERIFY(got.startsWith("^XA\n^CI28\n"));
    QVERIFY(got.endsWith("^PQ3\n^XZ\n")); // three labels
    QVERIFY(got.contains("^FD>;>800106141411234567897^FS")); // the SSCC with FNC1 first
    QVERIFY(got.contains(">810>6A12B^FS")); // FNC1 after the variable-length count, then the lot
    QVERIFY(got.contains("^FD(00)106141411234567897^FS"));
    QCOMPARE(job(*id).state, u"printed"_s);
    QCOMPARE(job(*id).attempts, 1);
    QCOMPARE(job(*id).copies, 3);
    QCOMPARE(job(*id).userId, 5);
}

void TestLabelPrinting::refusedThenRetried()
{
    quint16 port = 0;
    {
        FakePrinter gone;
        port = gone.port();
    } // nothing listens there now
    LabelPrinter lp(*m_store, m_clock);
    QSignalSpy done(&lp, &LabelPrinter::jobFinished);
    auto id = lp.print(logistic(), 1, zplPrinter(u"127.0.0.1:%1"_s.arg(port)), 0);
    QVERIFY(id.ok());
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(1).toBool(), false);
    QCOMPARE(done.first().at(2).toString(), u"printer.refused"_s);
    QVERIFY(done.first().at(3).toString().contains(u"127.0.0.1:%1"_s.arg(port)));
    QCOMPARE(job(*id).state, u"failed"_s);
    QCOMPARE(job(*id).attempts, 1);
    QCOMPARE(job(*id).errorCode, u"printer.refused"_s);
    QVERIFY(!job(*id).document.isEmpty()); // kept, to send again

    FakePrinter back(port); // the printer is switched on
    QVERIFY(lp.retry(*id).ok());
    QVERIFY(done.wait(10000));
    QCOMPARE(done.last().at(1).toBool(), true);
    QTRY_COMPARE(back.received.size(), 1);
    QCOMPARE(back.received.first(), job(*id).document);
    QCOMPARE(job(*id).state, u"printed"_s);
    QCOMPARE(job(*id).attempts, 2);
    QVERIFY(job(*id).errorCode.isEmpty());
}

void TestLabelPrinting::closedEarlyThenRetried()
{
    FakePrinter printer;
    printer.mode = FakePrinter::Mode::CloseEarly;
    const qint64 id = enqueueBig(printer.address());
    LabelPrinter lp(*m_store, m_clock);
    QSignalSpy done(&lp, &LabelPrinter::jobFinished);
    lp.send(id, 10000);
    QVERIFY(done.wait(15000));
    QCOMPARE(done.first().at(1).toBool(), false);
    QCOMPARE(done.first().at(2).toString(), u"printer.closed"_s);
    QCOMPARE(job(id).state, u"failed"_s);
    QCOMPARE(job(id).errorCode, u"printer.closed"_s);
    QVERIFY(job(id).errorMessage.contains(u"closed the connection"_s));

    printer.mode = FakePrinter::Mode::Read;
    QVERIFY(lp.retry(id, 20000).ok());
    QVERIFY(done.wait(20000));
    QCOMPARE(done.last().at(1).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(printer.received.size(), 1, 10000);
    QCOMPARE(printer.received.first().size(), job(id).document.size());
    QVERIFY(printer.received.first() == job(id).document);
    QCOMPARE(job(id).state, u"printed"_s);
    QCOMPARE(job(id).attempts, 2);
}

void TestLabelPrinting::timeoutThenRetried()
{
    FakePrinter printer;
    printer.mode = FakePrinter::Mode::Stall;
    const qint64 id = enqueueBig(printer.address());
    LabelPrinter lp(*m_store, m_clock);
    QSignalSpy done(&lp, &LabelPrinter::jobFinished);
    lp.send(id, 700);
    QVERIFY(done.wait(15000));
    QCOMPARE(done.first().at(1).toBool(), false);
    QCOMPARE(done.first().at(2).toString(), u"printer.timeout"_s);
    QCOMPARE(job(id).state, u"failed"_s);
    QCOMPARE(job(id).attempts, 1);

    printer.mode = FakePrinter::Mode::Read;
    QVERIFY(lp.retry(id, 20000).ok());
    QVERIFY(done.wait(20000));
    QCOMPARE(done.last().at(1).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(printer.received.size(), 1, 10000);
    QVERIFY(printer.received.first() == job(id).document);
    QCOMPARE(job(id).state, u"printed"_s);
    QCOMPARE(job(id).attempts, 2);
}

void TestLabelPrinting::blockingSend()
{
    FakePrinter printer;
    LabelPrinter lp(*m_store, m_clock);
    auto d = lp.draft(locationLabel({u"WH1-A01-01-1-01"_s, u"A"_s, Arrow::Up, kSize2x1}).value(), 2,
        zplPrinter(printer.address()), 0);
    QVERIFY(d.ok());
    const qint64 id = store::enqueuePrintJob(m_store->db(), *d, m_clock.now()).value();
    QVERIFY(lp.sendBlocking(id).ok());
    QTRY_COMPARE(printer.received.size(), 1);
    QVERIFY(printer.received.first().contains("^FD>:WH1-A01-01-1-01^FS"));
    QVERIFY(printer.received.first().contains("^PQ2\n"));
    QCOMPARE(job(id).state, u"printed"_s);
    // A job that is not queued is not sent again.
    QCOMPARE(lp.sendBlocking(id).error().code, u"print_job.not-queued"_s);
}

void TestLabelPrinting::pdfThroughTheQueue()
{
    LabelPrinter lp(*m_store, m_clock);
    PrinterSettings pdf;
    pdf.type = u"pdf"_s;
    pdf.address = m_dir.path();
    QSignalSpy done(&lp, &LabelPrinter::jobFinished);
    const QString path = m_dir.filePath(u"logistic.pdf"_s);
    auto id = lp.print(logistic(), 2, pdf, 0, path);
    QVERIFY(id.ok());
    QCOMPARE(done.size(), 1); // drawn at once
    QCOMPARE(done.first().at(1).toBool(), true);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF-"));
    QCOMPARE(job(*id).printer, u"pdf:"_s + path);
    QCOMPARE(job(*id).state, u"printed"_s);
    // An unwritable path fails the job, kept for a retry.
    auto bad = lp.print(logistic(), 1, pdf, 0, u"/nonexistent-dir/x/label.pdf"_s);
    QVERIFY(bad.ok());
    QCOMPARE(job(*bad).state, u"failed"_s);
    QCOMPARE(job(*bad).errorCode, u"labels.pdf"_s);
}

void TestLabelPrinting::addresses()
{
    QCOMPARE(RawPrinterClient::parseAddress(u"zebra-1"_s).value(), (std::pair<QString, quint16> {u"zebra-1"_s, 9100}));
    QCOMPARE(RawPrinterClient::parseAddress(u"zebra-7:6101"_s).value().second, 6101);
    QCOMPARE(RawPrinterClient::parseAddress(u"host:0"_s).error().code, u"printer.bad-address"_s);
    QCOMPARE(RawPrinterClient::parseAddress(u":9100"_s).error().code, u"printer.bad-address"_s);
    PrinterSettings p;
    p.type = u"zpl-tcp"_s;
    p.address = u"host:x"_s;
    QCOMPARE(p.check().error().code, u"printer.bad-address"_s);
    p.address = u"host"_s;
    p.dpi = 250;
    QCOMPARE(p.check().error().code, u"printer.bad-settings"_s);
}

QTEST_MAIN(TestLabelPrinting)
#include "tst_labelprinting.moc"
