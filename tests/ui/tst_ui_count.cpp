// Blind counting end to end: no book quantity reaches the screen; location -> items (+1 per scan, a
// packaging, or the pad) -> close, recording a count per product and a zero for what nobody found.
#include "ops/kinds.h"
#include "uifixture.h"

#include <QSet>

using namespace stockhand;
using uitest::UiFixture;
using Step = ui::CountFlow::Step;

class TestCount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blindCountOfALocation()
    {
        UiFixture f;
        QVERIFY(f.signIn(QStringLiteral("U106"))); // a counter
        // A count line whose bin holds an untracked product in the books.
        const qint64 lineId = f.queryInt(QStringLiteral(
            "SELECT l.id FROM count_line l JOIN count_task t ON t.id = l.task_id JOIN quant q ON q.location_id = "
            "l.location_id JOIN product p ON p.id = q.product_id WHERE t.warehouse_id = 1 AND p.tracking = 'none' "
            "ORDER BY l.id LIMIT 1"));
        QVERIFY(lineId > 0);
        const qint64 task = f.queryInt(QStringLiteral("SELECT task_id FROM count_line WHERE id = ?1"), {lineId});
        const qint64 location
            = f.queryInt(QStringLiteral("SELECT location_id FROM count_line WHERE id = ?1"), {lineId});
        const qint64 booked = f.queryInt(QStringLiteral("SELECT q.product_id FROM quant q JOIN product p ON p.id = "
                                                        "q.product_id WHERE q.location_id = ?1 AND p.tracking = 'none' "
                                                        "ORDER BY q.product_id LIMIT 1"),
            {location});
        const qint64 bookedCount
            = f.queryInt(QStringLiteral("SELECT count(*) FROM quant WHERE location_id = ?1 AND qty > 0"), {location});
        const qint64 stranger
            = f.queryInt(QStringLiteral("SELECT id FROM product WHERE tracking = 'none' AND id NOT IN "
                                        "(SELECT product_id FROM quant WHERE location_id = ?1) LIMIT 1"),
                {location});
        const qint64 tracked = f.queryInt(QStringLiteral("SELECT id FROM product WHERE tracking = 'lot' LIMIT 1"));

        auto *count = f.app->count();
        f.app->setActiveFlow(QStringLiteral("count"));
        f.app->scan(f.queryText(QStringLiteral("SELECT reference FROM count_task WHERE id = ?1"), {task}));
        QCOMPARE(count->step(), int(Step::Location));

        // Blind: no model of the flow carries a book quantity.
        const QSet<QByteArray> lineRoles(count->lines()->roleNames().cbegin(), count->lines()->roleNames().cend());
        QCOMPARE(lineRoles, (QSet<QByteArray> {"lineId", "location", "product", "counted", "current"}));
        const QSet<QByteArray> itemRoles(count->items()->roleNames().cbegin(), count->items()->roleNames().cend());
        QCOMPARE(itemRoles, (QSet<QByteArray> {"label", "lot", "quantity"}));

        const qint64 notInTask = f.queryInt(
            QStringLiteral(
                "SELECT id FROM location WHERE type = 'bin' AND id NOT IN (SELECT location_id FROM count_line "
                "WHERE task_id = ?1) LIMIT 1"),
            {task});
        f.app->scan(f.locationBarcode(notInTask));
        QCOMPARE(count->step(), int(Step::Location));
        QCOMPARE(f.errorsHeard(), 1);
        f.app->scan(f.locationBarcode(location));
        QCOMPARE(count->step(), int(Step::Items));

        for (int i = 0; i < 3; ++i)
            f.app->scan(f.unitBarcode(booked));
        QCOMPARE(count->lastQuantity(), QStringLiteral("3"));
        count->setQuantity(QStringLiteral("7"));
        QCOMPARE(count->lastQuantity(), QStringLiteral("7"));
        f.app->scan(f.caseBarcode(stranger));
        QCOMPARE(count->lastQuantity(), formatQuantity(f.caseQty(stranger)));
        f.app->scan(f.unitBarcode(tracked)); // tracked without its lot: refused
        QCOMPARE(f.errorsHeard(), 2);
        f.app->scan(f.locationBarcode(notInTask)); // another location before closing this one
        QCOMPARE(f.errorsHeard(), 3);
        QCOMPARE(count->items()->count(), 2);

        f.clock.advanceMs(60000);
        const QString countedAt = f.clock.now().toUTC().toString(Qt::ISODateWithMs);
        // Closing asks first: the books' other items here get 0, in numbers; nothing recorded yet.
        QVERIFY(count->request(QStringLiteral("close")));
        QVERIFY(count->confirming());
        QVERIFY2(count->confirmText().contains(QStringLiteral("Books 0 for %1 item%2 nobody counted here.")
                                                   .arg(bookedCount - 1)
                                                   .arg(bookedCount - 1 == 1 ? QString() : QStringLiteral("s"))),
            qPrintable(count->confirmText()));
        QVERIFY(count->confirmText().startsWith(QStringLiteral("You counted 2 items here.")));
        QVERIFY(f.ops().isEmpty());
        count->cancelConfirmation();
        QVERIFY(f.ops().isEmpty());
        QCOMPARE(count->step(), int(Step::Items));
        QVERIFY(count->closeLocation());
        const auto ops = f.ops();
        // One count per counted product, and a zero for every other product the books hold here.
        QCOMPARE(ops.size(), qsizetype(2 + bookedCount - 1));
        QHash<qint64, QString> qty;
        for (const auto &op : ops) {
            QCOMPARE(op.kind, ops::kindName(ops::Kind::Count));
            QCOMPARE(op.payload.value(QStringLiteral("count_line_id")).toInteger(), lineId);
            QCOMPARE(op.payload.value(QStringLiteral("location_id")).toInteger(), location);
            QCOMPARE(op.payload.value(QStringLiteral("counted_at")).toString(), countedAt);
            qty.insert(op.payload.value(QStringLiteral("product_id")).toInteger(),
                op.payload.value(QStringLiteral("qty")).toString());
        }
        QCOMPARE(qty.value(booked), QStringLiteral("7"));
        QCOMPARE(qty.value(stranger), formatQuantity(f.caseQty(stranger)));
        for (auto it = qty.cbegin(); it != qty.cend(); ++it) {
            if (it.key() != booked && it.key() != stranger)
                QCOMPARE(it.value(), QStringLiteral("0"));
        }
        // Counting never changes the stock the device shows; the line is counted.
        QCOMPARE(f.onHand(location, booked),
            f.queryInt(
                QStringLiteral("SELECT qty FROM quant WHERE location_id = ?1 AND product_id = ?2 AND lot_id IS NULL"),
                {location, booked}));
        f.app->tasks()->setKind(QStringLiteral("count"));
        bool found = false;
        for (int row = 0; row < f.app->tasks()->count(); ++row) {
            if (f.app->tasks()->value(row, "taskId").toLongLong() == task) {
                found = true;
                QCOMPARE(f.app->tasks()->value(row, "openLines").toLongLong(),
                    f.queryInt(QStringLiteral("SELECT count(*) FROM count_line WHERE task_id = ?1"), {task}) - 1);
            }
        }
        QVERIFY(found);
        QVERIFY(count->step() == int(Step::Location) || count->step() == int(Step::Finished));
    }

    void recountOfOneProduct()
    {
        UiFixture f;
        QVERIFY(f.signIn(QStringLiteral("U106")));
        const qint64 location
            = f.queryInt(QStringLiteral("SELECT location_id FROM quant q JOIN product p ON p.id = "
                                        "q.product_id WHERE p.tracking = 'none' ORDER BY q.id LIMIT 1"));
        const qint64 product
            = f.queryInt(QStringLiteral("SELECT product_id FROM quant WHERE location_id = ?1 ORDER BY id "
                                        "LIMIT 1"),
                {location});
        QVERIFY(f.store->db()
                    .exec(QStringLiteral("INSERT INTO count_task (id, warehouse_id, reference, kind) VALUES (900, 1, "
                                         "'RC-900', 'recount'); INSERT INTO count_line (id, task_id, location_id, "
                                         "product_id) VALUES (9000, 900, %1, %2);")
                              .arg(location)
                              .arg(product)
                              .toStdString())
                    .ok());
        f.app->tasks()->setKind(QStringLiteral("count"));
        QCOMPARE(f.app->tasks()->value(0, "recount").toBool(), true); // recounts come first
        auto *count = f.app->count();
        f.app->setActiveFlow(QStringLiteral("count"));
        QVERIFY(count->start(900));
        QVERIFY(count->recount());
        f.app->scan(f.locationBarcode(location));
        const qint64 other = product == 1 ? 2 : 1;
        f.app->scan(f.unitBarcode(other));
        QCOMPARE(f.errorsHeard(), 1);
        QVERIFY(count->message().contains(QStringLiteral("only")));
        QSignalSpy finished(count, &ui::CountFlow::finished);
        QVERIFY(count->closeLocation()); // nothing found
        QCOMPARE(finished.size(), 1);
        QCOMPARE(count->step(), int(Step::Finished));
        QCOMPARE(f.ops().size(), 1);
        QCOMPARE(uitest::without(f.ops()[0].payload, {"counted_at"}),
            (QJsonObject {{QStringLiteral("count_line_id"), 9000}, {QStringLiteral("location_id"), location},
                {QStringLiteral("product_id"), product}, {QStringLiteral("qty"), QStringLiteral("0")}}));
    }
};

QTEST_GUILESS_MAIN(TestCount)
#include "tst_ui_count.moc"
