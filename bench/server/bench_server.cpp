// bench_server: the server against raw SQLite doing the same writes/reads in the same run.
//   1. operations applied per second (batches of 500): server core in-process, over HTTP (1 and 4
//      clients), raw sqlite3 writing the same rows
//   2. change rows pulled per second (the whole feed of a warehouse from cursor 0)
//   3. snapshot of the demo warehouse and of 1,000,000 products (in-process, over HTTP with and without gzip)
//   4. encoding of the product rows: our JSON rows vs CBOR, gzip level 1
//   5. with --postgresql: operations applied per second on the PostgreSQL backend in-process against raw
//      libpq writing the same rows (a PostgreSQL 15 of its own, durable: fsync on)
// Usage: bench_server [--dir DIR] [--batches N] [--big N] [--skip-big] [--push-only] [--postgresql]
#include "benchhttp.h"
#include "benchpg.h"
#include "benchworkload.h"
#include "demo/demogenerator.h"
#include "gzip.h"
#include "pgtestserver.h"
#include "servercore.h"
#include "storage/postgresql/pgadmin.h"
#include "storage/sqlite/embeddedserver.h"
#include "storage/sqlite/serverschema.h"
#include "storage/sqlite/sqliterow.h"
#include "store/worldwriter.h"

#include <QCborStreamWriter>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace stockhand;
using namespace stockhand::server;
using namespace bench;

