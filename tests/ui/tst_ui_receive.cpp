// Receiving end to end: receipt by PO, items by unit barcode and GS1 (quantity, lot, expiry), lot and
// expiry prompted, unexpected items and over-receipts flagged, finish with a backorder.
#include "ops/kinds.h"
#include "uifixture.h"

using namespace stockhand;
using uitest::UiFixture;
using Step = ui::ReceiveFlow::Step;

namespace {

constexpr auto kReceiptLine = "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id JOIN product p "
                              "ON p.id = l.product_id WHERE t.kind = 'receipt' AND t.warehouse_id = 1 AND p.tracking = "
                              "'none' ORDER BY l.id LIMIT 1";
constexpr auto kLotProductNotOn
    = "SELECT p.id FROM product p WHERE p.tracking = 'lot' AND NOT EXISTS (SELECT 1 FROM "
      "transfer_line l WHERE l.transfer_id = ?1 AND l.product_id = p.id) ORDER BY p.id LIMIT 1";

} // namespace

class TestReceive : public QObject
{
    Q_OBJECT

    UiFixture *f = nullptr;
    qint64 lineId = 0, receipt = 0, product = 0, dock = 0;
    Milli expected = 0;

    void open()
    {
        QVERIFY(f->signIn(QStringLiteral("U104"))); // a receiver
        lineId = f->queryInt(QString::fromLatin1(kReceiptLine));
        QVERIFY(lineId > 0);
        receipt = f->queryInt(QStringLiteral("SELECT transfer_id FROM transfer_line WHERE id = ?1"), {lineId});
        product = f->queryInt(QStringLiteral("SELECT product_id FROM transfer_line WHERE id = ?1"), {lineId});
        expected = f->queryInt(QStringLiteral("SELECT qty_expected FROM transfer_line WHERE id = ?1"), {lineId});
        dock = f->queryInt(QStringLiteral("SELECT to_location_id FROM transfer_line WHERE id = ?1"), {lineId});
        f->app->setActiveFlow(QStringLiteral("receive"));
        // A pick reference is refused; the purchase order opens the receipt.
        f->app->scan(f->queryText(QStringLiteral("SELECT reference FROM transfer WHERE kind = 'pick' LIMIT 1")));
        QCOMPARE(f->app->receive()->step(), int(Step::Idle));
        f->app->scan(f->queryText(QStringLiteral("SELECT origin FROM transfer WHERE id = ?1"), {receipt}));
        QCOMPARE(f->app->receive()->transferId(), receipt);
        QCOMPARE(f->app->receive()->step(), int(Step::Item));
    }

private Q_SLOTS:
    void init() { f = new UiFixture; }
    void cleanup()
    {
        delete f;
        f = nullptr;
    }

    void expectedThenOverReceipt()
    {
        open();
        auto *rcv = f->app->receive();
        f->app->scan(f->unitBarcode(product));
        QCOMPARE(rcv->step(), int(Step::Quantity));
        QVERIFY(!rcv->unexpected());
        f->app->scan(f->unitBarcode(product)); // the same item again: one more
        QCOMPARE(rcv->quantity(), QStringLiteral("2"));
        rcv->setQuantity(formatQuantity(expected));
        const Milli dockBefore = f->onHand(dock, product);
        QVERIFY(rcv->confirmQuantity());
        QCOMPARE(f->ops().size(), 1);
        QCOMPARE(f->ops()[0].kind, ops::kindName(ops::Kind::Receive));
        QCOMPARE(f->ops()[0].payload,
            (QJsonObject {{QStringLiteral("product_id"), product}, {QStringLiteral("location_id"), dock},
                {QStringLiteral("qty"), formatQuantity(expected)}, {QStringLiteral("transfer_line_id"), lineId}}));
        QCOMPARE(f->lineDone(lineId), expected);
        QCOMPARE(f->onHand(dock, product), dockBefore + expected);
        QCOMPARE(rcv->step(), int(Step::Item));

        // The line is complete: more of it is an over-receipt, flagged and still recorded.
        f->app->scan(f->unitBarcode(product));
        QVERIFY(rcv->overReceipt());
        QCOMPARE(rcv->messageLevel(), ui::Feedback::Warning);
        QVERIFY(rcv->confirmQuantity());
        QCOMPARE(f->ops().size(), 2);
        QCOMPARE(f->ops()[1].payload.value(QStringLiteral("transfer_line_id")).toInteger(), lineId);
        QCOMPARE(f->lineDone(lineId), expected + units(1));
        QCOMPARE(f->app->feedback()->soundsPlayed(ui::Feedback::Warning), 2);
    }

