// The receiving station's view model on a real device store: a receiving clerk signs in at the desktop
// (badge + PIN, offline), a picker is refused; the receipts list and its search (reference, PO, supplier,
// SKU, a scanned product); staging by scan (GS1 quantity, lot, expiry; case barcodes) and by typing, undo,
// and "Record delivery" as operations of core/ops; discrepancies (short, over, damaged to quarantine,
// expiry too short, wrong item); finishing with the consequence in numbers; attaching an unknown barcode;
// the labels hook.
#include "ops/kinds.h"
#include "ops/receive.h"
#include "store/meta.h"
#include "store/receipts.h"
#include "uifixture.h"

using namespace stockhand;
using uitest::UiFixture;
using Step = ui::ReceivingStation::Step;

namespace {

// A receipt line of a product without tracking, and its receipt.
constexpr auto kPlainLine = "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id JOIN product p "
                            "ON p.id = l.product_id WHERE t.kind = 'receipt' AND t.warehouse_id = 1 AND p.tracking = "
                            "'none' ORDER BY l.id LIMIT 1";
constexpr auto kLotProductNotOn
    = "SELECT p.id FROM product p WHERE p.tracking = 'lot' AND NOT EXISTS (SELECT 1 FROM "
      "transfer_line l WHERE l.transfer_id = ?1 AND l.product_id = p.id) ORDER BY p.id LIMIT 1";
constexpr auto kPlainProductNotOn
    = "SELECT p.id FROM product p WHERE p.tracking = 'none' AND NOT EXISTS (SELECT 1 FROM "
      "transfer_line l WHERE l.transfer_id = ?1 AND l.product_id = p.id) ORDER BY p.id LIMIT 1";

QList<Operation> opsOf(UiFixture &f, ops::Kind kind)
{
    QList<Operation> out;
    for (const Operation &op : f.ops()) {
        if (op.kind == ops::kindName(kind))
            out.append(op);
    }
    return out;
}

} // namespace

class TestUiStation : public QObject
{
    Q_OBJECT

    UiFixture *f = nullptr;
    ui::ReceivingStation *st = nullptr;
    qint64 lineId = 0, receipt = 0, product = 0, dock = 0;
    Milli expected = 0;

    // The demo's quarantine location of warehouse 1 (WH1-QUARANTINE), flagged again after
    // removeQuarantine().
    qint64 addQuarantine()
    {
        if (!f->store->db().exec("UPDATE location SET quarantine = 1 WHERE barcode = 'WH1-QUARANTINE'").ok())
            qFatal("cannot flag the quarantine location");
        return f->queryInt(QStringLiteral("SELECT id FROM location WHERE warehouse_id = 1 AND quarantine = 1"));
    }
    // A warehouse without a quarantine location.
    void removeQuarantine()
    {
        QVERIFY(f->store->db().exec("UPDATE location SET quarantine = 0").ok());
        QCOMPARE(f->queryInt(QStringLiteral("SELECT count(*) FROM location WHERE quarantine = 1")), 0);
    }

    void signInAndOpen()
    {
        QVERIFY(f->app->console()->signIn(QStringLiteral("U104"), QStringLiteral("1234"))); // a receiver
        f->app->setActiveFlow(QStringLiteral("station"));
        lineId = f->queryInt(QString::fromLatin1(kPlainLine));
        QVERIFY(lineId > 0);
        receipt = f->queryInt(QStringLiteral("SELECT transfer_id FROM transfer_line WHERE id = ?1"), {lineId});
        product = f->queryInt(QStringLiteral("SELECT product_id FROM transfer_line WHERE id = ?1"), {lineId});
        expected = f->queryInt(QStringLiteral("SELECT qty_expected FROM transfer_line WHERE id = ?1"), {lineId});
        dock = f->queryInt(QStringLiteral("SELECT to_location_id FROM transfer_line WHERE id = ?1"), {lineId});
        st->search(QString());
        QVERIFY(st->receipts()->count() > 0);
        // The purchase order number on the delivery note opens the receipt.
        f->app->scan(f->queryText(QStringLiteral("SELECT origin FROM transfer WHERE id = ?1"), {receipt}));
        QCOMPARE(st->receiptId(), receipt);
        QCOMPARE(st->step(), int(Step::Receipt));
    }

