// stockhand-cli reset: refused while operations are pending, unless a supervisor forces it, which first
// exports them to a file in the push format (docs/sync-engine.md, "Leaving a device").
#include "demo/demogenerator.h"
#include "store/devicestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace stockhand;

class TestCliReset : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run
    {
        int code;
        QByteArray out, err;
    };
    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(STOCKHAND_CLI_BINARY),
            QStringList {QStringLiteral("--store"), m_dir.filePath(QStringLiteral("device.db"))} + args);
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        ManualClock clock;
        auto s = store::DeviceStore::open(m_dir.filePath(QStringLiteral("device.db")), clock);
        QVERIFY(s.ok());
        demo::DemoOptions o;
        o.warehouses = 1;
        o.products = 20;
        o.binsPerWarehouse = 10;
        o.receipts = 1;
        o.picks = 1;
        o.countTasks = 1;
        o.pinIterations = 10;
        QVERIFY(demo::generateDemo((*s)->db(), o).ok());
        QVERIFY((*s)->record(OperationDraft {OpKind::Move, QJsonObject {{QStringLiteral("qty"), 1}}, 1, {}}).ok());
    }

    void refusedWhilePending()
    {
        const Run r = cli({QStringLiteral("reset")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("not sent yet"));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("device.db"))));
    }

    void refusedForAPickerOrAWrongPin_data()
    {
        QTest::addColumn<QString>("badge");
        QTest::addColumn<QString>("pin");
        QTest::newRow("picker") << QStringLiteral("U101") << QStringLiteral("1234");
        QTest::newRow("wrong PIN") << QStringLiteral("U108") << QStringLiteral("9999");
        QTest::newRow("unknown badge") << QStringLiteral("U999") << QStringLiteral("1234");
    }
    void refusedForAPickerOrAWrongPin()
    {
        QFETCH(QString, badge);
        QFETCH(QString, pin);
        const QString file = m_dir.filePath(QStringLiteral("refused.json"));
        const Run r = cli({QStringLiteral("reset"), QStringLiteral("--force"), QStringLiteral("--supervisor"), badge,
            QStringLiteral("--pin"), pin, QStringLiteral("--export"), file});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("not a supervisor"));
        QVERIFY(!QFile::exists(file));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("device.db"))));
    }

    void supervisorForcesAfterExport()
    {
        const QString file = m_dir.filePath(QStringLiteral("pending.json"));
        const Run r = cli({QStringLiteral("reset"), QStringLiteral("--force"), QStringLiteral("--supervisor"),
            QStringLiteral("U108"), QStringLiteral("--pin"), QStringLiteral("1234"), QStringLiteral("--export"), file});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray ops
            = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("operations")).toArray();
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("move"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("device.db"))));
    }
};

QTEST_GUILESS_MAIN(TestCliReset)
#include "tst_cli_reset.moc"
