// Feed pages from a server that sends something wrong: each is refused with a clear code, and nothing of
// it reaches the store (the page is one transaction, its position included).
#include "pageapplier.h"
#include "store/devicestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace stockhand;

class TestPageApplier : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<sync::PageApplier> m_applier;

    static QByteArray snapshot(const QByteArray &body, const QByteArray &end = "{\"type\":\"end\",\"next\":null}")
    {
        return "{\"type\":\"snapshot\",\"epoch\":\"E1\",\"cursor\":7,\"total_rows\":2}"
               "\n"
            + body + end + "\n";
    }
    qint64 count(const char *sql) { return m_applier->db().queryInt(sql).value(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("device.db"));
        ManualClock clock;
        QVERIFY(store::DeviceStore::open(m_path, clock).ok());
        auto a = sync::PageApplier::open(m_path);
        QVERIFY(a.ok());
        m_applier = std::move(a).value();
        const QByteArray page
            = snapshot("{\"type\":\"table\",\"table\":\"product\",\"key\":\"id\",\"columns\":[\"id\",\"sku\",\"name\","
                       "\"uom\",\"tracking\",\"unit_value_cents\",\"home_location_id\",\"from_a_newer_server\"]}"
                       "\n"
                       "[1,\"SKU-1\",\"Bolt \\\"M8\\\"\",\"pc\",\"none\",12,null,\"ignored\"]"
                       "\n"
                       "[2,\"SKU-2\",\"Nut\",\"pc\",\"lot\",3,null,\"ignored\"]"
                       "\n");
        auto r = m_applier->applySnapshotPage(page, true);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->rows, 2);
        QCOMPARE(count("SELECT count(*) FROM product"), 2);
        QCOMPARE(m_applier->db().queryInt("SELECT value FROM meta WHERE key = 'cursor'").value(), 7);
    }

    void badPagesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<bool>("isSnapshot");
        QTest::addColumn<QString>("code");
        const QByteArray products
            = "{\"type\":\"table\",\"table\":\"product\",\"key\":\"id\",\"columns\":[\"id\",\"sku\",\"name\"]}"
              "\n";
        const QByteArray changes = "{\"type\":\"changes\",\"epoch\":\"E1\",\"from\":7}"
                                   "\n";
        const QByteArray end = "{\"type\":\"end\",\"cursor\":9,\"more\":false}"
                               "\n";
        QTest::newRow("unknown table") << QByteArray(changes
            + "{\"type\":\"table\",\"table\":\"sqlite_schema\",\"key\":\"name\",\"columns\":[\"name\"]}"
              "\n"
            + end) << false << QStringLiteral("feed.unknown-table");
        QTest::newRow("wrong key") << QByteArray(changes
            + "{\"type\":\"table\",\"table\":\"product\",\"key\":\"sku\",\"columns\":[\"id\",\"sku\"]}"
              "\n"
            + end) << false << QStringLiteral("feed.bad-key");
        QTest::newRow("malformed row") << QByteArray(changes + products
            + "[3,\"SKU-3\","
              "\n"
            + end) << false << QStringLiteral("feed.bad-row");
        QTest::newRow("too few values") << QByteArray(changes + products
            + "[3,\"SKU-3\"]"
              "\n"
            + end) << false << QStringLiteral("feed.bad-row");
        QTest::newRow("row before table") << QByteArray(changes
            + "[3,\"SKU-3\",\"x\"]"
              "\n"
            + end) << false << QStringLiteral("feed.bad-page");
        QTest::newRow("cut short") << QByteArray(changes + products
            + "[3,\"SKU-3\",\"x\"]"
              "\n") << false << QStringLiteral("feed.truncated");
        QTest::newRow("other epoch") << QByteArray("{\"type\":\"changes\",\"epoch\":\"E2\",\"from\":7}"
                                                   "\n"
            + products
            + "[3,\"SKU-3\",\"x\"]"
              "\n"
            + end) << false << QStringLiteral("feed.epoch-changed");
        QTest::newRow("no header") << QByteArray(products
            + "[3,\"SKU-3\",\"x\"]"
              "\n"
            + end) << false << QStringLiteral("feed.bad-page");
        QTest::newRow("not JSON") << QByteArray(changes + "{type: table}\n" + end) << false
                                  << QStringLiteral("feed.bad-page");
        QTest::newRow("PIN hash not base64") << QByteArray(changes
            + "{\"type\":\"table\",\"table\":\"app_user\",\"key\":\"id\",\"columns\":[\"id\",\"login\",\"name\","
              "\"badge\",\"pin_hash\",\"pin_salt\",\"pin_iterations\",\"roles\"]}"
              "\n"
              "[9,\"x\",\"X\",\"U9\",\"***\",\"AAAA\",10,\"picker\"]"
              "\n"
            + end) << false << QStringLiteral("feed.bad-row");
        QTest::newRow("snapshot of another epoch") << snapshot(products
            + "[3,\"SKU-3\",\"x\"]"
              "\n")
                                                          .replace("\"E1\"", "\"E3\"")
                                                   << true << QStringLiteral("feed.epoch-changed");
    }
    void badPagesChangeNothing()
    {
        QFETCH(QByteArray, page);
        QFETCH(bool, isSnapshot);
        QFETCH(QString, code);
        auto r = isSnapshot ? m_applier->applySnapshotPage(page, false) : m_applier->applyChangesPage(page);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(count("SELECT count(*) FROM product"), 2);
        QCOMPARE(count("SELECT count(*) FROM app_user"), 0);
        QCOMPARE(m_applier->db().queryInt("SELECT value FROM meta WHERE key = 'cursor'").value(), 7);
        QCOMPARE(m_applier->db().queryInt("SELECT count(*) FROM product WHERE name LIKE 'Bolt%'").value(), 1);
    }

    void goodChangesStillApply()
    {
        const QByteArray page
            = "{\"type\":\"changes\",\"epoch\":\"E1\",\"from\":7}"
              "\n"
              "{\"type\":\"table\",\"table\":\"product\",\"key\":\"id\",\"columns\":[\"id\",\"sku\",\"name\"]}"
              "\n"
              "[2,\"SKU-2\",\"Nut, renamed\"]"
              "\n"
              "{\"type\":\"delete\",\"table\":\"product\",\"key\":1}"
              "\n"
              "{\"type\":\"end\",\"cursor\":9,\"more\":false}"
              "\n";
        auto r = m_applier->applyChangesPage(page);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(count("SELECT count(*) FROM product"), 1);
        QCOMPARE(count("SELECT count(*) FROM product WHERE name = 'Nut, renamed' AND tracking = 'lot'"), 1);
        QCOMPARE(m_applier->db().queryInt("SELECT value FROM meta WHERE key = 'cursor'").value(), 9);
    }
};

QTEST_GUILESS_MAIN(TestPageApplier)
#include "tst_pageapplier.moc"
