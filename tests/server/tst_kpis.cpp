// The supervisors' KPIs (GET /v1/kpis, server/core/kpis.h), in-process against the real server core: a
// warehouse whose every figure is known, built through real pushes of counts, receipts, putaways, picks
// and validations with the device times the floor gave them, then every KPI checked; bad ranges; who may
// ask for which warehouse.
#include "domain/requestproof.h"
#include "kpis.h"
#include "ops/ops.h"
#include "serverfixture.h"

#include <QTest>

using namespace stockhand;
using namespace stockhand::server;
using namespace stockhand::server::test;

namespace {

QString at(int day, int hour, int minute = 0)
{
    return utcTime(QDateTime(QDate(2026, 11, 19 + day), QTime(hour, minute), Qt::UTC));
}

using Query = QList<QPair<QString, QString>>;

} // namespace

class TestKpis : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_f;
    ServerFixture::Session m_supervisor, m_admin;
    qint64 m_seq = 0;
    qint64 m_recv = 0, m_binA = 0, m_binB = 0, m_binC = 0, m_p1 = 0, m_p2 = 0;
    qint64 m_k1 = 0, m_k2 = 0, m_k4 = 0;
    qint64 m_l1 = 0, m_l2 = 0, m_lineA = 0, m_lineB = 0, m_lineC = 0, m_lineE = 0;

    void exec(const QString &sql) { QVERIFY2(m_f->exec(sql), qPrintable(sql)); }
    qint64 transfer(const QString &kind, const QString &reference, const QString &scheduled)
    {
        exec(QStringLiteral("INSERT INTO transfer(warehouse_id, kind, reference, state, scheduled) VALUES (1, '%1', "
                            "'%2', 'open', %3)")
                 .arg(kind, reference, scheduled.isEmpty() ? QStringLiteral("NULL") : u'\'' + scheduled + u'\''));
        return m_f->queryInt("SELECT max(id) FROM transfer");
    }
    qint64 line(qint64 transferId, qint64 product, qint64 from, qint64 to, int qtyUnits)
    {
        exec(QStringLiteral("INSERT INTO transfer_line(transfer_id, product_id, from_location_id, to_location_id, "
                            "qty_expected) VALUES (%1, %2, %3, %4, %5)")
                 .arg(transferId)
                 .arg(product)
                 .arg(from ? QString::number(from) : QStringLiteral("NULL"))
                 .arg(to ? QString::number(to) : QStringLiteral("NULL"))
                 .arg(units(qtyUnits)));
        return m_f->queryInt("SELECT max(id) FROM transfer_line");
    }
    template<typename P> QJsonObject push(const P &payload, qint64 user, const QString &localTime)
    {
        const QJsonObject answer = m_f->push({ServerFixture::op(ops::kindName(P::kKind), user, payload.toJson(),
            ++m_seq, QUuid::createUuid().toString(QUuid::WithoutBraces), localTime)});
        return answer.value(QStringLiteral("results")).toArray().first().toObject();
    }
    template<typename P> void apply(const P &payload, qint64 user, const QString &localTime)
    {
        const QJsonObject r = push(payload, user, localTime);
        QVERIFY2(r.value(QStringLiteral("status")).toString() == u"applied", QJsonDocument(r).toJson().constData());
    }
    ops::Count count(qint64 location, qint64 product, int qtyUnits)
    {
        ops::Count c;
        c.locationId = location;
        c.productId = product;
        c.qty = units(qtyUnits);
        return c;
    }
    ops::Pick pick(qint64 lineId, qint64 product, qint64 from, int qtyUnits)
    {
        ops::Pick p;
        p.transferLineId = lineId;
        p.productId = product;
        p.locationId = from;
        p.qty = units(qtyUnits);
        return p;
    }

    Response kpis(const Query &query, const ServerFixture::Session &session, const QString &token = QString())
    {
        const QString path = QStringLiteral("/v1/kpis");
        Request r;
        r.method = "GET";
        r.path = path;
        r.query = query;
        r.authorization = "Bearer " + (token.isEmpty() ? m_f->token() : token).toLatin1();
        if (!session.id.isEmpty())
            r.userSession
                = RequestProof::sign(session.secret, session.id, utcTime(m_f->clock().now()), "GET", path, query, {})
                      .header();
        return m_f->core().handle(r);
    }
    QJsonObject kpisOk(const Query &query, const ServerFixture::Session &session)
    {
        const Response r = kpis(query, session);
        if (r.status != 200)
            qWarning() << r.body;
        return r.status == 200 ? QJsonDocument::fromJson(r.body).object() : QJsonObject();
    }
    static QString errorCode(const Response &r)
    {
        return QJsonDocument::fromJson(r.body)
            .object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->setUp(), qPrintable(m_f->lastError));
        m_supervisor = m_f->signIn(ServerFixture::kSupervisorLogin);
        QCOMPARE(m_supervisor.status, 200);
        m_admin = m_f->signIn(QStringLiteral("admin"));
        QCOMPARE(m_admin.status, 200);
        // Warehouse 1 holds only what this test builds: the demo's transfers are cancelled.
        exec(QStringLiteral("UPDATE transfer SET state = 'cancelled'"));
        m_recv = m_f->queryInt("SELECT min(id) FROM location WHERE warehouse_id = 1 AND type = 'receiving'");
        m_binA = m_f->world().binA;
        m_binB = m_f->world().binB;
        m_binC = m_f->queryInt("SELECT min(id) FROM location WHERE warehouse_id = 1 AND type = 'bin' AND id > "
                               "(SELECT min(id) FROM location WHERE warehouse_id = 1 AND type = 'bin')");
        m_p1 = m_f->queryInt("SELECT min(id) FROM product WHERE tracking = 'none'");
        m_p2 = m_f->queryInt("SELECT min(id) FROM product WHERE tracking = 'none' AND id > "
                             "(SELECT min(id) FROM product WHERE tracking = 'none')");
        QVERIFY(m_recv > 0 && m_binC > m_binA && m_binB > m_binC && m_p2 > m_p1);
        exec(QStringLiteral("UPDATE product SET unit_value_cents = 250 WHERE id = %1").arg(m_p1));
        exec(QStringLiteral("UPDATE product SET unit_value_cents = 1000 WHERE id = %1").arg(m_p2));
        exec(QStringLiteral("DELETE FROM quant WHERE location_id IN (%1, %2, %3, %4)")
                 .arg(m_recv)
                 .arg(m_binA)
                 .arg(m_binB)
                 .arg(m_binC));
        exec(QStringLiteral("INSERT INTO quant(location_id, product_id, qty) VALUES (%1, %2, %3), (%4, %2, %5), "
                            "(%4, %6, %7)")
                 .arg(m_binA)
                 .arg(m_p1)
                 .arg(units(100))
                 .arg(m_binB)
                 .arg(units(50))
                 .arg(m_p2)
                 .arg(units(10)));
        const qint64 receipt = transfer(QStringLiteral("receipt"), QStringLiteral("KPI-R1"), QString());
        m_l1 = line(receipt, m_p1, 0, m_recv, 20);
        m_l2 = line(receipt, m_p2, 0, m_recv, 5);
        m_k1 = transfer(QStringLiteral("pick"), QStringLiteral("KPI-K1"), QStringLiteral("2026-11-19"));
        m_lineA = line(m_k1, m_p1, m_binA, 0, 4);
        m_lineB = line(m_k1, m_p2, m_binB, 0, 2);
        m_k2 = transfer(QStringLiteral("pick"), QStringLiteral("KPI-K2"), QStringLiteral("2026-11-10"));
        m_lineC = line(m_k2, m_p1, m_binA, 0, 5);
        const qint64 k3 = transfer(QStringLiteral("pick"), QStringLiteral("KPI-K3"), QStringLiteral("2026-10-01"));
        line(k3, m_p2, m_binB, 0, 7);
        m_k4 = transfer(QStringLiteral("pick"), QStringLiteral("KPI-K4"), QStringLiteral("2026-11-15T09:00:00Z"));
        m_lineE = line(m_k4, m_p1, m_binA, 0, 3);
        const qint64 k5 = transfer(QStringLiteral("pick"), QStringLiteral("KPI-K5"), QString());
        line(k5, m_p1, m_binA, 0, 3);
    }

    void cleanup() { m_f.reset(); }

    // Two days of floor work (day 1 = 2026-11-20, day 2 = 2026-11-21), then every figure of the range
    // 2026-11-20..2026-11-22 as the definitions in docs/operations.md give it.
    void everyFigureOfAKnownWarehouse()
    {
        const World &w = m_f->world();
        // Day 1: receipts at 08:00 and 08:30, counts, putaways at 10:00 and 12:00.
        ops::Receive r1;
        r1.transferLineId = m_l1;
        r1.productId = m_p1;
        r1.locationId = m_recv;
        r1.qty = units(20);
        apply(r1, w.receiver, at(1, 8));
        ops::Receive r2 = r1;
        r2.transferLineId = m_l2;
        r2.productId = m_p2;
        r2.qty = units(5);
        apply(r2, w.receiver, at(1, 8, 30));
        const QJsonObject exact = push(count(m_binA, m_p1, 100), w.counter, at(1, 10, 5));
        QCOMPARE(exact.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const QJsonObject small = push(count(m_binB, m_p1, 49), w.counter, at(1, 10, 20));
        QCOMPARE(small.value(QStringLiteral("result")).toObject().value(QStringLiteral("adjustment_state")).toString(),
            QStringLiteral("approved")); // within the count policy: 1 unit, 2 %, 2.50
        const QJsonObject large = push(count(m_binB, m_p2, 13), w.counter, at(1, 10, 40));
        QCOMPARE(large.value(QStringLiteral("result")).toObject().value(QStringLiteral("adjustment_state")).toString(),
            QStringLiteral("pending")); // 3 units: above it
        ops::Move m1;
        m1.productId = m_p1;
        m1.fromLocationId = m_recv;
        m1.toLocationId = m_binC;
        m1.qty = units(12);
        apply(m1, w.receiver, at(1, 10));
        ops::Move m2 = m1;
        m2.qty = units(8);
        apply(m2, w.receiver, at(1, 12)); // receipt 1 is in stock: 4 h
        // Day 2: a count, the P2 putaway (24 h), picks, validations, a receipt left on the dock.
        apply(count(m_binA, m_p1, 90), w.counter, at(2, 9)); // 10 units short: pending
        ops::Move m3 = m1;
        m3.productId = m_p2;
        m3.qty = units(5);
        apply(m3, w.receiver, at(2, 8, 30));
        apply(pick(m_lineA, m_p1, m_binA, 4), w.picker, at(2, 10, 10));
        apply(pick(m_lineB, m_p2, m_binB, 1), w.picker, at(2, 10, 50));
        apply(pick(m_lineC, m_p1, m_binA, 5), w.picker, at(2, 11, 15));
        ops::ValidateTransfer v1;
        v1.transferId = m_k1;
        const QJsonObject validated = push(v1, w.picker, at(2, 11, 30));
        QVERIFY(
            validated.value(QStringLiteral("result")).toObject().value(QStringLiteral("backorder_id")).toInteger() > 0);
        ops::ValidateTransfer v2;
        v2.transferId = m_k2;
        apply(v2, w.picker, at(2, 11, 40));
        apply(pick(m_lineE, m_p1, m_binA, 1), w.picker, at(2, 12));
        apply(pick(m_lineB, m_p2, m_binB, 1), w.picker, at(2, 13)); // after K1's validation: not a fill
        ops::Receive r3 = r1;
        r3.qty = units(3);
        apply(r3, w.receiver, at(2, 14));
        // Outside the range: not counted.
        apply(count(m_binC, m_p1, 99), w.counter, at(4, 9));
        apply(pick(m_lineE, m_p1, m_binA, 1), w.picker, at(0, 23, 59));

        const QJsonObject k = kpisOk({{QStringLiteral("from"), QStringLiteral("2026-11-20")},
                                         {QStringLiteral("to"), QStringLiteral("2026-11-22")}},
            m_supervisor);
        QCOMPARE(k.value(QStringLiteral("warehouse_id")).toInteger(), 1); // the supervisor's own
        const QJsonArray days = k.value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), 3);
        const QJsonObject d1 = days[0].toObject(), d2 = days[1].toObject(), d3 = days[2].toObject(),
                          t = k.value(QStringLiteral("totals")).toObject();
        QCOMPARE(d1.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(d3.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-22"));
        auto num = [](const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toDouble(); };
        auto isNull = [](const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).isNull(); };

        // Accuracy: day 1 bins A (exact) and B (one count within, one above) -> 1 of 2; day 2 bin A -> 0 of
        // 1; the range: both bins had a count above the policy -> 0 of 2.
        QCOMPARE(num(d1, "counted_locations"), 2);
        QCOMPARE(num(d1, "accurate_locations"), 1);
        QCOMPARE(num(d1, "accuracy"), 0.5);
        QCOMPARE(num(d2, "counted_locations"), 1);
        QCOMPARE(num(d2, "accuracy"), 0.0);
        QVERIFY(isNull(d3, "accuracy"));
        QCOMPARE(num(t, "counted_locations"), 2);
        QCOMPARE(num(t, "accurate_locations"), 0);
        QCOMPARE(num(t, "counts"), 4);
        // Variance: day 1 0 - 1 + 3 = +2 (abs 4; value -2.50 + 30.00 = 27.50, abs 32.50); day 2 -10 (-25.00).
        QCOMPARE(num(d1, "variance_net"), 2.0);
        QCOMPARE(num(d1, "variance_abs"), 4.0);
        QCOMPARE(num(d1, "variance_value_net_cents"), 2750);
        QCOMPARE(num(d1, "variance_value_abs_cents"), 3250);
        QCOMPARE(num(d2, "variance_net"), -10.0);
        QCOMPARE(num(d2, "variance_value_net_cents"), -2500);
        QCOMPARE(num(t, "variance_net"), -8.0);
        QCOMPARE(num(t, "variance_abs"), 14.0);
        QCOMPARE(num(t, "variance_value_net_cents"), 250);
        QCOMPARE(num(t, "variance_value_abs_cents"), 5750);
        // Lines picked: day 2 at 10:10, 10:50, 11:15, 12:00, 13:00 -> 5 lines over 4 hours.
        QCOMPARE(num(d1, "lines_picked"), 0);
        QVERIFY(isNull(d1, "picked_per_hour"));
        QCOMPARE(num(d2, "lines_picked"), 5);
        QCOMPARE(num(d2, "pick_hours"), 4);
        QCOMPARE(num(d2, "picked_per_hour"), 1.25);
        // Received: day 1 two lines in hour 08 (2/h), day 2 one in hour 14; the range 3 over 2 hours.
        QCOMPARE(num(d1, "lines_received"), 2);
        QCOMPARE(num(d1, "received_per_hour"), 2.0);
        QCOMPARE(num(d2, "received_per_hour"), 1.0);
        QCOMPARE(num(t, "lines_received"), 3);
        QCOMPARE(num(t, "received_per_hour"), 1.5);
        const QJsonObject byHour = k.value(QStringLiteral("by_hour")).toObject();
        const QJsonArray picked = byHour.value(QStringLiteral("picked")).toArray(),
                         received = byHour.value(QStringLiteral("received")).toArray();
        QCOMPARE(picked.size(), 24);
        QCOMPARE(picked[10].toInt(), 2);
        QCOMPARE(picked[11].toInt(), 1);
        QCOMPARE(picked[13].toInt(), 1);
        QCOMPARE(picked[23].toInt(), 0); // the pick of 2026-11-19 23:59 is outside
        QCOMPARE(received[8].toInt(), 2);
        QCOMPARE(received[14].toInt(), 1);
        // Fill rate: K1's lines A (4 of 4) and B (1 of 2 at validation; the later pick does not count),
        // K2's line C (5 of 5) -> 2 of 3.
        QCOMPARE(num(d2, "pick_lines_validated"), 3);
        QCOMPARE(num(d2, "pick_lines_filled"), 2);
        QCOMPARE(num(t, "fill_rate"), 2.0 / 3.0);
        QVERIFY(isNull(d1, "fill_rate"));
        // Dock-to-stock: receipt 1 08:00 -> 12:00 (4 h, day 1), receipt 2 day 1 08:30 -> day 2 08:30 (24 h);
        // the range: median 14 h, p90 24 h; day 2's receipt is still on the dock.
        QCOMPARE(num(d1, "putaways"), 1);
        QCOMPARE(num(d1, "dock_to_stock_median_h"), 4.0);
        QCOMPARE(num(d2, "dock_to_stock_p90_h"), 24.0);
        QCOMPARE(num(t, "putaways"), 2);
        QCOMPARE(num(t, "dock_to_stock_median_h"), 14.0);
        QCOMPARE(num(t, "dock_to_stock_p90_h"), 24.0);
        QCOMPARE(num(t, "awaiting_putaway"), 1);
        // Backorder ageing as of the server's clock (2026-11-26): K1's backorder (made today) 0-7; K4
        // (scheduled 11-15, 1 of 2 open) 8-14; K3 (10-01) >30; K5 (no date) undated; K2 is done.
        const QJsonArray buckets
            = k.value(QStringLiteral("backorders")).toObject().value(QStringLiteral("buckets")).toArray();
        QCOMPARE(buckets.size(), 5);
        auto bucket = [&](int i, const char *name, int lines, double open) {
            const QJsonObject b = buckets[i].toObject();
            QCOMPARE(b.value(QStringLiteral("bucket")).toString(), QLatin1String(name));
            QCOMPARE(b.value(QStringLiteral("lines")).toInt(), lines);
            QCOMPARE(b.value(QStringLiteral("qty_open")).toDouble(), open);
        };
        bucket(0, "0-7", 1, 1.0);
        bucket(1, "8-14", 1, 1.0); // K4: 1 picked before the range, 1 inside, 1 open
        bucket(2, "15-30", 0, 0.0);
        bucket(3, ">30", 1, 7.0);
        bucket(4, "undated", 1, 3.0);
    }

    void medianAndPercentile()
    {
        QCOMPARE(medianOf({}), -1.0);
        QCOMPARE(medianOf({5}), 5.0);
        QCOMPARE(medianOf({9, 1, 4}), 4.0);
        QCOMPARE(medianOf({1, 2, 3, 10}), 2.5);
        QCOMPARE(percentileOf({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 90), 9.0);
        QCOMPARE(percentileOf({7}, 90), 7.0);
        QCOMPARE(percentileOf({}, 90), -1.0);
    }

    void badRanges_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("code");
        QTest::newRow("no dates") << QString() << QString() << QStringLiteral("request.bad-date");
        QTest::newRow("not a date") << QStringLiteral("yesterday") << QStringLiteral("2026-11-20")
                                    << QStringLiteral("request.bad-date");
        QTest::newRow("no such day") << QStringLiteral("2026-02-30") << QStringLiteral("2026-03-01")
                                     << QStringLiteral("request.bad-date");
        QTest::newRow("a time, not a date") << QStringLiteral("2026-11-20T00:00:00Z") << QStringLiteral("2026-11-21")
                                            << QStringLiteral("request.bad-date");
        QTest::newRow("backwards") << QStringLiteral("2026-11-21") << QStringLiteral("2026-11-20")
                                   << QStringLiteral("request.bad-range");
        QTest::newRow("367 days") << QStringLiteral("2025-01-01") << QStringLiteral("2026-01-02")
                                  << QStringLiteral("request.range-too-long");
    }
    void badRanges()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, code);
        const Response r = kpis({{QStringLiteral("from"), from}, {QStringLiteral("to"), to}}, m_supervisor);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), code);
        // The longest range allowed is answered.
        QCOMPARE(kpis({{QStringLiteral("from"), QStringLiteral("2025-01-01")},
                          {QStringLiteral("to"), QStringLiteral("2026-01-01")}},
                     m_supervisor)
                     .status,
            200);
    }

    // A supervisor sees their warehouse, an admin any or all; a picker gets nothing.
    void whoSeesWhat()
    {
        const World &w = m_f->world();
        apply(pick(m_lineA, m_p1, m_binA, 1), w.picker, at(1, 9));
        const Query range {{QStringLiteral("from"), QStringLiteral("2026-11-20")},
            {QStringLiteral("to"), QStringLiteral("2026-11-20")}};
        Query other = range;
        other.append({QStringLiteral("warehouse_id"), QStringLiteral("2")});
        const Response refused = kpis(other, m_supervisor);
        QCOMPARE(refused.status, 403);
        QCOMPARE(errorCode(refused), QStringLiteral("role.other-warehouse"));
        Query own = range;
        own.append({QStringLiteral("warehouse_id"), QStringLiteral("1")});
        QCOMPARE(kpisOk(own, m_supervisor)
                     .value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("lines_picked"))
                     .toInt(),
            1);

        const QJsonObject wh2 = kpisOk(other, m_admin);
        QCOMPARE(wh2.value(QStringLiteral("warehouse_id")).toInteger(), 2);
        QCOMPARE(wh2.value(QStringLiteral("totals")).toObject().value(QStringLiteral("lines_picked")).toInt(), 0);
        const QJsonObject all = kpisOk(range, m_admin);
        QCOMPARE(all.value(QStringLiteral("warehouse_id")).toInteger(), 0);
        QCOMPARE(all.value(QStringLiteral("totals")).toObject().value(QStringLiteral("lines_picked")).toInt(), 1);
        Query bad = range;
        bad.append({QStringLiteral("warehouse_id"), QStringLiteral("one")});
        QCOMPARE(errorCode(kpis(bad, m_admin)), QStringLiteral("request.wrong-type"));

        // The picker's device holds no supervisor session: refused before anything is read.
        const Response noSession = kpis(range, {});
        QCOMPARE(noSession.status, 403);
        QCOMPARE(errorCode(noSession), QStringLiteral("session.required"));
        // And a picker cannot get one (the server gives sessions to supervisors and admins only).
        const ServerFixture::Session picker = m_f->signIn(QStringLiteral("picker1-wh1"));
        QCOMPARE(picker.status, 403);
        QVERIFY(picker.id.isEmpty());
        // A POST is not this endpoint's method.
        Request post;
        post.method = "POST";
        post.path = QStringLiteral("/v1/kpis");
        post.authorization = "Bearer " + m_f->token().toLatin1();
        QCOMPARE(m_f->core().handle(post).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestKpis)
#include "tst_kpis.moc"
