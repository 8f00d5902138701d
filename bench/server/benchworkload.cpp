#include "benchworkload.h"

#include "storage/sqlite/serverschema.h"

#include "domain/quantity.h"
#include "domain/uuid7.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

#include <sqlite3.h>

using namespace stockhand;
using namespace stockhand::server;

namespace bench {

// Gives 1000 products plenty of stock in 50 bins of warehouse 1 so that moves never
// go negative (no exceptions: the benchmark measures the plain path).
Stock stockUp(db::Database &db)
{
    Stock s;
    auto bins = db.prepare("SELECT id FROM location WHERE warehouse_id = 1 AND type = 'bin' ORDER BY id LIMIT 50");
    while (bins->step().value())
        s.bins.append(bins->int64(0));
    bins->reset();
    auto products = db.prepare("SELECT id FROM product WHERE tracking = 'none' ORDER BY id LIMIT 1000");
    while (products->step().value())
        s.products.append(products->int64(0));
    products->reset();
    db::Transaction tx(db);
    auto q = db.prepare("INSERT INTO quant(location_id, product_id, qty) VALUES (?1, ?2, ?3) ON CONFLICT(location_id, "
                        "product_id, ifnull(lot_id, 0), ifnull(package_id, 0)) DO UPDATE SET qty = qty + excluded.qty");
    for (qint64 b : s.bins) {
        for (qint64 p : s.products) {
            (void)q->bind(1, b).bind(2, p).bind(3, units(1000000)).run();
            s.book.insert({b, p}, 1000000);
        }
    }
    q->reset();
    (void)tx.commit();
    return s;
}

// 80 % moves, 20 % counts (at the book: no adjustment), like a shift's mix of putaways and cycle counts.
QList<QByteArray> makeBatches(Stock &s, int batches, quint64 seed, QList<QJsonArray> *opsOut)
{
    QRandomGenerator rng {quint32(seed)};
    QList<QByteArray> out;
    for (int b = 0; b < batches; ++b) {
        QJsonArray ops;
        for (int i = 0; i < kBatch; ++i) {
            const qint64 p = s.products.at(rng.bounded(int(s.products.size())));
            const qint64 from = s.bins.at(rng.bounded(int(s.bins.size())));
            qint64 to = s.bins.at(rng.bounded(int(s.bins.size())));
            if (to == from)
                to = s.bins.at((s.bins.indexOf(from) + 1) % s.bins.size());
            const bool count = i % 5 == 4;
            if (!count) {
                s.book[{from, p}] -= 1;
                s.book[{to, p}] += 1;
            }
            QJsonObject payload = count
                ? QJsonObject {{QStringLiteral("location_id"), from}, {QStringLiteral("product_id"), p},
                    {QStringLiteral("qty"), QString::number(s.book.value({from, p}))}}
                : QJsonObject {{QStringLiteral("product_id"), p}, {QStringLiteral("from_location_id"), from},
                    {QStringLiteral("to_location_id"), to}, {QStringLiteral("qty"), QStringLiteral("1")}};
            ops.append(QJsonObject {
                {QStringLiteral("uuid"),
                    stockhand::timeOrderedUuid(QDateTime::currentDateTimeUtc()).toString(QUuid::WithoutBraces)},
                {QStringLiteral("seq"), b * kBatch + i + 1},
                {QStringLiteral("kind"), count ? QStringLiteral("count") : QStringLiteral("move")},
                {QStringLiteral("user_id"), count ? 8 : 4}, // supervisor counts: no adjustment rights needed
                {QStringLiteral("local_time"), QStringLiteral("2026-11-26T09:00:00.000Z")},
                {QStringLiteral("payload"), payload}});
        }
        if (opsOut)
            opsOut->append(ops);
        out.append(QJsonDocument(QJsonObject {{QStringLiteral("operations"), ops}}).toJson(QJsonDocument::Compact));
    }
    return out;
}

// The same rows the server writes for these operations, with prepared statements and no protocol:
// op_log (payload + answer text), stock_move, two quant upserts (feed triggers included) per move; a
// quant read, op_log row per count.
double rawWrites(db::Database &db, const QList<QJsonArray> &batches)
{
    sqlite3 *h = db.handle();
    auto prep = [&](const char *sql) {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(h, sql, -1, &s, nullptr);
        return s;
    };
    sqlite3_stmt *log
        = prep("INSERT INTO op_log(id, uuid, device_id, device_seq, user_id, kind, payload, local_time, "
               "received_at, status, answer) VALUES (?7, ?1, 'raw', ?2, 4, ?3, ?4, ?5, ?5, 'applied', ?6)");
    sqlite3_stmt *move
        = prep("INSERT INTO stock_move(op_id, kind, product_id, from_location_id, to_location_id, qty, "
               "user_id, device_id, physical_time, recorded_at) VALUES (?5, 'move', ?1, ?2, ?3, 1000, 4, "
               "'raw', ?4, ?4)");
    qint64 opId = db.queryInt("SELECT ifnull(max(id), 0) + 1 FROM op_log").value();
    sqlite3_stmt *quant = prep("INSERT INTO quant(location_id, product_id, qty) VALUES (?1, ?2, ?3) ON CONFLICT("
                               "location_id, product_id, ifnull(lot_id, 0), ifnull(package_id, 0)) DO UPDATE SET "
                               "qty = qty + excluded.qty RETURNING qty");
    sqlite3_stmt *book = prep("SELECT ifnull(sum(qty), 0) FROM quant WHERE location_id = ?1 AND product_id = ?2");
    const char *time = "2026-11-26T09:00:00.000Z";
    const char *answer = R"({"result":{"moves":[1]},"status":"applied"})";
    QElapsedTimer t;
    t.start();
    for (const QJsonArray &ops : batches) {
        sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (const QJsonValue &v : ops) {
            const QJsonObject o = v.toObject();
            const QJsonObject p = o.value(QStringLiteral("payload")).toObject();
            const bool count = o.value(QStringLiteral("kind")).toString() == QLatin1String("count");
            const QByteArray uuid = o.value(QStringLiteral("uuid")).toString().toLatin1();
            const QByteArray payload = QJsonDocument(p).toJson(QJsonDocument::Compact);
            const qint64 product = p.value(QStringLiteral("product_id")).toInteger();
            if (count) {
                sqlite3_bind_int64(book, 1, p.value(QStringLiteral("location_id")).toInteger());
                sqlite3_bind_int64(book, 2, product);
                sqlite3_step(book);
                sqlite3_reset(book);
            } else {
                const qint64 from = p.value(QStringLiteral("from_location_id")).toInteger();
                const qint64 to = p.value(QStringLiteral("to_location_id")).toInteger();
                sqlite3_bind_int64(move, 1, product);
                sqlite3_bind_int64(move, 2, from);
                sqlite3_bind_int64(move, 3, to);
                sqlite3_bind_text(move, 4, time, -1, SQLITE_STATIC);
                sqlite3_bind_int64(move, 5, opId); // the log row follows (deferred reference, as the server)
                sqlite3_step(move);
                sqlite3_reset(move);
                for (auto [loc, delta] : {std::pair {from, -1000}, std::pair {to, 1000}}) {
                    sqlite3_bind_int64(quant, 1, loc);
                    sqlite3_bind_int64(quant, 2, product);
                    sqlite3_bind_int64(quant, 3, delta);
                    sqlite3_step(quant);
                    sqlite3_reset(quant);
                }
            }
            sqlite3_bind_text(log, 1, uuid.constData(), int(uuid.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(log, 2, o.value(QStringLiteral("seq")).toInteger());
            sqlite3_bind_text(log, 3, count ? "count" : "move", -1, SQLITE_STATIC);
            sqlite3_bind_text(log, 4, payload.constData(), int(payload.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(log, 5, time, -1, SQLITE_STATIC);
            sqlite3_bind_text(log, 6, answer, -1, SQLITE_STATIC);
            sqlite3_bind_int64(log, 7, opId++);
            sqlite3_step(log);
            sqlite3_reset(log);
        }
        sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double secs = double(t.nsecsElapsed()) / 1e9;
    for (sqlite3_stmt *s : {log, move, quant, book})
        sqlite3_finalize(s);
    return secs;
}

double rawScan(db::Database &db, qint64 warehouse, qint64 *rows)
{
    QElapsedTimer t;
    t.start();
    *rows = 0;
    for (const FeedTable &ft : feedTables()) {
        const std::string sql
            = std::string("SELECT ") + ft.columns + " FROM " + ft.name + " WHERE " + feedScopeClause(ft);
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &s, nullptr);
        sqlite3_bind_int64(s, 1, warehouse);
        while (sqlite3_step(s) == SQLITE_ROW) {
            for (int c = 0, n = sqlite3_column_count(s); c < n; ++c)
                (void)sqlite3_column_text(s, c);
            ++*rows;
        }
        sqlite3_finalize(s);
    }
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace bench
