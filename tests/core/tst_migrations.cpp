#include "db/migrator.h"
#include "store/devicestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace stockhand;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Builds a database file from a committed SQL fixture (a dump of a released schema with data).
bool loadFixture(const QString &sqlFile, const QString &dbPath)
{
    QFile f(sqlFile);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray sql = f.readAll();
    sqlite3 *db = nullptr;
    if (sqlite3_open(dbPath.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ManualClock m_clock;

private Q_SLOTS:
    void freshStoreReachesLatestVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh.db"));
        auto store = store::DeviceStore::open(path, m_clock);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        QCOMPARE((*store)->db().queryInt("PRAGMA user_version").value(), store::deviceSchema().latestVersion());
        QCOMPARE((*store)->db().queryInt("PRAGMA application_id").value(), store::kDeviceStoreApplicationId);
        QVERIFY(!(*store)->deviceId().isEmpty());
    }

    // Every released schema has a fixture (tests/data/schema/device-vN.sql, a dump with data made by the
    // program that shipped it). Each must upgrade to the latest version with its data intact.
    void upgradesEveryReleasedSchema_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < store::deviceSchema().latestVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }
    void upgradesEveryReleasedSchema()
    {
        QFETCH(int, version);
        const QString fixture = QStringLiteral(STOCKHAND_TEST_DATA_DIR "/schema/device-v%1.sql").arg(version);
        QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
        const QString path = m_dir.filePath(QStringLiteral("upgrade-v%1.db").arg(version));
        QVERIFY(loadFixture(fixture, path));
        auto store = store::DeviceStore::open(path, m_clock);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        auto &db = (*store)->db();
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), store::deviceSchema().latestVersion());
        // Data of the fixture survives: its pending operation, its effect, its device id and its world rows.
        QCOMPARE((*store)->deviceId(), QStringLiteral("fixture-device-0001"));
        QCOMPARE((*store)->pendingCount().value(), 1);
        QCOMPARE((*store)->quantOnHand(2, 1).value(), units(7)); // 10 on the books, 3 picked locally
        QCOMPARE(db.queryInt("SELECT count(*) FROM device_exception").value(), 0);
        // Newer steps work on the upgraded file.
        QVERIFY(db.exec("INSERT INTO device_exception(op_seq, code, message, created_local) "
                        "VALUES (1, 'x', 'y', '2026-01-01')")
                    .ok());
    }

    void newerDatabaseIsRefusedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.db"));
        {
            auto store = store::DeviceStore::open(path, m_clock);
            QVERIFY(store.ok());
            QVERIFY((*store)->db().exec("PRAGMA user_version=99").ok());
            QVERIFY((*store)->db().exec("PRAGMA journal_mode=DELETE").ok());
        }
        const QByteArray before = fileHash(path);
        auto again = store::DeviceStore::open(path, m_clock);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("store.too-new"));
        QVERIFY(again.error().message.contains(QStringLiteral("schema version 99")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void corruptFileIsRefusedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk(8192, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) & 0xff);
        f.write(junk);
        f.close();
        const QByteArray before = fileHash(path);
        auto store = store::DeviceStore::open(path, m_clock);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("store.unreadable"));
        QVERIFY(store.error().message.contains(QStringLiteral("left untouched")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void foreignDatabaseIsRefusedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("foreign.db"));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('x');", nullptr,
                     nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(raw);
        const QByteArray before = fileHash(path);
        auto store = store::DeviceStore::open(path, m_clock);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("store.foreign"));
        QCOMPARE(fileHash(path), before);
    }

    void failingStepRollsBackThatStepOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("failing.db"));
        db::SchemaDescription schema {0x7e57, "test database",
            {{1, "table a", [](db::Database &d) { return d.exec("CREATE TABLE a(x)"); }},
                {2, "table b, then a broken statement", [](db::Database &d) -> Status {
                     SH_TRY(d.exec("CREATE TABLE b(x)"));
                     return d.exec("CREATE TABLE a(x)"); // already exists
                 }}}};
        auto db = db::openAndMigrate(path, {}, schema);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("Schema step 2")));
        auto reopened = db::Database::openUnconfigured(path, {});
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->queryInt("PRAGMA user_version").value(), 1);
        QCOMPARE((*reopened)->queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'b'").value(), 0);
    }

    void missingFileWithoutCreateIsAClearError()
    {
        db::OpenOptions o;
        o.create = false;
        auto store = store::DeviceStore::open(m_dir.filePath(QStringLiteral("nope.db")), m_clock, o);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("store.missing"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
