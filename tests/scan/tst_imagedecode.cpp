// Image round trips: symbols generated with ZXing-cpp's writer at several sizes, rotations and noise
// levels, decoded by our pipeline (BarcodeDecoder -> scan::interpret) back to what was encoded; and hard
// photos from the generated photo set (photoset.h), where our passes read more than ZXing-cpp alone.
#include "barcodedecoder.h"
#include "barcodeimages.h"
#include "lumaplane.h"
#include "photoset.h"
#include "scan/interpreter.h"

#include <QProcess>
#include <QTest>

#include <ZXing/ReadBarcode.h>
#include <ZXing/ZXVersion.h>

using namespace Qt::StringLiterals;
using namespace stockhand;
using namespace stockhand::scanner;

class TestImageDecode : public QObject
{
    Q_OBJECT

    static const QList<scantest::BaseSymbol> &photoSymbols()
    {
        static const QList<scantest::BaseSymbol> symbols
            = scantest::baseSymbols(QStringLiteral(SCAN_TEST_DIR "/data/images"));
        return symbols;
    }

    static qsizetype symbolIndex(const QString &name)
    {
        const auto &symbols = photoSymbols();
        for (qsizetype i = 0; i < symbols.size(); ++i) {
            if (symbols[i].name == name)
                return i;
        }
        qFatal("no photo-set symbol %s", qPrintable(name));
    }

    static scantest::Degradation degradation(const QString &name)
    {
        for (const scantest::Degradation d : scantest::allDegradations()) {
            if (name == QLatin1String(scantest::degradationName(d)))
                return d;
        }
        qFatal("no degradation %s", qPrintable(name));
    }

    static QImage hardPhoto(const QString &symbol, const QString &degradationName, int level)
    {
        const qsizetype i = symbolIndex(symbol);
        return scantest::photograph(photoSymbols()[i], scantest::hardShot(int(i), degradation(degradationName), level));
    }

    // ZXing-cpp alone: its default hints (all formats, try harder, try rotate, downscale), one symbol.
    static QString zxingAlone(const QImage &grey)
    {
        const ZXing::Result r = ZXing::ReadBarcode(ZXing::ImageView(grey.constBits(), grey.width(), grey.height(),
                                                       ZXing::ImageFormat::Lum, int(grey.bytesPerLine())),
            ZXing::DecodeHints().setMaxNumberOfSymbols(1));
        return r.isValid() ? QString::fromStdString(r.symbologyIdentifier() + r.text()) : QString();
    }

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

    // Hard photos (photoset.h, fixed seeds). Both readings are computed here: wherever ZXing-cpp alone reads
    // a photo, our still pipeline reads it too, the same value; the rows marked `beyond` are photos ZXing
    // alone does not read and our further passes do. No reading may differ from the encoded content.
    // (DataBar is not in this list: ZXing alone aborts on some of those photos, see dataBarPhotosDoNotAbort.)
    void hardPhotosBeyondZXingAlone_data()
    {
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QString>("degradation");
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("beyond"); // ZXing alone fails, we read it
        const struct
        {
            const char *symbol, *degradation;
            int level;
            bool beyond;
        } rows[] = {
            {"ean13", "blur", 1, false},
            {"ean13", "small", 1, false},
            {"upca", "glare", 1, false},
            {"code128", "perspective", 1, false},
            {"itf14", "curvature", 1, false},
            {"datamatrix", "rotation", 1, false},
            {"gs1-datamatrix", "noise", 1, false},
            {"qr", "small", 1, false},
            {"gs1-qr", "rotation", 1, false},
            {"ean13", "noise", 0, true},
            {"ean13", "rotation", 3, true},
            {"ean8", "low-contrast", 0, true},
            {"upca", "noise", 1, true},
            {"upce", "noise", 0, true},
            {"code128", "noise", 0, true},
            {"code128", "rotation", 1, true},
            {"gs1-128", "perspective", 0, true},
            {"itf14", "rotation", 2, true},
            {"datamatrix", "low-contrast", 0, true},
            {"gs1-datamatrix", "glare", 2, true},
            {"qr", "noise", 1, true},
            {"gs1-qr", "low-contrast", 0, true},
        };
        for (const auto &r : rows) {
            QTest::addRow("%s %s %d", r.symbol, r.degradation, r.level)
                << QString::fromLatin1(r.symbol) << QString::fromLatin1(r.degradation) << r.level << r.beyond;
        }
    }

