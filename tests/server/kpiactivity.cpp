#include "kpiactivity.h"

#include "ops/ops.h"

#include <QRandomGenerator>

#include <algorithm>
#include <map>

namespace stockhand::server::test {

namespace {

struct Event
{
    QDateTime at;
    QString kind;
    qint64 user = 0;
    QJsonObject payload;
    qint64 countSlot = -1; // a count: its quantity is the book at that moment plus `variance`
    Milli variance = 0;
};

QDateTime at(const QDate &d, int minuteOfDay)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC).addSecs(qint64(minuteOfDay) * 60);
}

} // namespace

bool pushActivity(ServerFixture &f, const ActivityOptions &o, ActivitySummary *summary, QString *error)
{
    QRandomGenerator rng(o.seed);
    auto pickInt = [&](int lo, int hi) { return int(rng.bounded(lo, hi + 1)); };
    const World &w = f.world();
    db::Database &db = f.db();
    auto ids = [&](const char *sql) {
        QList<qint64> out;
        auto st = db.prepare(sql);
        while (st && st->step().valueOr(false))
            out.append(st->int64(0));
        return out;
    };
    const QList<qint64> bins
        = ids("SELECT id FROM location WHERE warehouse_id = 1 AND type = 'bin' ORDER BY id LIMIT 40");
    const QList<qint64> products = ids("SELECT id FROM product WHERE tracking = 'none' ORDER BY id LIMIT 40");
    const QList<qint64> recv = ids("SELECT id FROM location WHERE warehouse_id = 1 AND type = 'receiving' LIMIT 1");
    const int slots = int(qMin(bins.size(), products.size()));
    if (slots < 10 || recv.isEmpty()) {
        *error = QStringLiteral("the world has too few bins or products");
        return false;
    }
    std::vector<Milli> book(size_t(slots), units(5000));
    auto exec = [&](const QString &sql) {
        Status s = db.exec(sql.toStdString());
        if (!s)
            *error = s.error().toString();
        return s.ok();
    };
    for (int i = 0; i < slots; ++i) {
        // Unit values that keep a variance of 2 units within the default count policy (value 50.00).
        if (!exec(QStringLiteral("UPDATE product SET unit_value_cents = %1 WHERE id = %2")
                      .arg(50 + (i % 20) * 100)
                      .arg(products[i])))
            return false;
        if (!exec(QStringLiteral("DELETE FROM quant WHERE location_id = %1; INSERT INTO quant(location_id, product_id, "
                                 "qty) VALUES (%1, %2, %3)")
                      .arg(bins[i])
                      .arg(products[i])
                      .arg(book[size_t(i)])))
            return false;
    }
    auto newTransfer = [&](const QString &kind, const QString &ref, const QDate &scheduled) -> qint64 {
        if (!exec(
                QStringLiteral("INSERT INTO transfer(warehouse_id, kind, reference, state, scheduled) VALUES (1, '%1', "
                               "'%2', 'open', '%3')")
                    .arg(kind, ref, scheduled.toString(Qt::ISODate))))
            return 0;
        return db.lastInsertRowId();
    };
    auto newLine = [&](qint64 transfer, int slot, qint64 from, qint64 to, Milli qty) -> qint64 {
        if (!exec(QStringLiteral("INSERT INTO transfer_line(transfer_id, product_id, from_location_id, to_location_id, "
                                 "qty_expected) VALUES (%1, %2, %3, %4, %5)")
                      .arg(transfer)
                      .arg(products[slot])
                      .arg(from ? QString::number(from) : QStringLiteral("NULL"))
                      .arg(to ? QString::number(to) : QStringLiteral("NULL"))
                      .arg(qty)))
            return 0;
        return db.lastInsertRowId();
    };

    const int days = o.to.isValid() ? int(o.from.daysTo(o.to)) + 1 : o.days;
    std::vector<Event> events;
    for (int d = 0; d < days; ++d) {
        const QDate day = o.from.addDays(d);
        if (day.dayOfWeek() == 7)
            continue; // closed on Sundays
        const qint64 receipt = newTransfer(QStringLiteral("receipt"), QStringLiteral("ACT-R-%1").arg(d), day);
        for (int l = 0; l < o.receiptLinesPerDay && receipt; ++l) {
            const int slot = pickInt(0, slots - 1);
            const Milli qty = units(pickInt(2, 12) * 5);
            const qint64 line = newLine(receipt, slot, 0, recv[0], qty);
            ops::Receive r;
            r.transferLineId = line;
            r.productId = products[slot];
            r.locationId = recv[0];
            r.qty = qty;
            const QDateTime received = at(day, pickInt(6 * 60 + 30, 11 * 60));
            events.push_back({received, ops::kindName(r.kKind), w.receiver, r.toJson()});
            ops::Move m;
            m.productId = products[slot];
            m.fromLocationId = recv[0];
            m.toLocationId = bins[slot];
            m.qty = qty;
            // Most go to stock within hours; some wait for the next shift.
            const int wait = rng.bounded(5) == 0 ? pickInt(18 * 60, 30 * 60) : pickInt(20, 5 * 60);
            events.push_back({received.addSecs(wait * 60), ops::kindName(m.kKind), w.receiver, m.toJson()});
        }
        for (int n = 0; n < o.pickOrdersPerDay; ++n) {
            const qint64 order = newTransfer(
                QStringLiteral("pick"), QStringLiteral("ACT-P-%1-%2").arg(d).arg(n), day.addDays(-pickInt(0, 2)));
            const int lines = pickInt(1, 5);
            QDateTime t = at(day, pickInt(7 * 60, 15 * 60));
            for (int l = 0; l < lines && order; ++l) {
                const int slot = pickInt(0, slots - 1);
                const Milli expected = units(pickInt(1, 12));
                const qint64 line = newLine(order, slot, bins[slot], 0, expected);
                Milli qty = expected;
                if (rng.bounded(100) < 8 && expected > units(1))
                    qty = expected - units(1); // short: the bin held less than the books said
                t = t.addSecs(pickInt(60, 300));
                events.push_back({t, QStringLiteral("pick"), w.picker,
                    ops::Pick {line, products[slot], bins[slot], qty, {}}.toJson()});
            }
            ops::ValidateTransfer v;
            v.transferId = order;
            events.push_back({t.addSecs(120), ops::kindName(v.kKind), w.picker, v.toJson()});
        }
        for (int c = 0; c < o.countsPerDay; ++c) {
            const int slot = pickInt(0, slots - 1);
            const int roll = int(rng.bounded(100));
            const Milli variance = roll < 78 ? 0
                : roll < 94                  ? units(rng.bounded(2) ? 1 : -1) * pickInt(1, 2)
                                             : units(rng.bounded(2) ? 1 : -1) * pickInt(5, 20);
            Event e {at(day, pickInt(12 * 60, 15 * 60)), QStringLiteral("count"), w.counter, {}, slot, variance};
            events.push_back(e);
        }
    }
    for (int n = 0; n < o.openOrders; ++n) {
        const QDate scheduled = o.from.addDays(pickInt(-45, days - 1));
        const qint64 order = newTransfer(QStringLiteral("pick"), QStringLiteral("ACT-OPEN-%1").arg(n), scheduled);
        for (int l = 0, lines = pickInt(1, 3); l < lines && order; ++l) {
            const int slot = pickInt(0, slots - 1);
            newLine(order, slot, bins[slot], 0, units(pickInt(1, 8)));
        }
    }
    if (!error->isEmpty())
        return false;
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.at < b.at; });

    // Pushed a day at a time with the server's clock at that evening (when the device synced).
    const QDateTime now = f.clock().now();
    std::map<QDate, QJsonArray> batches;
    static qint64 seq = 1000000; // above any sequence a test pushes by hand
    for (Event &e : events) {
        if (e.countSlot >= 0) {
            const size_t s = size_t(e.countSlot);
            ops::Count c;
            c.locationId = bins[e.countSlot];
            c.productId = products[e.countSlot];
            c.qty = qMax<Milli>(0, book[s] + e.variance);
            e.payload = c.toJson();
            const Milli abs = e.variance < 0 ? -e.variance : e.variance;
            if (abs <= units(2))
                book[s] += e.variance; // within the default policy: approved at once
        } else if (e.kind == u"pick") {
            const auto p = ops::Pick::parse(e.payload);
            const int slot = int(products.indexOf(p->productId));
            book[size_t(slot)] -= p->qty;
        } else if (e.kind == u"move") {
            const auto m = ops::Move::parse(e.payload);
            const int slot = int(products.indexOf(m->productId));
            book[size_t(slot)] += m->qty;
        }
        batches[e.at.date()].append(ServerFixture::op(
            e.kind, e.user, e.payload, ++seq, QUuid::createUuid().toString(QUuid::WithoutBraces), utcTime(e.at)));
    }
    for (const auto &[day, ops] : batches) {
        f.clock().setNow(QDateTime(day, QTime(20, 0), Qt::UTC));
        for (qsizetype i = 0; i < ops.size(); i += 400) {
            int status = 0;
            const QJsonObject answer
                = f.push(QJsonArray::fromVariantList(ops.toVariantList().mid(i, 400)), {}, &status);
            if (status != 200) {
                *error = QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact));
                f.clock().setNow(now);
                return false;
            }
            for (const QJsonValue &r : answer.value(QStringLiteral("results")).toArray()) {
                summary->operations += 1;
                summary->rejected += r[QStringLiteral("status")].toString() == u"rejected" ? 1 : 0;
            }
        }
    }
    f.clock().setNow(now);
    return true;
}

} // namespace stockhand::server::test
