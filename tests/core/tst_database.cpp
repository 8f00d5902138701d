#include "db/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace stockhand;
using namespace stockhand::db;

class TestDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<Database> openDb(const QString &name)
    {
        auto db = Database::openUnconfigured(m_dir.filePath(name), {});
        if (!db)
            qFatal("open failed: %s", qPrintable(db.error().message));
        auto s = (*db)->configure();
        if (!s)
            qFatal("configure failed: %s", qPrintable(s.error().message));
        return std::move(db).value();
    }

private Q_SLOTS:
    void pragmasAreSet()
    {
        auto db = openDb(QStringLiteral("p.db"));
        auto st = db->prepare("PRAGMA journal_mode");
        QVERIFY(st.ok());
        QVERIFY(st->step().value());
        QCOMPARE(st->text(0), QStringLiteral("wal"));
        QCOMPARE(db->queryInt("PRAGMA foreign_keys").value(), 1);
        QCOMPARE(db->queryInt("PRAGMA synchronous").value(), 2); // FULL
    }

    void bindStepAndRead()
    {
        auto db = openDb(QStringLiteral("b.db"));
        QVERIFY(db->exec("CREATE TABLE t(a INTEGER, b TEXT, c REAL, d BLOB)").ok());
        {
            auto st = db->prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4)");
            QVERIFY(st.ok());
            QVERIFY(st->bind(1, qint64(1) << 40)
                        .bind(2, QStringLiteral("Grüße"))
                        .bind(3, 2.5)
                        .bindBlob(4, QByteArray("\0x", 2))
                        .run()
                        .ok());
        }
        auto st = db->prepare("SELECT a, b, c, d FROM t");
        QVERIFY(st->step().value());
        QCOMPARE(st->int64(0), qint64(1) << 40);
        QCOMPARE(st->text(1), QStringLiteral("Grüße"));
        QCOMPARE(st->real(2), 2.5);
        QCOMPARE(st->blob(3), QByteArray("\0x", 2));
        QVERIFY(!st->step().value());
    }

    void statementCacheReusesAndNests()
    {
        auto db = openDb(QStringLiteral("c.db"));
        QVERIFY(db->exec("CREATE TABLE t(a); INSERT INTO t VALUES (1), (2);").ok());
        auto outer = db->prepare("SELECT a FROM t ORDER BY a");
        QVERIFY(outer->step().value());
        // The same SQL while the first handle is still stepping: a second statement, not a clobbered one.
        auto inner = db->prepare("SELECT a FROM t ORDER BY a");
        QVERIFY(inner->step().value());
        QVERIFY(inner->step().value());
        QCOMPARE(inner->int64(0), 2);
        QCOMPARE(outer->int64(0), 1);
    }

    void errorsCarrySqliteCodes()
    {
        auto db = openDb(QStringLiteral("e.db"));
        QVERIFY(db->exec("CREATE TABLE u(k TEXT PRIMARY KEY)").ok());
        QVERIFY(db->exec("INSERT INTO u VALUES ('a')").ok());
        Status s = db->exec("INSERT INTO u VALUES ('a')");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("sqlite.constraint"));
        QCOMPARE(s.error().sqliteCode, SQLITE_CONSTRAINT_PRIMARYKEY);
        auto bad = db->prepare("SELEKT 1");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("syntax error")));
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto db = openDb(QStringLiteral("t.db"));
        QVERIFY(db->exec("CREATE TABLE t(a)").ok());
        {
            Transaction tx(*db);
            QVERIFY(tx.begun().ok());
            QVERIFY(db->exec("INSERT INTO t VALUES (1)").ok());
        }
        QCOMPARE(db->queryInt("SELECT count(*) FROM t").value(), 0);
        {
            Transaction tx(*db);
            QVERIFY(db->exec("INSERT INTO t VALUES (1)").ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(db->queryInt("SELECT count(*) FROM t").value(), 1);
    }

    // A read transaction gives its statements one snapshot (a commit on another connection in between is not
    // seen), leaves the connection out of any transaction when it ends, and does nothing inside a caller's.
    void readTransactionIsOneSnapshotAndNests()
    {
        auto db = openDb(QStringLiteral("r.db"));
        auto other = openDb(QStringLiteral("r.db"));
        QVERIFY(db->exec("CREATE TABLE t(a); INSERT INTO t VALUES (1)").ok());
        {
            ReadTransaction read(*db);
            QCOMPARE(db->queryInt("SELECT count(*) FROM t").value(), 1);
            QVERIFY(!sqlite3_get_autocommit(db->handle()));
            QVERIFY(other->exec("INSERT INTO t VALUES (2)").ok()); // WAL: the writer is not blocked
            QCOMPARE(db->queryInt("SELECT count(*) FROM t").value(), 1); // same snapshot
        }
        QVERIFY(sqlite3_get_autocommit(db->handle()));
        QCOMPARE(db->queryInt("SELECT count(*) FROM t").value(), 2);
        {
            Transaction tx(*db);
            QVERIFY(db->exec("INSERT INTO t VALUES (3)").ok());
            {
                ReadTransaction read(*db); // inside the writer's transaction: nothing to begin or end
                QCOMPARE(db->queryInt("SELECT count(*) FROM t").value(), 3);
            }
            QVERIFY(!sqlite3_get_autocommit(db->handle()));
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(other->queryInt("SELECT count(*) FROM t").value(), 3);
    }

    void fullDiskIsReportedAndNothingPartialIsKept()
    {
        auto db = openDb(QStringLiteral("full.db"));
        QVERIFY(db->exec("CREATE TABLE t(a BLOB)").ok());
        const qint64 pages = db->queryInt("PRAGMA page_count").value();
        QVERIFY(db->exec("PRAGMA max_page_count=" + std::to_string(pages + 2)).ok());
        Status s;
        {
            Transaction tx(*db);
            for (int i = 0; i < 100 && s.ok(); ++i) {
                auto st = db->prepare("INSERT INTO t VALUES (zeroblob(4000))");
                s = st->run();
            }
        }
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("sqlite.full"));
        QVERIFY(s.error().message.contains(QStringLiteral("disk is full")));
        QCOMPARE(db->queryInt("SELECT count(*) FROM t").value(), 0); // nothing partial was kept
        QVERIFY(db->exec("INSERT INTO t VALUES (x'00')").ok()); // and the database still works
    }

    void injectedFaultFailsTheNthCall()
    {
        auto db = openDb(QStringLiteral("f.db"));
        db->failAfter(2);
        QVERIFY(db->exec("CREATE TABLE a(x)").ok());
        Status s = db->exec("CREATE TABLE b(x)");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("sqlite.ioerr"));
        QVERIFY(db->exec("CREATE TABLE b(x)").ok());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