    void hardPhotosBeyondZXingAlone()
    {
        QFETCH(QString, symbol);
        QFETCH(QString, degradation);
        QFETCH(int, level);
        QFETCH(bool, beyond);
        const scantest::BaseSymbol &s = photoSymbols()[symbolIndex(symbol)];
        const QImage photo = hardPhoto(symbol, degradation, level);
        const QString theirs = zxingAlone(photo);
        auto ours = BarcodeDecoder({*parseSymbologies(s.format)}).decode(photo);
        QVERIFY(ours);
        if (ours->has_value())
            QCOMPARE((*ours)->scan(), s.scan); // never a wrong value
        if (!theirs.isEmpty()) {
            QCOMPARE(theirs, s.scan);
            QVERIFY2(ours->has_value(), "ZXing alone reads this photo, our pipeline must too");
        }
        if (beyond) {
            QVERIFY2(theirs.isEmpty(), "expected a photo ZXing alone does not read");
            QVERIFY2(ours->has_value(), "our further passes should read this photo");
            // and not by the first pass: that is ZXing's own reading
            auto first = BarcodeDecoder({*parseSymbologies(s.format), true, true, false, DecodeEffort::FirstPass})
                             .decode(photo);
            QVERIFY(first && !first->has_value());
        } else {
            QVERIFY2(!theirs.isEmpty(), "expected a photo ZXing alone reads");
        }
    }

    // Camera frames: the same hard photo, frame after frame (a hand holding the camera on a label). The
    // first pass alone reads nothing; the frame strategy reads it within one round of its passes, one pass
    // per frame. EAN-13 and ITF-14 also need a second, different pass to agree.
    void frameStrategyReadsWithinOneRound_data()
    {
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QString>("degradation");
        QTest::addColumn<int>("level");
        QTest::newRow("ean13 noise") << u"ean13"_s << u"noise"_s << 0;
        QTest::newRow("gs1-128 perspective") << u"gs1-128"_s << u"perspective"_s << 0;
        QTest::newRow("itf14 rotation") << u"itf14"_s << u"rotation"_s << 2;
        QTest::newRow("qr noise") << u"qr"_s << u"noise"_s << 1;
        QTest::newRow("datamatrix low contrast") << u"datamatrix"_s << u"low-contrast"_s << 0;
    }

    void frameStrategyReadsWithinOneRound()
    {
        QFETCH(QString, symbol);
        QFETCH(QString, degradation);
        QFETCH(int, level);
        const scantest::BaseSymbol &s = photoSymbols()[symbolIndex(symbol)];
        const QImage photo = hardPhoto(symbol, degradation, level);
        const Symbologies format = *parseSymbologies(s.format);
        auto first = BarcodeDecoder({format, true, true, false, DecodeEffort::FirstPass}).decode(photo);
        QVERIFY(first && !first->has_value());
        const BarcodeDecoder frames({format, true, true, false, DecodeEffort::Frame});
        const int round = 2 * (BarcodeDecoder::passCount() - 1);
        int readAt = 0;
        for (int f = 1; f <= round && !readAt; ++f) {
            auto r
                = frames.decodeLuminance(photo.constBits(), photo.width(), photo.height(), int(photo.bytesPerLine()));
            QVERIFY(r);
            if (r->has_value()) {
                QCOMPARE((*r)->scan(), s.scan);
                readAt = f;
            }
        }
        QVERIFY2(readAt > 1, "read within one round of passes, not by the first frame");
        // after a read, the next frame gets the whole first pass
        QCOMPARE(frames.nextFramePass(), 0);
        QCOMPARE(frames.nextFramePassName(), u"zxing"_s);
    }

    // A frame alternates: a share of ZXing's own first pass, then the next further pass.
    void framePassSchedule()
    {
        QImage blank(640, 360, QImage::Format_Grayscale8);
        blank.fill(200);
        const BarcodeDecoder linear({Symbology::Code128, true, true, false, DecodeEffort::Frame});
        const BarcodeDecoder matrix({Symbology::QrCode, true, true, false, DecodeEffort::Frame});
        QStringList linearNames, matrixNames;
        for (int f = 0; f < 8; ++f) {
            linearNames << linear.nextFramePassName();
            matrixNames << matrix.nextFramePassName();
            QVERIFY(linear.decode(blank) && matrix.decode(blank));
        }
        QCOMPARE(linearNames,
            QStringList({u"zxing, rows"_s, u"centre x2"_s, u"zxing, columns"_s, u"stretch + fixed threshold"_s,
                u"zxing, 1/3 scale"_s, u"rotate 45"_s, u"zxing, rows"_s, u"local normalisation"_s}));
        QCOMPARE(matrixNames,
            QStringList({u"zxing, middle band"_s, u"centre x2"_s, u"zxing, 1/2 scale"_s, u"stretch + fixed threshold"_s,
                u"zxing, top band"_s, u"rotate 45"_s, u"zxing, bottom band"_s, u"local normalisation"_s}));
    }