    void unexpectedItemWithGs1LotExpiryQuantity()
    {
        open();
        auto *rcv = f->app->receive();
        const qint64 lotProduct = f->queryInt(QString::fromLatin1(kLotProductNotOn), {receipt});
        QVERIFY(lotProduct > 0);
        const QString gtin = f->queryText(
            QStringLiteral("SELECT code FROM product_barcode WHERE product_id = ?1 AND packaging = 'unit'"),
            {lotProduct});
        f->app->scan(QStringLiteral("(01)") + gtin + QStringLiteral("(17)270331(10)NEWLOT7(30)5"));
        QCOMPARE(rcv->step(), int(Step::Quantity));
        QVERIFY(rcv->unexpected());
        QCOMPARE(rcv->quantity(), QStringLiteral("5"));
        QCOMPARE(rcv->lot(), QStringLiteral("NEWLOT7"));
        QCOMPARE(rcv->expiry(), QStringLiteral("2027-03-31"));
        QVERIFY(rcv->confirmQuantity());
        QCOMPARE(f->ops().last().payload,
            (QJsonObject {{QStringLiteral("product_id"), lotProduct}, {QStringLiteral("location_id"), dock},
                {QStringLiteral("qty"), QStringLiteral("5")}, {QStringLiteral("lot"), QStringLiteral("NEWLOT7")},
                {QStringLiteral("expiry"), QStringLiteral("2027-03-31")}}));
        QCOMPARE(f->onHand(dock, lotProduct), units(5));
    }

    void lotAndExpiryPrompted()
    {
        open();
        auto *rcv = f->app->receive();
        const qint64 lotProduct = f->queryInt(QString::fromLatin1(kLotProductNotOn), {receipt});
        f->app->scan(f->unitBarcode(lotProduct));
        QVERIFY(rcv->confirmQuantity());
        QCOMPARE(rcv->step(), int(Step::Lot));
        f->app->scan(f->locationBarcode(dock)); // not a lot
        QCOMPARE(rcv->step(), int(Step::Lot));
        QCOMPARE(rcv->messageLevel(), ui::Feedback::Error);
        QVERIFY(rcv->enterLot(QStringLiteral("L-NEW-1")));
        QCOMPARE(rcv->step(), int(Step::Expiry));
        QVERIFY(!rcv->enterExpiry(QStringLiteral("2027-13-01")));
        QVERIFY(f->ops().isEmpty());
        QVERIFY(rcv->enterExpiry(QStringLiteral("2027-06-30")));
        QCOMPARE(f->ops().size(), 1);
        QCOMPARE(f->ops()[0].payload.value(QStringLiteral("lot")).toString(), QStringLiteral("L-NEW-1"));
        QCOMPARE(f->ops()[0].payload.value(QStringLiteral("expiry")).toString(), QStringLiteral("2027-06-30"));
        QCOMPARE(rcv->step(), int(Step::Item));

        // A known lot of the product needs no expiry prompt.
        const QString known
            = f->queryText(QStringLiteral("SELECT name FROM lot WHERE product_id = ?1 LIMIT 1"), {lotProduct});
        f->app->scan(f->unitBarcode(lotProduct));
        QVERIFY(rcv->confirmQuantity());
        f->app->scan(known);
        QCOMPARE(f->ops().size(), 2);
        QVERIFY(f->ops()[1].payload.contains(QStringLiteral("lot_id")));
    }

    // Finishing with lines open asks first, with what stays open in numbers; nothing before confirming.
    void finishAsksFirst()
    {
        open();
        auto *rcv = f->app->receive();
        QVERIFY(!rcv->quantityEnabled());
        rcv->setQuantity(QStringLiteral("2")); // no item scanned: refused
        QCOMPARE(rcv->messageLevel(), ui::Feedback::Error);
        QCOMPARE(rcv->step(), int(Step::Item));
        Milli open = 0;
        for (int row = 0; row < rcv->lines()->count(); ++row)
            open += parseQuantity(rcv->lines()->value(row, "remaining").toString()).value_or(0);
        QVERIFY(rcv->request(QStringLiteral("finish")));
        QVERIFY(rcv->confirming());
        QVERIFY2(rcv->confirmText().contains(QStringLiteral("%1 units").arg(formatQuantity(open))),
            qPrintable(rcv->confirmText()));
        QVERIFY(rcv->confirmText().contains(QStringLiteral("never expected again")));
        QVERIFY(f->ops().isEmpty());
        rcv->cancelConfirmation();
        QVERIFY(f->ops().isEmpty());
        QCOMPARE(rcv->transferId(), receipt);

        f->app->scan(f->unitBarcode(product));
        QVERIFY(rcv->quantityEnabled());
        QCOMPARE(rcv->openQuantity(), formatQuantity(expected));
        QVERIFY(!rcv->request(QStringLiteral("finish"))); // an item is in hand
        rcv->cancelItem();
        QVERIFY(rcv->request(QStringLiteral("finish")));
        QVERIFY(rcv->confirm(false));
        QCOMPARE(f->ops().size(), 1);
        QCOMPARE(f->ops().last().payload.value(QStringLiteral("mode")).toString(), QStringLiteral("backorder"));
    }

    void finishWithBackorder()
    {
        open();
        auto *rcv = f->app->receive();
        QVERIFY(rcv->openLines() > 0);
        QSignalSpy finished(rcv, &ui::ReceiveFlow::finished);
        QVERIFY(rcv->validate(true));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(f->ops().last().payload,
            (QJsonObject {
                {QStringLiteral("transfer_id"), receipt}, {QStringLiteral("mode"), QStringLiteral("backorder")}}));
        QCOMPARE(rcv->step(), int(Step::Idle));
    }
};

QTEST_GUILESS_MAIN(TestReceive)
#include "tst_ui_receive.moc"
