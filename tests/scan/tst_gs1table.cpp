// The GS1 interpretation table (data/gs1_examples.tsv): every scan with its exact result or error; the GS1
// conformance table (data/gs1_conformance.tsv): every row cites the rule it checks; the dictionary itself.
#include "scan/aitable.h"
#include "scan/gs1codelists.h"
#include "scan/interpreter.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stockhand::scan;

class TestGs1Table : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interpret_data();
    void interpret();
    void conformance_data();
    void conformance();
    void dictionary();
    void digitalLinkOutOfOrderKeepsPrefix();
};

namespace {

struct TsvRow
{
    int line = 0; // in the file, for the row's name and messages
    QStringList cols;
};

// The rows of a tab-separated test table in tests/scan/data, without blank and # comment lines.
QList<TsvRow> readTsv(const char *name)
{
    QFile file(QStringLiteral(SCAN_TEST_DIR "/data/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QList<TsvRow> rows;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(file.readLine()).chopped(1);
        if (!text.isEmpty() && !text.startsWith(u'#'))
            rows.append({line, text.split(u'\t')});
    }
    return rows;
}

} // namespace

void TestGs1Table::interpret_data()
{
    QTest::addColumn<QString>("scan");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("summary");
    int rows = 0;
    for (const auto &[line, cols] : readTsv("gs1_examples.tsv")) {
        QVERIFY2(cols.size() == 3 || cols.size() == 4, qPrintable(u"line %1: %2 columns"_s.arg(line).arg(cols.size())));
        QTest::addRow("%d: %s", line, qPrintable(cols[0])) << cols[0] << cols[1] << cols[2] << cols.value(3);
        ++rows;
    }
    QVERIFY(rows >= 80);
}

void TestGs1Table::interpret()
{
    QFETCH(QString, scan);
    QFETCH(QString, result);
    QFETCH(QString, detail);
    QFETCH(QString, summary);
    const Interpretation in = stockhand::scan::interpret(withControlCharacters(scan), {QDate(2026, 11, 26)});
    if (result == u"error") {
        QVERIFY2(in.error, qPrintable(u"no error; got "_s + in.summary()));
        QCOMPARE(in.error->code + u": "_s + in.error->message, detail);
        return;
    }
    QVERIFY2(in.ok(), qPrintable(in.error ? in.error->message : QString()));
    QCOMPARE(QString::fromLatin1(nameOf(in.form)), result);
    if (result == u"gs1") {
        QCOMPARE(in.gs1.toHri(), detail);
        // The element string we would encode parses back to the same elements.
        auto again = parseGs1ElementString(in.gs1.toElementString(), {QDate(2026, 11, 26)});
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->toHri(), detail);
    } else if (result == u"gtin") {
        QCOMPARE(in.gtins.join(u','), detail);
    } else {
        QCOMPARE(in.data, detail);
    }
    if (!summary.isEmpty())
        QCOMPARE(in.summary(), summary);
}

void TestGs1Table::conformance_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("scan");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("message");
    int rows = 0, valid = 0, invalid = 0;
    for (const auto &[line, cols] : readTsv("gs1_conformance.tsv")) {
        QVERIFY2(cols.size() == 5 || cols.size() == 6, qPrintable(u"line %1: %2 columns"_s.arg(line).arg(cols.size())));
        QVERIFY2(!cols[0].isEmpty(), qPrintable(u"line %1 cites no rule"_s.arg(line)));
        QVERIFY2(cols[1] == u"-" || cols[1] == u"noreq", qPrintable(u"line %1: options %2"_s.arg(line).arg(cols[1])));
        QTest::addRow("%d: %s", line, qPrintable(cols[0]))
            << cols[0] << cols[1] << cols[2] << cols[3] << cols[4] << cols.value(5);
        ++rows;
        (cols[3] == u"error" ? invalid : valid)++;
    }
    QVERIFY(rows >= 300);
    QVERIFY(valid >= 100);
    QVERIFY(invalid >= 100);
}

