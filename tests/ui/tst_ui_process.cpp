// The real processes: stockhand-server (init, seed, enrol, serve on a free port) and the stockhand app
// (enrol and first sync with --sync-once); a pick made by scans through the view models on the synced
// store is pushed by the app's next sync and lands in the server's books.
#include "handheldapp.h"
#include "store/devicestore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace stockhand;

class TestUiProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QProcess server;
    QString url;

    QString serverDb() const { return dir.filePath(QStringLiteral("server.db")); }
    QString deviceDb() const { return dir.filePath(QStringLiteral("device.db")); }

    // Runs a server command to completion; its standard output.
    QByteArray serverCommand(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(SERVER_EXE), QStringList {QStringLiteral("--db"), serverDb()} + args);
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            qWarning("server %s: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
    }
    int app(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(APP_EXE),
            QStringList {
                QStringLiteral("--store"), deviceDb(), QStringLiteral("--server"), url, QStringLiteral("--sync-once")}
                + args);
        if (!p.waitForFinished(120000))
            return -1;
        if (p.exitCode() != 0)
            qWarning("app: %s", p.readAllStandardError().constData());
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        QVERIFY(!serverCommand({QStringLiteral("init")}).isEmpty());
        QVERIFY(!serverCommand({QStringLiteral("seed"), QStringLiteral("--products"), QStringLiteral("300"),
                                   QStringLiteral("--warehouses"), QStringLiteral("1"),
                                   QStringLiteral("--pin-iterations"), QStringLiteral("50")})
                     .isEmpty());
        server.start(QStringLiteral(SERVER_EXE),
            {QStringLiteral("--db"), serverDb(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"), QStringLiteral("auto"), QStringLiteral("--https-port"), QStringLiteral("0"),
                QStringLiteral("serve")});
        QVERIFY(server.waitForStarted());
        const QRegularExpression listening(QStringLiteral("listening (http://[0-9.]+:[0-9]+)"));
        QByteArray out;
        while (url.isEmpty() && server.waitForReadyRead(30000)) {
            out += server.readAllStandardOutput();
            const auto m = listening.match(QString::fromUtf8(out));
            if (m.hasMatch())
                url = m.captured(1);
        }
        QVERIFY2(!url.isEmpty(), out.constData());
    }

    void cleanupTestCase()
    {
        server.terminate();
        QVERIFY(server.waitForFinished(30000));
    }

    void enrolSyncPickPush()
    {
        const QByteArray code
            = serverCommand({QStringLiteral("enrol"), QStringLiteral("--warehouse"), QStringLiteral("1")})
                  .trimmed()
                  .split('\n')
                  .last();
        QVERIFY(!code.isEmpty());
        QCOMPARE(app({QStringLiteral("--enrol"), QString::fromLatin1(code)}), 0);

        qint64 line = 0;
        Milli expected = 0;
        {
            ManualClock clock;
            auto store = store::DeviceStore::open(deviceDb(), clock);
            QVERIFY(store.ok());
            auto &db = (*store)->db();
            QVERIFY(db.queryInt("SELECT count(*) FROM product").value() == 300);
            ui::HandheldApp handheld(**store, clock);
            handheld.feedback()->setSoundEnabled(false);
            handheld.setActiveFlow(QStringLiteral("signin"));
            handheld.scan(QStringLiteral("U101"));
            QVERIFY(handheld.signIn()->enterPin(QStringLiteral("1234")));

            auto st = db.prepare("SELECT l.id, l.transfer_id, loc.barcode, b.code, l.qty_expected FROM transfer_line l "
                                 "JOIN transfer t ON t.id = l.transfer_id JOIN product p ON p.id = l.product_id "
                                 "JOIN location loc ON loc.id = l.from_location_id JOIN product_barcode b ON "
                                 "b.product_id = p.id AND b.packaging = 'unit' WHERE t.kind = 'pick' AND "
                                 "p.tracking = 'none' ORDER BY l.id LIMIT 1");
            QVERIFY(st.ok() && st->step().value());
            line = st->int64(0);
            const qint64 transfer = st->int64(1);
            const QString location = st->text(2), gtin = st->text(3);
            expected = st->int64(4);
            st->reset();
            handheld.setActiveFlow(QStringLiteral("pick"));
            QVERIFY(handheld.pick()->start(transfer));
            for (int guard = 0; handheld.pick()->current().lineId != line && guard < 20; ++guard)
                handheld.pick()->skip();
            handheld.scan(location);
            handheld.scan(QStringLiteral("(01)") + gtin);
            handheld.pick()->setQuantity(formatQuantity(expected));
            QVERIFY(handheld.pick()->confirmQuantity());
            QCOMPARE((*store)->pendingCount().value(), 1);
        }
        QCOMPARE(app({}), 0); // pushes the pick

        db::OpenOptions ro;
        ro.readOnly = true;
        ro.create = false;
        auto server = db::Database::openUnconfigured(serverDb(), ro);
        QVERIFY(server.ok());
        auto done = (*server)->prepare("SELECT qty_done FROM transfer_line WHERE id = ?1");
        QVERIFY(done.ok());
        done->bind(1, line);
        QVERIFY(done->step().value());
        QCOMPARE(done->int64(0), expected);
    }
};

QTEST_GUILESS_MAIN(TestUiProcess)
#include "tst_ui_process.moc"
