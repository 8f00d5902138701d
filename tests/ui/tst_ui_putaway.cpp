// Putaway end to end: received stock at the dock -> suggested bin (home location, else an empty bin in
// the product's zone) -> confirmed by scanning it, or overridden with a reason; packages move whole.
#include "ops/kinds.h"
#include "uifixture.h"

using namespace stockhand;
using uitest::UiFixture;
using Step = ui::PutawayFlow::Step;

class TestPutaway : public QObject
{
    Q_OBJECT

    UiFixture *f = nullptr;
    qint64 dock = 0;

    // Receives `qty` of an untracked product (unexpected, at the dock) so that it waits for putaway.
    qint64 receive(int skip, const QString &qty)
    {
        const qint64 product = f->queryInt(
            QStringLiteral("SELECT id FROM product WHERE tracking = 'none' ORDER BY id LIMIT 1 OFFSET ?1"), {skip});
        auto *rcv = f->app->receive();
        f->app->setActiveFlow(QStringLiteral("receive"));
        rcv->start(f->queryInt(QStringLiteral("SELECT id FROM transfer WHERE kind = 'receipt' ORDER BY id LIMIT 1")));
        f->app->scan(f->unitBarcode(product));
        rcv->setQuantity(qty);
        if (!rcv->confirmQuantity())
            qFatal("receive failed: %s", qPrintable(rcv->message()));
        rcv->leave();
        f->app->setActiveFlow(QStringLiteral("putaway"));
        return product;
    }
    QString barcodeOfName(const QString &name)
    {
        const QByteArray sql = "SELECT barcode FROM location WHERE warehouse_id = 1 AND name = ?1";
        auto st = f->store->db().prepare(std::string_view(sql.constData(), size_t(sql.size())));
        st->bind(1, name);
        return st->step().value() ? st->text(0) : QString();
    }

private Q_SLOTS:
    void init()
    {
        f = new UiFixture;
        QVERIFY(f->signIn(QStringLiteral("U104")));
        dock = f->queryInt(QStringLiteral("SELECT id FROM location WHERE type = 'receiving' AND warehouse_id = 1"));
    }
    void cleanup()
    {
        delete f;
        f = nullptr;
    }

    void suggestedBinConfirmed()
    {
        const qint64 product = receive(0, QStringLiteral("4"));
        QCOMPARE(f->app->summary()->countOf(QStringLiteral("putaway")), 1);
        auto *put = f->app->putaway();
        QCOMPARE(put->step(), int(Step::Item));
        f->app->scan(barcodeOfName(QStringLiteral("A01-01-1-01"))); // a bin is not an item
        QCOMPARE(put->step(), int(Step::Item));
        QCOMPARE(f->errorsHeard(), 1);

        f->app->scan(f->unitBarcode(product));
        QCOMPARE(put->step(), int(Step::Destination));
        QCOMPARE(put->quantity(), QStringLiteral("4"));
        QVERIFY(!put->suggestion().isEmpty());
        // The suggestion is an empty bin.
        const QString bin = barcodeOfName(put->suggestion());
        const qint64 binId
            = f->queryInt(QStringLiteral("SELECT id FROM location WHERE id = ?1"), {put->suggestionId()});
        QCOMPARE(
            f->queryInt(QStringLiteral("SELECT count(*) FROM quant WHERE location_id = ?1 AND qty > 0"), {binId}), 0);

        f->app->scan(f->unitBarcode(product)); // not a bin
        QCOMPARE(put->step(), int(Step::Destination));
        f->app->scan(bin);
        QCOMPARE(put->step(), int(Step::Item));
        const auto op = f->ops().last();
        QCOMPARE(op.kind, ops::kindName(ops::Kind::Move));
        QCOMPARE(op.payload,
            (QJsonObject {{QStringLiteral("product_id"), product}, {QStringLiteral("from_location_id"), dock},
                {QStringLiteral("to_location_id"), binId}, {QStringLiteral("qty"), QStringLiteral("4")}}));
        QCOMPARE(f->onHand(dock, product), 0);
        QCOMPARE(f->onHand(binId, product), units(4));
        f->app->summary()->refresh();
        QCOMPARE(f->app->summary()->countOf(QStringLiteral("putaway")), 0);
    }

