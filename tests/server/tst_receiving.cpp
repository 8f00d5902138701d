// Receiving rules through the real server core in-process (docs/operations.md): attach_barcode,
// report_discrepancy, receive with a discrepancy reason and the quarantine rule, label_package, the putaway
// a validated receipt leaves, and the SSCC ranges the server reserves per device.
#include "serverfixture.h"

#include "domain/sscc.h"

#include <QSet>
#include <QTest>

using namespace stockhand;
using namespace stockhand::server;
using namespace stockhand::server::test;

namespace {

QJsonObject result(const QJsonObject &answer, int i = 0)
{
    return answer.value(QStringLiteral("results")).toArray().at(i).toObject();
}
QString status(const QJsonObject &answer, int i = 0)
{
    return result(answer, i).value(QStringLiteral("status")).toString();
}
QString code(const QJsonObject &answer, int i = 0)
{
    return result(answer, i).value(QStringLiteral("code")).toString();
}
QStringList exceptionKinds(const QJsonObject &answer, int i = 0)
{
    QStringList kinds;
    for (const QJsonValue &e :
        result(answer, i).value(QStringLiteral("result")).toObject().value(QStringLiteral("exceptions")).toArray())
        kinds.append(e.toObject().value(QStringLiteral("kind")).toString());
    return kinds;
}
QString dump(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TestReceiving : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_f;
    qint64 m_dock = 0, m_quarantine = 0;

    qint64 q(const QString &sql) { return m_f->queryInt(sql.toUtf8().constData()); }
    QString text(const QString &sql) { return m_f->queryText(sql); }
    QJsonObject push(const QString &kind, qint64 user, const QJsonObject &payload, const QString &token = QString())
    {
        return m_f->push({ServerFixture::op(kind, user, payload)}, token);
    }
    QJsonObject receive(qint64 line, qint64 product, qint64 location, const QString &qty, const QString &reason = {},
        const QString &note = {})
    {
        QJsonObject p {{QStringLiteral("product_id"), product}, {QStringLiteral("location_id"), location},
            {QStringLiteral("qty"), qty}};
        if (line)
            p.insert(QStringLiteral("transfer_line_id"), line);
        if (!reason.isEmpty())
            p.insert(QStringLiteral("reason_code"), reason);
        if (!note.isEmpty())
            p.insert(QStringLiteral("note"), note);
        return push(QStringLiteral("receive"), m_f->world().receiver, p);
    }
    static CoreConfig ssccConfig()
    {
        CoreConfig c;
        c.sscc.companyPrefix = QStringLiteral("4012345");
        c.sscc.extensionDigit = 3;
        c.sscc.rangeSize = 100;
        c.sscc.refillBelow = 20;
        return c;
    }
    QJsonObject ssccRanges(const QString &token, qint64 remaining, const QList<qint64> &have = {})
    {
        QJsonArray ids;
        for (qint64 id : have)
            ids.append(id);
        Response r = m_f->request("POST", QStringLiteral("/v1/sscc-ranges"),
            QJsonDocument(QJsonObject {{QStringLiteral("remaining"), remaining}, {QStringLiteral("have"), ids}})
                .toJson(QJsonDocument::Compact),
            token);
        if (r.status != 200)
            return {{QStringLiteral("status"), r.status}, {QStringLiteral("body"), QString::fromUtf8(r.body)}};
        return QJsonDocument::fromJson(r.body).object();
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->setUp(300, ssccConfig()), qPrintable(m_f->lastError));
        m_dock = q(QStringLiteral("SELECT id FROM location WHERE warehouse_id = 1 AND type = 'receiving'"));
        m_quarantine = q(QStringLiteral("SELECT id FROM location WHERE warehouse_id = 1 AND quarantine = 1"));
        QVERIFY(m_dock > 0);
        QVERIFY(m_quarantine > 0);
    }

