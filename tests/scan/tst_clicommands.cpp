// stockhand-cli scan / decode, called as functions (the executable's main only forwards to them).
#include "barcodeimages.h"
#include "scancommands.h"
#include "scanfixture.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stockhand;

class TestCliCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    QString m_store;

    struct Run
    {
        int rc;
        QJsonObject json;
        QString err;
    };

    static Run run(int (*fn)(const QStringList &, QTextStream &, QTextStream &), const QStringList &args)
    {
        QString o, e;
        QTextStream out(&o), err(&e);
        const int rc = fn(args, out, err);
        out.flush();
        err.flush();
        return {rc, QJsonDocument::fromJson(o.toUtf8()).object(), e};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = m_dir.filePath(u"cli.db"_s);
        scantest::makeDemoStore(m_store, m_clock);
    }

    void scanWithoutStore()
    {
        const Run r = run(runScanCommand, {u"]C10109506000134352<GS>10A12"_s, u"--today"_s, u"2026-11-26"_s});
        QCOMPARE(r.rc, 0);
        const QJsonObject in = r.json.value(u"interpretation").toObject();
        QCOMPARE(in.value(u"form").toString(), u"gs1"_s);
        QCOMPARE(in.value(u"symbology").toString(), u"GS1-128"_s);
        QCOMPARE(in.value(u"raw").toString(), u"]C10109506000134352<GS>10A12"_s);
        QCOMPARE(in.value(u"hri").toString(), u"(01)09506000134352(10)A12"_s);
        QCOMPARE(in.value(u"elements").toArray().size(), 2);
        QCOMPARE(in.value(u"summary").toString(), u"GTIN 09506000134352 · lot A12"_s);
        QVERIFY(!r.json.contains(u"resolution"));
    }

    void invalidScan()
    {
        const Run r = run(runScanCommand, {u"]C1010950600013435217271331"_s});
        QCOMPARE(r.rc, 1);
        QCOMPARE(r.json.value(u"interpretation").toObject().value(u"error").toObject().value(u"message").toString(),
            u"Invalid date in AI (17): month 13 does not exist"_s);
    }

    void scanResolvedAgainstStore()
    {
        const Run r = run(runScanCommand, {u"AMB-1"_s, u"--store"_s, m_store, u"--expect"_s, u"location"_s});
        QCOMPARE(r.rc, 0);
        const QJsonObject res = r.json.value(u"resolution").toObject();
        QCOMPARE(res.value(u"kind").toString(), u"location"_s);
        QCOMPARE(res.value(u"severity").toString(), u"ok"_s);
        QCOMPARE(res.value(u"alternatives").toArray().size(), 1);
        const Run unknown = run(
            runScanCommand, {u"]E09506000134352"_s, u"--store"_s, m_store, u"--receiver"_s, u"--product"_s, u"7"_s});
        QCOMPARE(unknown.rc, 0);
        const QJsonObject u = unknown.json.value(u"resolution").toObject();
        QCOMPARE(u.value(u"kind").toString(), u"unknown"_s);
        QCOMPARE(u.value(u"actions").toArray().first().toString(), u"attach-barcode"_s);
    }

    void usageAndStoreErrors()
    {
        const Run kind = run(runScanCommand, {u"X"_s, u"--store"_s, m_store, u"--expect"_s, u"banana"_s});
        QCOMPARE(kind.rc, 2);
        QCOMPARE(kind.err, u"unknown --expect kind: banana\n"_s);
        const Run none = run(runScanCommand, {});
        QCOMPARE(none.rc, 2);
        const Run store = run(runScanCommand, {u"X"_s, u"--store"_s, m_dir.filePath(u"missing/none.db"_s)});
        QCOMPARE(store.rc, 3);
        QVERIFY(!store.err.isEmpty());
    }

    // The executable: "scan" without --store interprets only; it must not create a store (or any file) in
    // the user's folders. HOME and the XDG folders point into an empty directory that must stay empty.
    void scanCreatesNoFiles()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.insert(QString::fromLatin1(name), home.path());
        const auto cli = [&](const QStringList &args) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.setWorkingDirectory(home.path());
            p.start(QStringLiteral(STOCKHAND_CLI_BINARY), args);
            if (!p.waitForFinished(120000))
                qFatal("stockhand-cli did not finish");
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()));
        };
        const auto [rc, out] = cli({u"scan"_s, u"]C10109506000134352<GS>10A12"_s, u"--today"_s, u"2026-11-26"_s});
        QCOMPARE(rc, 0);
        QVERIFY2(out.contains(u"(01)09506000134352(10)A12"_s), qPrintable(out));
        QVERIFY2(!out.contains(u"resolution"_s), qPrintable(out));
        const auto [invalidRc, invalidOut] = cli({u"scan"_s, u"]C110A12"_s});
        QCOMPARE(invalidRc, 1);
        QVERIFY2(
            invalidOut.contains(u"AI (10) requires AI (01), (02), (03), (8006) or (8026)"_s), qPrintable(invalidOut));
        QStringList created;
        QDirIterator it(home.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            created << it.next();
        QVERIFY2(created.isEmpty(), qPrintable(created.join(u", "_s)));
    }

    // stockhand-cli lookup: a location typed as displayed (lower case, a scanner's leading space) lists its
    // stock; a SKU lists where the product is; an unknown code answers 1 and lists nothing.
    void lookupTypedCodes()
    {
        auto store = stockhand::store::DeviceStore::open(m_store, m_clock);
        QVERIFY(store.ok());
        auto &db = (*store)->db();
        auto st = db.prepare("SELECT l.name, p.sku, l.barcode FROM quant q JOIN location l ON l.id = q.location_id "
                             "JOIN product p ON p.id = q.product_id WHERE l.warehouse_id = 1 AND l.type = 'bin' "
                             "AND q.qty > 0 ORDER BY q.id LIMIT 1");
        QVERIFY(st.ok());
        QVERIFY(st->step().value());
        const QString name = st->text(0), sku = st->text(1), barcode = st->text(2);
        QVERIFY(name != barcode); // the screen shows the name, the label carries the barcode
        auto lookup = [&](const QString &code) {
            QString o, e;
            QTextStream out(&o), err(&e);
            const int rc = runLookupCommand(**store, {code, u"--warehouse"_s, u"1"_s}, out, err);
            out.flush();
            return Run {rc, QJsonDocument::fromJson(o.toUtf8()).object(), e};
        };
        const Run here = lookup(u" "_s + name.toLower());
        QCOMPARE(here.rc, 0);
        QCOMPARE(here.json.value(u"resolution"_s).toObject().value(u"kind"_s).toString(), u"location"_s);
        const QJsonArray stock = here.json.value(u"places"_s).toArray();
        QVERIFY(!stock.isEmpty());
        bool sawSku = false;
        for (const QJsonValue &v : stock)
            sawSku = sawSku || v.toObject().value(u"product"_s).toString().contains(sku);
        QVERIFY2(sawSku, QJsonDocument(here.json).toJson().constData());
        const Run where = lookup(sku.toLower());
        QCOMPARE(where.rc, 0);
        QCOMPARE(where.json.value(u"resolution"_s).toObject().value(u"kind"_s).toString(), u"product"_s);
        bool sawBin = false;
        for (const QJsonValue &v : where.json.value(u"places"_s).toArray())
            sawBin = sawBin || v.toObject().value(u"location"_s).toString().contains(name);
        QVERIFY2(sawBin, QJsonDocument(where.json).toJson().constData());
        const Run unknown = lookup(u"NO-SUCH-CODE-42"_s);
        QCOMPARE(unknown.rc, 1);
        QVERIFY(unknown.json.value(u"places"_s).toArray().isEmpty());
    }

    void decodeImageFile()
    {
        const QString png = m_dir.filePath(u"ean.png"_s);
        QVERIFY(scantest::placeOnFrame(
            scantest::renderSymbol(ZXing::BarcodeFormat::EAN13, L"9506000134352", 400, 150), 0, 20, 7)
                    .save(png));
        const Run r = run(runDecodeCommand, {png, u"--formats"_s, u"ean13,code128"_s});
        QCOMPARE(r.rc, 0);
        QCOMPARE(r.json.value(u"format").toString(), u"ean13"_s);
        QCOMPARE(r.json.value(u"symbologyId").toString(), u"]E0"_s);
        QCOMPARE(r.json.value(u"interpretation").toObject().value(u"gtins").toArray().first().toString(),
            u"09506000134352"_s);
        const Run qrOnly = run(runDecodeCommand, {png, u"--formats"_s, u"qr"_s});
        QCOMPARE(qrOnly.rc, 1);
        QCOMPARE(qrOnly.json.value(u"found").toBool(true), false);
        const Run badFormat = run(runDecodeCommand, {png, u"--formats"_s, u"qr,nope"_s});
        QCOMPARE(badFormat.rc, 2);
        const Run missing = run(runDecodeCommand, {m_dir.filePath(u"none.png"_s)});
        QCOMPARE(missing.rc, 3);
        QCOMPARE(missing.err, u"cannot read image "_s + m_dir.filePath(u"none.png"_s) + u'\n');
    }
};

QTEST_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
