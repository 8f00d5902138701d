#include "demo/demogenerator.h"
#include "scan/gtin.h"
#include "store/devicestore.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace stockhand;

class TestDemoGenerator : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ManualClock m_clock;
    int m_n = 0;

    struct Made
    {
        std::unique_ptr<store::DeviceStore> store;
        demo::DemoSummary summary;
    };

    Made make(const demo::DemoOptions &o)
    {
        auto s = store::DeviceStore::open(m_dir.filePath(QStringLiteral("d%1.db").arg(++m_n)), m_clock);
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        auto sum = demo::generateDemo((*s)->db(), o);
        if (!sum)
            qFatal("%s", qPrintable(sum.error().message));
        return {std::move(s).value(), sum.value()};
    }

    static demo::DemoOptions small()
    {
        demo::DemoOptions o;
        o.products = 2000;
        o.binsPerWarehouse = 300;
        o.receipts = 20;
        o.picks = 60;
        o.countTasks = 6;
        o.pinIterations = 10;
        return o;
    }

    // A digest of the world tables' contents in a fixed order.
    static QByteArray digest(db::Database &db)
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const char *sql : {"SELECT id, sku, name, uom, tracking, unit_value_cents FROM product ORDER BY id",
                 "SELECT code, product_id, packaging, qty FROM product_barcode ORDER BY code",
                 "SELECT id, barcode, pick_seq, zone FROM location ORDER BY id",
                 "SELECT id, location_id, product_id, lot_id, qty FROM quant ORDER BY id",
                 "SELECT id, product_id, name, expiry FROM lot ORDER BY id",
                 "SELECT id, transfer_id, product_id, from_location_id, qty_expected FROM transfer_line ORDER BY id",
                 "SELECT login, badge, roles, hex(pin_hash) FROM app_user ORDER BY id"}) {
            auto st = db.prepare(sql);
            while (st->step().value()) {
                for (int c = 0; c < 7; ++c)
                    h.addData(QByteArray(st->text(c).toUtf8() + '|'));
            }
        }
        return h.result();
    }

private Q_SLOTS:
    void countsMatchTheOptions()
    {
        auto m = make(small());
        auto &db = m.store->db();
        QCOMPARE(m.summary.warehouses, 3);
        QCOMPARE(m.summary.products, 2000);
        QCOMPARE(db.queryInt("SELECT count(*) FROM product").value(), 2000);
        QCOMPARE(db.queryInt("SELECT count(*) FROM product_barcode").value(), 6000);
        QCOMPARE(db.queryInt("SELECT count(*) FROM location WHERE type = 'bin'").value(), 900);
        QCOMPARE(db.queryInt("SELECT count(*) FROM transfer WHERE kind = 'receipt'").value(), 20);
        QCOMPARE(db.queryInt("SELECT count(*) FROM transfer WHERE kind = 'pick'").value(), 60);
        QCOMPARE(db.queryInt("SELECT count(*) FROM count_task").value(), 6);
        QCOMPARE(db.queryInt("SELECT count(*) FROM quant").value(), m.summary.quants);
        // Every role exists in every warehouse, plus an admin.
        for (const char *role : {"picker", "receiver", "counter", "supervisor"})
            QCOMPARE(
                db.queryInt(std::string(
                                "SELECT count(DISTINCT warehouse_id) FROM app_user WHERE ',' || roles || ',' LIKE '%,")
                      + role + ",%'")
                    .value(),
                3);
        QCOMPARE(db.queryInt("SELECT count(*) FROM app_user WHERE roles LIKE 'admin%'").value(), 1);
    }

    void trackingShares()
    {
        auto m = make(small());
        auto &db = m.store->db();
        const qint64 lot = db.queryInt("SELECT count(*) FROM product WHERE tracking = 'lot'").value();
        const qint64 serial = db.queryInt("SELECT count(*) FROM product WHERE tracking = 'serial'").value();
        QVERIFY2(lot > 140 && lot < 260, qPrintable(QString::number(lot))); // ~10 %
        QVERIFY2(serial > 15 && serial < 70, qPrintable(QString::number(serial))); // ~2 %
        QCOMPARE(db.queryInt("SELECT count(*) FROM lot l JOIN product p ON p.id = l.product_id "
                             "WHERE p.tracking = 'lot' AND l.expiry IS NULL")
                     .value(),
            0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM quant q JOIN lot l ON l.id = q.lot_id "
                             "WHERE l.is_serial = 1 AND q.qty <> 1000")
                     .value(),
            0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM (SELECT lot_id FROM quant q JOIN lot l ON l.id = q.lot_id "
                             "WHERE l.is_serial = 1 GROUP BY lot_id HAVING count(*) > 1)")
                     .value(),
            0);
    }

    void barcodesAreValidGtins()
    {
        auto m = make(small());
        auto st = m.store->db().prepare("SELECT code, packaging, qty FROM product_barcode");
        int units_ = 0, upc = 0;
        while (st->step().value()) {
            const QString code = st->text(0);
            QCOMPARE(code.size(), 14);
            QVERIFY2(scan::hasValidCheckDigit(code), qPrintable(code));
            if (st->text(1) == u"unit") {
                ++units_;
                QCOMPARE(code.at(0), u'0');
                upc += code.startsWith(u"00") ? 1 : 0;
                QCOMPARE(st->int64(2), 1000);
            } else {
                QCOMPARE(code.at(0), st->text(1) == u"case" ? u'1' : u'2');
                QVERIFY(st->int64(2) >= 6000);
            }
        }
        QCOMPARE(units_, 2000);
        QVERIFY2(upc > 450 && upc < 750, qPrintable(QString::number(upc))); // ~30 % UPC-A
    }

    void pickSequenceIsAWalk()
    {
        auto m = make(small());
        auto &db = m.store->db();
        QCOMPARE(db.queryInt("SELECT count(*) FROM (SELECT warehouse_id, pick_seq FROM location WHERE type = 'bin' "
                             "GROUP BY 1, 2 HAVING count(*) > 1)")
                     .value(),
            0);
        auto st = db.prepare(
            "SELECT barcode FROM location WHERE warehouse_id = 1 AND type = 'bin' ORDER BY pick_seq LIMIT 1");
        QVERIFY(st->step().value());
        QCOMPARE(st->text(0), QStringLiteral("WH1-A01-01-1-01"));
        // Aisle 2 is walked back from rack 10.
        auto st2 = db.prepare(
            "SELECT name FROM location WHERE warehouse_id = 1 AND name LIKE 'A02-%' ORDER BY pick_seq LIMIT 1");
        QVERIFY(st2->step().value());
        QCOMPARE(st2->text(0), QStringLiteral("A02-10-1-01"));
        // Pick lines take stock from where it is.
        QCOMPARE(db.queryInt("SELECT count(*) FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id "
                             "WHERE t.kind = 'pick' AND NOT EXISTS (SELECT 1 FROM quant q WHERE q.location_id = "
                             "l.from_location_id AND q.product_id = l.product_id)")
                     .value(),
            0);
    }

    void sameSeedSameWorldOtherSeedOtherWorld()
    {
        auto a = make(small());
        auto b = make(small());
        auto o = small();
        o.seed = 7;
        auto c = make(o);
        QCOMPARE(digest(a.store->db()), digest(b.store->db()));
        QVERIFY(digest(a.store->db()) != digest(c.store->db()));
    }

    void refusesANonEmptyStore()
    {
        auto m = make(small());
        auto again = demo::generateDemo(m.store->db(), small());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("demo.not-empty"));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
