// Receiving against the real stockhand-server process on 127.0.0.1, driven through stockhand-cli and the
// real sync engine: a barcode attached on one handheld resolves there at once and reaches another through
// the feed; a conflicting attachment becomes an exception and overwrites nothing; a validated receipt's
// putaway appears on another handheld and its putaway works it; SSCC ranges reserved per device never
// overlap, even offline, are refilled on sync and never reissued after a device is revoked.
#include "e2eutil.h"
#include "scan/interpreter.h"
#include "scan/resolver.h"
#include "serverprocess.h"
#include "store/devicestore.h"
#include "store/sscc.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace stockhand;
using namespace stockhand::server::test;
using namespace stockhand::test;

namespace {

const QString kServer = QStringLiteral(STOCKHAND_SERVER_BINARY);
const QString kCli = QStringLiteral(STOCKHAND_CLI_BINARY);
const QString kReceiver = QStringLiteral("U104");
const QString kPrefix = QStringLiteral("4012345");

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run cli(const QString &store, const QStringList &args)
{
    QProcess p;
    p.start(kCli, QStringList {QStringLiteral("--store"), store} + args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Run floor(const QString &store, const QStringList &args)
{
    return cli(store,
        args + QStringList {QStringLiteral("--user"), kReceiver, QStringLiteral("--pin"), QStringLiteral("1234")});
}

// What the device's resolver makes of a scanned code (the screens' lookup): the product id, 0 when unknown.
qint64 resolvedProduct(const QString &store, const QString &code)
{
    auto s = store::DeviceStore::open(store, SystemClock::instance());
    if (!s)
        qFatal("%s", qPrintable(s.error().toString()));
    scan::Resolver resolver((*s)->db());
    auto r = resolver.resolve(scan::interpret(code), {});
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return r->kind == scan::EntityKind::Product ? r->match.id : 0;
}

QString text(db::Database &db, const std::string &sql)
{
    auto st = db.prepare(sql);
    if (!st || !st->step().valueOr(false))
        return {};
    return st->text(0);
}

} // namespace

class TestReceivingProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_db, m_a, m_b;

    void sync(const QString &store)
    {
        const Run r = cli(store, {QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(r.json().value(QStringLiteral("ok")).toBool());
    }
    QString enrol(const QString &name)
    {
        const QString store = m_dir.filePath(name + QStringLiteral(".db"));
        const Run r = cli(store,
            {QStringLiteral("enrol"), QStringLiteral("--server"), m_server.url(QString()).toString(),
                QStringLiteral("--code"), enrolmentCode(kServer, m_db), QStringLiteral("--name"), name});
        if (r.exitCode != 0)
            qFatal("enrol: %s", r.err.constData());
        return store;
    }
    qint64 serverInt(const std::string &sql)
    {
        auto db = openPlain(m_db);
        return one(*db, sql);
    }
    QSet<QString> allocate(const QString &store, int n)
    {
        QSet<QString> out;
        auto s = store::DeviceStore::open(store, SystemClock::instance());
        if (!s)
            qFatal("%s", qPrintable(s.error().toString()));
        for (int i = 0; i < n; ++i) {
            auto sscc = store::allocateSscc((*s)->db());
            if (!sscc)
                qFatal("allocateSscc: %s", qPrintable(sscc.error().toString()));
            out.insert(*sscc);
        }
        return out;
    }
    qint64 remaining(const QString &store)
    {
        auto s = store::DeviceStore::open(store, SystemClock::instance());
        return s ? store::ssccRemaining((*s)->db()).valueOr(-1) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("server.db"));
        seedServer(kServer, m_db, 100);
        const QString config = m_dir.filePath(QStringLiteral("server.ini"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[sscc]\ncompany_prefix = 4012345\nextension_digit = 0\nrange_size = 50\nrefill_below = 10\n");
        f.close();
        QVERIFY2(m_server.start(m_db, {QStringLiteral("--config"), config}), qPrintable(m_server.lastError));
        m_a = enrol(QStringLiteral("handheld-a"));
        m_b = enrol(QStringLiteral("handheld-b"));
        sync(m_a);
        sync(m_b);
    }

    void attachedBarcodeTravels()
    {
        const QString code = QStringLiteral("4098765432101"); // a GTIN-13 the books do not know
        QCOMPARE(resolvedProduct(m_a, code), 0);
        const Run attach = floor(m_a,
            {QStringLiteral("attach-barcode"), QStringLiteral("--sku"), QStringLiteral("SKU-0000007"),
                QStringLiteral("--code"), code, QStringLiteral("--packaging"), QStringLiteral("case"),
                QStringLiteral("--qty"), QStringLiteral("6")});
        QVERIFY2(attach.exitCode == 0, attach.err.constData());
        // The device that recorded it resolves it at once, before any sync.
        QCOMPARE(resolvedProduct(m_a, code), 7);
        QCOMPARE(resolvedProduct(m_b, code), 0);
        sync(m_a);
        QCOMPARE(serverInt("SELECT product_id FROM product_barcode WHERE code = '04098765432101' AND qty = 6000"), 7);
        QCOMPARE(resolvedProduct(m_a, code), 7); // from the replica now
        sync(m_b);
        QCOMPARE(resolvedProduct(m_b, code), 7);
        // Known on B now: the CLI refuses to attach it to another product.
        const Run again = floor(m_b,
            {QStringLiteral("attach-barcode"), QStringLiteral("--product"), QStringLiteral("8"),
                QStringLiteral("--code"), code});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("op.barcode-attached-elsewhere"));

        // Both attach one new code to different products before either hears of the other's: the first to
        // reach the server wins, the second becomes an exception; nothing is overwritten.
        const QString shared = QStringLiteral("SUP-77-A");
        QVERIFY(floor(m_a,
                    {QStringLiteral("attach-barcode"), QStringLiteral("--product"), QStringLiteral("11"),
                        QStringLiteral("--code"), shared})
                    .exitCode
            == 0);
        QVERIFY(floor(m_b,
                    {QStringLiteral("attach-barcode"), QStringLiteral("--product"), QStringLiteral("12"),
                        QStringLiteral("--code"), shared})
                    .exitCode
            == 0);
        QCOMPARE(resolvedProduct(m_b, shared), 12); // its own, until the feed says otherwise
        sync(m_a);
        sync(m_b);
        QCOMPARE(serverInt("SELECT product_id FROM product_barcode WHERE code = 'SUP-77-A'"), 11);
        QCOMPARE(serverInt("SELECT count(*) FROM exception WHERE kind = 'barcode_conflict' AND product_id = 12"), 1);
        sync(m_a);
        QCOMPARE(resolvedProduct(m_a, shared), 11);
        QCOMPARE(resolvedProduct(m_b, shared), 11);
    }

    void validatedReceiptPutsAwayOnAnotherHandheld()
    {
        auto a = openPlain(m_a);
        const qint64 line = one(*a,
            "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id JOIN product p "
            "ON p.id = l.product_id WHERE t.kind = 'receipt' AND t.state = 'open' AND p.tracking = 'none' "
            "AND l.qty_done = 0 ORDER BY l.id LIMIT 1");
        const qint64 receipt = one(*a, "SELECT transfer_id FROM transfer_line WHERE id = " + std::to_string(line));
        const qint64 product = one(*a, "SELECT product_id FROM transfer_line WHERE id = " + std::to_string(line));
        const QString reference = text(*a, "SELECT reference FROM transfer WHERE id = " + std::to_string(receipt));
        const qint64 dock = one(*a, "SELECT id FROM location WHERE type = 'receiving'");
        a.reset();
        QVERIFY(line > 0);
        const Run r = floor(m_a,
            {QStringLiteral("receive"), QStringLiteral("--line"), QString::number(line), QStringLiteral("--qty"),
                QStringLiteral("3"), QStringLiteral("--location"), QString::number(dock)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Two more arrived damaged: to quarantine (the CLI's default for the reason), not to be put away.
        const Run damaged = floor(m_a,
            {QStringLiteral("receive"), QStringLiteral("--line"), QString::number(line), QStringLiteral("--qty"),
                QStringLiteral("2"), QStringLiteral("--reason"), QStringLiteral("RCV_DAMAGED"),
                QStringLiteral("--note"), QStringLiteral("crushed")});
        QVERIFY2(damaged.exitCode == 0, damaged.err.constData());
        QCOMPARE(
            damaged.json().value(QStringLiteral("payload")).toObject().value(QStringLiteral("reason_code")).toString(),
            QStringLiteral("RCV_DAMAGED"));
        const Run v = floor(m_a,
            {QStringLiteral("validate"), QStringLiteral("--transfer"), QString::number(receipt),
                QStringLiteral("--close-short")});
        QVERIFY2(v.exitCode == 0, v.err.constData());
        sync(m_a);
        QCOMPARE(serverInt("SELECT count(*) FROM exception WHERE kind = 'receipt_discrepancy'"), 1);
        QCOMPARE(serverInt("SELECT count(*) FROM exception WHERE kind = 'quarantine_bypassed'"), 0);

        sync(m_b);
        auto b = openPlain(m_b);
        const std::string ref = QString(reference + QStringLiteral("-PUT")).toStdString();
        QCOMPARE(one(*b,
                     "SELECT count(*) FROM transfer WHERE kind = 'putaway' AND state = 'open' AND reference = '" + ref
                         + "'"),
            1);
        const qint64 putLine = one(*b,
            "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id WHERE t.reference = '" + ref
                + "'");
        QCOMPARE(one(*b, "SELECT qty_expected FROM transfer_line WHERE id = " + std::to_string(putLine)), 3000);
        QCOMPARE(one(*b, "SELECT from_location_id FROM transfer_line WHERE id = " + std::to_string(putLine)), dock);
        QCOMPARE(one(*b, "SELECT product_id FROM transfer_line WHERE id = " + std::to_string(putLine)), product);
        const qint64 to
            = one(*b, "SELECT ifnull(to_location_id, 0) FROM transfer_line WHERE id = " + std::to_string(putLine));
        QVERIFY(to > 0);
        b.reset();

        // B's putaway (the handheld's: a move from the dock naming no line) works the line.
        const Run move = floor(m_b,
            {QStringLiteral("move"), QStringLiteral("--product"), QString::number(product), QStringLiteral("--from"),
                QString::number(dock), QStringLiteral("--to"), QString::number(to), QStringLiteral("--qty"),
                QStringLiteral("3")});
        QVERIFY2(move.exitCode == 0, move.err.constData());
        sync(m_b);
        b = openPlain(m_b);
        QCOMPARE(one(*b, "SELECT qty_done FROM transfer_line WHERE id = " + std::to_string(putLine)), 3000);
    }

    void ssccRangesPerDevice()
    {
        // Each synced once: a range of 50 each.
        QCOMPARE(remaining(m_a), 50);
        QCOMPARE(remaining(m_b), 50);
        // Offline, each labels 45 pallets: no SSCC in common, every one of the site's prefix.
        QSet<QString> fromA = allocate(m_a, 45), fromB = allocate(m_b, 45);
        QCOMPARE(fromA.size(), 45);
        QCOMPARE(fromB.size(), 45);
        QVERIFY(!fromA.intersects(fromB));
        for (const QString &s : fromA + fromB)
            QVERIFY2(s.size() == 18 && s.mid(1, 7) == kPrefix, qPrintable(s));
        // Below the refill threshold (10): the next sync brings another range.
        sync(m_a);
        QCOMPARE(remaining(m_a), 55);
        fromA += allocate(m_a, 55);
        QCOMPARE(fromA.size(), 100);
        QVERIFY(!fromA.intersects(fromB));
        {
            auto s = store::DeviceStore::open(m_a, SystemClock::instance());
            QVERIFY(s.ok());
            auto none = store::allocateSscc((*s)->db());
            QVERIFY(!none);
            QCOMPARE(none.error().code, QStringLiteral("sscc.exhausted"));
        }
        // B is revoked: its range stays reserved, a new device gets numbers after it.
        auto b = openPlain(m_b);
        const QString deviceB = text(*b, "SELECT value FROM meta WHERE key = 'server_device_id'");
        b.reset();
        QVERIFY(!deviceB.isEmpty());
        runTool(kServer, {QStringLiteral("--db"), m_db, QStringLiteral("devices"), QStringLiteral("revoke"), deviceB});
        const QString c = enrol(QStringLiteral("handheld-c"));
        sync(c);
        QCOMPARE(remaining(c), 50);
        QSet<QString> fromC = allocate(c, 50);
        QVERIFY(!fromC.intersects(fromA));
        QVERIFY(!fromC.intersects(fromB));
        QCOMPARE(serverInt("SELECT count(*) FROM sscc_range a JOIN sscc_range b ON a.id < b.id "
                           "AND a.first <= b.last AND b.first <= a.last"),
            0);
        QVERIFY(serverInt("SELECT first FROM sscc_range ORDER BY id DESC LIMIT 1") > serverInt(
                    ("SELECT max(last) FROM sscc_range WHERE device_id = '" + deviceB.toStdString() + "'").c_str()));
        // The admin tool lists them, B's as revoked.
        const QString listing
            = QString::fromUtf8(runTool(kServer, {QStringLiteral("--db"), m_db, QStringLiteral("sscc")}));
        QVERIFY2(listing.contains(deviceB) && listing.contains(QLatin1String("revoked")), qPrintable(listing));
        QCOMPARE(listing.count(QLatin1Char('\n')), 1 + int(serverInt("SELECT count(*) FROM sscc_range")));
    }

    void cleanupTestCase() { QCOMPARE(m_server.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestReceivingProcess)
#include "tst_receiving_process.moc"
