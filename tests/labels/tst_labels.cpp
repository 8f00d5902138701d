// Every label kind drawn by the one painter (the code that makes the PDF and the printer's page), each
// barcode decoded back from the image with ZXing-cpp (scanner/barcodedecoder) and interpreted by our GS1
// parser (core/scan) to exactly the elements that were printed; the ZPL II written for the same layout;
// the PDF's pages and sizes; SSCC check digits.
#include "barcodedecoder.h"
#include "domain/sscc.h"
#include "labelpainter.h"
#include "labels/label.h"
#include "labels/layout.h"
#include "labels/zpl.h"
#include "scan/interpreter.h"

#include <QFile>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace stockhand;
using namespace stockhand::labels;
using namespace Qt::StringLiterals;

namespace {

struct ReadBack
{
    scanner::Decoded decoded;
    scan::Interpretation interpretation;
};

// The barcode's place on the label with its quiet zones and a margin, cut from the image and decoded.
std::optional<ReadBack> readBarcode(const QImage &image, const LabelLayout &layout, int index)
{
    for (const LayoutItem &item : layout.items) {
        if (item.type != LayoutItem::Type::Barcode || item.barcode != index)
            continue;
        const int margin = 14 * item.moduleDots;
        const QRect area = item.rect.adjusted(-margin, -margin, margin, margin).intersected(image.rect());
        QImage piece(area.size() + QSize(2 * margin, 2 * margin), QImage::Format_RGB32);
        piece.fill(Qt::white);
        for (int y = 0; y < area.height(); ++y)
            for (int x = 0; x < area.width(); ++x)
                piece.setPixel(x + margin, y + margin, image.pixel(area.x() + x, area.y() + y));
        auto r = scanner::BarcodeDecoder().decode(piece);
        if (!r || !*r)
            return std::nullopt;
        scan::InterpretOptions options;
        options.checkRequisites = false; // a label's symbols are read one at a time
        return ReadBack {**r, scan::interpret((*r)->scan(), options)};
    }
    return std::nullopt;
}

QStringList pairs(const scan::Gs1Message &m)
{
    QStringList out;
    for (const scan::Gs1Element &e : m.elements)
        out << e.ai + u'=' + e.value;
    return out;
}

const LayoutItem *barcodeItem(const LabelLayout &layout, int index)
{
    for (const LayoutItem &item : layout.items) {
        if (item.type == LayoutItem::Type::Barcode && item.barcode == index)
            return &item;
    }
    return nullptr;
}

} // namespace

class TestLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sscc();
    void roundTrip_data();
    void roundTrip();
    void logisticLayout();
    void refusals();
    void code128Fields_data();
    void code128Fields();
    void zpl();
    void pdf();
    void systemPrinterPage();
};

void TestLabels::sscc()
{
    // GS1 General Specifications' example: extension 1, company prefix 0614141, serial 123456789.
    auto s = composeSscc(1, u"0614141", 123456789);
    QVERIFY(s.ok());
    QCOMPARE(*s, u"106141411234567897"_s);
    QVERIFY(isValidSscc(*s));
    for (int i = 0; i < 18; ++i) { // any one digit changed breaks the check digit
        QString wrong = *s;
        wrong[i] = QChar(u'0' + (wrong[i].digitValue() + 1) % 10);
        QVERIFY2(!isValidSscc(wrong), qPrintable(wrong));
    }
    QCOMPARE(formatSscc(*s, 7), u"1 0614141 123456789 7"_s);
    QCOMPARE(composeSscc(0, u"4006381", 0).value(), u"040063810000000000"_s);
    QVERIFY(isValidSscc(composeSscc(9, u"401234567890", 9999).value()));
    QCOMPARE(composeSscc(0, u"4006381", 1000000000).error().code, u"sscc.out-of-range"_s);
}