    // ZXing-cpp 1.4 aborts (assertion lineCount() == 1) when a DataBar symbol is read from a second row in
    // the same call: our pipeline reads DataBar in a call of its own that stops at the first row. Every
    // DataBar photo of the set goes through every pass here, in this process: an abort fails the test.
    void dataBarPhotosDoNotAbort()
    {
        int read = 0;
        for (const QString &name : {u"databar"_s, u"databar-expanded"_s}) {
            const scantest::BaseSymbol &s = photoSymbols()[symbolIndex(name)];
            for (const scantest::Degradation d : {scantest::Degradation::Glare, scantest::Degradation::Noise}) {
                for (int level = 0; level < 2; ++level) {
                    const QImage photo = scantest::photograph(s, scantest::hardShot(int(symbolIndex(name)), d, level));
                    auto r = BarcodeDecoder({*parseSymbologies(s.format)}).decode(photo);
                    QVERIFY(r);
                    if (r->has_value()) {
                        QCOMPARE((*r)->scan(), s.scan);
                        ++read;
                    }
                }
            }
        }
        QVERIFY(read >= 4);
    }

    // The picture operations of the further passes (scanner/lumaplane.h).
    void lumaPlaneOperations()
    {
        LumaPlane p;
        p.width = 37;
        p.height = 23;
        for (int i = 0; i < p.width * p.height; ++i)
            p.pixels.push_back(uchar((i * 7919) % 251));
        const LumaPlane t = transpose(p);
        QCOMPARE(t.width, 23);
        QCOMPARE(t.row(5)[7], p.row(7)[5]);
        QCOMPARE(transpose(t).pixels, p.pixels);
        QCOMPARE(rotate(p, 0).pixels, p.pixels);
        const LumaPlane up = upscale(p, 2);
        QCOMPARE(up.width, 74);
        QCOMPARE(downscale(up, 2).width, 37);
        QCOMPARE(downscale(p, 3).width, 12); // 37 / 3, the last column left out
        LumaPlane turned = rotate(p, 90); // about the centre: the middle pixel stays
        QCOMPARE(turned.row(11)[18], p.row(11)[18]);
        LumaPlane flat;
        flat.width = flat.height = 9;
        flat.pixels.assign(81, 77);
        LumaPlane s = flat;
        smooth(s);
        QCOMPARE(s.pixels, flat.pixels);
        sharpen(s, 1.5);
        QCOMPARE(s.pixels, flat.pixels);
        LumaPlane grey = flat; // 100 and 140 only: stretched to 0 and 255
        for (int i = 0; i < 81; ++i)
            grey.pixels[size_t(i)] = i % 2 ? 140 : 100;
        stretchContrast(grey, 0.01);
        QCOMPARE(grey.pixels[0], uchar(0));
        QCOMPARE(grey.pixels[1], uchar(255));
        invert(grey);
        QCOMPARE(grey.pixels[0], uchar(255));
        // Bars of 4 px under shading: 40/80 on the dark side, 180/220 on the bright side. After local
        // normalisation a bar is below 128 and a space above it on both sides (one threshold reads both).
        LumaPlane shaded;
        shaded.width = 256;
        shaded.height = 32;
        for (int y = 0; y < shaded.height; ++y) {
            for (int x = 0; x < shaded.width; ++x) {
                const int base = x < 128 ? 40 : 180;
                shaded.pixels.push_back(uchar(base + ((x / 4) % 2 ? 40 : 0)));
            }
        }
        normalizeLocally(shaded, 16);
        for (const int x : {18, 22, 26, 30, 226, 230, 234, 238}) {
            const bool space = (x / 4) % 2;
            QVERIFY2(space ? shaded.row(16)[x] > 150 : shaded.row(16)[x] < 106,
                qPrintable(u"x %1: %2"_s.arg(x).arg(shaded.row(16)[x])));
        }
        QCOMPARE(centralRect(1280, 720, 0.5), QRect(320, 180, 640, 360));
        QCOMPARE(centralRect(1280, 720, 0.5, 0.25), QRect(320, 270, 640, 180));
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
