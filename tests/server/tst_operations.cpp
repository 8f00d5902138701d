// Operation semantics driven through the real server core in-process (docs/operations.md).
#include "pgtestserver.h"
#include "push.h"
#include "serverfixture.h"

#include <QJsonDocument>

#include <QTest>

#include <thread>

using namespace stockhand;
using namespace stockhand::server;
using namespace stockhand::server::test;

namespace {
QJsonObject first(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("results")).toArray().first().toObject();
}
// A batch refused whole because of the operation at index: 403 role.forbidden naming it.
void verifyForbidden(const QJsonObject &answer, int httpStatus, int index, const QString &uuid)
{
    QCOMPARE(httpStatus, 403);
    const QJsonObject e = answer.value(QStringLiteral("error")).toObject();
    QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("role.forbidden"));
    QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(e.value(QStringLiteral("operation")).toObject().value(QStringLiteral("index")).toInt(), index);
    QCOMPARE(e.value(QStringLiteral("operation")).toObject().value(QStringLiteral("uuid")).toString(), uuid);
    QVERIFY(!answer.contains(QStringLiteral("results")));
}

QString status(const QJsonObject &answer, int i = 0)
{
    return answer.value(QStringLiteral("results"))
        .toArray()
        .at(i)
        .toObject()
        .value(QStringLiteral("status"))
        .toString();
}
QStringList exceptionKinds(const QJsonObject &result)
{
    QStringList kinds;
    for (const QJsonValue &e :
        result.value(QStringLiteral("result")).toObject().value(QStringLiteral("exceptions")).toArray())
        kinds.append(e.toObject().value(QStringLiteral("kind")).toString());
    return kinds;
}
} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->setUp(), qPrintable(m_f->lastError));
    }

    // Group commit (push.h): pushes handled while a group is open share one transaction. Nothing of the
    // group is visible to another connection before the commit; after it each push's effects are there
    // exactly as if it had been alone: a refused push (403) leaves nothing, an operation sent again in a
    // later push of the same group is answered duplicate, the others are applied once.
    void groupCommitAppliesEachPushAsAlone()
    {
        const World &w = m_f->world();
        const QString second = m_f->enrolDevice(1, QStringLiteral("hh-group"));
        auto committed = [&](const char *sql) -> qint64 { // what another connection sees
            if (m_f->onPostgres()) {
                auto other = pg::Connection::open(m_f->database());
                return other ? (*other)->queryInt(sql).valueOr(-1) : -1;
            }
            auto other = db::Database::openUnconfigured(m_f->dbPath(), db::OpenOptions {});
            return other ? (*other)->queryInt(sql).valueOr(-1) : -1;
        };
        const qint64 logged = m_f->queryInt("SELECT count(*) FROM op_log");
        const Milli before = m_f->quant(w.binB, w.product);
        auto move = [&](qint64 seq) {
            return ServerFixture::op(QStringLiteral("move"), w.receiver,
                {{QStringLiteral("product_id"), w.product}, {QStringLiteral("from_location_id"), w.binA},
                    {QStringLiteral("to_location_id"), w.binB}, {QStringLiteral("qty"), 1}},
                seq);
        };
        const QJsonObject a1 = move(1), a2 = move(2), c1 = move(3);
        const QJsonObject forbidden = ServerFixture::op(QStringLiteral("pick"), w.counter,
            {{QStringLiteral("transfer_line_id"), w.pickLine}, {QStringLiteral("location_id"), w.pickFrom},
                {QStringLiteral("qty"), 1}});
        m_f->core().beginPushGroup();
        int httpA = 0, httpB = 0, httpC = 0;
        const QJsonObject a = m_f->push({a1, a2}, QString(), &httpA);
        const QJsonObject b = m_f->push({move(4), forbidden}, second, &httpB);
        const QJsonObject c = m_f->push({a1, c1}, second, &httpC); // a1 again, from another device
        QCOMPARE(committed("SELECT count(*) FROM op_log"), logged); // not yet durable: not visible
        QVERIFY(m_f->core().commitPushGroup());
        QCOMPARE(httpA, 200);
        QCOMPARE(status(a, 0), QStringLiteral("applied"));
        QCOMPARE(status(a, 1), QStringLiteral("applied"));
        verifyForbidden(b, httpB, 1, forbidden.value(QStringLiteral("uuid")).toString());
        QCOMPARE(httpC, 200);
        QCOMPARE(status(c, 0), QStringLiteral("duplicate"));
        QCOMPARE(status(c, 1), QStringLiteral("applied"));
        QCOMPARE(committed("SELECT count(*) FROM op_log"), logged + 3);
        QCOMPARE(m_f->quant(w.binB, w.product), before + units(3));
        // Op ids stay dense and in order across the members (the refused one took none).
        QCOMPARE(committed("SELECT max(id) - min(id) + 1 FROM (SELECT id FROM op_log ORDER BY id DESC LIMIT 3) t"), 3);
    }

    // An operation rejected after it wrote (a count that made a lot, then named no count line) makes its
    // push run again with a savepoint per operation. The first push of a group runs without a member
    // savepoint (its retry rolls the whole transaction back and begins another), a later one inside its
    // member savepoint: either way only the rejected operation leaves nothing, and the group commits the rest.
    void groupCommitRetriesAPushWithSavepointsFirstOrLater()
    {
        const World &w = m_f->world();
        const QString second = m_f->enrolDevice(1, QStringLiteral("hh-group-2"));
        const QString third = m_f->enrolDevice(1, QStringLiteral("hh-group-3"));
        const qint64 lots = m_f->queryInt("SELECT count(*) FROM lot");
        const qint64 logged = m_f->queryInt("SELECT count(*) FROM op_log");
        const Milli before = m_f->quant(w.binB, w.product);
        auto move = [&](qint64 seq) {
            return ServerFixture::op(QStringLiteral("move"), w.receiver,
                {{QStringLiteral("product_id"), w.product}, {QStringLiteral("from_location_id"), w.binA},
                    {QStringLiteral("to_location_id"), w.binB}, {QStringLiteral("qty"), 1}},
                seq);
        };
        auto badCount = [&](qint64 seq) {
            return ServerFixture::op(QStringLiteral("count"), w.counter,
                {{QStringLiteral("location_id"), w.binA}, {QStringLiteral("product_id"), w.product},
                    {QStringLiteral("lot"), QStringLiteral("NEVER-SEEN-LOT-%1").arg(seq)}, {QStringLiteral("qty"), 3},
                    {QStringLiteral("count_line_id"), 99999999}},
                seq);
        };
        m_f->core().beginPushGroup();
        int http1 = 0, http2 = 0, http3 = 0;
        const QJsonObject first = m_f->push({move(1), badCount(2), move(3)}, QString(), &http1);
        const QJsonObject middle = m_f->push({move(1)}, second, &http2);
        const QJsonObject last = m_f->push({move(1), badCount(2)}, third, &http3);
        QVERIFY(m_f->core().commitPushGroup());
        QCOMPARE(http1, 200);
        QCOMPARE(status(first, 0), QStringLiteral("applied"));
        QCOMPARE(status(first, 1), QStringLiteral("rejected"));
        QCOMPARE(status(first, 2), QStringLiteral("applied"));
        QCOMPARE(http2, 200);
        QCOMPARE(status(middle, 0), QStringLiteral("applied"));
        QCOMPARE(http3, 200);
        QCOMPARE(status(last, 0), QStringLiteral("applied"));
        QCOMPARE(status(last, 1), QStringLiteral("rejected"));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM lot"), lots);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), logged + 6);
        QCOMPARE(m_f->quant(w.binB, w.product), before + units(4));
        QCOMPARE(
            m_f->queryInt("SELECT max(id) - min(id) + 1 FROM (SELECT id FROM op_log ORDER BY id DESC LIMIT 6) t"), 6);
    }

    // A group that is not committed leaves nothing.
    void groupNotCommittedLeavesNothing()
    {
        const World &w = m_f->world();
        const qint64 logged = m_f->queryInt("SELECT count(*) FROM op_log");
        const Milli before = m_f->quant(w.binB, w.product);
        {
            auto device = m_f->core().devices().authenticate("Bearer " + m_f->token().toLatin1());
            QVERIFY(device);
            PushGroup group(m_f->core().storage());
            const QByteArray body = QJsonDocument(
                QJsonObject {{QStringLiteral("operations"),
                    QJsonArray {ServerFixture::op(QStringLiteral("move"), w.receiver,
                        {{QStringLiteral("product_id"), w.product}, {QStringLiteral("from_location_id"), w.binA},
                            {QStringLiteral("to_location_id"), w.binB}, {QStringLiteral("qty"), 1}})}}})
                                        .toJson(QJsonDocument::Compact);
            const Response r = group.push(m_f->core().clock(), m_f->core().config(), device.value(), body);
            QCOMPARE(r.status, 200);
            QCOMPARE(group.size(), 1);
        }
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), logged);
        QCOMPARE(m_f->quant(w.binB, w.product), before);
    }

    void pickMovesStockAndIsAppliedOnce()
    {
        const World &w = m_f->world();
        const Milli before = m_f->quant(w.pickFrom, w.pickProduct);
        const QJsonObject pick = ServerFixture::op(QStringLiteral("pick"), w.picker,
            {{QStringLiteral("transfer_line_id"), w.pickLine}, {QStringLiteral("location_id"), w.pickFrom},
                {QStringLiteral("qty"), QStringLiteral("1.5")}});
        const QJsonObject a1 = m_f->push({pick});
        QVERIFY2(status(a1) == QLatin1String("applied"), QJsonDocument(a1).toJson().constData());
        QCOMPARE(m_f->quant(w.pickFrom, w.pickProduct), before - 1500);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject again = m_f->push({pick});
            QCOMPARE(status(again), QStringLiteral("duplicate"));
            QCOMPARE(first(again).value(QStringLiteral("original_status")).toString(), QStringLiteral("applied"));
            QCOMPARE(first(again).value(QStringLiteral("result")), first(a1).value(QStringLiteral("result")));
        }
        QCOMPARE(m_f->quant(w.pickFrom, w.pickProduct), before - 1500);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM stock_move WHERE kind = 'pick'"), 1);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), 1);
    }

    void overPickAndNegativeStockAreKeptAndRaised()
    {
        const World &w = m_f->world();
        const Milli before = m_f->quant(w.pickFrom, w.pickProduct);
        const QString huge = formatQuantity(before + units(1000));
        const QJsonObject a = m_f->push({ServerFixture::op(QStringLiteral("pick"), w.picker,
            {{QStringLiteral("transfer_line_id"), w.pickLine}, {QStringLiteral("location_id"), w.pickFrom},
                {QStringLiteral("qty"), huge}})});
        QCOMPARE(status(a), QStringLiteral("applied"));
        const QStringList kinds = exceptionKinds(first(a));
        QVERIFY2(kinds.contains(QStringLiteral("negative_stock")), qPrintable(kinds.join(QLatin1Char(','))));
        QVERIFY(kinds.contains(QStringLiteral("over_pick")));
        QCOMPARE(m_f->quant(w.pickFrom, w.pickProduct), -units(1000));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM exception WHERE state = 'open'"), 2);
    }

    void twoDevicesPickingTheSameLineRaiseOneException()
    {
        const World &w = m_f->world();
        const QString second = m_f->enrolDevice(1, QStringLiteral("handheld-2"));
        const QJsonObject payload {{QStringLiteral("transfer_line_id"), w.pickLine},
            {QStringLiteral("location_id"), w.pickFrom}, {QStringLiteral("qty"), 1}};
        QCOMPARE(status(m_f->push({ServerFixture::op(QStringLiteral("pick"), w.picker, payload)})),
            QStringLiteral("applied"));
        const QJsonObject b = m_f->push({ServerFixture::op(QStringLiteral("pick"), w.picker + 1, payload)}, second);
        QCOMPARE(status(b), QStringLiteral("applied"));
        QVERIFY(exceptionKinds(first(b)).contains(QStringLiteral("line_picked_by_two_devices")));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM stock_move WHERE kind = 'pick'"), 2);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM exception WHERE kind = 'line_picked_by_two_devices'"), 1);
    }

    void unknownLotIsCreatedAndRaised()
    {
        const World &w = m_f->world();
        const QJsonObject a = m_f->push({ServerFixture::op(QStringLiteral("receive"), w.receiver,
            {{QStringLiteral("product_id"), w.product}, {QStringLiteral("location_id"), w.binA},
                {QStringLiteral("qty"), QStringLiteral("3")}, {QStringLiteral("lot"), QStringLiteral("NEW-LOT-1")}})});
        QCOMPARE(status(a), QStringLiteral("applied"));
        const QStringList kinds = exceptionKinds(first(a));
        QVERIFY(kinds.contains(QStringLiteral("unknown_lot")));
        QVERIFY(kinds.contains(QStringLiteral("unexpected_item")));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM lot WHERE name = 'NEW-LOT-1'"), 1);
    }

    void receiveAgainstLineCountsDone()
    {
        const World &w = m_f->world();
        const QJsonObject a = m_f->push({ServerFixture::op(QStringLiteral("receive"), w.receiver,
            {{QStringLiteral("transfer_line_id"), w.receiptLine}, {QStringLiteral("product_id"), w.receiptProduct},
                {QStringLiteral("location_id"), w.binA}, {QStringLiteral("qty"), 2}})});
        QCOMPARE(status(a), QStringLiteral("applied"));
        QCOMPARE(m_f->queryInt(QStringLiteral("SELECT qty_done FROM transfer_line WHERE id = %1").arg(w.receiptLine)),
            units(2));
    }

    void roleViolationIsRejectedAndLeavesNothing()
    {
        const World &w = m_f->world();
        // A counter cannot pick: the batch is refused whole (403) naming the operation, and nothing of it
        // is applied or logged - not even the allowed operation before it.
        const qint64 logged = m_f->queryInt("SELECT count(*) FROM op_log");
        const QJsonObject allowed = ServerFixture::op(QStringLiteral("pick"), w.picker,
            {{QStringLiteral("transfer_line_id"), w.pickLine}, {QStringLiteral("location_id"), w.pickFrom},
                {QStringLiteral("qty"), 1}});
        const QJsonObject forbidden = ServerFixture::op(QStringLiteral("pick"), w.counter,
            {{QStringLiteral("transfer_line_id"), w.pickLine}, {QStringLiteral("location_id"), w.pickFrom},
                {QStringLiteral("qty"), 1}});
        int http = 0;
        const QJsonObject a = m_f->push({allowed, forbidden}, QString(), &http);
        verifyForbidden(a, http, 1, forbidden.value(QStringLiteral("uuid")).toString());
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM stock_move WHERE kind = 'pick'"), 0);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), logged);
        // Without the forbidden one (what the device sends next), the rest is applied.
        QCOMPARE(status(m_f->push({allowed}, QString(), &http)), QStringLiteral("applied"));
        QCOMPARE(http, 200);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM stock_move WHERE kind = 'pick'"), 1);
        // An operation already applied is answered as a duplicate even when sent next to a forbidden one
        // that is refused: the refusal names the forbidden one only.
        const QJsonObject again = m_f->push({allowed, forbidden}, QString(), &http);
        verifyForbidden(again, http, 1, forbidden.value(QStringLiteral("uuid")).toString());
        // A user of another warehouse is unknown here.
        const QJsonObject b = m_f->push({ServerFixture::op(QStringLiteral("pick"), w.pickerWh2,
            {{QStringLiteral("transfer_line_id"), w.pickLine}, {QStringLiteral("location_id"), w.pickFrom},
                {QStringLiteral("qty"), 1}})});
        QCOMPARE(first(b).value(QStringLiteral("code")).toString(), QStringLiteral("user.unknown"));
    }

    void rejectedOperationDoesNotBlockTheOthers()
    {
        const World &w = m_f->world();
        const QJsonObject a = m_f->push({
            ServerFixture::op(QStringLiteral("move"), w.receiver,
                {{QStringLiteral("product_id"), w.product}, {QStringLiteral("from_location_id"), w.binA},
                    {QStringLiteral("to_location_id"), w.otherWarehouseBin}, {QStringLiteral("qty"), 1}},
                1),
            ServerFixture::op(QStringLiteral("move"), w.receiver,
                {{QStringLiteral("product_id"), w.product}, {QStringLiteral("from_location_id"), w.binA},
                    {QStringLiteral("to_location_id"), w.binB}, {QStringLiteral("qty"), 1}},
                2),
        });
        QCOMPARE(status(a, 0), QStringLiteral("rejected"));
        QCOMPARE(a.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("op.unknown-location"));
        QCOMPARE(status(a, 1), QStringLiteral("applied"));
        QCOMPARE(m_f->quant(w.binB, w.product) - m_f->quant(w.binA, w.product) >= units(2), true);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM stock_move WHERE kind = 'move'"), 1);
    }

    // An operation rejected after it already wrote (a count that creates its unknown lot, then names a
    // count line that does not exist) leaves nothing behind - not the lot, not its exception - and the
    // operations around it are applied once (the batch runs again with a savepoint per operation).
    void operationRejectedAfterWritingLeavesNothing()
    {
        const World &w = m_f->world();
        const qint64 lots = m_f->queryInt("SELECT count(*) FROM lot");
        auto move = [&](int seq) {
            return ServerFixture::op(QStringLiteral("move"), w.receiver,
                {{QStringLiteral("product_id"), w.product}, {QStringLiteral("from_location_id"), w.binA},
                    {QStringLiteral("to_location_id"), w.binB}, {QStringLiteral("qty"), 1}},
                seq);
        };
        const qint64 before = m_f->quant(w.binB, w.product);
        const QJsonObject a = m_f->push({move(1),
            ServerFixture::op(QStringLiteral("count"), w.counter,
                {{QStringLiteral("location_id"), w.binA}, {QStringLiteral("product_id"), w.product},
                    {QStringLiteral("lot"), QStringLiteral("NEVER-SEEN-LOT")}, {QStringLiteral("qty"), 3},
                    {QStringLiteral("count_line_id"), 99999999}},
                2),
            move(3)});
        QCOMPARE(status(a, 0), QStringLiteral("applied"));
        QCOMPARE(status(a, 1), QStringLiteral("rejected"));
        QCOMPARE(a.value(QStringLiteral("results")).toArray().at(1).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("op.unknown-count-line"));
        QCOMPARE(status(a, 2), QStringLiteral("applied"));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM lot"), lots);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM exception WHERE kind = 'unknown_lot'"), 0);
        QCOMPARE(m_f->quant(w.binB, w.product), before + units(2));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM stock_move WHERE kind = 'move'"), 2);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), 3);
    }

    // A UUID is one operation however it is spelled: braces and upper case are the same id as the plain
    // lower-case form devices send.
    void uuidSpellingsAreOneOperation()
    {
        const World &w = m_f->world();
        const QString plain = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject first = ServerFixture::op(QStringLiteral("move"), w.receiver,
            {{QStringLiteral("product_id"), w.product}, {QStringLiteral("from_location_id"), w.binA},
                {QStringLiteral("to_location_id"), w.binB}, {QStringLiteral("qty"), 1}},
            1, QStringLiteral("{") + plain.toUpper() + QStringLiteral("}"));
        QCOMPARE(status(m_f->push({first})), QStringLiteral("applied"));
        QJsonObject again = ServerFixture::op(QStringLiteral("move"), w.receiver,
            {{QStringLiteral("product_id"), w.product}, {QStringLiteral("from_location_id"), w.binA},
                {QStringLiteral("to_location_id"), w.binB}, {QStringLiteral("qty"), 1}},
            2, plain);
        QCOMPARE(status(m_f->push({again})), QStringLiteral("duplicate"));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM stock_move WHERE kind = 'move'"), 1);
        // The nil UUID is no id.
        int http = 0;
        m_f->push({ServerFixture::op(QStringLiteral("move"), w.receiver, {}, 3,
                      QStringLiteral("00000000-0000-0000-0000-000000000000"))},
            QString(), &http);
        QCOMPARE(http, 400);
    }

    void countThresholds_data()
    {
        QTest::addColumn<QString>("maxQty");
        QTest::addColumn<double>("maxPercent");
        QTest::addColumn<qint64>("maxValueCents");
        QTest::addColumn<QString>("variance");
        QTest::addColumn<bool>("approved");
        // The counted product has a book of 100 and a unit value of 2.50 (set up below).
        QTest::newRow("under every threshold")
            << QStringLiteral("2") << 5.0 << qint64(1000) << QStringLiteral("1") << true;
        QTest::newRow("over the quantity")
            << QStringLiteral("2") << 50.0 << qint64(100000) << QStringLiteral("3") << false;
        QTest::newRow("over the percent")
            << QStringLiteral("100") << 0.5 << qint64(100000) << QStringLiteral("1") << false;
        QTest::newRow("over the value") << QStringLiteral("100") << 50.0 << qint64(200) << QStringLiteral("1") << false;
        QTest::newRow("a shortfall under all")
            << QStringLiteral("2") << 5.0 << qint64(1000) << QStringLiteral("-2") << true;
        QTest::newRow("thresholds off") << QStringLiteral("-1") << -1.0 << qint64(-1) << QStringLiteral("-40") << true;
    }

    void countThresholds()
    {
        QFETCH(QString, maxQty);
        QFETCH(double, maxPercent);
        QFETCH(qint64, maxValueCents);
        QFETCH(QString, variance);
        QFETCH(bool, approved);
        CoreConfig config;
        config.count.maxQty = maxQty == QLatin1String("-1") ? -1 : *parseQuantity(maxQty);
        config.count.maxPercent = maxPercent;
        config.count.maxValueCents = maxValueCents;
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->setUp(300, config), qPrintable(m_f->lastError));
        const World &w = m_f->world();
        QVERIFY(m_f->exec(QStringLiteral("UPDATE product SET unit_value_cents = 250")));
        QVERIFY(m_f->exec(QStringLiteral("DELETE FROM quant WHERE location_id = %1").arg(w.binA)));
        QVERIFY(m_f->exec(QStringLiteral("INSERT INTO quant(location_id, product_id, qty) VALUES (%1, %2, 100000)")
                              .arg(w.binA)
                              .arg(w.product)));
        const Milli counted = units(100)
            + *parseQuantity(variance.startsWith(QLatin1Char('-')) ? variance.mid(1) : variance)
                * (variance.startsWith(QLatin1Char('-')) ? -1 : 1);
        const QJsonObject a = m_f->push({ServerFixture::op(QStringLiteral("count"), w.counter,
            {{QStringLiteral("location_id"), w.binA}, {QStringLiteral("product_id"), w.product},
                {QStringLiteral("qty"), formatQuantity(counted)}})});
        const QJsonObject result = first(a).value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("variance")).toString(), formatQuantity(counted - units(100)));
        QCOMPARE(result.value(QStringLiteral("adjustment_state")).toString(),
            approved ? QStringLiteral("approved") : QStringLiteral("pending"));
        QCOMPARE(m_f->quant(w.binA, w.product), approved ? counted : units(100));
        QCOMPARE(
            m_f->queryInt("SELECT count(*) FROM stock_move WHERE kind = 'adjustment' AND reason_code = 'AUTO_COUNT'"),
            approved ? 1 : 0);
    }

    void largeVarianceWaitsForSupervisorWhoApprovesWithReason()
    {
        const World &w = m_f->world();
        const Milli book = m_f->quant(w.binA, w.product);
        const QJsonObject a = m_f->push({ServerFixture::op(QStringLiteral("count"), w.counter,
            {{QStringLiteral("location_id"), w.binA}, {QStringLiteral("product_id"), w.product},
                {QStringLiteral("qty"), formatQuantity(book + units(500))}})});
        const QJsonObject result = first(a).value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("adjustment_state")).toString(), QStringLiteral("pending"));
        QCOMPARE(m_f->quant(w.binA, w.product), book);
        const qint64 adj = result.value(QStringLiteral("adjustment_id")).toInteger();
        // A picker may not approve; the supervisor may, with an adjustment reason.
        const QJsonObject approve {
            {QStringLiteral("adjustment_id"), adj}, {QStringLiteral("reason_code"), QStringLiteral("FOUND")}};
        const QJsonObject pickerApproves = ServerFixture::op(QStringLiteral("approve_adjustment"), w.picker, approve);
        int http = 0;
        const QJsonObject refused = m_f->push({pickerApproves}, QString(), &http);
        verifyForbidden(refused, http, 0, pickerApproves.value(QStringLiteral("uuid")).toString());
        QCOMPARE(m_f->quant(w.binA, w.product), book);
        QCOMPARE(status(m_f->push({m_f->supervised(
                     ServerFixture::op(QStringLiteral("approve_adjustment"), w.supervisor, approve))})),
            QStringLiteral("applied"));
        QCOMPARE(m_f->quant(w.binA, w.product), book + units(500));
        QCOMPARE(
            m_f->queryInt("SELECT count(*) FROM stock_move WHERE kind = 'adjustment' AND reason_code = 'FOUND'"), 1);
        // Deciding twice is refused.
        QCOMPARE(first(m_f->push({m_f->supervised(
                           ServerFixture::op(QStringLiteral("reject_adjustment"), w.supervisor, approve))}))
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("op.adjustment-decided"));
    }

    void countVarianceUsesBookAtCountedTime()
    {
        const World &w = m_f->world();
        const Milli book = m_f->quant(w.binA, w.product);
        // 09:00 the counter sees `book`; a move of 10 out happened physically at 10:00 but reaches the
        // server before the count does. The count must not see a variance of +10.
        QCOMPARE(status(m_f->push({ServerFixture::op(QStringLiteral("move"), w.receiver,
                     {{QStringLiteral("product_id"), w.product}, {QStringLiteral("from_location_id"), w.binA},
                         {QStringLiteral("to_location_id"), w.binB}, {QStringLiteral("qty"), 10}},
                     1, QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("2026-11-26T10:00:00Z"))})),
            QStringLiteral("applied"));
        const QJsonObject a = m_f->push({ServerFixture::op(QStringLiteral("count"), w.counter,
            {{QStringLiteral("location_id"), w.binA}, {QStringLiteral("product_id"), w.product},
                {QStringLiteral("qty"), formatQuantity(book)},
                {QStringLiteral("counted_at"), QStringLiteral("2026-11-26T09:00:00Z")}})});
        const QJsonObject result = first(a).value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("variance")).toString(), QStringLiteral("0"));
        QCOMPARE(result.value(QStringLiteral("book")).toString(), formatQuantity(book));
        QVERIFY(!result.contains(QStringLiteral("adjustment_id")));
    }

    void shortPickNeedsAReasonAndRaises()
    {
        const World &w = m_f->world();
        const QJsonObject noReason {{QStringLiteral("transfer_line_id"), w.pickLine},
            {QStringLiteral("location_id"), w.pickFrom}, {QStringLiteral("qty"), 0}};
        QCOMPARE(first(m_f->push({ServerFixture::op(QStringLiteral("short_pick"), w.picker, noReason)}))
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("op.missing-field"));
        QJsonObject withReason = noReason;
        withReason.insert(QStringLiteral("reason_code"), QStringLiteral("NOT_FOUND"));
        const QJsonObject a = m_f->push({ServerFixture::op(QStringLiteral("short_pick"), w.picker, withReason)});
        QCOMPARE(status(a), QStringLiteral("applied"));
        QVERIFY(exceptionKinds(first(a)).contains(QStringLiteral("short_pick")));
    }

    void validateTransferMakesBackorder()
    {
        const World &w = m_f->world();
        const qint64 transfer
            = m_f->queryInt(QStringLiteral("SELECT transfer_id FROM transfer_line WHERE id = %1").arg(w.pickLine));
        QVERIFY(transfer > 0);
        const QJsonObject a = m_f->push({ServerFixture::op(QStringLiteral("validate_transfer"), w.picker,
            {{QStringLiteral("transfer_id"), transfer}, {QStringLiteral("mode"), QStringLiteral("backorder")}})});
        QCOMPARE(status(a), QStringLiteral("applied"));
        const qint64 bo
            = first(a).value(QStringLiteral("result")).toObject().value(QStringLiteral("backorder_id")).toInteger();
        QVERIFY(bo > 0);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM transfer WHERE state = 'done'"), 1);
        // A receiver may not validate a pick (the backorder is an open pick).
        const QJsonObject receiverOp
            = ServerFixture::op(QStringLiteral("validate_transfer"), w.receiver, {{QStringLiteral("transfer_id"), bo}});
        int http = 0;
        const QJsonObject receiverTry = m_f->push({receiverOp}, QString(), &http);
        verifyForbidden(receiverTry, http, 0, receiverOp.value(QStringLiteral("uuid")).toString());
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM transfer WHERE state = 'done'"), 1);
        // Validating a closed transfer is refused.
        QCOMPARE(first(m_f->push({ServerFixture::op(QStringLiteral("validate_transfer"), w.picker,
                           {{QStringLiteral("transfer_id"), transfer}})}))
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("op.transfer-closed"));
    }

    void requestRecountCreatesTask()
    {
        const World &w = m_f->world();
        const qint64 before = m_f->queryInt("SELECT count(*) FROM count_task WHERE kind = 'recount'");
        const QJsonObject a = m_f->push({m_f->supervised(ServerFixture::op(QStringLiteral("request_recount"),
            w.supervisor, {{QStringLiteral("location_id"), w.binA}, {QStringLiteral("product_id"), w.product}}))});
        QCOMPARE(status(a), QStringLiteral("applied"));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM count_task WHERE kind = 'recount'"), before + 1);
    }

    void stockMovesAreImmutable()
    {
        const World &w = m_f->world();
        QCOMPARE(status(m_f->push({ServerFixture::op(QStringLiteral("move"), w.receiver,
                     {{QStringLiteral("product_id"), w.product}, {QStringLiteral("from_location_id"), w.binA},
                         {QStringLiteral("to_location_id"), w.binB}, {QStringLiteral("qty"), 1}})})),
            QStringLiteral("applied"));
        QVERIFY(!m_f->exec(QStringLiteral("UPDATE stock_move SET qty = 2")));
        QVERIFY(!m_f->exec(QStringLiteral("DELETE FROM stock_move")));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM stock_move WHERE kind = 'move' AND qty = 1000"), 1);
    }

    // A storage failure mid-batch rolls the whole batch back (503) and the device's retry completes it,
    // exactly once. On both backends the Nth database call fails (SQLite: an I/O error; PostgreSQL: the
    // server fails the statement, or the connection is lost: ServerFixture::failAfter). On PostgreSQL also
    // real faults at the batch's 10th operation, by a trigger on op_log the test installs: an error the
    // server raises (serialisation failure, disk full), the batch's own backend terminated (the connection
    // lost mid-batch), a row lock another connection holds (a lock timeout), and a real deadlock with
    // another connection that PostgreSQL's detector breaks by aborting the batch.
    void storageFailureRollsBackTheWholeBatchAndRetryCompletes_data()
    {
        QTest::addColumn<QByteArray>("sqlState"); // of failAfter
        QTest::addColumn<QString>("fault"); // empty: failAfter at every 7th call; else the trigger's fault
        if (!testOnPostgres()) {
            QTest::newRow("I/O error at the Nth call") << QByteArray() << QString();
            return;
        }
        QTest::newRow("I/O error at the Nth statement") << QByteArray("58030") << QString();
        QTest::newRow("connection lost at the Nth statement") << QByteArray("08006") << QString();
        QTest::newRow("serialisation failure 40001 at op 10")
            << QByteArray() << QStringLiteral("RAISE EXCEPTION 'injected' USING ERRCODE = 'serialization_failure'");
        QTest::newRow("disk full 53100 at op 10")
            << QByteArray() << QStringLiteral("RAISE EXCEPTION 'injected' USING ERRCODE = 'disk_full'");
        QTest::newRow("backend terminated at op 10")
            << QByteArray() << QStringLiteral("PERFORM pg_terminate_backend(pg_backend_pid())");
        QTest::newRow("lock timeout 55P03 at op 10")
            << QByteArray()
            << QStringLiteral("PERFORM set_config('lock_timeout', '100ms', true); "
                              "PERFORM id FROM test_fault_lock WHERE id = 1 FOR UPDATE");
        QTest::newRow("deadlock 40P01 at op 10")
            << QByteArray() << QStringLiteral("PERFORM id FROM test_fault_lock WHERE id = 1 FOR UPDATE");
    }

    void storageFailureRollsBackTheWholeBatchAndRetryCompletes()
    {
        QFETCH(QByteArray, sqlState);
        QFETCH(QString, fault);
        const World &w = m_f->world();
        QJsonArray ops;
        for (int i = 0; i < 20; ++i)
            ops.append(ServerFixture::op(QStringLiteral("move"), w.receiver,
                {{QStringLiteral("product_id"), w.product}, {QStringLiteral("from_location_id"), w.binA},
                    {QStringLiteral("to_location_id"), w.binB}, {QStringLiteral("qty"), 1}},
                i + 1));
        const Milli before = m_f->quant(w.binB, w.product);
        if (fault.isEmpty()) {
            for (int n = 1; n < 200; n += 7) {
                m_f->failAfter(n, sqlState);
                int code = 0;
                const QJsonObject a = m_f->push(ops, QString(), &code);
                m_f->failAfter(0);
                const qint64 applied = m_f->queryInt("SELECT count(*) FROM op_log");
                if (code == 200) {
                    QCOMPARE(applied, 20);
                    break;
                }
                QCOMPARE(code, 503);
                QCOMPARE(applied, 0); // nothing partial
                QCOMPARE(m_f->quant(w.binB, w.product), before);
            }
        } else {
            // The 10th op_log row fails once: the sequence counts on across the rolled-back attempt.
            QVERIFY(m_f->exec(QStringLiteral(
                "CREATE SEQUENCE test_fault_seq; CREATE TABLE test_fault_lock(id int PRIMARY KEY); "
                "INSERT INTO test_fault_lock VALUES (1); CREATE FUNCTION test_fault() RETURNS trigger "
                "LANGUAGE plpgsql AS $$BEGIN IF nextval('test_fault_seq') = 10 THEN %1; END IF; RETURN NEW; "
                "END$$; CREATE TRIGGER test_fault AFTER INSERT ON op_log FOR EACH ROW EXECUTE FUNCTION "
                "test_fault()")
                                  .arg(fault)));
            // Another connection holds the row the trigger locks (the lock timeout, the deadlock).
            auto other = pg::Connection::open(m_f->database());
            QVERIFY(other.ok());
            pg::Connection &o = *other.value();
            const bool locks = fault.contains(QLatin1String("FOR UPDATE"));
            const bool deadlock = locks && !fault.contains(QLatin1String("lock_timeout"));
            if (locks) {
                // deadlock_timeout: the batch, waiting first, runs the detector first and is the one aborted.
                QVERIFY(o.exec("BEGIN; SET LOCAL deadlock_timeout = '60s'; "
                               "SELECT id FROM test_fault_lock WHERE id = 1 FOR UPDATE")
                            .ok());
            }
            int code = 0;
            QJsonObject a;
            if (deadlock) {
                // The batch runs on a thread of its own and waits for the row; this connection then waits
                // for the batch's feed lock: a cycle, which the batch's detector breaks.
                std::thread pusher([&] { a = m_f->push(ops, QString(), &code); });
                QTRY_VERIFY_WITH_TIMEOUT(o.queryInt("SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON "
                                                    "a.pid = l.pid WHERE NOT l.granted AND a.wait_event_type = 'Lock' "
                                                    "AND a.pid <> pg_backend_pid()")
                                             .valueOr(0)
                        > 0,
                    30000);
                const Status locked = o.exec("SELECT feed_lock()");
                pusher.join();
                QVERIFY2(locked.ok(), locked ? "" : qPrintable(locked.error().toString())); // the survivor
            } else {
                a = m_f->push(ops, QString(), &code);
            }
            if (o.inTransaction())
                QVERIFY(o.exec("ROLLBACK").ok());
            QCOMPARE(code, 503);
            QCOMPARE(a.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                QStringLiteral("server.storage"));
            QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), 0); // nothing partial
            QCOMPARE(m_f->quant(w.binB, w.product), before);
            QCOMPARE(m_f->queryInt("SELECT last_value FROM test_fault_seq"), 10); // the fault was reached
            // The retry completes.
            const QJsonObject retry = m_f->push(ops, QString(), &code);
            QCOMPARE(code, 200);
            QCOMPARE(retry.value(QStringLiteral("results")).toArray().size(), 20);
            QCOMPARE(status(retry, 19), QStringLiteral("applied"));
        }
        QCOMPARE(m_f->push(ops).value(QStringLiteral("results")).toArray().size(), 20);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), 20);
        QCOMPARE(m_f->quant(w.binB, w.product), before + units(20));
    }

private:
    std::unique_ptr<ServerFixture> m_f;
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
