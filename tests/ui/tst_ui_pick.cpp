// Picking end to end by simulated scans: location -> product/packaging -> quantity -> lot; wrong scans
// refused; short pick, skip and come back, validate. Asserts the outbox and the local view.
#include "domain/world.h"
#include "ops/kinds.h"
#include "uifixture.h"

#include <QElapsedTimer>
#include <QSet>

using namespace stockhand;
using uitest::UiFixture;
using Step = ui::PickFlow::Step;

namespace {

constexpr auto kUntrackedPick = "SELECT t.id FROM transfer t WHERE t.kind = 'pick' AND (SELECT count(*) FROM "
                                "transfer_line l WHERE l.transfer_id = t.id) >= 3 AND NOT EXISTS (SELECT 1 FROM "
                                "transfer_line l JOIN product p ON p.id = l.product_id WHERE l.transfer_id = t.id AND "
                                "p.tracking != 'none') ORDER BY t.id LIMIT 1";

// The replicated row as the server sent it (not the screen's view of it).
TransferLineRow lineOf(UiFixture &f, qint64 lineId)
{
    TransferLineRow l;
    l.id = lineId;
    l.productId = f.queryInt(QStringLiteral("SELECT product_id FROM transfer_line WHERE id = ?1"), {lineId});
    l.fromLocationId = f.queryInt(QStringLiteral("SELECT from_location_id FROM transfer_line WHERE id = ?1"), {lineId});
    l.toLocationId = f.queryInt(QStringLiteral("SELECT to_location_id FROM transfer_line WHERE id = ?1"), {lineId});
    l.qtyExpected = f.queryInt(QStringLiteral("SELECT qty_expected FROM transfer_line WHERE id = ?1"), {lineId});
    return l;
}

// Another bin of the warehouse than `location`.
QString otherBin(UiFixture &f, qint64 location)
{
    return f.queryText(
        QStringLiteral("SELECT barcode FROM location WHERE type = 'bin' AND id != ?1 LIMIT 1"), {location});
}

} // namespace