void TestLabels::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("label"); // as built, in its JSON form
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QStringList>("expected"); // per barcode: "symbologyId|data" or the GS1 "ai=value" pairs

    const auto add = [](const char *name, const Result<Label> &l, QStringList expected) {
        QVERIFY2(l.ok(), l.ok() ? "" : qPrintable(l.error().toString()));
        for (int dpi : {203, 300})
            QTest::addRow("%s@%d", name, dpi) << l->toJson() << dpi << expected;
    };
    add("product-ean13", productLabel({u"SKU-0042"_s, u"Hazelnut spread 400 g"_s, u"4006381333931"_s, kSize2x1}),
        {u"gtin|04006381333931"_s});
    add("product-ean13-large",
        productLabel({u"SKU-0042"_s, u"Hazelnut spread 400 g"_s, u"04006381333931"_s, kSize225x125}),
        {u"gtin|04006381333931"_s});
    add("product-upca", productLabel({u"SKU-7"_s, u"Cereal"_s, u"036000291452"_s, kSize2x1}),
        {u"gtin|00036000291452"_s});
    add("product-sku", productLabel({u"BOLT-M8x40"_s, u"Hex bolt M8 x 40"_s, {}, kSize2x1}), {u"text|BOLT-M8x40"_s});
    add("location", locationLabel({u"WH1-A01-01-1-01"_s, u"Aisle 1, bay 1, level 1"_s, Arrow::None, kSize2x1}),
        {u"text|WH1-A01-01-1-01"_s});
    add("location-up", locationLabel({u"WH1-B02-03-2-04"_s, u"Aisle 2"_s, Arrow::Up, kSize225x125}),
        {u"text|WH1-B02-03-2-04"_s});
    add("location-down", locationLabel({u"WH1-B02-03-1-04"_s, u"Aisle 2"_s, Arrow::Down, kSize2x1}),
        {u"text|WH1-B02-03-1-04"_s});
    add("lot-gs1-128",
        lotLabel({u"09506000134352"_s, u"Yoghurt 500 g"_s, u"A12B"_s, QDate(2027, 3, 31), {}, Symbol::Gs1_128,
            kSize225x125}),
        {u"01=09506000134352 17=270331 10=A12B"_s});
    add("lot-datamatrix",
        lotLabel({u"09506000134352"_s, u"Yoghurt 500 g"_s, u"L_2026/11"_s, QDate(2027, 3, 31), {},
            Symbol::Gs1DataMatrix, kSize225x125}),
        {u"01=09506000134352 17=270331 10=L_2026/11"_s});
    add("serial-gs1-128",
        lotLabel({u"4006381333931"_s, u"Drill"_s, {}, {}, u"SN12345"_s, Symbol::Gs1_128, kSize225x125}),
        {u"01=04006381333931 21=SN12345"_s});
    add("serial-datamatrix",
        lotLabel({u"4006381333931"_s, u"Drill"_s, {}, {}, u"SN-9/77"_s, Symbol::Gs1DataMatrix, kSize2x1}),
        {u"01=04006381333931 21=SN-9/77"_s});
    add("logistic",
        logisticLabel({u"106141411234567897"_s, u"09506000134352"_s, u"Yoghurt 500 g"_s, 48, u"A12B"_s,
            QDate(2027, 3, 31), {}, u"Stockhand DC North\nDock 3"_s, u"Shop 17\nMain Street 5"_s}),
        {u"02=09506000134352 15=270331 37=48 10=A12B"_s, u"00=106141411234567897"_s});
    add("logistic-sscc-only", logisticLabel({u"106141411234567897"_s, {}, {}, 0, {}, {}, {}, u"DC"_s, u"Shop"_s}),
        {u"00=106141411234567897"_s});
}

void TestLabels::roundTrip()
{
    QFETCH(QJsonObject, label);
    QFETCH(int, dpi);
    QFETCH(QStringList, expected);
    auto l = Label::fromJson(label);
    QVERIFY(l.ok());
    QCOMPARE(l->toJson(), label);
    auto image = renderLabel(*l, dpi);
    QVERIFY2(image.ok(), image.ok() ? "" : qPrintable(image.error().toString()));
    const LabelLayout layout = layoutLabel(*l, dpi);
    QCOMPARE(image->size(), layout.sizeDots);
    QCOMPARE(image->width(), dotsOf(l->size.widthMil, dpi));
    QCOMPARE(l->barcodes.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        auto read = readBarcode(*image, layout, i);
        QVERIFY2(read, qPrintable(u"barcode %1 not read back"_s.arg(i)));
        const scan::Interpretation &in = read->interpretation;
        QVERIFY2(in.ok(), in.ok() ? "" : qPrintable(in.error->toString()));
        const QString &want = expected.at(i);
        if (want.startsWith(u"gtin|")) {
            QCOMPARE(int(in.form), int(scan::ScanForm::Gtin));
            QCOMPARE(in.gtin(), want.mid(5));
        } else if (want.startsWith(u"text|")) {
            QCOMPARE(read->decoded.text, want.mid(5));
            QCOMPARE(read->decoded.symbologyId, u"]C0"_s); // Code 128 without FNC1: not GS1
        } else {
            // GS1: exactly the elements that were printed, in order, with FNC1 in first position.
            QCOMPARE(int(in.form), int(scan::ScanForm::Gs1));
            QVERIFY(read->decoded.symbologyId == u"]C1" || read->decoded.symbologyId == u"]d2");
            QCOMPARE(pairs(in.gs1).join(u' '), want);
            QCOMPARE(pairs(in.gs1), pairs(l->barcodes.at(i).elements()));
        }
    }
}

