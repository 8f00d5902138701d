// The real stockhand-cli: `label logistic` takes the device's next SSCC, records label_package and sends the
// ZPL to a listener on 127.0.0.1 (copies, FNC1, the SSCC); a refused printer leaves the job failed (exit 1)
// and `print-queue --retry` prints it once the printer listens; --zpl and --pdf write their files.
#include "domain/sscc.h"
#include "store/devicestore.h"
#include "store/sscc.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace stockhand;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int rc = -1;
    QString out, err;
};

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
                if (s->state() != QAbstractSocket::ConnectedState) { // closed before we looked
                    buffer->append(s->readAll());
                    received.append(*buffer);
                    delete buffer;
                    s->disconnect(this);
                    s->deleteLater();
                }
            }
        });
        server.listen(QHostAddress::LocalHost, port);
    }
    QTcpServer server;
    QList<QByteArray> received;
};

} // namespace

class TestCliLabels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    ManualClock m_clock;

    // Runs the CLI while this process's event loop keeps serving the listeners.
    Run cli(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(STOCKHAND_CLI_BINARY), QStringList {u"--store"_s, m_store} + args);
        if (!p.waitForStarted(30000))
            return {};
        QEventLoop loop; // the listeners are served while the CLI runs
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        if (p.state() != QProcess::NotRunning)
            qFatal("stockhand-cli did not finish");
        return Run {
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    qint64 queryInt(const char *sql)
    {
        auto s = store::DeviceStore::open(m_store, m_clock);
        return s ? (*s)->db().queryInt(sql, -1).valueOr(-1) : -1;
    }

private Q_SLOTS:
    void initTestCase();
    void logisticToAPrinter();
    void refusedThenRetried();
    void files();
};

void TestCliLabels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(u"device.db"_s);
    const Run demo = cli({u"init-demo"_s, u"--products"_s, u"30"_s});
    QCOMPARE(demo.rc, 0);
    auto s = store::DeviceStore::open(m_store, m_clock);
    QVERIFY(s.ok());
    QVERIFY(store::addSsccRanges((*s)->db(), {{7, 0, u"4012345"_s, 100, 199, 0}}).ok());
}

void TestCliLabels::logisticToAPrinter()
{
    Listener printer;
    const qint64 product = queryInt("SELECT min(product_id) FROM product_barcode WHERE packaging = 'unit'");
    const qint64 before = queryInt("SELECT count(*) FROM outbox WHERE kind = 'label_package'");
    const Run r = cli({u"label"_s, u"logistic"_s, u"--location"_s, u"WH1-RECV"_s, u"--product"_s,
        QString::number(product), u"--count"_s, u"24"_s, u"--lot"_s, u"A1"_s, u"--best-before"_s, u"2027-05-01"_s,
        u"--from"_s, u"DC North"_s, u"--to"_s, u"Shop 7"_s, u"--copies"_s, u"2"_s, u"--printer"_s,
        u"127.0.0.1:%1"_s.arg(printer.server.serverPort()), u"--user"_s, u"U101"_s, u"--pin"_s, u"1234"_s});
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    const QString sscc = composeSscc(0, u"4012345", 100).value();
    const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(out.value(u"sscc"_s).toString(), sscc);
    QCOMPARE(out.value(u"job"_s).toObject().value(u"state"_s).toString(), u"printed"_s);
    QTRY_COMPARE(printer.received.size(), 1);
    const QByteArray zpl = printer.received.first();
    QVERIFY(zpl.contains(QByteArray(QByteArray("^FD>;>800") + sscc.toLatin1() + QByteArray("^FS"))));
    QVERIFY(zpl.contains(">8"));
    QVERIFY(zpl.endsWith("^PQ2\n^XZ\n"));
    QCOMPARE(queryInt("SELECT count(*) FROM outbox WHERE kind = 'label_package'"), before + 1);
    QCOMPARE(queryInt("SELECT next FROM sscc_range WHERE id = 7"), 101);
}

