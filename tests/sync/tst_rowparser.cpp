#include "rowparser.h"

#include <QTest>

using namespace stockhand::sync;

class TestRowParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesScalars()
    {
        RowParser p;
        QVERIFY(p.parse("[1,-20,\"SKU-1\",null,true,false,2.5,\"\"]"));
        const auto &v = p.values();
        QCOMPARE(v.size(), size_t(8));
        QCOMPARE(v[0].integer, 1);
        QCOMPARE(v[1].integer, -20);
        QCOMPARE(QString::fromUtf8(v[2].text.data(), qsizetype(v[2].text.size())), QStringLiteral("SKU-1"));
        QVERIFY(v[3].type == RowValue::Type::Null);
        QCOMPARE(v[4].integer, 1);
        QCOMPARE(v[5].integer, 0);
        QCOMPARE(v[6].real, 2.5);
        QVERIFY(v[7].type == RowValue::Type::Text && v[7].text.empty());
    }
    void decodesEscapes()
    {
        RowParser p;
        QVERIFY(p.parse("[\"a\\\"b\",\"\\u00fc\\n\",\"\\ud83d\\udce6\",\"short\",\"x\\\\y\"]"));
        auto s = [&](int i) {
            return QString::fromUtf8(p.values()[size_t(i)].text.data(), qsizetype(p.values()[size_t(i)].text.size()));
        };
        QCOMPARE(s(0), QStringLiteral("a\"b"));
        QCOMPARE(s(1), QStringLiteral("\u00fc\n"));
        QCOMPARE(s(2), QString::fromUtf8("\xF0\x9F\x93\xA6"));
        QCOMPARE(s(3), QStringLiteral("short"));
        QCOMPARE(s(4), QStringLiteral("x\\y"));
        QVERIFY(p.parse("[]"));
        QVERIFY(p.values().empty());
    }
    void rejectsMalformedRows_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("object") << QByteArray("{\"a\":1}");
        QTest::newRow("unterminated") << QByteArray("[1,\"abc");
        QTest::newRow("no close") << QByteArray("[1,2");
        QTest::newRow("trailing comma") << QByteArray("[1,]");
        QTest::newRow("trailing junk") << QByteArray("[1] x");
        QTest::newRow("nested") << QByteArray("[[1]]");
        QTest::newRow("bad escape") << QByteArray("[\"\\q\"]");
        QTest::newRow("lone surrogate") << QByteArray("[\"\\ud83d\"]");
        QTest::newRow("control char") << QByteArray("[\"a\x01\"]");
        QTest::newRow("bad number") << QByteArray("[1.2.3]");
        QTest::newRow("bare word") << QByteArray("[nul]");
        QTest::newRow("overflow") << QByteArray("[99999999999999999999999]");
    }
    void rejectsMalformedRows()
    {
        QFETCH(QByteArray, line);
        RowParser p;
        QVERIFY(!p.parse(std::string_view(line.constData(), size_t(line.size()))));
        QVERIFY(!p.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRowParser)
#include "tst_rowparser.moc"