    void homeLocationAndOverrideWithReason()
    {
        const qint64 product = receive(1, QStringLiteral("3"));
        const qint64 home
            = f->queryInt(QStringLiteral("SELECT id FROM location WHERE type = 'bin' ORDER BY id DESC LIMIT 1"));
        QVERIFY(f->store->db()
                    .exec(QStringLiteral("UPDATE product SET home_location_id = %1 WHERE id = %2")
                              .arg(home)
                              .arg(product)
                              .toStdString())
                    .ok());
        auto *put = f->app->putaway();
        f->app->scan(f->unitBarcode(product));
        QCOMPARE(put->suggestionId(), home);
        put->setQuantity(QStringLiteral("2"));
        QCOMPARE(put->quantity(), QStringLiteral("2"));
        put->setQuantity(QStringLiteral("9")); // more than at the dock
        QCOMPARE(put->quantity(), QStringLiteral("2"));

        const qint64 other
            = f->queryInt(QStringLiteral("SELECT id FROM location WHERE type = 'bin' ORDER BY id LIMIT 1"));
        f->app->scan(f->locationBarcode(other));
        QCOMPARE(put->step(), int(Step::Override));
        QCOMPARE(put->messageLevel(), ui::Feedback::Warning);
        QVERIFY(f->ops().size() == 1); // only the receipt so far
        QVERIFY(!put->overrideWith(QStringLiteral("NOT_FOUND"))); // a short-pick reason is not an override reason
        QVERIFY(put->overrideWith(QStringLiteral("BIN_FULL")));
        QCOMPARE(f->ops().last().payload,
            (QJsonObject {{QStringLiteral("product_id"), product}, {QStringLiteral("from_location_id"), dock},
                {QStringLiteral("to_location_id"), other}, {QStringLiteral("qty"), QStringLiteral("2")},
                {QStringLiteral("reason_code"), QStringLiteral("BIN_FULL")}}));
        QCOMPARE(f->onHand(dock, product), units(1));
    }

    // The server made a putaway line for what the receipt left at the dock (validate_transfer): the
    // handheld sends the item where the line says, not to its own suggestion, and works the line.
    void serverPutawayLineDecidesTheBin()
    {
        const qint64 product = receive(2, QStringLiteral("5"));
        const qint64 target = f->queryInt(
            QStringLiteral("SELECT id FROM location WHERE type = 'bin' ORDER BY id DESC LIMIT 1 OFFSET 3"));
        auto *put = f->app->putaway();
        f->app->scan(f->unitBarcode(product));
        QVERIFY(put->suggestionId() != target); // the device's own rules would choose another bin
        put->cancel();
        const std::string sql = QStringLiteral(
            "INSERT INTO transfer(id, warehouse_id, kind, reference, state) VALUES (990001, 1, 'putaway', 'T-PUT', "
            "'open');"
            "INSERT INTO transfer_line(id, transfer_id, seq, product_id, from_location_id, to_location_id, "
            "qty_expected) VALUES (990002, 990001, 1, %1, %2, %3, 5000);")
                                    .arg(product)
                                    .arg(dock)
                                    .arg(target)
                                    .toStdString();
        QVERIFY(f->store->db().exec(sql).ok());

        f->app->scan(f->unitBarcode(product));
        QCOMPARE(put->step(), int(Step::Destination));
        QCOMPARE(put->suggestionId(), target);
        f->app->scan(f->locationBarcode(target));
        QCOMPARE(put->step(), int(Step::Item));
        QCOMPARE(f->ops().last().payload,
            (QJsonObject {{QStringLiteral("product_id"), product}, {QStringLiteral("from_location_id"), dock},
                {QStringLiteral("to_location_id"), target}, {QStringLiteral("qty"), QStringLiteral("5")},
                {QStringLiteral("transfer_line_id"), 990002}}));
        // The line is done on the device (its pending effect): nothing more to put away from it.
        QCOMPARE(
            f->queryInt(QStringLiteral("SELECT qty_done_view FROM transfer_line_view WHERE id = 990002")), units(5));
        QCOMPARE(f->onHand(target, product) >= units(5), true);
    }

    void packageMovesWhole()
    {
        QVERIFY(f->store->db()
                    .exec(QStringLiteral("INSERT INTO package (id, name, location_id) VALUES (7, 'LPN-7', %1);"
                                         "INSERT INTO quant (location_id, product_id, package_id, qty) VALUES "
                                         "(%1, 3, 7, 6000), (%1, 4, 7, 2000);")
                              .arg(dock)
                              .toStdString())
                    .ok());
        f->app->setActiveFlow(QStringLiteral("putaway"));
        auto *put = f->app->putaway();
        f->app->scan(QStringLiteral("LPN-7"));
        QCOMPARE(put->step(), int(Step::Destination));
        QCOMPARE(put->quantity(), QStringLiteral("8"));
        const qint64 target = put->suggestionId();
        QVERIFY(target > 0);
        f->app->scan(f->locationBarcode(target));
        const auto ops = f->ops();
        QCOMPARE(ops.size(), 2);
        for (const auto &op : ops) {
            QCOMPARE(op.kind, ops::kindName(ops::Kind::Move));
            QCOMPARE(op.payload.value(QStringLiteral("package_id")).toInteger(), 7);
            QCOMPARE(op.payload.value(QStringLiteral("from_location_id")).toInteger(), dock);
            QCOMPARE(op.payload.value(QStringLiteral("to_location_id")).toInteger(), target);
        }
        QCOMPARE(f->onHand(target, 3, 0, 7), units(6));
        QCOMPARE(f->onHand(dock, 4, 0, 7), 0);
    }
};

QTEST_GUILESS_MAIN(TestPutaway)
#include "tst_ui_putaway.moc"