void TestCliLabels::refusedThenRetried()
{
    quint16 port = 0;
    {
        QTcpServer gone;
        gone.listen(QHostAddress::LocalHost);
        port = gone.serverPort();
    }
    const Run r = cli({u"label"_s, u"location"_s, u"--location"_s, u"WH1-A01-01-1-01"_s, u"--arrow"_s, u"down"_s,
        u"--printer"_s, u"127.0.0.1:%1"_s.arg(port), u"--user"_s, u"U101"_s, u"--pin"_s, u"1234"_s});
    QCOMPARE(r.rc, 1);
    QVERIFY2(r.err.contains(u"printer.refused"_s), qPrintable(r.err));
    const qint64 id
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"job"_s).toObject().value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    const Run failed = cli({u"print-queue"_s, u"--failed"_s});
    QCOMPARE(failed.rc, 0);
    QVERIFY(failed.out.contains(u"\"printer.refused\""_s));

    Listener back(port);
    const Run retried = cli({u"print-queue"_s, u"--retry"_s, QString::number(id)});
    QVERIFY2(retried.rc == 0, qPrintable(retried.err));
    QCOMPARE(QJsonDocument::fromJson(retried.out.toUtf8()).object().value(u"state"_s).toString(), u"printed"_s);
    QCOMPARE(QJsonDocument::fromJson(retried.out.toUtf8()).object().value(u"attempts"_s).toInt(), 2);
    QTRY_COMPARE(back.received.size(), 1);
    QVERIFY(back.received.first().contains("^FD>:WH1-A01-01-1-01^FS"));
    QCOMPARE(cli({u"print-queue"_s, u"--retry"_s, QString::number(id)}).rc, 1); // printed: not retried
}

void TestCliLabels::files()
{
    const qint64 lot = queryInt("SELECT l.id FROM lot l JOIN product_barcode b ON b.product_id = l.product_id "
                                "AND b.packaging = 'unit' WHERE l.is_serial = 0 ORDER BY l.id LIMIT 1");
    const qint64 product
        = queryInt("SELECT product_id FROM lot WHERE id = (SELECT l.id FROM lot l JOIN product_barcode b "
                   "ON b.product_id = l.product_id AND b.packaging = 'unit' WHERE l.is_serial = 0 "
                   "ORDER BY l.id LIMIT 1)");
    const Run zpl
        = cli({u"label"_s, u"lot"_s, u"--product"_s, QString::number(product), u"--lot-id"_s, QString::number(lot),
            u"--datamatrix"_s, u"--zpl"_s, u"lot.zpl"_s, u"--user"_s, u"U101"_s, u"--pin"_s, u"1234"_s});
    QVERIFY2(zpl.rc == 0, qPrintable(zpl.err));
    QFile z(m_dir.filePath(u"lot.zpl"_s));
    QVERIFY(z.open(QIODevice::ReadOnly));
    const QByteArray zplText = z.readAll();
    QVERIFY(zplText.contains("^BXN,") && zplText.contains("^FD_101"));
    const Run pdf = cli({u"label"_s, u"product"_s, u"--product"_s, QString::number(product), u"--pdf"_s, u"p.pdf"_s,
        u"--copies"_s, u"3"_s, u"--user"_s, u"U101"_s, u"--pin"_s, u"1234"_s});
    QVERIFY2(pdf.rc == 0, qPrintable(pdf.err));
    QFile p(m_dir.filePath(u"p.pdf"_s));
    QVERIFY(p.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = p.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF-"));
    QCOMPARE(pdfBytes.count("/MediaBox"), 3);
    const Run usage = cli({u"label"_s, u"product"_s, u"--product"_s, QString::number(product), u"--user"_s, u"U101"_s,
        u"--pin"_s, u"1234"_s});
    QCOMPARE(usage.rc, 2); // no output given
}

QTEST_GUILESS_MAIN(TestCliLabels)
#include "tst_cli_labels.moc"
