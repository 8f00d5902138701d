// Resolution against a real SQLite store filled by the demo generator.
#include "scan/resolver.h"
#include "scan/typedinput.h"
#include "scanfixture.h"
#include "store/scanmatches.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stockhand;
using namespace stockhand::scan;

Q_DECLARE_METATYPE(stockhand::scan::EntityKind)

namespace QTest {
template<> inline char *toString(const stockhand::scan::ScanSeverity &s)
{
    return qstrdup(stockhand::scan::nameOf(s));
}
} // namespace QTest

class TestResolver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<store::DeviceStore> m_store;
    std::unique_ptr<Resolver> m_resolver;

    QString one(const char *sql)
    {
        auto st = m_store->db().prepare(sql);
        if (!st || !st->step().value())
            qFatal("no row for %s", sql);
        return st->text(0);
    }

    Resolution resolve(const QString &scan, const ScanContext &ctx = {}, Resolver *resolver = nullptr)
    {
        const Interpretation in = interpret(withControlCharacters(scan), {QDate(2026, 11, 26)});
        auto r = (resolver ? resolver : m_resolver.get())->resolve(in, ctx);
        if (!r)
            qFatal("resolve: %s", qPrintable(r.error().message));
        return r.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = scantest::makeDemoStore(m_dir.filePath(u"scan.db"_s), m_clock);
        m_resolver = std::make_unique<Resolver>(m_store->db());
        // A bin whose name has Y and Z (swapped by a US-layout scanner on a German keyboard), a mixed-case lot.
        QVERIFY(m_store->db()
                    .exec("INSERT INTO location (id, warehouse_id, barcode, name, type) VALUES "
                          "(90002, 1, 'WH1-ZONE-Y-1', 'ZONE-Y-1', 'bin');"
                          "INSERT INTO lot (id, product_id, name) VALUES (90006, 5, 'Lx-ab12');")
                    .ok());
    }

    void eanUnitBarcode()
    {
        const QString gtin = one("SELECT code FROM product_barcode WHERE packaging = 'unit' AND code LIKE '040%' "
                                 "ORDER BY product_id LIMIT 1");
        const Resolution r = resolve(u"]E0"_s + gtin.mid(1));
        QCOMPARE(r.kind, EntityKind::Product);
        QCOMPARE(r.match.packaging, u"unit"_s);
        QCOMPARE(r.match.packQty, units(1));
        QVERIFY(r.message.startsWith(u"Product SKU-"_s));
    }

    void upcAUnitBarcodeInEveryForm()
    {
        const QString gtin = one("SELECT code FROM product_barcode WHERE packaging = 'unit' AND code LIKE '00%' "
                                 "ORDER BY product_id LIMIT 1");
        const Resolution a = resolve(u"]E0"_s + gtin.mid(2)); // UPC-A, 12 digits
        const Resolution b = resolve(gtin.mid(1)); // EAN-13 form, no symbology identifier
        const Resolution c = resolve(u"]C101"_s + gtin); // GS1-128
        const Resolution d = resolve(u"]C0"_s + gtin.mid(2)); // the UPC-A digits printed as Code 128
        QCOMPARE(a.kind, EntityKind::Product);
        QCOMPARE(b.match.id, a.match.id);
        QCOMPARE(c.match.id, a.match.id);
        QCOMPARE(d.kind, EntityKind::Product);
        QCOMPARE(d.match.id, a.match.id);
    }

    void caseWithLotAndExpiry()
    {
        auto st = m_store->db().prepare("SELECT b.code, b.qty, l.name, l.id FROM lot l JOIN product_barcode b ON "
                                        "b.product_id = l.product_id AND b.packaging = 'case' WHERE l.is_serial = 0 "
                                        "AND l.id < 90000 ORDER BY l.id LIMIT 1");
        QVERIFY(st && st->step().value());
        const QString gtin = st->text(0), lot = st->text(2);
        const qint64 qty = st->int64(1), lotId = st->int64(3);
        const Resolution r = resolve(u"]C101"_s + gtin + u"17270331" + u"10"_s + lot);
        QCOMPARE(r.kind, EntityKind::Product);
        QCOMPARE(r.match.packaging, u"case"_s);
        QCOMPARE(r.match.packQty, qty);
        QCOMPARE(r.lotName, lot);
        QCOMPARE(r.lotId, lotId);
        QCOMPARE(r.expiry, QDate(2027, 3, 31));
        QVERIFY2(r.message.endsWith(u" · lot "_s + lot + u" · exp 2027-03-31"_s), qPrintable(r.message));
    }

    void newLotOffersCreation()
    {
        const QString gtin = one("SELECT b.code FROM product_barcode b JOIN product p ON p.id = b.product_id "
                                 "WHERE p.tracking = 'lot' AND b.packaging = 'unit' LIMIT 1");
        ScanContext ctx;
        ctx.mayCreateLot = true;
        const Resolution r = resolve(u"]C101"_s + gtin + u"10NEWLOT"_s, ctx);
        QCOMPARE(r.kind, EntityKind::Product);
        QCOMPARE(r.lotId, 0);
        QCOMPARE(r.lotName, u"NEWLOT"_s);
        QVERIFY2(r.message.contains(u"lot NEWLOT (new)"_s), qPrintable(r.message));
        QCOMPARE(r.actions, QList<ScanAction> {ScanAction::CreateLot});
    }

    void contentAndCount()
    {
        const QString gtin = one("SELECT code FROM product_barcode WHERE packaging = 'unit' ORDER BY code LIMIT 1");
        const Resolution r = resolve(u"]C102"_s + gtin + u"3712"_s);
        QCOMPARE(r.kind, EntityKind::Product);
        QCOMPARE(r.quantity, std::optional<Milli>(units(12)));
        // With the SSCC in the same symbol, the same content.
        const Resolution withSscc = resolve(u"]C100106141412345678915"_s + u"02"_s + gtin + u"3712"_s);
        QCOMPARE(withSscc.kind, EntityKind::Product);
        QCOMPARE(withSscc.quantity, std::optional<Milli>(units(12)));
    }

    // GS1 GenSpecs 4.14: mandatory associations hold over all the symbols of an item. A lot symbol read
    // alone is whole when the screen knows the product (the line's), and an error when it does not.
    void loneLotNeedsTheProductFromTheScreen()
    {
        const QString lotName = one("SELECT name FROM lot WHERE is_serial = 0 AND id < 90000 LIMIT 1");
        const qint64 productId
            = one(qPrintable(u"SELECT product_id FROM lot WHERE name = '%1'"_s.arg(lotName))).toLongLong();
        const QString scan = u"]C110"_s + lotName;
        const Interpretation in = interpret(withControlCharacters(scan), {QDate(2026, 11, 26)});
        QVERIFY(!in.ok());
        QCOMPARE(in.error->code, u"scan.gs1.requires"_s);
        QCOMPARE(in.gs1.value(u"10"), lotName); // parsed all the same

        const Resolution alone = resolve(scan);
        QCOMPARE(alone.kind, EntityKind::Invalid);
        QVERIFY2(alone.message.contains(u"(10) requires"_s), qPrintable(alone.message));

        ScanContext line;
        line.expected = EntityKind::Lot;
        line.expectedProductId = productId;
        const Resolution onLine = resolve(scan, line);
        QCOMPARE(onLine.kind, EntityKind::Lot);
        QCOMPARE(onLine.match.productId, productId);

        // An invalid pair is not excused by the screen: (01) with (255) stays an error.
        const QString gtin = one("SELECT code FROM product_barcode WHERE packaging = 'unit' ORDER BY code LIMIT 1");
        QCOMPARE(resolve(u"]C101"_s + gtin + u"2550614141000418"_s, line).kind, EntityKind::Invalid);
    }

    void simpleKinds_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<EntityKind>("kind");
        QTest::newRow("bin") << u"SELECT barcode FROM location WHERE type = 'bin' LIMIT 1"_s << EntityKind::Location;
        QTest::newRow("receipt") << u"SELECT reference FROM transfer WHERE kind = 'receipt' LIMIT 1"_s
                                 << EntityKind::Transfer;
        QTest::newRow("pick") << u"SELECT reference FROM transfer WHERE kind = 'pick' LIMIT 1"_s
                              << EntityKind::Transfer;
        QTest::newRow("count") << u"SELECT reference FROM count_task LIMIT 1"_s << EntityKind::CountTask;
        QTest::newRow("badge") << u"SELECT badge FROM app_user LIMIT 1"_s << EntityKind::User;
        QTest::newRow("lot") << u"SELECT name FROM lot WHERE is_serial = 0 AND id < 90000 LIMIT 1"_s << EntityKind::Lot;
        QTest::newRow("serial") << u"SELECT name FROM lot WHERE is_serial = 1 LIMIT 1"_s << EntityKind::Serial;
        QTest::newRow("lpn") << u"SELECT 'LPN-000777'"_s << EntityKind::Package;
        QTest::newRow("internal product code") << u"SELECT 'INT-0042'"_s << EntityKind::Product;
    }

    void simpleKinds()
    {
        QFETCH(QString, sql);
        QFETCH(EntityKind, kind);
        const QString code = one(sql.toUtf8().constData());
        for (const QString &scan : {code, QString(u"]C0"_s + code)}) {
            const Resolution r = resolve(scan);
            QCOMPARE(r.kind, kind);
            QCOMPARE(r.match.code, code);
            QVERIFY(r.alternatives.isEmpty());
            QVERIFY(!r.message.isEmpty());
            if (kind == EntityKind::Lot || kind == EntityKind::Serial)
                QVERIFY(r.match.productId > 0);
        }
    }

    void ssccIsAPackage()
    {
        const Resolution r = resolve(u"]C100106141412345678908"_s);
        QCOMPARE(r.kind, EntityKind::Package);
        QCOMPARE(r.match.id, 1);
        QCOMPARE(r.sscc, u"106141412345678908"_s);
    }

    void digitalLink()
    {
        const QString gtin = one("SELECT code FROM product_barcode WHERE packaging = 'pallet' LIMIT 1");
        const Resolution r = resolve(u"https://id.gs1.org/01/"_s + gtin + u"?17=270400"_s);
        QCOMPARE(r.kind, EntityKind::Product);
        QCOMPARE(r.match.packaging, u"pallet"_s);
        QCOMPARE(r.expiry, QDate(2027, 4, 30));
    }

    void unknownGtinOffersAttach()
    {
        ScanContext ctx;
        ctx.expected = EntityKind::Product;
        ctx.expectedProductId = 7;
        ctx.mayAttachBarcode = true;
        const Resolution r = resolve(u"]E09506000134352"_s, ctx);
        QCOMPARE(r.kind, EntityKind::Unknown);
        QCOMPARE(r.message, u"GTIN 09506000134352 is not in this store"_s);
        const QList<ScanAction> expected {ScanAction::AttachBarcode, ScanAction::EnterManually, ScanAction::Rescan};
        QCOMPARE(r.actions, expected);
        const Resolution plain = resolve(u"]E09506000134352"_s);
        QCOMPARE(plain.actions, (QList<ScanAction> {ScanAction::EnterManually, ScanAction::Rescan}));
    }

    void unknownText()
    {
        const Resolution r = resolve(u"NOPE-1"_s);
        QCOMPARE(r.kind, EntityKind::Unknown);
        QCOMPARE(r.message,
            u"Unknown barcode NOPE-1: not a product, location, lot, package, transfer or badge in this store"_s);
        const Resolution s = resolve(u"]C100106141412345678915"_s);
        QCOMPARE(s.kind, EntityKind::Unknown);
        QCOMPARE(s.message, u"SSCC 106141412345678915 is not in this store"_s);
    }

    void invalidScan()
    {
        const Resolution r = resolve(u"]C10109506000134353"_s);
        QCOMPARE(r.kind, EntityKind::Invalid);
        QCOMPARE(r.message, u"Bad check digit in AI (01): 09506000134353 ends in 3, expected 2"_s);
        QCOMPARE(r.actions, (QList<ScanAction> {ScanAction::Rescan, ScanAction::EnterManually}));
    }

    void ambiguousCodeDecidedByStep()
    {
        const Resolution any = resolve(u"AMB-1"_s);
        QCOMPARE(any.kind, EntityKind::Ambiguous);
        QCOMPARE(any.alternatives.size(), 2);
        QVERIFY2(
            any.message.startsWith(u"AMB-1 could be: Location AMB-1; Lot AMB-1 of SKU-"_s), qPrintable(any.message));
        ScanContext loc;
        loc.expected = EntityKind::Location;
        QCOMPARE(resolve(u"AMB-1"_s, loc).kind, EntityKind::Location);
        ScanContext lot;
        lot.expected = EntityKind::Lot;
        const Resolution l = resolve(u"AMB-1"_s, lot);
        QCOMPARE(l.kind, EntityKind::Lot);
        QCOMPARE(l.match.productId, 1);
        QCOMPARE(l.alternatives.size(), 1);
    }

    void sharedLotNameDecidedByProduct()
    {
        QCOMPARE(resolve(u"SHARED"_s).kind, EntityKind::Ambiguous);
        ScanContext ctx;
        ctx.expected = EntityKind::Lot;
        ctx.expectedProductId = 3;
        const Resolution r = resolve(u"SHARED"_s, ctx);
        QCOMPARE(r.kind, EntityKind::Lot);
        QCOMPARE(r.match.id, 90003);
    }

    void eightDigitLotsAreNotGs1()
    {
        // "17270331" would be AI (17) expiry 2027-03-31 if read as GS1; "27123454" has a valid EAN-8 check digit.
        for (const auto &[code, id] : {std::pair {u"17270331"_s, 90004}, std::pair {u"27123454"_s, 90005}}) {
            const Resolution r = resolve(code);
            QCOMPARE(r.kind, EntityKind::Lot);
            QCOMPARE(r.match.id, id);
            QVERIFY(!r.expiry.isValid());
        }
    }

    void severity()
    {
        ScanContext location;
        location.expected = EntityKind::Location;
        const QString bin = one("SELECT barcode FROM location WHERE type = 'bin' LIMIT 1");
        QCOMPARE(severityOf(resolve(bin, location), location), ScanSeverity::Ok);
        QCOMPARE(severityOf(resolve(u"LPN-000777"_s, location), location), ScanSeverity::Warning); // a package
        QCOMPARE(severityOf(resolve(u"NOPE-1"_s), {}), ScanSeverity::Warning);
        QCOMPARE(severityOf(resolve(u"AMB-1"_s), {}), ScanSeverity::Warning);
        QCOMPARE(severityOf(resolve(u"]C10109506000134353"_s), {}), ScanSeverity::Error);
        const QString gtin = one("SELECT b.code FROM product_barcode b JOIN product p ON p.id = b.product_id "
                                 "WHERE p.tracking = 'lot' AND b.packaging = 'unit' LIMIT 1");
        ScanContext receiving;
        receiving.mayCreateLot = true;
        QCOMPARE(severityOf(resolve(u"]C101"_s + gtin + u"10NEWLOT"_s), {}), ScanSeverity::Warning);
        QCOMPARE(severityOf(resolve(u"]C101"_s + gtin + u"10NEWLOT"_s, receiving), receiving), ScanSeverity::Ok);
    }

    // Every code the screens show, typed as people and scanners send it. Placeholders: {bin} a bin's name in
    // WH1 (WH2 has a bin of the same name), {barcode} its barcode, {sku}, {ref} a transfer reference, {badge},
    // {lot} a lot name, {serial} a serial name; "\\x02"-style escapes and <GS> are control characters.
    void typedForms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<qint64>("warehouse");
        QTest::addColumn<bool>("lotsCaseSensitive");
        QTest::addColumn<bool>("wedge");
        QTest::addColumn<EntityKind>("expected"); // what the step expects (Unknown: anything)
        QTest::addColumn<EntityKind>("kind");
        QTest::addColumn<QString>("code"); // the stored code matched (placeholders allowed)
        using K = EntityKind;
        auto row = [](const char *name, const QString &input, qint64 wh, bool lotsCs, bool wedge, K expected, K kind,
                       const QString &code) {
            QTest::newRow(name) << input << wh << lotsCs << wedge << expected << kind << code;
        };
        row("location name as displayed", u"{bin}"_s, 1, false, false, K::Unknown, K::Location, u"{bin}"_s);
        row("location name, lower case", u"{bin-lower}"_s, 1, false, false, K::Unknown, K::Location, u"{bin}"_s);
        row("location name, spaces and tab", u"  {bin}\t"_s, 1, false, false, K::Location, K::Location, u"{bin}"_s);
        row("location name, every warehouse: a choice", u"{bin}"_s, 0, false, false, K::Unknown, K::Ambiguous,
            QString());
        row("location name, every warehouse, location step: still a choice", u"{bin}"_s, 0, false, false, K::Location,
            K::Ambiguous, QString());
        row("location barcode", u"{barcode}"_s, 1, false, false, K::Unknown, K::Location, u"{barcode}"_s);
        row("location barcode, lower case (caps lock)", u"{barcode-lower}"_s, 1, false, false, K::Unknown, K::Location,
            u"{barcode}"_s);
        row("location barcode, scanner prefix space", u" {barcode}"_s, 1, false, false, K::Unknown, K::Location,
            u"{barcode}"_s);
        row("location barcode, CR LF suffix", u"{barcode}\r\n"_s, 1, false, false, K::Unknown, K::Location,
            u"{barcode}"_s);
        row("location barcode, STX ETX framing", u"\u0002{barcode}\u0003"_s, 1, false, false, K::Unknown, K::Location,
            u"{barcode}"_s);
        row("SKU", u"{sku}"_s, 1, false, false, K::Unknown, K::Product, u"{sku}"_s);
        row("SKU, lower case", u"{sku-lower}"_s, 1, false, false, K::Product, K::Product, u"{sku}"_s);
        row("SKU, surrounding spaces", u" {sku} "_s, 1, false, false, K::Unknown, K::Product, u"{sku}"_s);
        row("transfer reference, lower case", u"{ref-lower}"_s, 1, false, false, K::Unknown, K::Transfer, u"{ref}"_s);
        row("badge, lower case", u"{badge-lower}"_s, 1, false, false, K::Unknown, K::User, u"{badge}"_s);
        row("package name, lower case", u"lpn-000777"_s, 1, false, false, K::Unknown, K::Package, u"LPN-000777"_s);
        row("lot, exact", u"Lx-ab12"_s, 1, true, false, K::Unknown, K::Lot, u"Lx-ab12"_s);
        row("lot, other case, case-insensitive site", u"LX-AB12"_s, 1, false, false, K::Unknown, K::Lot, u"Lx-ab12"_s);
        row("lot, other case, case-sensitive site", u"LX-AB12"_s, 1, true, false, K::Unknown, K::Unknown, QString());
        row("serial, lower case, case-insensitive site", u"{serial-lower}"_s, 1, false, false, K::Unknown, K::Serial,
            u"{serial}"_s);
        row("serial, lower case, case-sensitive site", u"{serial-lower}"_s, 1, true, false, K::Unknown, K::Unknown,
            QString());
        row("name shared by a location and a lot: the location step", u"amb-1"_s, 1, false, false, K::Location,
            K::Location, u"AMB-1"_s);
        row("name shared by a location and a lot: the lot step", u"amb-1"_s, 1, false, false, K::Lot, K::Lot,
            u"AMB-1"_s);
        row("name shared by a location and a lot: no step, a choice", u" amb-1"_s, 1, false, false, K::Unknown,
            K::Ambiguous, QString());
        row("wedge, US layout on German keyboard: - as ß", u"{barcode-de}"_s, 1, false, true, K::Unknown, K::Location,
            u"{barcode}"_s);
        row("wedge, US layout on German keyboard: Y and Z swapped", u"WH1ßYONEßZß1"_s, 1, false, true, K::Unknown,
            K::Location, u"WH1-ZONE-Y-1"_s);
        row("wedge, US layout on German keyboard: a SKU", u"{sku-de}"_s, 1, false, true, K::Product, K::Product,
            u"{sku}"_s);
        row("typed ß is not read through the layout", u"{barcode-de}"_s, 1, false, false, K::Unknown, K::Unknown,
            QString());
        row("GS1 with surrounding spaces keeps its GS", u" ]C101{gtin}10AB<GS>17270331 "_s, 1, false, false, K::Unknown,
            K::Product, u"{gtin}"_s);
    }

    void typedForms()
    {
        QFETCH(QString, input);
        QFETCH(qint64, warehouse);
        QFETCH(bool, lotsCaseSensitive);
        QFETCH(bool, wedge);
        QFETCH(EntityKind, expected);
        QFETCH(EntityKind, kind);
        QFETCH(QString, code);
        const QString bin = one("SELECT name FROM location WHERE warehouse_id = 1 AND type = 'bin' "
                                "AND name LIKE 'A01-%' ORDER BY id LIMIT 1");
        const QString barcode = one("SELECT barcode FROM location WHERE warehouse_id = 1 AND type = 'bin' "
                                    "AND name LIKE 'A01-%' ORDER BY id LIMIT 1");
        const QString sku = one("SELECT sku FROM product ORDER BY id LIMIT 1 OFFSET 10");
        const QString ref = one("SELECT reference FROM transfer ORDER BY id LIMIT 1");
        const QString badge = one("SELECT badge FROM app_user ORDER BY id LIMIT 1");
        const QString serial = one("SELECT name FROM lot WHERE is_serial = 1 AND name <> lower(name) LIMIT 1");
        const QString gtin = one("SELECT code FROM product_barcode WHERE packaging = 'unit' ORDER BY code LIMIT 1");
        auto fill = [&](QString s) {
            for (const auto &[key, value] : {std::pair {u"{bin}"_s, bin}, std::pair {u"{bin-lower}"_s, bin.toLower()},
                     std::pair {u"{barcode}"_s, barcode}, std::pair {u"{barcode-lower}"_s, barcode.toLower()},
                     std::pair {u"{barcode-de}"_s, QString(barcode).replace(u'-', u'ß')}, std::pair {u"{sku}"_s, sku},
                     std::pair {u"{sku-lower}"_s, sku.toLower()},
                     std::pair {u"{sku-de}"_s, QString(sku).replace(u'-', u'ß')}, std::pair {u"{ref}"_s, ref},
                     std::pair {u"{ref-lower}"_s, ref.toLower()}, std::pair {u"{badge}"_s, badge},
                     std::pair {u"{badge-lower}"_s, badge.toLower()}, std::pair {u"{serial}"_s, serial},
                     std::pair {u"{serial-lower}"_s, serial.toLower()}, std::pair {u"{gtin}"_s, gtin}})
                s.replace(key, value);
            return s;
        };
        ResolverRules rules;
        rules.warehouseId = warehouse;
        rules.lotsCaseSensitive = lotsCaseSensitive;
        Resolver resolver(m_store->db(), rules);
        ScanContext ctx;
        ctx.expected = expected;
        ctx.keyboardWedge = wedge;
        auto r = resolver.resolveInput(withControlCharacters(fill(input)), {QDate(2026, 11, 26)}, ctx);
        QVERIFY(r.ok());
        QVERIFY2(r->kind == kind, qPrintable(QString::fromLatin1(nameOf(r->kind)) + u": "_s + r->message));
        if (kind == EntityKind::Ambiguous)
            QVERIFY(r->alternatives.size() >= 2);
        else if (kind != EntityKind::Unknown)
            QCOMPARE(r->match.code, fill(code));
        QCOMPARE(r->layoutMismatch, wedge && kind != EntityKind::Unknown);
    }

    void layoutMismatchRefusedWithTheCause()
    {
        ScanContext wedge;
        wedge.keyboardWedge = true;
        auto r = m_resolver->resolveInput(u"NOPEß1"_s, {QDate(2026, 11, 26)}, wedge);
        QVERIFY(r.ok());
        QCOMPARE(r->kind, EntityKind::Unknown);
        QVERIFY(r->layoutMismatch);
        QVERIFY2(r->message.contains(u"US keyboard layout"_s) && r->message.contains(u"Set the scanner's keyboard"_s),
            qPrintable(r->message));
        auto typed = m_resolver->resolveInput(u"NOPEß1"_s, {QDate(2026, 11, 26)}, {});
        QVERIFY(!typed->layoutMismatch);
        QVERIFY(typed->message.startsWith(u"Unknown barcode NOPEß1: not a product"_s));
    }

    void normalisation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normal");
        QTest::newRow("plain") << u"A01"_s << u"A01"_s;
        QTest::newRow("spaces") << u"  A01 \t"_s << u"A01"_s;
        QTest::newRow("CR LF") << u"A01\r\n"_s << u"A01"_s;
        QTest::newRow("STX ETX, NUL inside") << u"\u0002A\u00000 1\u0003"_s << u"A0 1"_s;
        QTest::newRow("leading and inner GS kept")
            << u" <GS>0109506000134352<GS>10A1\r"_s << u"<GS>0109506000134352<GS>10A1"_s;
        QTest::newRow("DEL dropped") << u"A\u007f1"_s << u"A1"_s;
        QTest::newRow("case kept") << u"wh1-a01"_s << u"wh1-a01"_s;
    }

    void normalisation()
    {
        QFETCH(QString, input);
        QFETCH(QString, normal);
        QCOMPARE(normalizeInput(withControlCharacters(input)), withControlCharacters(normal));
    }

    void layoutTable_data()
    {
        QTest::addColumn<QString>("received");
        QTest::addColumn<QString>("meant");
        QTest::newRow("hyphen") << u"WH1ßA02ß05"_s << u"WH1-A02-05"_s;
        QTest::newRow("Y Z swapped") << u"Yyzz"_s << u"Zzyy"_s;
        QTest::newRow("slash, underscore") << u"A-B?C"_s << u"A/B_C"_s;
        QTest::newRow("digits and other letters unchanged") << u"ABC0123456789"_s << u"ABC0123456789"_s;
        QTest::newRow("umlauts") << u"öÖäÄüÜ"_s << u";:'\"[{"_s;
    }

    void layoutTable()
    {
        QFETCH(QString, received);
        QFETCH(QString, meant);
        QCOMPARE(undoLayoutMismatch(received, LayoutMismatch::UsScannerOnGermanKeyboard), meant);
        QCOMPARE(undoLayoutMismatch(received, LayoutMismatch::None), received);
    }

    void matchesAsYouType()
    {
        db::Database &db = m_store->db();
        // A rack: its bins in WH1 only, in name order, at most 8.
        auto rack = store::scanMatches(db, 1, u"a01-01"_s, 8);
        QVERIFY(rack.ok());
        QCOMPARE(rack->size(), 8);
        for (const store::ScanMatch &m : *rack) {
            QCOMPARE(m.kind, u"location"_s);
            QVERIFY2(m.code.startsWith(u"A01-01-"_s), qPrintable(m.code));
        }
        QVERIFY(rack->at(0).code < rack->at(1).code);
        const QString sku = one("SELECT sku FROM product ORDER BY id LIMIT 1 OFFSET 10");
        auto bySku = store::scanMatches(db, 1, sku.left(sku.size() - 1).toLower(), 8);
        QVERIFY(bySku.ok());
        QVERIFY(!bySku->isEmpty());
        QCOMPARE(bySku->at(0).kind, u"product"_s);
        QVERIFY(bySku->at(0).code.startsWith(sku.left(sku.size() - 1)));
        // Words of the name, each a prefix, in any order.
        const QString name = one("SELECT name FROM product ORDER BY id LIMIT 1 OFFSET 10");
        const QStringList words = name.split(u' ');
        QVERIFY(words.size() >= 2);
        auto byWords = store::scanMatches(db, 1, words.last().left(3) + u' ' + words.first().toLower(), 8);
        QVERIFY(byWords.ok());
        QVERIFY(!byWords->isEmpty());
        for (const store::ScanMatch &m : *byWords) {
            QCOMPARE(m.kind, u"product"_s);
            QVERIFY2(m.label.contains(words.first(), Qt::CaseInsensitive), qPrintable(m.label));
        }
        QVERIFY(store::scanMatches(db, 1, u"a"_s, 8)->isEmpty()); // one character: nothing yet
        QVERIFY(store::scanMatches(db, 1, u"\"zzzq"_s, 8)->isEmpty());
        // Renamed products are found by their new name (the FTS5 triggers).
        QVERIFY(db.exec("UPDATE product SET name = 'Quuxwidget special' WHERE id = 7").ok());
        auto renamed = store::scanMatches(db, 1, u"quuxw"_s, 8);
        QCOMPARE(renamed->size(), 1);
        QCOMPARE(renamed->at(0).id, 7);
    }

    void prefixRules()
    {
        ResolverRules rules;
        rules.locationPrefixes = {u"WH1-"_s};
        rules.badgePrefixes = {u"U"_s};
        Resolver strict(m_store->db(), rules);
        // Without rules "WH1-FAKE" is a product code; with the rule it can only be a location.
        QCOMPARE(resolve(u"WH1-FAKE"_s).kind, EntityKind::Product);
        const Resolution r = resolve(u"WH1-FAKE"_s, {}, &strict);
        QCOMPARE(r.kind, EntityKind::Unknown);
        QCOMPARE(r.message, u"Unknown location WH1-FAKE"_s);
        const QString bin = one("SELECT barcode FROM location WHERE barcode LIKE 'WH1-A%' LIMIT 1");
        QCOMPARE(resolve(bin, {}, &strict).kind, EntityKind::Location);
        QCOMPARE(resolve(u"U101"_s, {}, &strict).kind, EntityKind::User);
        QCOMPARE(resolve(u"U999"_s, {}, &strict).message, u"Unknown user U999"_s);
    }
};

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