namespace {

void row(const char *what, double value, const char *unit, const QString &note = QString())
{
    std::printf("| %-58s | %14.0f | %-8s | %s\n", what, value, unit, qPrintable(note));
    std::fflush(stdout);
}

void removeDb(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

Response call(ServerCore &core, const QByteArray &method, const QString &path, const QString &token,
    const QByteArray &body = {}, const QList<QPair<QString, QString>> &query = {})
{
    Request r;
    r.method = method;
    r.path = path;
    r.authorization = "Bearer " + token.toLatin1();
    r.body = body;
    r.query = query;
    return core.handle(r);
}

QString enrol(ServerCore &core, qint64 warehouse)
{
    auto code = core.devices().issueCode(warehouse, 1);
    Request r;
    r.method = "POST";
    r.path = QStringLiteral("/v1/enrol");
    r.body = QJsonDocument(QJsonObject {{QStringLiteral("code"), code.value()}}).toJson();
    return QJsonDocument::fromJson(core.handle(r).body).object().value(QStringLiteral("token")).toString();
}

qint64 countRows(const QByteArray &ndjson)
{
    qint64 n = 0;
    for (qsizetype pos = 0; (pos = ndjson.indexOf("\n[", pos)) >= 0; ++pos)
        ++n;
    return n;
}

// Pages through /v1/snapshot (or /v1/changes); returns rows and seconds.
struct PullResult
{
    qint64 rows = 0;
    qint64 bytes = 0;
    double secs = 0;
};

PullResult pullSnapshot(const std::function<QByteArray(const QString &from)> &page)
{
    PullResult r;
    QElapsedTimer t;
    t.start();
    QString from;
    for (;;) {
        const QByteArray body = page(from);
        r.bytes += body.size();
        r.rows += countRows(body);
        const qsizetype lastLine = body.lastIndexOf('\n', body.size() - 2);
        const QJsonObject end = QJsonDocument::fromJson(body.mid(lastLine + 1)).object();
        if (end.value(QStringLiteral("next")).isNull() || end.isEmpty())
            break;
        from = end.value(QStringLiteral("next")).toString();
    }
    r.secs = double(t.nsecsElapsed()) / 1e9;
    return r;
}

void snapshotSection(const char *label, EmbeddedServer &core, const QString &token, const QString &dbPath)
{
    qint64 rawRows = 0;
    const double rawSecs = rawScan(core.db(), 1, &rawRows);
    row(qPrintable(QStringLiteral("%1: raw sqlite3 scan of the same rows").arg(QLatin1String(label))),
        rawRows / rawSecs, "rows/s", QStringLiteral("%1 rows in %2 s").arg(rawRows).arg(rawSecs, 0, 'f', 2));
    const PullResult inproc = pullSnapshot([&](const QString &from) {
        QList<QPair<QString, QString>> q {{QStringLiteral("limit"), QStringLiteral("100000")}};
        if (!from.isEmpty())
            q.append({QStringLiteral("from"), from});
        return call(core, "GET", QStringLiteral("/v1/snapshot"), token, {}, q).body;
    });
    row(qPrintable(QStringLiteral("%1: snapshot, server core in-process").arg(QLatin1String(label))),
        inproc.rows / inproc.secs, "rows/s",
        QStringLiteral("%1 rows, %2 MB, %3 s")
            .arg(inproc.rows)
            .arg(inproc.bytes / 1e6, 0, 'f', 1)
            .arg(inproc.secs, 0, 'f', 2));
    bench::ServerProcess server;
    if (!server.start(dbPath)) {
        std::printf("cannot start stockhand-server\n");
        return;
    }
    QNetworkAccessManager nam;
    for (bool gzip : {false, true}) {
        const PullResult http = pullSnapshot([&](const QString &from) {
            const QString q = QStringLiteral("/v1/snapshot?limit=100000")
                + (from.isEmpty() ? QString() : QStringLiteral("&from=") + from);
            bench::Reply r = bench::request(nam, "GET", server.url(q), token.toLatin1(), {}, gzip);
            if (gzip)
                return gzipDecompress(r.body, qint64(1) << 32).value();
            return r.body;
        });
        row(qPrintable(QStringLiteral("%1: snapshot over HTTP 127.0.0.1%2")
                           .arg(QLatin1String(label), gzip ? QStringLiteral(" + gzip") : QString())),
            http.rows / http.secs, "rows/s",
            QStringLiteral("%1 rows in %2 s").arg(http.rows).arg(http.secs, 0, 'f', 2));
    }
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// 5. The PostgreSQL backend in-process against raw libpq, rounds alternating as on SQLite (a CHECKPOINT
// before each, so that neither pays the other's).
int pushOnPostgres(int batches, const QString &dir)
{
    test::PgTestServer::setDurable(true);
    QString error;
    test::PgTestServer *pgServer = test::PgTestServer::instance(&error);
    if (!pgServer) {
        std::printf("PostgreSQL: %s\n", qPrintable(error));
        return 1;
    }
    const QString url = pgServer->createDatabase(&error);
    if (url.isEmpty()) {
        std::printf("PostgreSQL: %s\n", qPrintable(error));
        return 1;
    }
    const ManualClock clock;
    auto core = openServer(url, clock, CoreConfig(), {}, dir + QStringLiteral("/bench-pg.session-key"));
    if (!core) {
        std::printf("%s\n", qPrintable(core.error().toString()));
        return 1;
    }
    pg::Connection &c = *postgresConnection(**core);
    demo::DemoOptions o;
    o.pinIterations = 1000;
    QElapsedTimer t;
    t.start();
    if (auto seeded = pg::seed(c, o, QStringLiteral("bench-password"), 1000, QStringLiteral("2026-11-26T08:00:00Z"));
        !seeded) {
        std::printf("%s\n", qPrintable(seeded.error().toString()));
        return 1;
    }
    row("PostgreSQL seed: demo world (3 warehouses, 20,000 products)", double(t.elapsed()), "ms");
    const QString token = enrol(**core, 1);
    Stock stock = stockUpPg(c);
    constexpr int kRounds = 3;
    std::vector<double> coreRates, rawRates;
    qint64 applied = 0;
    for (int round = 0; round < kRounds; ++round) {
        const QList<QByteArray> bodies = makeBatches(stock, batches, 1 + quint64(round) * 10);
        (void)c.exec("CHECKPOINT");
        t.restart();
        qint64 ok = 0;
        for (const QByteArray &b : bodies) {
            const Response r = call(**core, "POST", QStringLiteral("/v1/push"), token, b);
            ok += r.status == 200
                ? QJsonDocument::fromJson(r.body).object().value(QStringLiteral("results")).toArray().size()
                : 0;
        }
        coreRates.push_back(double(ok) / (double(t.nsecsElapsed()) / 1e9));
        applied += ok;
        QList<QJsonArray> rawOps;
        makeBatches(stock, batches, 2 + quint64(round) * 10, &rawOps);
        (void)c.exec("CHECKPOINT");
        rawRates.push_back(double(batches) * kBatch / rawWritesPg(url, rawOps));
    }
    const double coreRate = median(coreRates), rawRate = median(rawRates);
    row("PostgreSQL push: server core in-process (batches of 500)", coreRate, "ops/s",
        QStringLiteral("median of %1 rounds of %2 ops, fsync on, 80 % move / 20 % count")
            .arg(kRounds)
            .arg(applied / kRounds));
    row("PostgreSQL push: raw libpq, the same rows (baseline)", rawRate, "ops/s",
        QStringLiteral("core reaches %1 % of raw").arg(100.0 * coreRate / rawRate, 0, 'f', 0));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The benchmark starts stockhand-server, which refuses root unless allowed (server/app/rootguard.h); a
    // benchmark on a lab machine often runs as root.
    qputenv("STOCKHAND_ALLOW_ROOT", "1");
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("dir"), QStringLiteral("Work directory."), QStringLiteral("dir")},
        {QStringLiteral("batches"), QStringLiteral("Batches of 500 per run."), QStringLiteral("n"),
            QStringLiteral("40")},
        {QStringLiteral("big"), QStringLiteral("Products of the big snapshot."), QStringLiteral("n"),
            QStringLiteral("1000000")},
        {QStringLiteral("skip-big"), QStringLiteral("Skip the big snapshot.")},
        {QStringLiteral("push-only"), QStringLiteral("Only the in-process push figures.")},
        {QStringLiteral("postgresql"), QStringLiteral("Also push on PostgreSQL against raw libpq (section 5).")}});
    p.process(app);
    QTemporaryDir tmp;
    const QString dir = p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) : tmp.path();
    const int batches = p.value(QStringLiteral("batches")).toInt();
    const QString dbPath = dir + QStringLiteral("/bench-server.db");
    removeDb(dbPath);

    std::printf("| %-58s | %14s | %-8s | %s\n", "measure", "value", "unit", "note");
    std::printf("|%s|%s|%s|%s\n", QByteArray(60, '-').constData(), QByteArray(16, '-').constData(),
        QByteArray(10, '-').constData(), "------");
    const ManualClock clock;
    QString token;
    Stock stock;
    {
        auto core = EmbeddedServer::open(dbPath, clock);
        if (!core) {
            std::printf("%s\n", qPrintable(core.error().toString()));
            return 1;
        }
        demo::DemoOptions o;
        o.pinIterations = 1000;
        QElapsedTimer t;
        t.start();
        (void)demo::generateDemo((*core)->db(), o);
        row("seed: demo world (3 warehouses, 20,000 products)", double(t.elapsed()), "ms");
        token = enrol(**core, 1);
        stock = stockUp((*core)->db());

        // 1. operations applied per second. Rounds alternate the server core and raw sqlite3 on the same
        // file, each starting from a checkpointed (empty) WAL so that neither pays the other's checkpoints;
        // the table gives the median round of each.
        constexpr int kRounds = 3;
        std::vector<double> coreRates, normalRates, rawRates;
        qint64 applied = 0;
        auto checkpoint = [&] { (void)(*core)->db().exec("PRAGMA wal_checkpoint(TRUNCATE);"); };
        for (int round = 0; round < kRounds; ++round) {
            const QList<QByteArray> bodies = makeBatches(stock, batches, 1 + quint64(round) * 10);
            checkpoint();
            t.restart();
            qint64 ok = 0;
            for (const QByteArray &b : bodies) {
                const Response r = call(**core, "POST", QStringLiteral("/v1/push"), token, b);
                ok += r.status == 200
                    ? QJsonDocument::fromJson(r.body).object().value(QStringLiteral("results")).toArray().size()
                    : 0;
            }
            coreRates.push_back(double(ok) / (double(t.nsecsElapsed()) / 1e9));
            applied += ok;

            QList<QJsonArray> rawOps;
            makeBatches(stock, batches, 2 + quint64(round) * 10, &rawOps);
            checkpoint();
            rawRates.push_back(double(batches) * kBatch / rawWrites((*core)->db(), rawOps));

            // The same with synchronous=NORMAL (config: durability = normal).
            (void)(*core)->db().exec("PRAGMA synchronous=NORMAL;");
            const QList<QByteArray> normalBodies = makeBatches(stock, batches, 3 + quint64(round) * 10);
            checkpoint();
            t.restart();
            qint64 normalOk = 0;
            for (const QByteArray &b : normalBodies)
                normalOk += call(**core, "POST", QStringLiteral("/v1/push"), token, b).status == 200 ? kBatch : 0;
            normalRates.push_back(double(normalOk) / (double(t.nsecsElapsed()) / 1e9));
            (void)(*core)->db().exec("PRAGMA synchronous=FULL;");
        }
        const double coreRate = median(coreRates), rawRate = median(rawRates);
        row("push: server core in-process (batches of 500)", coreRate, "ops/s",
            QStringLiteral("median of %1 rounds of %2 ops, synchronous=FULL, 80 % move / 20 % count")
                .arg(kRounds)
                .arg(applied / kRounds));
        row("push: server core in-process, durability = normal", median(normalRates), "ops/s",
            QStringLiteral("median of %1 rounds").arg(kRounds));
        row("push: raw sqlite3, the same rows (baseline)", rawRate, "ops/s",
            QStringLiteral("core reaches %1 % of raw").arg(100.0 * coreRate / rawRate, 0, 'f', 0));
    }
    if (p.isSet(QStringLiteral("postgresql"))) {
        if (const int rc = pushOnPostgres(batches, dir); rc != 0)
            return rc;
    }
    if (p.isSet(QStringLiteral("push-only"))) {
        removeDb(dbPath);
        return 0;
    }
    {
        bench::ServerProcess server;
        if (!server.start(dbPath))
            return 1;
        for (int clients : {1, 4}) {
            std::vector<QList<QByteArray>> work;
            for (int c = 0; c < clients; ++c)
                work.push_back(makeBatches(stock, batches / clients, 10 + quint64(clients * 100 + c)));
            QElapsedTimer t;
            t.start();
            std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
            int running = clients;
            qint64 ok = 0;
            QEventLoop loop;
            std::function<void(int, int)> send = [&](int c, int i) {
                if (i == work[size_t(c)].size()) {
                    if (--running == 0)
                        loop.quit();
                    return;
                }
                QNetworkRequest req(server.url(QStringLiteral("/v1/push")));
                req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
                req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
                QNetworkReply *reply = nams[size_t(c)]->post(req, work[size_t(c)][i]);
                QObject::connect(reply, &QNetworkReply::finished, [&, reply, c, i] {
                    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                        ok += kBatch;
                    reply->deleteLater();
                    send(c, i + 1);
                });
            };
            for (int c = 0; c < clients; ++c) {
                nams.push_back(std::make_unique<QNetworkAccessManager>());
                send(c, 0);
            }
            if (running > 0) // every client may already be done (fewer batches than clients)
                loop.exec();
            const double secs = double(t.nsecsElapsed()) / 1e9;
            row(qPrintable(QStringLiteral("push: over HTTP 127.0.0.1, %1 client(s)").arg(clients)), ok / secs, "ops/s",
                QStringLiteral("%1 ops applied").arg(ok));
        }
    }
    {
        // 2. change rows pulled per second: the whole feed of warehouse 1 from cursor 0
        auto core = EmbeddedServer::open(dbPath, clock);
        PullResult r;
        QElapsedTimer t;
        t.start();
        qint64 cursor = 0;
        for (bool more = true; more;) {
            const Response resp = call(**core, "GET", QStringLiteral("/v1/changes"), token, {},
                {{QStringLiteral("cursor"), QString::number(cursor)},
                    {QStringLiteral("limit"), QStringLiteral("50000")}});
            r.rows += countRows(resp.body);
            r.bytes += resp.body.size();
            const qsizetype lastLine = resp.body.lastIndexOf('\n', resp.body.size() - 2);
            const QJsonObject end = QJsonDocument::fromJson(resp.body.mid(lastLine + 1)).object();
            cursor = end.value(QStringLiteral("cursor")).toInteger();
            more = end.value(QStringLiteral("more")).toBool();
        }
        r.secs = double(t.nsecsElapsed()) / 1e9;
        row("changes: whole feed of warehouse 1 from cursor 0, in-process", r.rows / r.secs, "rows/s",
            QStringLiteral("%1 rows, %2 MB, pages of 50,000").arg(r.rows).arg(r.bytes / 1e6, 0, 'f', 1));
        // 3. snapshot of the demo warehouse
        snapshotSection("demo warehouse", **core, token, dbPath);
    }
    if (!p.isSet(QStringLiteral("skip-big"))) {
        // 3b. 1,000,000 products
        const int n = p.value(QStringLiteral("big")).toInt();
        const QString bigPath = dir + QStringLiteral("/bench-big.db");
        removeDb(bigPath);
        auto core = EmbeddedServer::open(bigPath, clock);
        QElapsedTimer t;
        t.start();
        {
            db::Transaction tx((*core)->db());
            store::WorldWriter w((*core)->db());
            (void)w.write(WarehouseRow {1, QStringLiteral("WH1"), QStringLiteral("Big DC")});
            for (int i = 1; i <= n; ++i) {
                ProductRow pr;
                pr.id = i;
                pr.sku = QStringLiteral("SKU-%1").arg(i, 7, 10, QLatin1Char('0'));
                pr.name = QStringLiteral("Bench product %1 stainless M8").arg(i);
                pr.unitValueCents = i % 5000;
                (void)w.write(pr);
            }
            (void)tx.commit();
        }
        row(qPrintable(QStringLiteral("big: load %1 products (with feed triggers)").arg(n)),
            n / (double(t.elapsed()) / 1000), "rows/s");
        const QString bigToken = enrol(**core, 1);
        snapshotSection("1M products", **core, bigToken, bigPath);

        // 4. encodings of the same rows
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2((*core)->db().handle(),
            "SELECT id, sku, name, uom, tracking, unit_value_cents, home_location_id FROM product", -1, &s, nullptr);
        QByteArray json;
        json.reserve(qsizetype(n) * 80);
        RowWriter rw(json);
        t.restart();
        while (sqlite3_step(s) == SQLITE_ROW)
            writeSqliteRow(rw, s);
        const double jsonSecs = double(t.nsecsElapsed()) / 1e9;
        sqlite3_reset(s);
        QByteArray cbor;
        QCborStreamWriter cw(&cbor);
        t.restart();
        while (sqlite3_step(s) == SQLITE_ROW) {
            cw.startArray(7);
            for (int c = 0; c < 7; ++c) {
                switch (sqlite3_column_type(s, c)) {
                case SQLITE_INTEGER:
                    cw.append(qint64(sqlite3_column_int64(s, c)));
                    break;
                case SQLITE_TEXT:
                    cw.appendTextString(
                        reinterpret_cast<const char *>(sqlite3_column_text(s, c)), sqlite3_column_bytes(s, c));
                    break;
                default:
                    cw.appendNull();
                }
            }
            cw.endArray();
        }
        const double cborSecs = double(t.nsecsElapsed()) / 1e9;
        sqlite3_finalize(s);
        row("encode products: NDJSON rows (RowWriter)", n / jsonSecs, "rows/s",
            QStringLiteral("%1 MB").arg(json.size() / 1e6, 0, 'f', 1));
        row("encode products: CBOR arrays (QCborStreamWriter)", n / cborSecs, "rows/s",
            QStringLiteral("%1 MB").arg(cbor.size() / 1e6, 0, 'f', 1));
        t.restart();
        const QByteArray gz = gzipCompress(json, 1);
        row("gzip level 1 of the NDJSON", n / (double(t.nsecsElapsed()) / 1e9), "rows/s",
            QStringLiteral("%1 MB -> %2 MB").arg(json.size() / 1e6, 0, 'f', 1).arg(gz.size() / 1e6, 0, 'f', 1));
        t.restart();
        const QByteArray gzc = gzipCompress(cbor, 1);
        row("gzip level 1 of the CBOR", n / (double(t.nsecsElapsed()) / 1e9), "rows/s",
            QStringLiteral("%1 MB -> %2 MB").arg(cbor.size() / 1e6, 0, 'f', 1).arg(gzc.size() / 1e6, 0, 'f', 1));
        removeDb(bigPath);
    }
    removeDb(dbPath);
    return 0;
}