void TestLabels::logisticLayout()
{
    auto l = logisticLabel({u"106141411234567897"_s, u"09506000134352"_s, u"Yoghurt 500 g"_s, 48, u"A12B"_s,
        QDate(2027, 3, 31), {}, u"DC North"_s, u"Shop 17"_s});
    QVERIFY(l.ok());
    QCOMPARE(l->size, kSize4x6);
    for (int dpi : {203, 300}) {
        const LabelLayout layout = layoutLabel(*l, dpi);
        QCOMPARE(layout.sizeDots, QSize(4 * dpi, 6 * dpi));
        // The SSCC is the lowest barcode.
        const LayoutItem *sscc = barcodeItem(layout, int(l->barcodes.size()) - 1);
        QVERIFY(sscc);
        QCOMPARE(l->barcodes.last().hri, u"(00)106141411234567897"_s);
        for (int i = 0; i + 1 < l->barcodes.size(); ++i)
            QVERIFY(barcodeItem(layout, i)->rect.bottom() < sscc->rect.top());
        // Its narrowest bar is at least 0.495 mm (GS1 logistic labels), its height at least 27 mm here.
        QVERIFY(sscc->moduleDots * 25.4 / dpi >= 0.495);
        QVERIFY(sscc->rect.height() * 25.4 / dpi >= 27.0);
        // Human-readable text under every barcode, and nothing drawn below the label.
        for (int i = 0; i < l->barcodes.size(); ++i) {
            const LayoutItem *b = barcodeItem(layout, i);
            bool found = false;
            for (const LayoutItem &t : layout.items)
                found = found
                    || (t.type == LayoutItem::Type::Text && t.text == l->barcodes.at(i).hri
                        && t.rect.top() > b->rect.bottom() && t.rect.top() - b->rect.bottom() < dpi / 4);
            QVERIFY2(found, qPrintable(l->barcodes.at(i).hri));
        }
        for (const LayoutItem &item : layout.items)
            QVERIFY(QRect(QPoint(0, 0), layout.sizeDots).contains(item.rect));
    }
    // The text block with data titles.
    QStringList titles;
    for (const LabelField &f : l->fields)
        titles << f.title;
    QCOMPARE(titles, (QStringList {u"SSCC"_s, u"CONTENT"_s, u"BEST BEFORE (dd.mm.yy)"_s, u"COUNT"_s, u"BATCH/LOT"_s}));
    QCOMPARE(l->fields.at(2).value, u"31.03.27"_s);
    QCOMPARE(l->title(), u"SSCC 106141411234567897"_s);
}

