// Image round trips: symbols generated with ZXing-cpp's writer at several sizes, rotations and noise
// levels, decoded by our pipeline (BarcodeDecoder -> scan::interpret) back to what was encoded.
#include "barcodedecoder.h"
#include "barcodeimages.h"
#include "scan/interpreter.h"

#include <QProcess>
#include <QTest>

#include <ZXing/ZXVersion.h>

using namespace Qt::StringLiterals;
using namespace stockhand;
using namespace stockhand::scanner;

class TestImageDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("contents"); // "\u00f1" = FNC1 for the writer
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("degrees");
        QTest::addColumn<int>("noise");
        QTest::addColumn<QString>("scan"); // expected symbology id + data
        QTest::addColumn<QString>("meaning"); // expected interpretation summary
        struct Sym
        {
            const char *name;
            ZXing::BarcodeFormat format;
            QString contents;
            QList<QSize> sizes;
            QString scan;
            QString meaning;
        };
        const QString fnc1 = QString(QChar(0xf1));
        const QString gs = QString(QChar(0x1d));
        const QList<Sym> syms = {
            {"ean13", ZXing::BarcodeFormat::EAN13, u"9506000134352"_s, {{300, 120}, {600, 200}}, u"]E09506000134352"_s,
                u"GTIN 09506000134352"_s},
            {"upca", ZXing::BarcodeFormat::UPCA, u"036000291452"_s, {{300, 120}, {600, 200}}, u"]E0036000291452"_s,
                u"GTIN 00036000291452"_s},
            {"code128", ZXing::BarcodeFormat::Code128, u"WH1-A01-02-3-04"_s, {{400, 120}, {640, 200}},
                u"]C0WH1-A01-02-3-04"_s, u"Text WH1-A01-02-3-04"_s},
            {"gs1-128", ZXing::BarcodeFormat::Code128,
                fnc1 + u"0109506000134352172703311"_s + u"0A12"_s + fnc1 + u"21S1"_s, {{500, 120}, {640, 180}},
                u"]C1010950600013435217270331"_s + u"10A12"_s + gs + u"21S1"_s, QString()},
            {"qr", ZXing::BarcodeFormat::QRCode, u"https://id.gs1.org/01/09506000134352/10/A12"_s,
                {{160, 160}, {320, 320}}, u"]Q1https://id.gs1.org/01/09506000134352/10/A12"_s,
                u"GTIN 09506000134352 · lot A12"_s},
        };
        for (const Sym &s : syms) {
            for (const QSize &size : s.sizes) {
                for (int degrees : {0, 90, 180, 270, 3}) {
                    for (int noise : {0, 20, 40}) {
                        QTest::addRow("%s %dx%d %ddeg noise%d", s.name, size.width(), size.height(), degrees, noise)
                            << int(s.format) << s.contents << size << degrees << noise << s.scan << s.meaning;
                    }
                }
            }
        }
    }

    void roundTrip()
    {
        QFETCH(int, format);
        QFETCH(QString, contents);
        QFETCH(QSize, size);
        QFETCH(int, degrees);
        QFETCH(int, noise);
        QFETCH(QString, scan);
        QFETCH(QString, meaning);
        const QImage symbol = scantest::renderSymbol(
            ZXing::BarcodeFormat(format), contents.toStdWString(), size.width(), size.height());
        const QImage frame = scantest::placeOnFrame(symbol, degrees, noise, quint32(degrees * 1000 + noise));
        const BarcodeDecoder decoder; // warehouse formats, try harder, try rotate
        auto r = decoder.decode(frame);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QVERIFY2(r->has_value(), "no barcode found");
        QCOMPARE((*r)->scan(), scan);
        const scan::Interpretation in = scan::interpret((*r)->scan(), {QDate(2026, 11, 26)});
        QVERIFY2(in.ok(), qPrintable(in.error ? in.error->message : QString()));
        if (!meaning.isEmpty())
            QCOMPARE(in.summary(), meaning);
        else
            QCOMPARE(in.gs1.toHri(), u"(01)09506000134352(17)270331(10)A12(21)S1"_s);
    }

    // The frame that makes Debian's ZXing-cpp 1.4 abort in ReadBarcodes with default hints (assertion
    // lineCount() == 1, a symbol found in two downscale layers). Our pipeline must decode it, every format
    // configuration, every size.
    void plainCode128FrameDoesNotAbort()
    {
        for (int width : {300, 400, 600, 800}) {
            const QImage frame = scantest::placeOnFrame(
                scantest::renderSymbol(ZXing::BarcodeFormat::Code128, L"HELLO123", width, 150), 0, 0, 1);
            for (const Symbologies &formats :
                {allSymbologies(), warehouseSymbologies(), Symbologies(Symbology::Code128)}) {
                auto r = BarcodeDecoder({formats}).decode(frame);
                QVERIFY(r && r->has_value());
                QCOMPARE((*r)->scan(), u"]C0HELLO123"_s);
            }
        }
    }

    // Proof that the hazard is real on this ZXing: the same frame through ReadBarcodes with default hints,
    // in a child process, aborts. When the distribution ships ZXing-cpp >= 2.2 this test says so.
    void defaultHintsAbortInChildProcess()
    {
        QProcess probe;
        probe.start(QStringLiteral(ZXING_PROBE_PATH), {});
        QVERIFY(probe.waitForFinished(60000));
        if (ZXING_VERSION_MAJOR < 2 || (ZXING_VERSION_MAJOR == 2 && ZXING_VERSION_MINOR < 2)) {
            QCOMPARE(probe.exitStatus(), QProcess::CrashExit);
            QVERIFY(probe.readAllStandardError().contains("lineCount() == 1"));
        } else {
            QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
        }
    }

    // GS1 Data Matrix, GS1 QR and DataBar: committed images made with zint (data/images/README.md says how).
    void committedGs1Images_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("symbologyId");
        QTest::addColumn<QString>("hri");
        QTest::newRow("datamatrix") << u"gs1-datamatrix.png"_s << u"]d2"_s
                                    << u"(01)09506000134352(17)270331(10)A12(21)S/N-7"_s;
        QTest::newRow("qr") << u"gs1-qr.png"_s << u"]Q3"_s << u"(01)09506000134352(10)A12"_s;
        QTest::newRow("databar") << u"gs1-databar.png"_s << u"]e0"_s << u"(01)09506000134352"_s;
        QTest::newRow("databar-expanded")
            << u"gs1-databar-expanded.png"_s << u"]e0"_s << u"(01)09506000134352(3103)001250(17)270331"_s;
    }

    void committedGs1Images()
    {
        QFETCH(QString, file);
        QFETCH(QString, symbologyId);
        QFETCH(QString, hri);
        const QImage image(QStringLiteral(SCAN_TEST_DIR "/data/images/") + file);
        QVERIFY(!image.isNull());
        auto r = BarcodeDecoder().decode(image);
        QVERIFY(r && r->has_value());
        QCOMPARE((*r)->symbologyId, symbologyId);
        const scan::Interpretation in = scan::interpret((*r)->scan(), {QDate(2026, 11, 26)});
        QVERIFY2(in.ok(), qPrintable(in.error ? in.error->message : QString()));
        QCOMPARE(in.form, scan::ScanForm::Gs1);
        QCOMPARE(in.gs1.toHri(), hri);
    }

    void emptyFrameAndBadInput()
    {
        QImage blank(1280, 720, QImage::Format_Grayscale8);
        blank.fill(255);
        auto none = BarcodeDecoder().decode(blank);
        QVERIFY(none && !none->has_value());
        auto bad = BarcodeDecoder().decode(QImage());
        QVERIFY(!bad);
        QCOMPARE(bad.error().message, u"The image is empty or could not be read"_s);
        auto noFormats = BarcodeDecoder({Symbologies()}).decode(blank);
        QVERIFY(!noFormats);
        QCOMPARE(noFormats.error().message, u"No barcode format configured"_s);
    }

    void restrictedFormatsIgnoreOthers()
    {
        const QImage frame = scantest::placeOnFrame(
            scantest::renderSymbol(ZXing::BarcodeFormat::EAN13, L"9506000134352", 400, 150), 0, 0, 1);
        auto onlyQr = BarcodeDecoder({Symbology::QrCode}).decode(frame);
        QVERIFY(onlyQr && !onlyQr->has_value());
        auto ean = BarcodeDecoder({Symbology::Ean13}).decode(frame);
        QVERIFY(ean && ean->has_value());
    }

    void symbologyNames()
    {
        auto s = parseSymbologies(u"ean13, code128,qr");
        QVERIFY(s);
        QCOMPARE(*s, Symbology::Ean13 | Symbology::Code128 | Symbology::QrCode);
        auto bad = parseSymbologies(u"ean13,code129");
        QVERIFY(!bad);
        QVERIFY(bad.error().message.startsWith(u"Unknown barcode format \"code129\"; known: ean13, ean8"_s));
    }
};

QTEST_MAIN(TestImageDecode)
#include "tst_imagedecode.moc"
