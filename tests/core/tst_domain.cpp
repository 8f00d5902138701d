#include "auth/pinhash.h"
#include "domain/quantity.h"
#include "domain/reasonlabels.h"
#include "domain/sscc.h"
#include "domain/uuid7.h"
#include "ops/ops.h"
#include "scan/gtin.h"

#include <QSet>
#include <QTest>

using namespace stockhand;

class TestDomain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseQuantity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("milli");
        QTest::addColumn<bool>("valid");
        QTest::newRow("int") << QStringLiteral("12") << qint64(12000) << true;
        QTest::newRow("frac") << QStringLiteral("12.5") << qint64(12500) << true;
        QTest::newRow("three") << QStringLiteral("0.125") << qint64(125) << true;
        QTest::newRow("neg") << QStringLiteral("-3") << qint64(-3000) << true;
        QTest::newRow("space") << QStringLiteral(" 4 ") << qint64(4000) << true;
        QTest::newRow("four decimals") << QStringLiteral("1.2345") << qint64(0) << false;
        QTest::newRow("junk") << QStringLiteral("1a") << qint64(0) << false;
        QTest::newRow("empty") << QString() << qint64(0) << false;
        QTest::newRow("dot") << QStringLiteral(".") << qint64(0) << false;
        QTest::newRow("two dots") << QStringLiteral("1.2.3") << qint64(0) << false;
        QTest::newRow("overflow") << QStringLiteral("99999999999999999999") << qint64(0) << false;
        QTest::newRow("arabic digits") << QStringLiteral("\u0661") << qint64(0) << false;
    }
    void parseQuantity()
    {
        QFETCH(QString, text);
        QFETCH(qint64, milli);
        QFETCH(bool, valid);
        const auto q = stockhand::parseQuantity(text);
        QCOMPARE(q.has_value(), valid);
        if (valid)
            QCOMPARE(*q, milli);
    }
    void formatQuantity()
    {
        QCOMPARE(stockhand::formatQuantity(12000), QStringLiteral("12"));
        QCOMPARE(stockhand::formatQuantity(12500), QStringLiteral("12.5"));
        QCOMPARE(stockhand::formatQuantity(-125), QStringLiteral("-0.125"));
        QCOMPARE(stockhand::formatQuantity(0), QStringLiteral("0"));
    }

    // RFC 7914 section 11 test vectors for PBKDF2-HMAC-SHA256.
    void pbkdf2Vectors()
    {
        QCOMPARE(auth::pbkdf2Sha256("passwd", "salt", 1, 64).toHex(),
            QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                       "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
        QCOMPARE(auth::pbkdf2Sha256("Password", "NaCl", 80000, 64).toHex(),
            QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                       "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"));
    }
    void pinVerify()
    {
        const auto h = auth::hashPin(QStringLiteral("4711"), 1000);
        QVERIFY(auth::verifyPin(QStringLiteral("4711"), h));
        QVERIFY(!auth::verifyPin(QStringLiteral("4712"), h));
        QVERIFY(!auth::verifyPin(QString(), h));
        QCOMPARE(h.salt.size(), 16);
        QVERIFY(auth::hashPin(QStringLiteral("4711"), 1000).salt != h.salt);
    }

    // Operation ids: RFC 9562 version 7, the time in the first 48 bits, text order = time order, and
    // unique within one millisecond.
    void timeOrderedUuids()
    {
        const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-11-26T09:00:00.000Z"), Qt::ISODateWithMs);
        const QUuid a = timeOrderedUuid(t0);
        const QByteArray bytes = a.toRfc4122();
        QCOMPARE(quint8(bytes.at(6)) >> 4, 7); // the version (Qt 6.4's QUuid::version() knows 1-5 only)
        QCOMPARE(a.variant(), QUuid::DCE);
        quint64 ms = 0;
        for (int i = 0; i < 6; ++i)
            ms = (ms << 8) | quint8(bytes.at(i));
        QCOMPARE(qint64(ms), t0.toMSecsSinceEpoch());
        QSet<QUuid> seen;
        QString previous;
        for (int i = 0; i < 10000; ++i) {
            const QUuid u = timeOrderedUuid(t0.addMSecs(i / 10));
            QVERIFY(!seen.contains(u));
            seen.insert(u);
            const QString text = u.toString(QUuid::WithoutBraces);
            if (i % 10 == 0) { // a later millisecond sorts after every id of the earlier ones
                QVERIFY2(previous < text, qPrintable(previous + QStringLiteral(" !< ") + text));
            }
            if (i % 10 == 9)
                previous = text;
        }
    }

    void gtinCheckDigits()
    {
        QVERIFY(scan::hasValidCheckDigit(u"4006381333931")); // EAN-13
        QVERIFY(!scan::hasValidCheckDigit(u"4006381333932"));
        QVERIFY(scan::hasValidCheckDigit(u"036000291452")); // UPC-A
        QVERIFY(scan::hasValidCheckDigit(u"96385074")); // EAN-8
        QVERIFY(scan::hasValidCheckDigit(u"10614141000415")); // GTIN-14
        QVERIFY(scan::hasValidCheckDigit(u"106141411234567897")); // SSCC-18
        QCOMPARE(scan::withCheckDigit(u"400638133393"), QStringLiteral("4006381333931"));
        QCOMPARE(*scan::normalizeGtin(u"036000291452"), QStringLiteral("00036000291452"));
        QVERIFY(!scan::normalizeGtin(u"12345").has_value());
        QVERIFY(!scan::normalizeGtin(u"40063813339x1").has_value());
    }

    // GS1 General Specifications 2.2.1: extension 1, company prefix 0614141, serial reference 123456789
    // -> 1 0614141 123456789 7.
    void ssccComposition()
    {
        QCOMPARE(composeSscc(1, u"0614141", 123456789).value(), QStringLiteral("106141411234567897"));
        QCOMPARE(ssccSerialDigits(u"0614141"), 9);
        QCOMPARE(ssccMaxSerial(u"0614141"), 999999999);
        QCOMPARE(composeSscc(0, u"061414112345", 7).value(), QStringLiteral("006141411234500071"));
        QVERIFY(isValidSscc(composeSscc(9, u"4000001", 0).value()));
        QCOMPARE(composeSscc(1, u"0614141", 1000000000).error().code, QStringLiteral("sscc.out-of-range"));
        QCOMPARE(composeSscc(1, u"061414", 1).error().code, QStringLiteral("sscc.bad-prefix"));
        QCOMPARE(composeSscc(10, u"0614141", 1).error().code, QStringLiteral("sscc.bad-extension"));
        QVERIFY(!isValidSscc(u"106141411234567898"));
        QVERIFY(!isValidSscc(u"10614141123456789"));
    }

    // A reason's labels per language: the column's JSON both ways, the base language's entry for a regional
    // locale, English when a language has none; damaged text never fails (the English label is shown).
    void reasonLabels()
    {
        const QMap<QString, QString> de {{QStringLiteral("de"), QStringLiteral("Beschädigt")}};
        QCOMPARE(reasonLabelsJson(de), QStringLiteral("{\"de\":\"Beschädigt\"}"));
        QCOMPARE(reasonLabelsJson({}), QStringLiteral("{}"));
        QCOMPARE(parseReasonLabels(reasonLabelsJson(de)), de);
        QCOMPARE(reasonLabelFor(u"Damaged"_qs, de, u"de"_qs), QStringLiteral("Beschädigt"));
        QCOMPARE(reasonLabelFor(u"Damaged"_qs, de, u"de_AT"_qs), QStringLiteral("Beschädigt"));
        QCOMPARE(reasonLabelFor(u"Damaged"_qs, de, u"en"_qs), QStringLiteral("Damaged"));
        QCOMPARE(reasonLabelFor(u"Damaged"_qs, de, u"fr_FR"_qs), QStringLiteral("Damaged"));
        QVERIFY(parseReasonLabels(u"[1,2]"_qs).isEmpty());
        QVERIFY(parseReasonLabels(u"{\"de\": 5}"_qs).isEmpty());
        QVERIFY(parseReasonLabels(u"not json"_qs).isEmpty());
    }

    // The receiving kinds' payloads: what one end writes, the other parses to the same struct; bad input
    // is refused with the code the server answers.
    void receivingPayloads()
    {
        ops::AttachBarcode a;
        a.productId = 7;
        a.code = QStringLiteral("04006381333931");
        a.packaging = QStringLiteral("case");
        a.qty = units(12);
        QCOMPARE(ops::AttachBarcode::parse(a.toJson()).value(), a);
        QJsonObject bad = a.toJson();
        bad.insert(QStringLiteral("packaging"), QStringLiteral("crate"));
        QCOMPARE(ops::AttachBarcode::parse(bad).error().code, QStringLiteral("op.wrong-type"));
        bad = a.toJson();
        bad.remove(QStringLiteral("code"));
        QCOMPARE(ops::AttachBarcode::parse(bad).error().code, QStringLiteral("op.missing-field"));

        const ops::ReportDiscrepancy d {12, units(3), QStringLiteral("UNDER"), QStringLiteral("2 cartons missing")};
        QCOMPARE(ops::ReportDiscrepancy::parse(d.toJson()).value(), d);
        bad = d.toJson();
        bad.insert(QStringLiteral("qty"), QStringLiteral("0"));
        QCOMPARE(ops::ReportDiscrepancy::parse(bad).error().code, QStringLiteral("op.invalid-quantity"));

        const ops::LabelPackage l {QStringLiteral("106141411234567897"), 5, 9};
        QCOMPARE(ops::LabelPackage::parse(l.toJson()).value(), l);
        bad = l.toJson();
        bad.insert(QStringLiteral("sscc"), QStringLiteral("106141411234567898"));
        QCOMPARE(ops::LabelPackage::parse(bad).error().code, QStringLiteral("op.invalid-sscc"));

        ops::Receive r;
        r.transferLineId = 3;
        r.productId = 4;
        r.locationId = 5;
        r.qty = units(2);
        r.reasonCode = QString::fromLatin1(ops::kReasonDamaged);
        r.note = QStringLiteral("crushed corner");
        QCOMPARE(ops::Receive::parse(r.toJson()).value(), r);
        QVERIFY(ops::goesToQuarantine(r.reasonCode));
        QVERIFY(!ops::goesToQuarantine(QString::fromLatin1(ops::kReasonOver)));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