void TestGs1Table::conformance()
{
    QFETCH(QString, options);
    QFETCH(QString, scan);
    QFETCH(QString, result);
    QFETCH(QString, detail);
    QFETCH(QString, message);
    InterpretOptions o;
    o.today = QDate(2026, 11, 26);
    o.checkRequisites = options != u"noreq";
    const Interpretation in = stockhand::scan::interpret(withControlCharacters(scan), o);
    if (result == u"error") {
        QVERIFY2(in.error, qPrintable(u"no error; got "_s + in.summary()));
        QCOMPARE(in.error->code, detail);
        if (!message.isEmpty())
            QCOMPARE(in.error->message, message);
        return;
    }
    QVERIFY2(in.ok(), qPrintable(in.error ? in.error->toString() : QString()));
    QCOMPARE(QString::fromLatin1(nameOf(in.form)), result);
    if (result == u"text") {
        QCOMPARE(in.data, detail);
        return;
    }
    QCOMPARE(in.gs1.toHri(), detail);
    // Encoded as an element string and read back, the elements are the same.
    const Gs1Options g {o.today, o.checkRequisites};
    auto again = parseGs1ElementString(in.gs1.toElementString(), g);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QCOMPARE(again->toHri(), detail);
}

void TestGs1Table::dictionary()
{
    QCOMPARE(gs1DictionaryRelease(), u"2026-01-27"_s);
    QCOMPARE(gs1DictionaryProblems(), QStringList());
    QVERIFY(allAis().size() > 500);
    // AIs the hand-typed table missed (issue 17), now from the dictionary.
    for (const char *ai : {"423", "425", "7040", "7041", "7230", "7239", "8014", "8030", "8040", "8041", "8042", "8043",
             "716", "717", "4330", "7250", "7259"})
        QVERIFY2(findAi(QString::fromLatin1(ai)), ai);
    const AiDefinition *gtin = findAi(u"01");
    QVERIFY(gtin->predefinedLength && gtin->dlPrimaryKey && gtin->dlDataAttribute);
    QCOMPARE(gtin->dlQualifiers, (QList<QStringList> {{u"22"_s, u"10"_s, u"21"_s}, {u"235"_s}}));
    QCOMPARE(gtin->excludes, (QStringList {u"255"_s, u"37"_s}));
    const AiDefinition *count = findAi(u"37");
    QCOMPARE(count->requisites.size(), 2);
    QCOMPARE(findAi(u"3103")->decimals, 3);
    QCOMPARE(findAi(u"3925")->decimals, 5);
    QCOMPARE(findAi(u"8001")->componentCount, 5);
    QCOMPARE(findAi(u"10")->predefinedLength, false);
    QCOMPARE(aiLength(u"7003"), 4);
    QCOMPARE(aiLength(u"710"), 3);
    QCOMPARE(aiLength(u"05"), 0);
    QVERIFY(!findAi(u"3106"));
    QVERIFY(aiMatches(u"31nn", u"3125") && aiMatches(u"310n", u"3105") && !aiMatches(u"310n", u"3115"));
    QCOMPARE(codeListSize(CodeList::Iso3166), 249);
    QCOMPARE(codeListSize(CodeList::Iso3166Alpha2), 249);
    QVERIFY(codeListSize(CodeList::Iso4217) > 170);
    QVERIFY(codeListSize(CodeList::PackageType) > 300);
    QCOMPARE(codeListSize(CodeList::MediaType), 30);
    QVERIFY(inCodeList(CodeList::Iso4217, u"978") && !inCodeList(CodeList::Iso4217, u"191"));
}

// The key found from the end: the same key AI earlier in the path is part of the path prefix.
void TestGs1Table::digitalLinkOutOfOrderKeepsPrefix()
{
    auto dl = parseGs1DigitalLink(u"https://a/00/106141412345678908/00/106141412345678908"_s, {QDate(2026, 11, 26)});
    QVERIFY2(dl, qPrintable(dl ? QString() : dl.error().message));
    QCOMPARE(dl->toHri(), u"(00)106141412345678908"_s);
}

QTEST_GUILESS_MAIN(TestGs1Table)
#include "tst_gs1table.moc"
