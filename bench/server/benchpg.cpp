#include "benchpg.h"

#include "storage/postgresql/pgconnection.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <libpq-fe.h>

#include <cstdio>
#include <string>

using namespace stockhand;
using namespace stockhand::server;

namespace bench {

namespace {

// A PostgreSQL array literal of ids: {1,2,3}.
QString idArray(const QList<qint64> &ids)
{
    QStringList l;
    for (qint64 id : ids)
        l << QString::number(id);
    return QLatin1Char('{') + l.join(u',') + QLatin1Char('}');
}

} // namespace

Stock stockUpPg(pg::Connection &c)
{
    Stock s;
    auto bins = c.query("SELECT id FROM location WHERE warehouse_id = 1 AND type = 'bin' ORDER BY id LIMIT 50");
    auto products = c.query("SELECT id FROM product WHERE tracking = 'none' ORDER BY id LIMIT 1000");
    if (!bins || !products)
        qFatal("cannot read the seeded world");
    for (int r = 0; r < bins->size(); ++r)
        s.bins.append(bins->int64(r, 0));
    for (int r = 0; r < products->size(); ++r)
        s.products.append(products->int64(r, 0));
    // One statement: every (bin, product) pair gets a million units.
    const Status st
        = c.run("INSERT INTO quant(location_id, product_id, qty) SELECT b, p, 1000000000 FROM unnest($1::bigint[]) b, "
                "unnest($2::bigint[]) p ON CONFLICT (location_id, product_id, (coalesce(lot_id, 0)), "
                "(coalesce(package_id, 0))) DO UPDATE SET qty = quant.qty + excluded.qty",
            pg::Params().add(idArray(s.bins)).add(idArray(s.products)));
    if (!st)
        qFatal("stock up: %s", qPrintable(st.error().toString()));
    for (qint64 b : s.bins)
        for (qint64 p : s.products)
            s.book.insert({b, p}, 1000000);
    return s;
}

namespace {

void check(PGresult *r, PGconn *c, const char *what)
{
    const ExecStatusType s = PQresultStatus(r);
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
        qFatal("raw libpq %s: %s", what, PQerrorMessage(c));
    PQclear(r);
}

void prepare(PGconn *c, const char *name, const char *sql)
{
    check(PQprepare(c, name, sql, 0, nullptr), c, name);
}

void exec(PGconn *c, const char *name, std::initializer_list<std::string> params)
{
    std::vector<const char *> values;
    for (const std::string &p : params)
        values.push_back(p.c_str());
    check(PQexecPrepared(c, name, int(values.size()), values.data(), nullptr, nullptr, 0), c, name);
}

} // namespace

double rawWritesPg(const QString &conninfo, const QList<QJsonArray> &batches)
{
    PGconn *c = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(c) != CONNECTION_OK)
        qFatal("raw libpq: %s", PQerrorMessage(c));
    prepare(c, "log",
        "INSERT INTO op_log(id, uuid, device_id, device_seq, user_id, kind, payload, local_time, received_at, "
        "status, answer) VALUES ($7, $1, 'raw', $2, 4, $3, $4, $5, $5, 'applied', $6)");
    prepare(c, "move",
        "INSERT INTO stock_move(op_id, kind, product_id, from_location_id, to_location_id, qty, user_id, "
        "device_id, physical_time, recorded_at) VALUES ($5, 'move', $1, $2, $3, 1000, 4, 'raw', $4, $4)");
    prepare(c, "quant",
        "INSERT INTO quant(location_id, product_id, qty) VALUES ($1, $2, $3) ON CONFLICT (location_id, "
        "product_id, (coalesce(lot_id, 0)), (coalesce(package_id, 0))) DO UPDATE SET qty = quant.qty + "
        "excluded.qty RETURNING qty");
    prepare(c, "book", "SELECT coalesce(sum(qty), 0) FROM quant WHERE location_id = $1 AND product_id = $2");
    PGresult *next = PQexec(c, "SELECT coalesce(max(id), 0) + 1 FROM op_log");
    qint64 opId = QByteArray(PQgetvalue(next, 0, 0)).toLongLong();
    PQclear(next);
    const std::string time = "2026-11-26T09:00:00.000Z";
    const std::string answer = R"({"result":{"moves":[1]},"status":"applied"})";
    QElapsedTimer t;
    t.start();
    for (const QJsonArray &ops : batches) {
        check(PQexec(c, "BEGIN"), c, "BEGIN");
        for (const QJsonValue &v : ops) {
            const QJsonObject o = v.toObject();
            const QJsonObject p = o.value(QStringLiteral("payload")).toObject();
            const bool count = o.value(QStringLiteral("kind")).toString() == QLatin1String("count");
            const std::string product = std::to_string(p.value(QStringLiteral("product_id")).toInteger());
            if (count) {
                exec(c, "book", {std::to_string(p.value(QStringLiteral("location_id")).toInteger()), product});
            } else {
                const std::string from = std::to_string(p.value(QStringLiteral("from_location_id")).toInteger());
                const std::string to = std::to_string(p.value(QStringLiteral("to_location_id")).toInteger());
                exec(c, "move", {product, from, to, time, std::to_string(opId)});
                exec(c, "quant", {from, product, "-1000"});
                exec(c, "quant", {to, product, "1000"});
            }
            exec(c, "log",
                {o.value(QStringLiteral("uuid")).toString().toStdString(),
                    std::to_string(o.value(QStringLiteral("seq")).toInteger()), count ? "count" : "move",
                    QJsonDocument(p).toJson(QJsonDocument::Compact).toStdString(), time, answer, std::to_string(opId)});
            ++opId;
        }
        check(PQexec(c, "COMMIT"), c, "COMMIT");
    }
    const double secs = double(t.nsecsElapsed()) / 1e9;
    PQfinish(c);
    return secs;
}

} // namespace bench
