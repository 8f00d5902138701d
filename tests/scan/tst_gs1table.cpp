// The GS1 interpretation table (data/gs1_examples.tsv): every scan with its exact result or error.
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
};

void TestGs1Table::interpret_data()
{
    QTest::addColumn<QString>("scan");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("summary");
    QFile file(QStringLiteral(SCAN_TEST_DIR "/data/gs1_examples.tsv"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    int line = 0, rows = 0;
    while (!file.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(file.readLine()).chopped(1);
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        const QStringList cols = text.split(u'\t');
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

QTEST_GUILESS_MAIN(TestGs1Table)
#include "tst_gs1table.moc"