class TestPick : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guidedLineWithWrongScans()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        const qint64 transfer = f.queryInt(QString::fromLatin1(kUntrackedPick));
        QVERIFY(transfer > 0);
        f.app->setActiveFlow(QStringLiteral("pick"));
        auto *pick = f.app->pick();
        QVERIFY(pick->start(transfer));
        QCOMPARE(pick->step(), int(Step::Location));

        // Lines come in pick-sequence order of their locations.
        qint64 lastSeq = -1;
        for (int row = 0; row < pick->lines()->count(); ++row) {
            const qint64 seq = f.queryInt(QStringLiteral("SELECT l.pick_seq FROM transfer_line t JOIN location l ON "
                                                         "l.id = t.from_location_id WHERE t.id = ?1"),
                {pick->lines()->value(row, "lineId").toLongLong()});
            QVERIFY(seq >= lastSeq);
            lastSeq = seq;
        }
        const TransferLineRow l = lineOf(f, pick->current().lineId);
        QCOMPARE(pick->lines()->value(0, "current").toBool(), true);

        // Wrong location, and a product before the location: refused, nothing changes.
        QElapsedTimer timer;
        timer.start();
        f.app->scan(otherBin(f, l.fromLocationId));
        QVERIFY2(timer.elapsed() < 100, "a scan is answered in well under 100 ms");
        QCOMPARE(pick->step(), int(Step::Location));
        QCOMPARE(pick->messageLevel(), ui::Feedback::Error);
        QVERIFY(pick->message().contains(pick->current().location));
        f.app->scan(f.unitBarcode(l.productId));
        QCOMPARE(pick->step(), int(Step::Location));
        QCOMPARE(f.errorsHeard(), 2);

        f.app->scan(f.locationBarcode(l.fromLocationId));
        QCOMPARE(pick->step(), int(Step::Product));
        QCOMPARE(pick->messageLevel(), ui::Feedback::Ok);

        // Wrong product refused; the right one moves on with one unit.
        const qint64 otherProduct = l.productId == 1 ? 2 : 1;
        f.app->scan(f.unitBarcode(otherProduct));
        QCOMPARE(pick->step(), int(Step::Product));
        QCOMPARE(f.errorsHeard(), 3);
        f.app->scan(f.unitBarcode(l.productId));
        QCOMPARE(pick->step(), int(Step::Quantity));
        QCOMPARE(pick->quantity(), QStringLiteral("1"));

        // More than the line wants is refused at confirmation.
        pick->setQuantity(formatQuantity(l.qtyExpected + units(1)));
        QVERIFY(!pick->confirmQuantity());
        QVERIFY(f.ops().isEmpty());

        const Milli before = f.onHand(l.fromLocationId, l.productId);
        const Milli shipBefore = f.onHand(l.toLocationId, l.productId);
        pick->setQuantity(formatQuantity(l.qtyExpected));
        QSignalSpy recorded(pick, &ui::FlowBase::recorded);
        QVERIFY(pick->confirmQuantity());
        QCOMPARE(recorded.size(), 1);

        const auto ops = f.ops();
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops[0].kind, ops::kindName(ops::Kind::Pick));
        QCOMPARE(ops[0].userId, 8);
        QCOMPARE(ops[0].payload,
            (QJsonObject {{QStringLiteral("transfer_line_id"), l.id}, {QStringLiteral("product_id"), l.productId},
                {QStringLiteral("location_id"), l.fromLocationId},
                {QStringLiteral("qty"), formatQuantity(l.qtyExpected)}}));
        QCOMPARE(f.lineDone(l.id), l.qtyExpected);
        QCOMPARE(f.onHand(l.fromLocationId, l.productId), before - l.qtyExpected);
        QCOMPARE(f.onHand(l.toLocationId, l.productId), shipBefore + l.qtyExpected);
        QCOMPARE(f.store->pendingCount().value(), 1);
        QCOMPARE(f.app->sync()->pendingCount(), 1);
        QVERIFY(pick->current().lineId != l.id);
        QCOMPARE(pick->lines()->count() - pick->openLines(), 1);
    }

    void packagingAndGs1Quantities()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        const qint64 lineId = f.queryInt(QStringLiteral(
            "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id JOIN product p ON p.id = "
            "l.product_id WHERE t.kind = 'pick' AND p.tracking = 'none' AND l.qty_expected >= 3000 ORDER BY l.id LIMIT "
            "1"));
        QVERIFY(lineId > 0);
        const TransferLineRow l = lineOf(f, lineId);
        auto *pick = f.app->pick();
        f.app->setActiveFlow(QStringLiteral("pick"));
        QVERIFY(
            pick->start(f.queryInt(QStringLiteral("SELECT transfer_id FROM transfer_line WHERE id = ?1"), {lineId})));
        for (int guard = 0; pick->current().lineId != lineId && guard < 20; ++guard)
            pick->skip();
        QCOMPARE(pick->current().lineId, lineId);
        f.app->scan(f.locationBarcode(l.fromLocationId));

        // A case holds more than the line wants: a warning, and the confirmation is refused.
        f.app->scan(f.caseBarcode(l.productId));
        QCOMPARE(pick->quantity(), formatQuantity(f.caseQty(l.productId)));
        QCOMPARE(pick->messageLevel(), ui::Feedback::Warning);
        QVERIFY(!pick->confirmQuantity());

        // GS1 with AI 30 (a count of units) in the human-readable form.
        pick->setQuantity(QStringLiteral("0"));
        const QString gtin = f.queryText(
            QStringLiteral("SELECT code FROM product_barcode WHERE product_id = ?1 AND packaging = 'unit'"),
            {l.productId});
        f.app->scan(QStringLiteral("(01)") + gtin + QStringLiteral("(30)2"));
        QCOMPARE(pick->quantity(), QStringLiteral("2"));
        QVERIFY(pick->confirmQuantity());
        QCOMPARE(f.ops().last().payload.value(QStringLiteral("qty")).toString(), QStringLiteral("2"));
        QCOMPARE(f.lineDone(lineId), units(2));
        // The line is not complete: it stays, at the product step.
        QCOMPARE(pick->current().lineId, lineId);
        QCOMPARE(pick->step(), int(Step::Product));
    }

    void lotTrackedLine()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        const qint64 lineId = f.queryInt(QStringLiteral(
            "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id JOIN product p ON p.id = "
            "l.product_id WHERE t.kind = 'pick' AND p.tracking = 'lot' ORDER BY l.id LIMIT 1"));
        QVERIFY(lineId > 0);
        const TransferLineRow l = lineOf(f, lineId);
        const qint64 lot = f.queryInt(QStringLiteral("SELECT lot_id FROM quant WHERE location_id = ?1 AND product_id = "
                                                     "?2 AND qty > 0 ORDER BY lot_id LIMIT 1"),
            {l.fromLocationId, l.productId});
        const QString lotName = f.queryText(QStringLiteral("SELECT name FROM lot WHERE id = ?1"), {lot});
        // A lot of this product that is not in this bin, and a lot of another product.
        QVERIFY(f.store->db()
                    .exec(QStringLiteral("INSERT INTO lot (id, product_id, name) VALUES (99001, %1, 'ELSEWHERE')")
                              .arg(l.productId)
                              .toStdString())
                    .ok());
        const QString foreignLot = f.queryText(
            QStringLiteral("SELECT name FROM lot WHERE product_id != ?1 AND is_serial = 0 ORDER BY id LIMIT 1"),
            {l.productId});

        auto *pick = f.app->pick();
        f.app->setActiveFlow(QStringLiteral("pick"));
        QVERIFY(
            pick->start(f.queryInt(QStringLiteral("SELECT transfer_id FROM transfer_line WHERE id = ?1"), {lineId})));
        for (int guard = 0; pick->current().lineId != lineId && guard < 20; ++guard)
            pick->skip();
        QVERIFY(pick->current().tracked);
        f.app->scan(f.locationBarcode(l.fromLocationId));
        f.app->scan(f.unitBarcode(l.productId));
        QVERIFY(pick->confirmQuantity());
        QCOMPARE(pick->step(), int(Step::Lot));

        f.app->scan(QStringLiteral("ELSEWHERE"));
        QCOMPARE(pick->step(), int(Step::Lot));
        QVERIFY(pick->message().contains(QStringLiteral("not at")));
        f.app->scan(foreignLot);
        QCOMPARE(pick->step(), int(Step::Lot));
        QCOMPARE(f.errorsHeard(), 2);
        QVERIFY(f.ops().isEmpty());

        f.app->scan(lotName);
        const auto ops = f.ops();
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops[0].payload.value(QStringLiteral("lot_id")).toInteger(), lot);
        QCOMPARE(ops[0].payload.value(QStringLiteral("qty")).toString(), QStringLiteral("1"));
        const Milli onHand = f.queryInt(
            QStringLiteral("SELECT qty FROM quant WHERE location_id = ?1 AND product_id = ?2 AND lot_id = ?3"),
            {l.fromLocationId, l.productId, lot});
        QCOMPARE(f.onHand(l.fromLocationId, l.productId, lot), onHand - units(1));
    }

    void serialTrackedLine()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        const qint64 lineId = f.queryInt(QStringLiteral(
            "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id JOIN product p ON p.id = "
            "l.product_id WHERE t.kind = 'pick' AND p.tracking = 'serial' ORDER BY l.id LIMIT 1"));
        QVERIFY(lineId > 0);
        const TransferLineRow l = lineOf(f, lineId);
        const qint64 serial
            = f.queryInt(QStringLiteral("SELECT lot_id FROM quant WHERE location_id = ?1 AND product_id = "
                                        "?2 AND qty > 0 ORDER BY lot_id LIMIT 1"),
                {l.fromLocationId, l.productId});
        const QString serialName = f.queryText(QStringLiteral("SELECT name FROM lot WHERE id = ?1"), {serial});
        const QString otherSerial = f.queryText(
            QStringLiteral("SELECT name FROM lot WHERE is_serial = 1 AND product_id != ?1 LIMIT 1"), {l.productId});
        auto *pick = f.app->pick();
        f.app->setActiveFlow(QStringLiteral("pick"));
        QVERIFY(
            pick->start(f.queryInt(QStringLiteral("SELECT transfer_id FROM transfer_line WHERE id = ?1"), {lineId})));
        for (int guard = 0; pick->current().lineId != lineId && guard < 20; ++guard)
            pick->skip();
        f.app->scan(f.locationBarcode(l.fromLocationId));
        f.app->scan(f.unitBarcode(l.productId));
        QVERIFY(pick->confirmQuantity());
        QCOMPARE(pick->step(), int(Step::Lot));
        f.app->scan(otherSerial);
        QCOMPARE(pick->step(), int(Step::Lot));
        QCOMPARE(f.errorsHeard(), 1);
        f.app->scan(serialName);
        QCOMPARE(f.ops().size(), 1);
        QCOMPARE(f.ops()[0].payload.value(QStringLiteral("lot_id")).toInteger(), serial);
        QCOMPARE(f.lineDone(lineId), units(1));
        QCOMPARE(f.onHand(l.fromLocationId, l.productId, serial), 0);
    }

    // The store fails at the Nth access while a pick is recorded: the pick is there with its effect, or
    // neither is, and the worker can simply confirm again; it is never recorded twice.
    void storeFailureWhileRecording()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        const qint64 transfer = f.queryInt(QString::fromLatin1(kUntrackedPick));
        auto *pick = f.app->pick();
        f.app->setActiveFlow(QStringLiteral("pick"));
        QVERIFY(pick->start(transfer));
        const TransferLineRow l = lineOf(f, pick->current().lineId);
        f.app->scan(f.locationBarcode(l.fromLocationId));
        f.app->scan(f.unitBarcode(l.productId));
        pick->setQuantity(QStringLiteral("1"));
        int failures = 0;
        for (int n = 1; n <= 12 && f.ops().isEmpty(); ++n) {
            f.store->db().failAfter(n);
            const bool ok = pick->confirmQuantity();
            f.store->db().failAfter(0);
            const bool recorded = !f.ops().isEmpty();
            QCOMPARE(f.lineDone(l.id), recorded ? units(1) : 0);
            QCOMPARE(f.onHand(l.fromLocationId, l.productId),
                f.queryInt(QStringLiteral("SELECT qty FROM quant WHERE location_id = ?1 AND product_id = ?2"),
                    {l.fromLocationId, l.productId})
                    - (recorded ? units(1) : 0));
            if (!recorded) {
                ++failures;
                QVERIFY(!ok);
                QVERIFY(pick->message().startsWith(QStringLiteral("Not saved")));
                QCOMPARE(pick->step(), int(Step::Quantity)); // confirm again
            }
        }
        QVERIFY(failures >= 3);
        QCOMPARE(f.ops().size(), 1);
    }

    // The pad is dead until the product is scanned ("3, Confirm" recorded a pick without a product scan);
    // then "All N" is the open quantity, and pieces take no decimals.
    void quantityOnlyAfterTheProduct()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        auto *pick = f.app->pick();
        f.app->setActiveFlow(QStringLiteral("pick"));
        QVERIFY(pick->start(f.queryInt(QString::fromLatin1(kUntrackedPick))));
        const TransferLineRow l = lineOf(f, pick->current().lineId);
        QVERIFY(!pick->quantityEnabled());
        f.app->scan(f.locationBarcode(l.fromLocationId));
        QCOMPARE(pick->step(), int(Step::Product));
        QVERIFY(!pick->quantityEnabled());
        pick->setQuantity(QStringLiteral("3"));
        QCOMPARE(pick->messageLevel(), ui::Feedback::Error);
        QCOMPARE(pick->step(), int(Step::Product));
        QVERIFY(!pick->confirmQuantity());
        QVERIFY(f.ops().isEmpty());

        f.app->scan(f.unitBarcode(l.productId));
        QVERIFY(pick->quantityEnabled());
        QCOMPARE(pick->openQuantity(), formatQuantity(l.qtyExpected));
        QCOMPARE(pick->current().uom, QStringLiteral("pc"));
        QVERIFY(!pick->decimals());
        pick->setQuantity(QStringLiteral("1.5"));
        QCOMPARE(pick->messageLevel(), ui::Feedback::Error);
        QCOMPARE(pick->quantity(), QStringLiteral("1")); // the scanned unit stays
        // The current line shows what is in hand, not confirmed: the header and the line agree.
        QCOMPARE(pick->lines()->value(pick->lines()->currentRow(), "pending").toString(), QStringLiteral("1"));
        QCOMPARE(pick->lines()->value(pick->lines()->currentRow(), "done").toString(), QStringLiteral("0"));
        QVERIFY(ui::FlowBase::measuredUnit(QStringLiteral("kg")));
        QVERIFY(!ui::FlowBase::measuredUnit(QStringLiteral("pc")));
    }

    // A refused scan: the wrong-scan state says what was expected and what came, with the alarm and a
    // vibration request; the next valid scan clears it.
    void wrongScanStateUntilTheNextValidScan()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        auto *pick = f.app->pick();
        f.app->setActiveFlow(QStringLiteral("pick"));
        QVERIFY(pick->start(f.queryInt(QString::fromLatin1(kUntrackedPick))));
        const TransferLineRow l = lineOf(f, pick->current().lineId);
        QSignalSpy changed(pick, &ui::FlowBase::wrongScanChanged);
        QVERIFY(!pick->wrongScan());
        const QString wrongBin = otherBin(f, l.fromLocationId);
        f.app->scan(wrongBin);
        QVERIFY(pick->wrongScan());
        QCOMPARE(pick->wrongExpected(), pick->current().location);
        const QString wrongName
            = f.queryText(QStringLiteral("SELECT name FROM location WHERE barcode = '%1'").arg(wrongBin));
        QVERIFY2(pick->wrongScanned().contains(wrongName), qPrintable(pick->wrongScanned()));
        QCOMPARE(f.app->feedback()->vibrationsRequested(), 1);
        QCOMPARE(f.errorsHeard(), 1);
        // An action refused (not a scan) is no wrong scan; a wrong scan stays until a valid one.
        pick->setQuantity(QStringLiteral("2"));
        QVERIFY(pick->wrongScan());
        f.app->scan(f.unitBarcode(l.productId)); // still wrong: the location first
        QVERIFY(pick->wrongScan());
        QCOMPARE(pick->wrongExpected(), pick->current().location);
        f.app->scan(f.locationBarcode(l.fromLocationId));
        QVERIFY(!pick->wrongScan());
        QVERIFY(pick->wrongExpected().isEmpty());
        f.app->scan(f.unitBarcode(l.productId == 1 ? 2 : 1));
        QVERIFY(pick->wrongScan());
        QCOMPARE(pick->wrongExpected(), pick->current().sku);
        f.app->scan(f.unitBarcode(l.productId));
        QVERIFY(!pick->wrongScan());
        QVERIFY(changed.size() >= 4);
    }

    // Skip, short pick and finishing early ask first, with the consequence in numbers; nothing is
    // recorded before the confirmation, and "Go back" records nothing.
    void costlyActionsAskFirst()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        auto *pick = f.app->pick();
        f.app->setActiveFlow(QStringLiteral("pick"));
        const qint64 transfer = f.queryInt(QString::fromLatin1(kUntrackedPick));
        QVERIFY(pick->start(transfer));
        const int open = pick->openLines();
        const TransferLineRow first = lineOf(f, pick->current().lineId);

        // Skip.
        QVERIFY(pick->request(QStringLiteral("skip")));
        QVERIFY(pick->confirming());
        QCOMPARE(pick->current().lineId, first.id); // not skipped yet
        QVERIFY2(pick->confirmText().contains(formatQuantity(first.qtyExpected) + QStringLiteral(" pc")),
            qPrintable(pick->confirmText()));
        QVERIFY(pick->confirmText().contains(QStringLiteral("after the other %1 open lines").arg(open - 1)));
        pick->cancelConfirmation();
        QVERIFY(!pick->confirming());
        QCOMPARE(pick->current().lineId, first.id);
        QVERIFY(pick->request(QStringLiteral("skip")));
        QVERIFY(pick->confirm());
        QVERIFY(pick->current().lineId != first.id);

        // Short pick with 1 in hand: "1 of N picked: N-1 stay missing".
        const TransferLineRow l = lineOf(f, pick->current().lineId);
        f.app->scan(f.locationBarcode(l.fromLocationId));
        f.app->scan(f.unitBarcode(l.productId));
        QVERIFY(!pick->request(QStringLiteral("short:BOGUS")));
        QVERIFY(!pick->confirming());
        QVERIFY(pick->request(QStringLiteral("short:NOT_FOUND")));
        QVERIFY(pick->confirming());
        const QString missing = formatQuantity(l.qtyExpected - units(1));
        QVERIFY2(
            pick->confirmText().startsWith(
                QStringLiteral("1 of %1 pc picked: %2 pc stay missing").arg(formatQuantity(l.qtyExpected), missing)),
            qPrintable(pick->confirmText()));
        QCOMPARE(pick->confirmLabel(), QStringLiteral("Short by %1").arg(missing));
        QVERIFY(f.ops().isEmpty());
        QVERIFY(!pick->confirm(true)); // no second choice here
        QVERIFY(f.ops().isEmpty());
        QVERIFY(pick->confirm());
        QCOMPARE(f.ops().size(), 1);
        QCOMPARE(f.ops().last().kind, ops::kindName(ops::Kind::ShortPick));
        QCOMPARE(f.ops().last().payload.value(QStringLiteral("qty")).toString(), QStringLiteral("1"));

        // Finish now: the open lines and units in numbers, backorder or close short.
        Milli left = 0;
        for (int row = 0; row < pick->lines()->count(); ++row) {
            const QString status = pick->lines()->value(row, "status").toString();
            if (status == u"open" || status == u"skipped")
                left += parseQuantity(pick->lines()->value(row, "remaining").toString()).value_or(0);
        }
        QVERIFY(pick->request(QStringLiteral("finish")));
        QCOMPARE(pick->confirmTitle(),
            QStringLiteral("Finish %1 with %2 open lines?").arg(pick->reference()).arg(pick->openLines()));
        QVERIFY2(pick->confirmText().contains(QStringLiteral("%1 units").arg(formatQuantity(left))),
            qPrintable(pick->confirmText()));
        QCOMPARE(pick->confirmAltLabel(), QStringLiteral("Close short"));
        QCOMPARE(f.ops().size(), 1);
        // A scan answers the step, not the question: the confirmation is gone.
        f.app->scan(f.unitBarcode(l.productId));
        QVERIFY(!pick->confirming());
        QVERIFY(pick->request(QStringLiteral("finish")));
        QVERIFY(pick->confirm(true));
        QCOMPARE(f.ops().last().kind, ops::kindName(ops::Kind::ValidateTransfer));
        QCOMPARE(f.ops().last().payload.value(QStringLiteral("mode")).toString(), QStringLiteral("close_short"));
        QCOMPARE(pick->step(), int(Step::Idle));
    }

    void shortSkipComeBackAndValidate()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        const qint64 transfer = f.queryInt(QString::fromLatin1(kUntrackedPick));
        auto *pick = f.app->pick();
        f.app->setActiveFlow(QStringLiteral("pick"));
        f.app->tasks()->setKind(QStringLiteral("pick"));
        const int picksBefore = f.app->tasks()->count();
        QVERIFY(pick->start(transfer));
        const qint64 first = pick->current().lineId;

        pick->skip();
        QVERIFY(pick->current().lineId != first);
        QCOMPARE(pick->lines()->value(0, "status").toString(), QStringLiteral("skipped"));

        // Short-pick the second line: a reason from the store is required.
        const TransferLineRow second = lineOf(f, pick->current().lineId);
        f.app->scan(f.locationBarcode(second.fromLocationId));
        QVERIFY(!pick->shortPick(QStringLiteral("BOGUS")));
        QVERIFY(pick->shortPick(QStringLiteral("NOT_FOUND")));
        QCOMPARE(f.ops().last().kind, ops::kindName(ops::Kind::ShortPick));
        QCOMPARE(f.ops().last().payload,
            (QJsonObject {{QStringLiteral("transfer_line_id"), second.id},
                {QStringLiteral("product_id"), second.productId},
                {QStringLiteral("location_id"), second.fromLocationId}, {QStringLiteral("qty"), QStringLiteral("0")},
                {QStringLiteral("reason_code"), QStringLiteral("NOT_FOUND")}}));
        QCOMPARE(f.lineDone(second.id), 0);

        // Pick every other line; the skipped one comes back last.
        for (int guard = 0; pick->step() != int(Step::Finished) && guard < 20; ++guard) {
            const TransferLineRow l = lineOf(f, pick->current().lineId);
            if (pick->step() == int(Step::Location))
                f.app->scan(f.locationBarcode(l.fromLocationId));
            f.app->scan(f.unitBarcode(l.productId));
            pick->setQuantity(formatQuantity(l.qtyExpected - f.lineDone(l.id)));
            QVERIFY(pick->confirmQuantity());
            if (pick->current().lineId == first)
                QCOMPARE(pick->lines()->value(0, "status").toString(), QStringLiteral("open"));
        }
        QCOMPARE(pick->step(), int(Step::Finished));
        QCOMPARE(f.lineDone(first), lineOf(f, first).qtyExpected);
        QCOMPARE(pick->openLines(), 0);

        QSignalSpy finished(pick, &ui::PickFlow::finished);
        QVERIFY(pick->validate(false));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(f.ops().last().kind, ops::kindName(ops::Kind::ValidateTransfer));
        QCOMPARE(f.ops().last().payload,
            (QJsonObject {
                {QStringLiteral("transfer_id"), transfer}, {QStringLiteral("mode"), QStringLiteral("close_short")}}));
        QCOMPARE(pick->step(), int(Step::Idle));
        f.app->tasks()->refresh();
        QCOMPARE(f.app->tasks()->count(), picksBefore - 1);
    }

    void batchOfOrders()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        f.app->tasks()->setKind(QStringLiteral("pick"));
        const QVariantList ids = f.app->tasks()->firstIds(3);
        QCOMPARE(ids.size(), 3);
        auto *pick = f.app->pick();
        f.app->setActiveFlow(QStringLiteral("pick"));
        QVERIFY(pick->startBatch(ids));
        QCOMPARE(pick->batchSize(), 3);
        qint64 lines = 0;
        for (const QVariant &id : ids)
            lines += f.queryInt(
                QStringLiteral("SELECT count(*) FROM transfer_line WHERE transfer_id = ?1"), {id.toLongLong()});
        QCOMPARE(pick->lines()->count(), int(lines));
        // One walk through the warehouse: the orders' lines merged in pick sequence.
        qint64 lastSeq = -1;
        QSet<qint64> transfers;
        for (int row = 0; row < pick->lines()->count(); ++row) {
            const qint64 line = pick->lines()->value(row, "lineId").toLongLong();
            const qint64 seq = f.queryInt(QStringLiteral("SELECT l.pick_seq FROM transfer_line t JOIN location l ON "
                                                         "l.id = t.from_location_id WHERE t.id = ?1"),
                {line});
            QVERIFY(seq >= lastSeq);
            lastSeq = seq;
            transfers.insert(f.queryInt(QStringLiteral("SELECT transfer_id FROM transfer_line WHERE id = ?1"), {line}));
        }
        QCOMPARE(transfers.size(), 3);
        QVERIFY(!pick->current().reference.isEmpty());

        // Picking a line books it on its own order.
        const TransferLineRow l = lineOf(f, pick->current().lineId);
        f.app->scan(f.locationBarcode(l.fromLocationId));
        f.app->scan(f.unitBarcode(l.productId));
        QCOMPARE(pick->step(), int(Step::Quantity));
        {
            pick->setQuantity(QStringLiteral("1"));
            if (pick->current().tracked) {
                QVERIFY(!pick->shortPick(QStringLiteral("NOT_FOUND"))); // one picked, but which lot?
                pick->setQuantity(QStringLiteral("0"));
                QVERIFY(pick->shortPick(QStringLiteral("NOT_FOUND")));
            } else {
                QVERIFY(pick->confirmQuantity());
                QCOMPARE(f.lineDone(l.id), units(1));
            }
        }
        QVERIFY(pick->validate(true));
        QList<qint64> validated;
        for (const auto &op : f.ops()) {
            if (op.kind == ops::kindName(ops::Kind::ValidateTransfer))
                validated.append(op.payload.value(QStringLiteral("transfer_id")).toInteger());
        }
        QCOMPARE(validated, (QList<qint64> {ids[0].toLongLong(), ids[1].toLongLong(), ids[2].toLongLong()}));
    }

    void scanReferenceStartsPick()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        const qint64 transfer = f.queryInt(QString::fromLatin1(kUntrackedPick));
        f.app->setActiveFlow(QStringLiteral("pick"));
        f.app->scan(f.queryText(QStringLiteral("SELECT reference FROM transfer WHERE id = ?1"), {transfer}));
        QCOMPARE(f.app->pick()->transferId(), transfer);
        QCOMPARE(f.app->pick()->step(), int(Step::Location));
    }
};

QTEST_GUILESS_MAIN(TestPick)
#include "tst_ui_pick.moc"
