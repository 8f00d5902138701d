// stockhand-cli kpis against the real stockhand-server process (docs/cli.md): a supervisor signed in on
// the device gets the figures as JSON and CSV; a picker, who has no session, is refused; offline the last
// figures come back marked "stored".
#include "demo/demogenerator.h"
#include "e2eutil.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace stockhand;
using namespace stockhand::server::test;
using namespace stockhand::test;

namespace {

const QString kServer = QStringLiteral(STOCKHAND_SERVER_BINARY);
const QString kCli = QStringLiteral(STOCKHAND_CLI_BINARY);

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestCliKpis : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;

    Run cli(const QString &store, const QStringList &args)
    {
        QProcess p;
        p.start(kCli, QStringList {QStringLiteral("--store"), store} + args);
        Run r;
        if (p.waitForFinished(300000))
            r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void kpisThroughTheCli()
    {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(QStringLiteral("server.db"));
        seedServer(kServer, db, 200);
        QVERIFY2(m_server.start(db), qPrintable(m_server.lastError));
        const QString console = m_dir.filePath(QStringLiteral("console.db"));
        runTool(kCli,
            {QStringLiteral("--store"), console, QStringLiteral("enrol"), QStringLiteral("--server"),
                m_server.url(QString()).toString(), QStringLiteral("--code"), enrolmentCode(kServer, db)});
        runTool(kCli, {QStringLiteral("--store"), console, QStringLiteral("sync")});

        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString day = today.toString(Qt::ISODate);
        const QStringList range {QStringLiteral("--from"), day, QStringLiteral("--to"), day};

        // Without a session: refused, and nothing is printed as figures.
        const Run refused = cli(console,
            QStringList {QStringLiteral("kpis"), QStringLiteral("--user"), QStringLiteral("supervisor1-wh1")} + range);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("session.required"), refused.err.constData());

        const QString passwordFile = m_dir.filePath(QStringLiteral("password"));
        QFile pw(passwordFile);
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(demo::kDemoSupervisorPassword);
        pw.close();
        QVERIFY(QJsonDocument::fromJson(
            runTool(kCli,
                {QStringLiteral("--store"), console, QStringLiteral("sign-in"), QStringLiteral("--login"),
                    QStringLiteral("supervisor1-wh1"), QStringLiteral("--password-file"), passwordFile}))
                    .object()
                    .value(QStringLiteral("signed_in"))
                    .toBool());

        const QString csv = m_dir.filePath(QStringLiteral("kpis.csv"));
        const Run ok = cli(console,
            QStringList {QStringLiteral("kpis"), QStringLiteral("--user"), QStringLiteral("supervisor1-wh1"),
                QStringLiteral("--csv"), csv}
                + range);
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        const QJsonObject figures = ok.json();
        QCOMPARE(figures.value(QStringLiteral("from")).toString(), day);
        QCOMPARE(figures.value(QStringLiteral("warehouse_id")).toInteger(), 1);
        QCOMPARE(figures.value(QStringLiteral("days")).toArray().size(), 1);
        QCOMPARE(figures.value(QStringLiteral("stored")).toBool(), false);
        QVERIFY(figures.value(QStringLiteral("backorders")).toObject().value(QStringLiteral("buckets")).isArray());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.value(0).startsWith("date,counted_locations,accurate_locations,accuracy,"));
        QVERIFY(lines.value(1).startsWith(QByteArray(day.toUtf8() + ',')));
        QVERIFY(lines.value(2).startsWith("total,"));

        // Another warehouse is not this supervisor's.
        const Run other = cli(console,
            QStringList {QStringLiteral("kpis"), QStringLiteral("--user"), QStringLiteral("supervisor1-wh1"),
                QStringLiteral("--warehouse"), QStringLiteral("2")}
                + range);
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.err.contains("role.other-warehouse"), other.err.constData());

        // Offline: the last figures, marked as stored.
        QCOMPARE(m_server.terminate(), 0);
        const Run offline = cli(console,
            QStringList {QStringLiteral("kpis"), QStringLiteral("--user"), QStringLiteral("supervisor1-wh1")} + range);
        QVERIFY2(offline.exitCode == 0, offline.err.constData());
        QVERIFY(offline.err.contains("offline"));
        QCOMPARE(offline.json().value(QStringLiteral("stored")).toBool(), true);
        QCOMPARE(offline.json().value(QStringLiteral("from")).toString(), day);
    }
};

QTEST_GUILESS_MAIN(TestCliKpis)
#include "tst_cli_kpis.moc"