    // The demo has a quarantine location per warehouse and the receiving discrepancy reasons.
    void demoHasQuarantineAndReasons()
    {
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM location WHERE quarantine = 1 AND type = 'staging' "
                                  "AND barcode = 'WH' || warehouse_id || '-QUARANTINE'")),
            q(QStringLiteral("SELECT count(*) FROM warehouse")));
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM reason_code WHERE kind = 'discrepancy' AND code IN "
                                  "('OVER', 'UNDER', 'WRONG_ITEM', 'RCV_DAMAGED', 'EXPIRY_SHORT', 'QUALITY_HOLD')")),
            6);
        // The column reaches the devices: the feed's location rows carry it.
        Response r = m_f->request("GET", QStringLiteral("/v1/snapshot"), {}, m_f->token(),
            {{QStringLiteral("limit"), QStringLiteral("100000")}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("quarantine"));
        QVERIFY(r.body.contains("\"WH1-QUARANTINE\""));
    }

    void attachBarcodeRecordsOnceAndNeverOverwrites()
    {
        const World &w = m_f->world();
        const qint64 other = q(QStringLiteral("SELECT max(id) FROM product"));
        QVERIFY(other != w.product);
        const QString gtin13 = QStringLiteral("4098765432101"); // valid check digit
        const QJsonObject attach {{QStringLiteral("product_id"), w.product}, {QStringLiteral("code"), gtin13},
            {QStringLiteral("packaging"), QStringLiteral("case")}, {QStringLiteral("qty"), QStringLiteral("12")}};
        const QJsonObject a = push(QStringLiteral("attach_barcode"), w.receiver, attach);
        QVERIFY2(status(a) == QLatin1String("applied"), qPrintable(dump(a)));
        QVERIFY(exceptionKinds(a).isEmpty());
        // Stored in the 14-digit normal form the resolver looks up, with its packaging.
        QCOMPARE(q(QStringLiteral("SELECT product_id FROM product_barcode WHERE code = '0%1' AND packaging = 'case' "
                                  "AND qty = 12000")
                         .arg(gtin13)),
            w.product);
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'product_barcode' AND key = '0%1'")
                         .arg(gtin13)),
            1);
        // The same fact again (another device, another uuid): nothing new.
        const QJsonObject again = push(QStringLiteral("attach_barcode"), w.counter, attach);
        QCOMPARE(status(again), QStringLiteral("applied"));
        QVERIFY(exceptionKinds(again).isEmpty());
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM product_barcode WHERE code = '0%1'").arg(gtin13)), 1);
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM exception")), 0);
        // On another product: an exception, and the code stays where it was.
        QJsonObject conflict = attach;
        conflict.insert(QStringLiteral("product_id"), other);
        const QJsonObject c = push(QStringLiteral("attach_barcode"), w.receiver, conflict);
        QCOMPARE(status(c), QStringLiteral("applied"));
        QCOMPARE(exceptionKinds(c), QStringList {QStringLiteral("barcode_conflict")});
        QCOMPARE(q(QStringLiteral("SELECT product_id FROM product_barcode WHERE code = '0%1'").arg(gtin13)), w.product);
        QVERIFY(text(QStringLiteral("SELECT message FROM exception WHERE kind = 'barcode_conflict'")).contains(gtin13));
        // A demo product's own unit barcode attached to another product: the same conflict.
        const QString existing = text(QStringLiteral("SELECT code FROM product_barcode WHERE product_id = %1 "
                                                     "AND packaging = 'unit'")
                                          .arg(w.product));
        QVERIFY(!existing.isEmpty());
        const QJsonObject c2 = push(QStringLiteral("attach_barcode"), w.receiver,
            {{QStringLiteral("product_id"), other}, {QStringLiteral("code"), existing}});
        QCOMPARE(exceptionKinds(c2), QStringList {QStringLiteral("barcode_conflict")});
        // Any other code is kept as printed; an unknown product is refused.
        const QJsonObject text128 = push(QStringLiteral("attach_barcode"), w.receiver,
            {{QStringLiteral("product_id"), other}, {QStringLiteral("code"), QStringLiteral("SUP-4711")}});
        QCOMPARE(status(text128), QStringLiteral("applied"));
        QCOMPARE(q(QStringLiteral("SELECT product_id FROM product_barcode WHERE code = 'SUP-4711'")), other);
        const QJsonObject unknown = push(QStringLiteral("attach_barcode"), w.receiver,
            {{QStringLiteral("product_id"), 99999999}, {QStringLiteral("code"), QStringLiteral("X1")}});
        QCOMPARE(code(unknown), QStringLiteral("op.unknown-product"));
        // Pickers may not attach barcodes (kinds.cpp): the batch is refused.
        int http = 0;
        m_f->push({ServerFixture::op(QStringLiteral("attach_barcode"), w.picker,
                      {{QStringLiteral("product_id"), other}, {QStringLiteral("code"), QStringLiteral("SUP-1")}})},
            QString(), &http);
        QCOMPARE(http, 403);
    }

    void discrepancyRaisesAndMovesNothing()
    {
        const World &w = m_f->world();
        const qint64 moves = q(QStringLiteral("SELECT count(*) FROM stock_move"));
        const QJsonObject a = push(QStringLiteral("report_discrepancy"), w.receiver,
            {{QStringLiteral("transfer_line_id"), w.receiptLine}, {QStringLiteral("qty"), QStringLiteral("3")},
                {QStringLiteral("reason_code"), QStringLiteral("UNDER")},
                {QStringLiteral("note"), QStringLiteral("two cartons missing")}});
        QVERIFY2(status(a) == QLatin1String("applied"), qPrintable(dump(a)));
        QCOMPARE(exceptionKinds(a), QStringList {QStringLiteral("receipt_discrepancy")});
        const QString message
            = text(QStringLiteral("SELECT message FROM exception WHERE kind = 'receipt_discrepancy'"));
        QVERIFY2(message.contains(QLatin1String("UNDER")) && message.contains(QLatin1String("two cartons missing"))
                && message.contains(QLatin1String("3")),
            qPrintable(message));
        QCOMPARE(q(QStringLiteral("SELECT qty FROM exception WHERE kind = 'receipt_discrepancy'")), 3000);
        QCOMPARE(q(QStringLiteral("SELECT transfer_line_id FROM exception WHERE kind = 'receipt_discrepancy'")),
            w.receiptLine);
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM stock_move")), moves);
        QCOMPARE(q(QStringLiteral("SELECT qty_done FROM transfer_line WHERE id = %1").arg(w.receiptLine)), 0);
        // A reason of another kind, a pick line: rejected.
        const QJsonObject wrongReason = push(QStringLiteral("report_discrepancy"), w.receiver,
            {{QStringLiteral("transfer_line_id"), w.receiptLine}, {QStringLiteral("qty"), QStringLiteral("1")},
                {QStringLiteral("reason_code"), QStringLiteral("DAMAGED")}});
        QCOMPARE(code(wrongReason), QStringLiteral("op.unknown-reason"));
        const QJsonObject pickLine = push(QStringLiteral("report_discrepancy"), w.receiver,
            {{QStringLiteral("transfer_line_id"), w.pickLine}, {QStringLiteral("qty"), QStringLiteral("1")},
                {QStringLiteral("reason_code"), QStringLiteral("UNDER")}});
        QCOMPARE(code(pickLine), QStringLiteral("op.wrong-transfer-kind"));
    }

    void receiveWithReasonBooksAndRaises()
    {
        const World &w = m_f->world();
        // Over: booked at the dock, the move keeps its reason, a supervisor hears of it.
        const QJsonObject over = receive(w.receiptLine, w.receiptProduct, m_dock, QStringLiteral("2"),
            QStringLiteral("OVER"), QStringLiteral("extra pallet"));
        QVERIFY2(status(over) == QLatin1String("applied"), qPrintable(dump(over)));
        QVERIFY(exceptionKinds(over).contains(QStringLiteral("receipt_discrepancy")));
        QVERIFY(!exceptionKinds(over).contains(QStringLiteral("quarantine_bypassed")));
        QCOMPARE(
            q(QStringLiteral("SELECT count(*) FROM stock_move WHERE kind = 'receive' AND reason_code = 'OVER'")), 1);
        QVERIFY(text(QStringLiteral("SELECT message FROM exception WHERE kind = 'receipt_discrepancy'"))
                    .contains(QLatin1String("extra pallet")));
        QCOMPARE(m_f->quant(m_dock, w.receiptProduct), 2000);
        // Damaged, at the quarantine location: booked there, no bypass.
        const QJsonObject damaged = receive(
            w.receiptLine, w.receiptProduct, m_quarantine, QStringLiteral("1"), QStringLiteral("RCV_DAMAGED"));
        QCOMPARE(status(damaged), QStringLiteral("applied"));
        QCOMPARE(exceptionKinds(damaged), QStringList {QStringLiteral("receipt_discrepancy")});
        QCOMPARE(m_f->quant(m_quarantine, w.receiptProduct), 1000);
        // Held goods at the dock: still booked (a physical fact), plus quarantine_bypassed.
        const QJsonObject held
            = receive(w.receiptLine, w.receiptProduct, m_dock, QStringLiteral("1"), QStringLiteral("QUALITY_HOLD"));
        QCOMPARE(status(held), QStringLiteral("applied"));
        QVERIFY(exceptionKinds(held).contains(QStringLiteral("quarantine_bypassed")));
        QCOMPARE(m_f->quant(m_dock, w.receiptProduct), 3000);
        QCOMPARE(q(QStringLiteral("SELECT qty_done FROM transfer_line WHERE id = %1").arg(w.receiptLine)), 4000);
        // A reason that is not of kind discrepancy: rejected, nothing booked.
        const QJsonObject wrong
            = receive(w.receiptLine, w.receiptProduct, m_dock, QStringLiteral("1"), QStringLiteral("BIN_FULL"));
        QCOMPARE(code(wrong), QStringLiteral("op.unknown-reason"));
        QCOMPARE(m_f->quant(m_dock, w.receiptProduct), 3000);
    }

    void labelPackageRecordsAndRaises()
    {
        const World &w = m_f->world();
        const QJsonObject ranges = ssccRanges(m_f->token(), 0);
        const QJsonArray list = ranges.value(QStringLiteral("ranges")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject range = list.first().toObject();
        auto inside = composeSscc(3, QStringLiteral("4012345"), range.value(QStringLiteral("first")).toInteger() + 5);
        QVERIFY(inside.ok());
        const QJsonObject a = push(QStringLiteral("label_package"), w.receiver,
            {{QStringLiteral("sscc"), *inside}, {QStringLiteral("location_id"), m_dock}});
        QVERIFY2(status(a) == QLatin1String("applied"), qPrintable(dump(a)));
        QVERIFY(exceptionKinds(a).isEmpty());
        const qint64 package
            = result(a).value(QStringLiteral("result")).toObject().value(QStringLiteral("package_id")).toInteger();
        QCOMPARE(q(QStringLiteral("SELECT location_id FROM package WHERE id = %1 AND name = '%2'")
                         .arg(package)
                         .arg(*inside)),
            m_dock);
        // The same SSCC on a second pallet: the first package stays.
        const QJsonObject dup = push(QStringLiteral("label_package"), w.receiver,
            {{QStringLiteral("sscc"), *inside}, {QStringLiteral("location_id"), w.binA}});
        QCOMPARE(exceptionKinds(dup), QStringList {QStringLiteral("sscc_duplicate")});
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM package WHERE name = '%1'").arg(*inside)), 1);
        QCOMPARE(q(QStringLiteral("SELECT location_id FROM package WHERE name = '%1'").arg(*inside)), m_dock);
        // Outside every range of this device: recorded, and raised.
        auto outside = composeSscc(3, QStringLiteral("4012345"), range.value(QStringLiteral("last")).toInteger() + 1);
        const QJsonObject out = push(QStringLiteral("label_package"), w.receiver,
            {{QStringLiteral("sscc"), *outside}, {QStringLiteral("location_id"), m_dock}});
        QCOMPARE(exceptionKinds(out), QStringList {QStringLiteral("sscc_outside_range")});
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM package WHERE name = '%1'").arg(*outside)), 1);
        // Another extension digit with the same serial is another SSCC, outside the range too.
        auto otherExtension
            = composeSscc(4, QStringLiteral("4012345"), range.value(QStringLiteral("first")).toInteger());
        QCOMPARE(exceptionKinds(push(QStringLiteral("label_package"), w.receiver,
                     {{QStringLiteral("sscc"), *otherExtension}, {QStringLiteral("location_id"), m_dock}})),
            QStringList {QStringLiteral("sscc_outside_range")});
        // A bad check digit never reaches the books.
        QString bad = *inside;
        bad[17] = QChar(u'0' + (bad[17].unicode() - u'0' + 1) % 10);
        QCOMPARE(code(push(QStringLiteral("label_package"), w.receiver,
                     {{QStringLiteral("sscc"), bad}, {QStringLiteral("location_id"), m_dock}})),
            QStringLiteral("op.invalid-sscc"));
    }

    // A validated receipt leaves putaway work for what is still at the dock; the handheld's putaway (a move
    // from the dock naming no line) works it.
    void validatedReceiptMakesPutaway()
    {
        const World &w = m_f->world();
        const qint64 receipt
            = q(QStringLiteral("SELECT transfer_id FROM transfer_line WHERE id = %1").arg(w.receiptLine));
        const QString reference = text(QStringLiteral("SELECT reference FROM transfer WHERE id = %1").arg(receipt));
        QCOMPARE(
            status(receive(w.receiptLine, w.receiptProduct, m_dock, QStringLiteral("5"))), QStringLiteral("applied"));
        QCOMPARE(status(receive(w.receiptLine, w.receiptProduct, m_quarantine, QStringLiteral("2"),
                     QStringLiteral("RCV_DAMAGED"))),
            QStringLiteral("applied"));
        // One of the five already went away before the receipt was validated.
        QCOMPARE(status(push(QStringLiteral("move"), w.receiver,
                     {{QStringLiteral("product_id"), w.receiptProduct}, {QStringLiteral("from_location_id"), m_dock},
                         {QStringLiteral("to_location_id"), w.binB}, {QStringLiteral("qty"), QStringLiteral("1")}})),
            QStringLiteral("applied"));
        const QJsonObject v = push(QStringLiteral("validate_transfer"), w.receiver,
            {{QStringLiteral("transfer_id"), receipt}, {QStringLiteral("mode"), QStringLiteral("close_short")}});
        QVERIFY2(status(v) == QLatin1String("applied"), qPrintable(dump(v)));
        const qint64 putaway
            = result(v).value(QStringLiteral("result")).toObject().value(QStringLiteral("putaway_id")).toInteger();
        QVERIFY(putaway > 0);
        QCOMPARE(text(QStringLiteral("SELECT reference || ' ' || kind || ' ' || state || ' ' || origin FROM transfer "
                                     "WHERE id = %1")
                          .arg(putaway)),
            reference + QStringLiteral("-PUT putaway open ") + reference);
        // One line: the 4 still at the dock (the quarantined 2 stay in quarantine).
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM transfer_line WHERE transfer_id = %1").arg(putaway)), 1);
        QCOMPARE(q(QStringLiteral("SELECT qty_expected FROM transfer_line WHERE transfer_id = %1").arg(putaway)), 4000);
        QCOMPARE(q(QStringLiteral("SELECT from_location_id FROM transfer_line WHERE transfer_id = %1").arg(putaway)),
            m_dock);
        QCOMPARE(q(QStringLiteral("SELECT product_id FROM transfer_line WHERE transfer_id = %1").arg(putaway)),
            w.receiptProduct);
        // To the product's home location, else a bin of the warehouse without stock.
        const qint64 to
            = q(QStringLiteral("SELECT to_location_id FROM transfer_line WHERE transfer_id = %1").arg(putaway));
        const qint64 home
            = q(QStringLiteral("SELECT ifnull(home_location_id, 0) FROM product WHERE id = %1").arg(w.receiptProduct));
        if (home > 0) {
            QCOMPARE(to, home);
        } else {
            QCOMPARE(
                q(QStringLiteral("SELECT count(*) FROM location WHERE id = %1 AND warehouse_id = 1 AND type = 'bin' "
                                 "AND quarantine = 0")
                        .arg(to)),
                1);
            QCOMPARE(q(QStringLiteral("SELECT count(*) FROM quant WHERE location_id = %1 AND qty > 0").arg(to)), 0);
        }
        // It reaches the devices of the warehouse through the feed.
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'transfer' AND CAST(key AS TEXT) = '%1' "
                                  "AND warehouse_id = 1")
                         .arg(putaway)),
            1);
        // The handheld puts 4 away from the dock without naming the line: the line is done.
        const QJsonObject m = push(QStringLiteral("move"), w.receiver,
            {{QStringLiteral("product_id"), w.receiptProduct}, {QStringLiteral("from_location_id"), m_dock},
                {QStringLiteral("to_location_id"), to}, {QStringLiteral("qty"), QStringLiteral("4")}});
        QCOMPARE(status(m), QStringLiteral("applied"));
        QCOMPARE(q(QStringLiteral("SELECT qty_done FROM transfer_line WHERE transfer_id = %1").arg(putaway)), 4000);
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM stock_move WHERE kind = 'move' AND transfer_line_id = "
                                  "(SELECT id FROM transfer_line WHERE transfer_id = %1)")
                         .arg(putaway)),
            1);
        QCOMPARE(text(QStringLiteral("SELECT state FROM transfer WHERE id = %1").arg(putaway)),
            QStringLiteral("in_progress"));
    }

    // Two products received into the dock: never the same free bin.
    void putawayLinesGetDistinctFreeBins()
    {
        const World &w = m_f->world();
        const qint64 receipt
            = q(QStringLiteral("SELECT transfer_id FROM transfer_line WHERE id = %1").arg(w.receiptLine));
        // Products without a home location nor stock in warehouse 1: each needs a free bin.
        QVERIFY(m_f->exec(QStringLiteral("UPDATE product SET home_location_id = NULL")));
        const qint64 p1 = q(QStringLiteral("SELECT min(id) FROM product WHERE tracking = 'none' AND id NOT IN "
                                           "(SELECT product_id FROM quant q JOIN location l ON l.id = q.location_id "
                                           "WHERE l.warehouse_id = 1)"));
        const qint64 p2
            = q(QStringLiteral("SELECT min(id) FROM product WHERE tracking = 'none' AND id > %1 AND id NOT IN "
                               "(SELECT product_id FROM quant q JOIN location l ON l.id = q.location_id "
                               "WHERE l.warehouse_id = 1)")
                    .arg(p1));
        QVERIFY(p1 > 0 && p2 > 0);
        // Unexpected goods on the receipt's line (another product): booked without the line, not put away here.
        QCOMPARE(
            status(receive(w.receiptLine, w.receiptProduct, m_dock, QStringLiteral("1"))), QStringLiteral("applied"));
        QVERIFY(m_f->exec(QStringLiteral("INSERT INTO transfer_line(transfer_id, seq, product_id, "
                                         "to_location_id, qty_expected) VALUES (%1, 90, %2, %4, 5000), "
                                         "(%1, 91, %3, %4, 5000)")
                              .arg(receipt)
                              .arg(p1)
                              .arg(p2)
                              .arg(m_dock)));
        const qint64 l1
            = q(QStringLiteral("SELECT id FROM transfer_line WHERE transfer_id = %1 AND seq = 90").arg(receipt));
        const qint64 l2
            = q(QStringLiteral("SELECT id FROM transfer_line WHERE transfer_id = %1 AND seq = 91").arg(receipt));
        QCOMPARE(status(receive(l1, p1, m_dock, QStringLiteral("5"))), QStringLiteral("applied"));
        QCOMPARE(status(receive(l2, p2, m_dock, QStringLiteral("5"))), QStringLiteral("applied"));
        const QJsonObject v = push(QStringLiteral("validate_transfer"), w.receiver,
            {{QStringLiteral("transfer_id"), receipt}, {QStringLiteral("mode"), QStringLiteral("close_short")}});
        const qint64 putaway
            = result(v).value(QStringLiteral("result")).toObject().value(QStringLiteral("putaway_id")).toInteger();
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM transfer_line WHERE transfer_id = %1").arg(putaway)), 3);
        const qint64 b1
            = q(QStringLiteral("SELECT to_location_id FROM transfer_line WHERE transfer_id = %1 AND product_id = %2")
                    .arg(putaway)
                    .arg(p1));
        const qint64 b2
            = q(QStringLiteral("SELECT to_location_id FROM transfer_line WHERE transfer_id = %1 AND product_id = %2")
                    .arg(putaway)
                    .arg(p2));
        QVERIFY(b1 > 0 && b2 > 0);
        QVERIFY(b1 != b2);
    }

    void ssccRangesNeverOverlapAndAreNeverReissued()
    {
        const QString second = m_f->enrolDevice(1, QStringLiteral("handheld-2"));
        QVERIFY(!second.isEmpty());
        // Plenty left: nothing new.
        QCOMPARE(ssccRanges(m_f->token(), 500).value(QStringLiteral("ranges")).toArray().size(), 0);
        const QJsonObject a = ssccRanges(m_f->token(), 0);
        QCOMPARE(a.value(QStringLiteral("configured")).toBool(), true);
        QCOMPARE(a.value(QStringLiteral("refill_below")).toInteger(), 20);
        const QJsonObject ra = a.value(QStringLiteral("ranges")).toArray().first().toObject();
        QCOMPARE(ra.value(QStringLiteral("company_prefix")).toString(), QStringLiteral("4012345"));
        QCOMPARE(ra.value(QStringLiteral("extension")).toInt(), 3);
        QCOMPARE(ra.value(QStringLiteral("last")).toInteger() - ra.value(QStringLiteral("first")).toInteger() + 1, 100);
        // The answer was lost: the device asks again without it and gets the same range, not a new one.
        const QJsonObject lost = ssccRanges(m_f->token(), 0);
        QCOMPARE(lost.value(QStringLiteral("ranges")).toArray().size(), 1);
        QCOMPARE(lost.value(QStringLiteral("ranges")).toArray().first().toObject(), ra);
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM sscc_range")), 1);
        // It holds it and has enough: nothing.
        QCOMPARE(ssccRanges(m_f->token(), 100, {ra.value(QStringLiteral("id")).toInteger()})
                     .value(QStringLiteral("ranges"))
                     .toArray()
                     .size(),
            0);
        const QJsonObject rb = ssccRanges(second, 0).value(QStringLiteral("ranges")).toArray().first().toObject();
        QVERIFY(rb.value(QStringLiteral("first")).toInteger() > ra.value(QStringLiteral("last")).toInteger());
        // Running low: a refill, after everything ever reserved.
        const QJsonObject refill = ssccRanges(m_f->token(), 19, {ra.value(QStringLiteral("id")).toInteger()});
        const QJsonObject ra2 = refill.value(QStringLiteral("ranges")).toArray().first().toObject();
        QVERIFY(ra2.value(QStringLiteral("first")).toInteger() > rb.value(QStringLiteral("last")).toInteger());
        // A revoked device's ranges stay reserved: a new device starts after them.
        QVERIFY(m_f->core()
                    .devices()
                    .revoke(text(QStringLiteral("SELECT device_id FROM sscc_range WHERE id = %1")
                                     .arg(rb.value(QStringLiteral("id")).toInteger())))
                    .ok());
        const QString third = m_f->enrolDevice(1, QStringLiteral("handheld-3"));
        const QJsonObject rc = ssccRanges(third, 0).value(QStringLiteral("ranges")).toArray().first().toObject();
        QVERIFY(rc.value(QStringLiteral("first")).toInteger() > ra2.value(QStringLiteral("last")).toInteger());
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM sscc_range a JOIN sscc_range b ON a.id < b.id "
                                  "AND a.company_prefix = b.company_prefix AND a.extension = b.extension "
                                  "AND a.first <= b.last AND b.first <= a.last")),
            0);
        // The revoked device cannot ask.
        QVERIFY(ssccRanges(second, 0).value(QStringLiteral("status")).toInt() == 401);
        // Bad requests.
        Response bad = m_f->request("POST", QStringLiteral("/v1/sscc-ranges"), "{\"have\": 1}", m_f->token());
        QCOMPARE(bad.status, 400);
    }

    void noPrefixNoRanges()
    {
        ServerFixture plain;
        QVERIFY2(plain.setUp(50), qPrintable(plain.lastError));
        Response r = plain.request(
            "POST", QStringLiteral("/v1/sscc-ranges"), "{\"remaining\": 0, \"have\": []}", plain.token());
        QCOMPARE(r.status, 200);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(o.value(QStringLiteral("configured")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("ranges")).toArray().size(), 0);
        QCOMPARE(plain.queryInt("SELECT count(*) FROM sscc_range"), 0);
    }
};

QTEST_GUILESS_MAIN(TestReceiving)
#include "tst_receiving.moc"