void TestLabels::refusals()
{
    QCOMPARE(productLabel({u"S"_s, u"N"_s, u"4006381333932"_s, kSize2x1}).error().code, u"labels.bad-gtin"_s);
    QCOMPARE(productLabel({u"S\u00e9"_s, u"N"_s, {}, kSize2x1}).error().code, u"labels.bad-data"_s);
    QCOMPARE(lotLabel({u"09506000134352"_s, {}, {}, {}, {}, Symbol::Gs1_128, kSize2x1}).error().code,
        u"labels.lot-or-serial"_s);
    QCOMPARE(lotLabel({u"09506000134352"_s, {}, u"A"_s, {}, {}, Symbol::Code128, kSize2x1}).error().code,
        u"labels.bad-symbol"_s);
    // A value the AI table refuses (AI 10 holds 20 characters at most; "é" is not in its character set).
    QCOMPARE(
        lotLabel({u"09506000134352"_s, {}, u"123456789012345678901"_s, {}, {}, Symbol::Gs1_128, kSize2x1}).error().code,
        u"labels.gs1"_s);
    QCOMPARE(lotLabel({u"09506000134352"_s, {}, u"L\u00e9"_s, {}, {}, Symbol::Gs1_128, kSize2x1}).error().code,
        u"labels.gs1"_s);
    LogisticLabelInput wrongCheck;
    wrongCheck.sscc = u"106141411234567898"_s;
    QCOMPARE(logisticLabel(wrongCheck).error().code, u"labels.bad-sscc"_s);
    LogisticLabelInput countOnly;
    countOnly.sscc = u"106141411234567897"_s;
    countOnly.count = 5;
    QCOMPARE(logisticLabel(countOnly).error().code, u"labels.count-without-content"_s);
    QCOMPARE(
        toZpl(locationLabel({u"A"_s, {}, Arrow::None, kSize2x1}).value(), 203, 0).error().code, u"labels.bad-copies"_s);
}

void TestLabels::code128Fields_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<bool>("gs1");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("codewords");
    QTest::newRow("letters") << u"ABC"_s << false << u">:ABC"_s << 6;
    QTest::newRow("greater-than") << u"A>B"_s << false << u">:A><B"_s << 6;
    QTest::newRow("digits") << u"123456"_s << false << u">;123456"_s << 6;
    QTest::newRow("mixed") << u"WH1-A01-01-1-01"_s << false << u">:WH1-A01-01-1-01"_s << 18;
    QTest::newRow("digits-then-letters") << u"1234AB"_s << false << u">;1234>6AB"_s << 8;
    QTest::newRow("letters-then-digits") << u"AB123456"_s << false << u">:AB>5123456"_s << 9;
    QTest::newRow("sscc") << u"00106141411234567897"_s << true << u">;>800106141411234567897"_s << 14;
    // Zebra's example: GTIN, serial, FNC1, batch in subset B.
    // Zebra's example (GTIN, serial, batch): the odd digit of the serial in subset B, FNC1 after it.
    QTest::newRow("gs1-fnc1") << u"0112345678901234211234567\u001d10ABC123"_s << true
                              << u">;>8011234567890123421123456>67>810ABC123"_s << 27;
}

void TestLabels::code128Fields()
{
    QFETCH(QString, data);
    QFETCH(bool, gs1);
    QFETCH(QString, field);
    QFETCH(int, codewords);
    auto c = code128ForZpl(data, gs1);
    QVERIFY(c.ok());
    QCOMPARE(c->fieldData, field);
    QCOMPARE(c->codewords, codewords);
}

