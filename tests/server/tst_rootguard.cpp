// stockhand-server refuses to run as root unless --allow-root or STOCKHAND_ALLOW_ROOT=1 (rootguard.h).
#include "rootguard.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace stockhand::server;

class TestRootGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decision_data()
    {
        QTest::addColumn<unsigned>("uid");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("env");
        QTest::addColumn<bool>("refused");
        const QStringList serve {QStringLiteral("stockhand-server"), QStringLiteral("serve")};
        const QStringList allowed {
            QStringLiteral("stockhand-server"), QStringLiteral("--allow-root"), QStringLiteral("serve")};
        const QStringList help {QStringLiteral("stockhand-server"), QStringLiteral("--help")};
        const QStringList version {QStringLiteral("stockhand-server"), QStringLiteral("--version")};
        const QStringList userAdd {QStringLiteral("stockhand-server"), QStringLiteral("user"), QStringLiteral("add")};
        QTest::newRow("root serve") << 0u << serve << false << true;
        QTest::newRow("root admin command") << 0u << userAdd << false << true;
        QTest::newRow("root --allow-root") << 0u << allowed << false << false;
        QTest::newRow("root environment") << 0u << serve << true << false;
        QTest::newRow("root --help") << 0u << help << false << false;
        QTest::newRow("root --version") << 0u << version << false << false;
        QTest::newRow("user serve") << 1000u << serve << false << false;
    }
    void decision()
    {
        QFETCH(unsigned, uid);
        QFETCH(QStringList, args);
        QFETCH(bool, env);
        QFETCH(bool, refused);
        const RootGuard g = checkRoot(uid, args, env);
        QCOMPARE(g.refused, refused);
        QVERIFY(!g.arguments.contains(QStringLiteral("--allow-root")));
        QCOMPARE(g.arguments.size(), args.size() - int(args.contains(QStringLiteral("--allow-root"))));
    }

    // The real process: as root (CI) without permission it refuses and creates nothing; with --allow-root
    // (which the command parser would otherwise reject as unknown) it runs. As another user it runs.
    void process()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("server.db"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("STOCKHAND_ALLOW_ROOT"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(STOCKHAND_SERVER_BINARY), {QStringLiteral("--db"), db, QStringLiteral("init")});
        QVERIFY(p.waitForFinished(60000));
        if (::geteuid() == 0) {
            QCOMPARE(p.exitCode(), 77);
            QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("refusing to run as root")));
            QVERIFY(!QFile::exists(db));
        } else {
            QCOMPARE(p.exitCode(), 0);
        }
        p.start(QStringLiteral(STOCKHAND_SERVER_BINARY),
            {QStringLiteral("--allow-root"), QStringLiteral("--db"), db, QStringLiteral("init")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(db));
        p.start(QStringLiteral(STOCKHAND_SERVER_BINARY), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("stockhand-server"));
    }
};

QTEST_GUILESS_MAIN(TestRootGuard)
#include "tst_rootguard.moc"