    QString sku(qint64 productId)
    {
        return f->queryText(QStringLiteral("SELECT sku FROM product WHERE id = ?1"), {productId});
    }

    int lineRow(qint64 id)
    {
        for (int r = 0; r < st->lines()->count(); ++r) {
            if (st->lines()->value(r, "lineId").toLongLong() == id)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        f = new UiFixture;
        f->app->setProfile(QStringLiteral("desktop"));
        st = f->app->station();
        f->testers.push_back(std::make_unique<QAbstractItemModelTester>(
            st->receipts(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        f->testers.push_back(std::make_unique<QAbstractItemModelTester>(
            st->lines(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        f->testers.push_back(std::make_unique<QAbstractItemModelTester>(
            st->staged(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    void cleanup()
    {
        delete f;
        f = nullptr;
    }

    void receiverSignsInAtTheDeskPickerIsRefused()
    {
        ui::SupervisorConsole *c = f->app->console();
        QVERIFY(!c->signIn(QStringLiteral("U101"), QStringLiteral("1234"))); // a picker
        QVERIFY(c->message().contains(QStringLiteral("for supervisors and receiving clerks")));
        QVERIFY(!f->app->session()->signedIn());
        QVERIFY(!c->signIn(QStringLiteral("U104"), QStringLiteral("9999")));
        QCOMPARE(c->message(), QStringLiteral("Wrong PIN."));
        QVERIFY(!f->app->session()->signedIn());
        QVERIFY(c->signIn(QStringLiteral("U104"), QStringLiteral("1234")));
        QVERIFY(f->app->session()->signedIn());
        QVERIFY(!f->app->session()->hasRole(QStringLiteral("supervisor")));
        QVERIFY(f->app->session()->hasRole(QStringLiteral("receiver")));
        // Signed in, the list is there at once (desktop refresh).
        QCOMPARE(st->receipts()->count(),
            int(f->queryInt(QStringLiteral("SELECT count(*) FROM transfer WHERE kind = 'receipt' AND warehouse_id "
                                           "= 1 AND state IN ('open', 'in_progress')"))));
        QVERIFY(st->openRow(0));
        QVERIFY(c->signOut());
        QVERIFY(!f->app->session()->signedIn());
        // The next user starts at the list.
        QCOMPARE(st->step(), int(Step::List));
        QCOMPARE(st->receiptId(), 0);
    }

    void listAndSearch()
    {
        signInAndOpen();
        QVERIFY(st->close());
        const int all = st->receipts()->count();
        QCOMPARE(all, 8);
        for (int r = 0; r < all; ++r) {
            QVERIFY(!st->receipts()->value(r, "supplier").toString().isEmpty());
            QVERIFY(!st->receipts()->value(r, "scheduled").toString().isEmpty());
            QVERIFY(st->receipts()->value(r, "progressText").toString().contains(QStringLiteral(" lines open")));
        }
        const QString reference
            = f->queryText(QStringLiteral("SELECT reference FROM transfer WHERE id = ?1"), {receipt});
        st->search(reference.toLower());
        QCOMPARE(st->receipts()->count(), 1);
        QCOMPARE(st->receipts()->value(0, "receiptId").toLongLong(), receipt);
        st->search(f->queryText(QStringLiteral("SELECT origin FROM transfer WHERE id = ?1"), {receipt}));
        QCOMPARE(st->receipts()->count(), 1);
        const QString supplier = f->queryText(
            QStringLiteral("SELECT p.name FROM transfer t JOIN partner p ON p.id = t.partner_id WHERE t.id = ?1"),
            {receipt});
        st->search(supplier);
        QVERIFY(st->receipts()->count() >= 1);
        for (int r = 0; r < st->receipts()->count(); ++r)
            QCOMPARE(st->receipts()->value(r, "supplier").toString(), supplier);

        // By SKU, and by a scanned barcode: the receipts that expect that product, and only those.
        const QString expecting = QStringLiteral("SELECT count(DISTINCT t.id) FROM transfer t JOIN transfer_line l ON "
                                                 "l.transfer_id = t.id WHERE t.kind = 'receipt' AND l.product_id = ?1");
        st->search(sku(product)); // a SKU prefix: this product's receipts and those of SKUs that go on
        QVERIFY(st->receipts()->count() >= int(f->queryInt(expecting, {product})));
        QVERIFY(st->receipts()->count() < all);
        st->search(QString());
        f->app->scan(f->unitBarcode(product));
        QCOMPARE(st->step(), int(Step::List));
        QCOMPARE(st->searchProduct(),
            f->queryText(QStringLiteral("SELECT sku || ' · ' || name FROM product WHERE id = "
                                        "?1"),
                {product}));
        QCOMPARE(st->receipts()->count(), int(f->queryInt(expecting, {product})));
        bool found = false;
        for (int r = 0; r < st->receipts()->count(); ++r)
            found = found || st->receipts()->value(r, "receiptId").toLongLong() == receipt;
        QVERIFY(found);
        st->search(QStringLiteral("no such thing"));
        QCOMPARE(st->receipts()->count(), 0);
        st->search(QStringLiteral("50%_"));
        QCOMPARE(st->receipts()->count(), 0); // LIKE wildcards are text
    }

    void stageUndoAndRecordDelivery()
    {
        signInAndOpen();
        QSignalSpy recorded(st, &ui::FlowBase::recorded);
        f->app->scan(f->unitBarcode(product));
        QVERIFY(st->entryActive());
        QCOMPARE(st->entryQty(), QStringLiteral("1"));
        f->app->scan(f->unitBarcode(product)); // the same item again: one more
        QCOMPARE(st->entryQty(), QStringLiteral("2"));
        QCOMPARE(st->lines()->value(lineRow(lineId), "current").toBool(), true);
        st->setQuantity(QStringLiteral("3"));
        QVERIFY(st->confirmEntry());
        QVERIFY(!st->entryActive());
        QCOMPARE(st->staged()->count(), 1);
        QCOMPARE(st->staged()->value(0, "qty").toString(), QStringLiteral("3"));
        QCOMPARE(st->staged()->value(0, "kind").toString(), QStringLiteral("receive"));
        QCOMPARE(st->lines()->value(lineRow(lineId), "staged").toString(), QStringLiteral("3"));
        QVERIFY(f->ops().isEmpty()); // staged, not recorded

        // A second line typed by SKU; Esc cancels an entry; Ctrl+Z takes the last staged line back.
        const qint64 other = f->queryInt(QString::fromLatin1(kPlainProductNotOn), {receipt});
        QVERIFY(st->selectProduct(sku(product).toLower()));
        st->cancelEntry();
        QVERIFY(!st->entryActive());
        f->app->scan(sku(other)); // a SKU typed into the scan field
        QVERIFY(st->entryActive());
        QCOMPARE(st->entryReason(), QString::fromLatin1(ops::kReasonWrongItem)); // not on the receipt
        QVERIFY(!st->confirmEntry()); // no quantity typed
        st->setQuantity(QStringLiteral("1"));
        QVERIFY(st->confirmEntry());
        QCOMPARE(st->staged()->count(), 2);
        QVERIFY(st->undoLast());
        QCOMPARE(st->staged()->count(), 1);
        QVERIFY(f->ops().isEmpty());
        // Another receipt cannot be opened while lines are staged; closing asks first.
        QVERIFY(!st->close());
        QCOMPARE(st->step(), int(Step::Receipt));
        QVERIFY(!st->finish(true));
        QVERIFY(st->message().contains(QStringLiteral("not recorded yet")));

        QVERIFY(st->describeRecord().contains(QStringLiteral("3 units received at")));
        const Milli dockBefore = f->onHand(dock, product);
        QVERIFY(st->recordDelivery());
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(st->staged()->count(), 0);
        QCOMPARE(f->ops().size(), 1);
        QCOMPARE(f->ops()[0].kind, ops::kindName(ops::Kind::Receive));
        QCOMPARE(f->ops()[0].payload,
            (QJsonObject {{QStringLiteral("product_id"), product}, {QStringLiteral("location_id"), dock},
                {QStringLiteral("qty"), QStringLiteral("3")}, {QStringLiteral("transfer_line_id"), lineId}}));
        QVERIFY(st->message().contains(QStringLiteral("saved on this computer")));
        QCOMPARE(f->lineDone(lineId), units(3));
        QCOMPARE(f->onHand(dock, product), dockBefore + units(3));
        // The line shows this device's pending receipt apart from the server's figure.
        QCOMPARE(st->lines()->value(lineRow(lineId), "receivedServer").toString(), QStringLiteral("0"));
        QCOMPARE(st->lines()->value(lineRow(lineId), "receivedPending").toString(), QStringLiteral("3"));
        QCOMPARE(st->lines()->value(lineRow(lineId), "remaining").toString(), formatQuantity(expected - units(3)));

        // Labels of what was received: the hook the label printing model answers.
        QCOMPARE(st->printableCount(), 1);
        QSignalSpy labels(st, &ui::ReceivingStation::labelsRequested);
        QVERIFY(st->printLabels());
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels[0][0].toLongLong(), receipt);
        const QVariantMap label = labels[0][1].toList().value(0).toMap();
        QCOMPARE(label.value(QStringLiteral("productId")).toLongLong(), product);
        QCOMPARE(label.value(QStringLiteral("qty")).toString(), QStringLiteral("3"));
        QCOMPARE(label.value(QStringLiteral("locationId")).toLongLong(), dock);
    }

    void gs1AndCaseBarcodes()
    {
        signInAndOpen();
        // A case barcode: one scan is the case's quantity.
        const QString caseCode = f->caseBarcode(product);
        if (!caseCode.isEmpty()) {
            f->app->scan(caseCode);
            QCOMPARE(st->entryQty(), formatQuantity(f->caseQty(product)));
            st->cancelEntry();
        }
        // GS1 (02) + (37): the trade items a logistic unit contains, counted.
        const QString unitGtin = f->queryText(
            QStringLiteral("SELECT code FROM product_barcode WHERE product_id = ?1 AND packaging = 'unit'"), {product});
        f->app->scan(QStringLiteral("(02)") + unitGtin + QStringLiteral("(37)12"));
        QVERIFY(st->entryActive());
        QCOMPARE(st->entryProduct(),
            f->queryText(QStringLiteral("SELECT sku || ' · ' || name FROM product WHERE id = ?1"), {product}));
        QCOMPARE(st->entryQty(), QStringLiteral("12"));
        st->cancelEntry();
        // GS1: GTIN, lot, expiry and count (30) of a lot-tracked item.
        const qint64 lotProduct = f->queryInt(QString::fromLatin1(kLotProductNotOn), {receipt});
        const QString gtin = f->queryText(
            QStringLiteral("SELECT code FROM product_barcode WHERE product_id = ?1 AND packaging = 'unit'"),
            {lotProduct});
        f->app->scan(QStringLiteral("(01)") + gtin + QStringLiteral("(17)270331(10)NEWLOT7(30)5"));
        QCOMPARE(st->entryQty(), QStringLiteral("5"));
        QCOMPARE(st->entryLot(), QStringLiteral("NEWLOT7"));
        QCOMPARE(st->entryExpiry(), QStringLiteral("2027-03-31"));
        QVERIFY(!st->expiryShort());
        QVERIFY(st->confirmEntry());
        // A lot-tracked item typed without its lot is not staged until the lot is there.
        QVERIFY(st->selectProduct(sku(lotProduct)));
        QVERIFY(st->entryNeedsLot());
        st->setQuantity(QStringLiteral("2"));
        QVERIFY(!st->confirmEntry());
        f->app->scan(QStringLiteral("L-TYPED-1")); // the lot printed on the goods
        QCOMPARE(st->entryLot(), QStringLiteral("L-TYPED-1"));
        QVERIFY(st->setExpiry(QStringLiteral("2027-06-30")));
        QVERIFY(!st->setExpiry(QStringLiteral("2027-13-01")));
        QVERIFY(st->confirmEntry());
        QVERIFY(st->recordDelivery());
        const auto receives = opsOf(*f, ops::Kind::Receive);
        QCOMPARE(receives.size(), 2);
        QCOMPARE(receives[0].payload.value(QStringLiteral("lot")).toString(), QStringLiteral("NEWLOT7"));
        QCOMPARE(receives[0].payload.value(QStringLiteral("expiry")).toString(), QStringLiteral("2027-03-31"));
        QCOMPARE(receives[0].payload.value(QStringLiteral("qty")).toString(), QStringLiteral("5"));
        QCOMPARE(receives[0].payload.value(QStringLiteral("reason_code")).toString(),
            QString::fromLatin1(ops::kReasonWrongItem));
        QCOMPARE(receives[1].payload.value(QStringLiteral("lot")).toString(), QStringLiteral("L-TYPED-1"));
        QCOMPARE(receives[1].payload.value(QStringLiteral("qty")).toString(), QStringLiteral("2"));
    }

    void discrepancies()
    {
        removeQuarantine();
        signInAndOpen();
        // Damaged goods need a quarantine location: none yet, so they are not staged.
        QVERIFY(st->selectProduct(sku(product)));
        QVERIFY(st->setReason(QString::fromLatin1(ops::kReasonDamaged)));
        QVERIFY(st->entryWhere().contains(QStringLiteral("no quarantine")));
        st->setQuantity(QStringLiteral("1"));
        QVERIFY(!st->confirmEntry());
        QVERIFY(st->close(true));
        const qint64 quarantine = addQuarantine();
        QVERIFY(st->open(receipt));
        QVERIFY(st->hasQuarantine());

        // Short: the missing quantity, reported (report_discrepancy), nothing received.
        QVERIFY(st->selectProduct(sku(product)));
        QVERIFY(st->setReason(QString::fromLatin1(ops::kReasonShort)));
        QCOMPARE(st->entryQty(), formatQuantity(expected)); // what is still missing, to correct
        st->setQuantity(formatQuantity(expected + units(1)));
        QVERIFY(!st->confirmEntry()); // more than expected cannot be missing
        st->setQuantity(QStringLiteral("1"));
        QVERIFY(st->confirmEntry());
        QCOMPARE(st->staged()->value(0, "kind").toString(), QStringLiteral("short"));
        // Damaged: received at quarantine.
        QVERIFY(st->selectProduct(sku(product)));
        QVERIFY(st->setReason(QString::fromLatin1(ops::kReasonDamaged)));
        QVERIFY(st->entryWhere().contains(QStringLiteral("WH1 Quarantine")));
        st->setQuantity(QStringLiteral("1"));
        QVERIFY(st->confirmEntry());
        // Over: more than the line still expects is flagged, never refused.
        QVERIFY(st->selectProduct(sku(product)));
        st->setQuantity(formatQuantity(expected)); // expected - 1 left after the damaged unit
        QVERIFY(st->confirmEntry());
        QCOMPARE(st->staged()->value(2, "reason").toString(), QString::fromLatin1(ops::kReasonOver));
        QCOMPARE(st->messageLevel(), ui::Feedback::Warning);
        // Quality hold: quarantine too.
        QVERIFY(st->selectProduct(sku(product)));
        QVERIFY(st->setReason(QString::fromLatin1(ops::kReasonQualityHold)));
        st->setQuantity(QStringLiteral("2"));
        QVERIFY(st->confirmEntry());
        QVERIFY(st->selectProduct(sku(product)));
        QVERIFY(!st->setReason(QStringLiteral("BOGUS"))); // not a receiving discrepancy
        st->cancelEntry();

        const QString summary = st->describeRecord();
        QVERIFY(summary.contains(QStringLiteral("1 units reported missing")));
        QVERIFY(summary.contains(QStringLiteral("3 units received at quarantine WH1 Quarantine")));
        QVERIFY(st->recordDelivery());
        const auto shorts = opsOf(*f, ops::Kind::ReportDiscrepancy);
        QCOMPARE(shorts.size(), 1);
        QCOMPARE(shorts[0].payload,
            (QJsonObject {{QStringLiteral("transfer_line_id"), lineId}, {QStringLiteral("qty"), QStringLiteral("1")},
                {QStringLiteral("reason_code"), QString::fromLatin1(ops::kReasonShort)}}));
        const auto receives = opsOf(*f, ops::Kind::Receive);
        QCOMPARE(receives.size(), 3);
        QCOMPARE(receives[0].payload.value(QStringLiteral("location_id")).toInteger(), quarantine);
        QCOMPARE(receives[0].payload.value(QStringLiteral("reason_code")).toString(),
            QString::fromLatin1(ops::kReasonDamaged));
        QCOMPARE(receives[1].payload.value(QStringLiteral("location_id")).toInteger(), dock);
        QCOMPARE(
            receives[1].payload.value(QStringLiteral("reason_code")).toString(), QString::fromLatin1(ops::kReasonOver));
        QCOMPARE(receives[2].payload.value(QStringLiteral("location_id")).toInteger(), quarantine);
        QCOMPARE(f->onHand(quarantine, product), units(3));
        // The line: received (server + pending) and the short report.
        auto lines = store::receiptLines(f->store->db(), receipt);
        QVERIFY(lines.ok());
        for (const store::ReceiptLine &l : *lines) {
            if (l.id == lineId) {
                QCOMPARE(l.received(), expected + units(3));
                QCOMPARE(l.reportedShort, units(1));
            }
        }
        QCOMPARE(st->lines()->value(lineRow(lineId), "state").toString(), QStringLiteral("over"));
    }

    void expiryTooShortOffersQuarantine()
    {
        signInAndOpen();
        const qint64 quarantine = addQuarantine();
        QVERIFY(st->close());
        QVERIFY(st->open(receipt));
        QCOMPARE(st->minShelfLifeDays(), 30);
        const qint64 lotProduct = f->queryInt(QString::fromLatin1(kLotProductNotOn), {receipt});
        const QString gtin = f->queryText(
            QStringLiteral("SELECT code FROM product_barcode WHERE product_id = ?1 AND packaging = 'unit'"),
            {lotProduct});
        // Today is 2026-11-26: 2026-12-10 leaves 14 days.
        f->app->scan(QStringLiteral("(01)") + gtin + QStringLiteral("(17)261210(10)SHORTLOT(30)4"));
        QVERIFY(st->expiryShort());
        QCOMPARE(st->entryReason(), QString::fromLatin1(ops::kReasonExpiryShort));
        QCOMPARE(st->messageLevel(), ui::Feedback::Warning);
        QVERIFY(st->message().contains(QStringLiteral("2026-12-10")));
        QVERIFY(st->confirmEntry());
        // The clerk may take it as stock instead: "As expected" (on a wrong item, the reason stays).
        f->app->scan(QStringLiteral("(01)") + gtin + QStringLiteral("(17)261210(10)SHORTLOT2(30)1"));
        QVERIFY(st->setReason(QString()));
        QVERIFY(st->confirmEntry());
        QVERIFY(st->recordDelivery());
        const auto receives = opsOf(*f, ops::Kind::Receive);
        QCOMPARE(receives.size(), 2);
        QCOMPARE(receives[0].payload.value(QStringLiteral("location_id")).toInteger(), quarantine);
        QCOMPARE(receives[0].payload.value(QStringLiteral("reason_code")).toString(),
            QString::fromLatin1(ops::kReasonExpiryShort));
        QCOMPARE(receives[1].payload.value(QStringLiteral("location_id")).toInteger(), dock);

        // The minimum is a station setting, kept in the device store.
        st->setMinShelfLifeDays(7);
        QCOMPARE(f->store->meta().integer(store::MetaKey::StationMinShelfLifeDays).valueOr(0), 7);
        f->app->scan(QStringLiteral("(01)") + gtin + QStringLiteral("(17)261210(10)SHORTLOT3(30)1"));
        QVERIFY(!st->expiryShort());
        QVERIFY(st->entryReason() != QString::fromLatin1(ops::kReasonExpiryShort));
    }

    void finishStatesTheConsequence()
    {
        signInAndOpen();
        f->app->scan(f->unitBarcode(product));
        QVERIFY(st->confirmEntry());
        QVERIFY(st->recordDelivery());
        const qint64 openLines = f->queryInt(QStringLiteral("SELECT count(*) FROM transfer_line_view WHERE "
                                                            "transfer_id = ?1 AND qty_done_view < qty_expected"),
            {receipt});
        const Milli openUnits = f->queryInt(QStringLiteral("SELECT sum(qty_expected - qty_done_view) FROM "
                                                           "transfer_line_view WHERE transfer_id = ?1 AND "
                                                           "qty_done_view < qty_expected"),
            {receipt});
        QVERIFY(openLines > 0);
        const QString lines = openLines == 1 ? QStringLiteral("1 line still expects")
                                             : QStringLiteral("%1 lines still expect").arg(openLines);
        QCOMPARE(st->describeFinish(true).left(lines.size()), lines);
        QVERIFY(st->describeFinish(true).contains(formatQuantity(openUnits) + QStringLiteral(" units")));
        QVERIFY(st->describeFinish(true).contains(QStringLiteral("backorder")));
        QVERIFY(st->describeFinish(false).contains(QStringLiteral("nothing more is expected")));
        QSignalSpy finished(st, &ui::ReceivingStation::finished);
        QVERIFY(st->finish(false));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(st->step(), int(Step::List));
        const auto validates = opsOf(*f, ops::Kind::ValidateTransfer);
        QCOMPARE(validates.size(), 1);
        QCOMPARE(validates[0].payload,
            (QJsonObject {
                {QStringLiteral("transfer_id"), receipt}, {QStringLiteral("mode"), QStringLiteral("close_short")}}));
        // Finished here: no longer expected, and it cannot be opened again.
        for (int r = 0; r < st->receipts()->count(); ++r)
            QVERIFY(st->receipts()->value(r, "receiptId").toLongLong() != receipt);
        QVERIFY(!st->open(receipt));
        // What was received stays printable.
        QCOMPARE(st->printableCount(), 1);
    }

    void attachUnknownBarcode()
    {
        signInAndOpen();
        const QString unknown = QStringLiteral("4006381333931"); // a valid EAN-13 the store does not know
        QCOMPARE(f->queryInt(QStringLiteral("SELECT count(*) FROM product_barcode WHERE code = '04006381333931'")), 0);
        // Without an item in the entry there is nothing to attach it to.
        f->app->scan(unknown);
        QCOMPARE(st->attachCode(), QString());
        QCOMPARE(st->messageLevel(), ui::Feedback::Error);
        QVERIFY(st->selectProduct(sku(product)));
        f->app->scan(unknown);
        QCOMPARE(st->attachCode(), QStringLiteral("04006381333931"));
        QVERIFY(st->attachProduct().startsWith(sku(product)));
        st->cancelEntry(); // Esc: the question goes, the entry stays
        QCOMPARE(st->attachCode(), QString());
        QVERIFY(st->entryActive());
        f->app->scan(unknown);
        QVERIFY(f->ops().isEmpty()); // nothing before the confirmation
        QVERIFY(st->confirmAttach());
        const auto attaches = opsOf(*f, ops::Kind::AttachBarcode);
        QCOMPARE(attaches.size(), 1);
        QCOMPARE(attaches[0].payload,
            (QJsonObject {{QStringLiteral("product_id"), product},
                {QStringLiteral("code"), QStringLiteral("04006381333931")},
                {QStringLiteral("packaging"), QStringLiteral("unit")}, {QStringLiteral("qty"), QStringLiteral("1")}}));
        QCOMPARE(st->attachCode(), QString());
        QVERIFY(!st->confirmAttach());
    }

    void germanAtRuntime()
    {
        signInAndOpen();
        QVERIFY(f->app->language()->setLanguage(QStringLiteral("de")));
        QVERIFY(st->receipts()->count() > 0 || st->lines()->count() > 0);
        QVERIFY(st->progressText().contains(QStringLiteral("erhalten")));
        QCOMPARE(st->reasons().value(1).toMap().value(QStringLiteral("label")).toString(),
            QStringLiteral("Fehlmenge (fehlt)"));
    }
};

QTEST_MAIN(TestUiStation)
#include "tst_ui_station.moc"