void TestLabels::zpl()
{
    auto logistic = logisticLabel({u"106141411234567897"_s, u"09506000134352"_s, u"Joghurt für Läden"_s, 48, u"A12B"_s,
        QDate(2027, 3, 31), {}, u"DC ^North~"_s, u"Shop 17"_s});
    QVERIFY(logistic.ok());
    auto z = toZpl(*logistic, 203, 3);
    QVERIFY(z.ok());
    const QString zpl = QString::fromUtf8(*z);
    QVERIFY(zpl.startsWith(u"^XA\n^CI28\n^PW812\n^LL1218\n"_s));
    QVERIFY(zpl.endsWith(u"^PQ3\n^XZ\n"_s));
    QCOMPARE(zpl.count(u"^XA"_s), 1);
    // The SSCC: subset C, FNC1 first, then the 20 digits; the content: FNC1 before the variable (10).
    QVERIFY(zpl.contains(u"^BY4^BCN,"_s));
    QVERIFY(zpl.contains(u"^FD>;>800106141411234567897^FS"_s));
    QVERIFY(zpl.contains(u"^FD>;>80209506000134352152703313748>810>6A12B^FS"_s));
    // Every barcode is a ^BC field below the one before; the SSCC's is the last and lowest.
    const QRegularExpression fo(u"\\^FO(\\d+),(\\d+)\\^BY\\d\\^BCN"_s);
    QList<int> ys;
    for (auto it = fo.globalMatch(zpl); it.hasNext();)
        ys << it.next().captured(2).toInt();
    QCOMPARE(ys.size(), 2);
    QVERIFY(ys[0] < ys[1]);
    // Text: UTF-8 as is, ZPL's own characters escaped.
    QVERIFY(z->contains("Joghurt f\xc3\xbcr L\xc3\xa4"
                        "den"));
    QVERIFY(zpl.contains(u"^FH\\^FDDC \\5ENorth\\7E^FS"_s));
    QVERIFY(zpl.contains(u"^FD(00)106141411234567897^FS"_s));
    // GS1 DataMatrix: quality 200, "_" as escape, FNC1 first, underscores doubled.
    auto dm = lotLabel(
        {u"09506000134352"_s, u"Yoghurt"_s, u"L_26/1"_s, QDate(2027, 3, 31), {}, Symbol::Gs1DataMatrix, kSize225x125});
    const QString dmZpl = QString::fromUtf8(toZpl(*dm, 300, 1).value());
    QVERIFY(dmZpl.contains(u",200,,,,_^FH\\^FD_10109506000134352172703311 0L__26/1^FS"_s.remove(u' ')));
    QVERIFY(dmZpl.contains(u"^PW675\n^LL375\n"_s));
    // EAN-13 and UPC-A: the printer adds the check digit.
    const QString ean = QString::fromUtf8(
        toZpl(productLabel({u"S"_s, u"N"_s, u"4006381333931"_s, kSize2x1}).value(), 203, 1).value());
    QVERIFY(ean.contains(u"^BEN,"_s) && ean.contains(u"^FD400638133393^FS"_s));
    const QString upc
        = QString::fromUtf8(toZpl(productLabel({u"S"_s, u"N"_s, u"036000291452"_s, kSize2x1}).value(), 203, 1).value());
    QVERIFY(upc.contains(u"^BUN,"_s) && upc.contains(u"^FD03600029145^FS"_s));
    // An arrow: a stem and two strokes.
    const QString arrow
        = QString::fromUtf8(toZpl(locationLabel({u"A-1"_s, {}, Arrow::Up, kSize2x1}).value(), 203, 1).value());
    QCOMPARE(arrow.count(u"^GD"_s), 2);
}

void TestLabels::pdf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    struct Case
    {
        Result<Label> label;
        int copies;
        QString mediaBox; // points: 72 an inch
    };
    const QList<Case> cases {
        {logisticLabel({u"106141411234567897"_s, {}, {}, 0, {}, {}, {}, u"DC"_s, u"Shop"_s}), 2, u"0 0 288 432"_s},
        {productLabel({u"SKU-1"_s, u"Name"_s, u"4006381333931"_s, kSize2x1}), 1, u"0 0 144 72"_s},
        {locationLabel({u"WH1-A01"_s, u"A"_s, Arrow::Down, kSize225x125}), 3, u"0 0 162 90"_s},
    };
    int n = 0;
    for (const Case &c : cases) {
        QVERIFY(c.label.ok());
        const QString path = dir.filePath(u"label-%1.pdf"_s.arg(++n));
        QVERIFY(writeLabelPdf(*c.label, path, 203, c.copies).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 1000);
        const QRegularExpression box(u"/MediaBox \\[([0-9. ]+)\\]"_s);
        int pages = 0;
        for (auto it = box.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); ++pages) {
            const QStringList numbers = it.next().captured(1).split(u' ', Qt::SkipEmptyParts);
            QStringList rounded;
            for (const QString &v : numbers)
                rounded << QString::number(qRound(v.toDouble()));
            QCOMPARE(rounded.join(u' '), c.mediaBox);
        }
        QCOMPARE(pages, c.copies);
    }
}

void TestLabels::systemPrinterPage()
{
    // The system printer's path (QPrinter) with its output sent to a file: the same drawing, scaled to
    // the printer's resolution, on a page of the label's size.
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printer.pdf"_s));
    auto l = lotLabel(
        {u"09506000134352"_s, u"Yoghurt"_s, u"A12"_s, QDate(2027, 3, 31), {}, Symbol::Gs1_128, kSize225x125});
    QVERIFY(printLabel(*l, printer, 300, 2).ok());
    QFile f(dir.filePath(u"printer.pdf"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(QString::fromLatin1(pdf).count(QRegularExpression(u"/MediaBox \\[0 0 162(\\.0+)? 90(\\.0+)?\\]"_s)), 2);
}

QTEST_MAIN(TestLabels)
#include "tst_labels.moc"
