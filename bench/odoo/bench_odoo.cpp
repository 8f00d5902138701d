// bench_odoo: the Odoo connector's import against a live Odoo 17 (docs/odoo.md, docs/benchmarks.md).
//
//   ODOO_URL=http://127.0.0.1:8069 ODOO_DB=whse ODOO_LOGIN=admin ODOO_KEY=admin bench_odoo [PRODUCTS PICKINGS]
//
// First makes sure Odoo holds PRODUCTS (20,000) storable products with the code BENCH-nnnnn and PICKINGS
// (1,000) open receipts with the origin "bench_odoo" (two moves each), creating what is missing in batches.
// Then, in the same run: (1) the connector's first import into a fresh server database (every model the
// importer reads, written through the import path), (2) a plain search_read loop over the same models with the
// same domains, fields and page size (keyset paging by id, nothing written), (3) the incremental import that
// follows (nothing changed). Prints a table of records and records/s. Live only: skipped (exit 0) without ODOO_URL.
#include "jsonrpctransport.h"
#include "odooconnector.h"

#include "clock.h"
#include "storage/sqlite/embeddedserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace stockhand;
using namespace stockhand::odoo;

namespace {

QJsonArray term(const QString &f, const QString &op, const QJsonValue &v)
{
    return QJsonArray {f, op, v};
}

QJsonArray domainOf(std::initializer_list<QJsonArray> terms)
{
    QJsonArray d;
    for (const QJsonArray &t : terms)
        d.append(t);
    return d;
}

[[noreturn]] void die(const QString &what, const Error &e)
{
    std::fprintf(stderr, "bench_odoo: %s: %s\n", qPrintable(what), qPrintable(e.toString()));
    std::exit(1);
}

template<typename T> T need(Result<T> r, const QString &what)
{
    if (!r)
        die(what, r.error());
    return std::move(r.value());
}

qint64 count(OdooClient &odoo, const QString &model, const QJsonArray &domain)
{
    return need(odoo.execute(model, QStringLiteral("search_count"), one(domain),
                    QJsonObject {{QStringLiteral("context"), QJsonObject {{QStringLiteral("active_test"), false}}}}),
        model + QStringLiteral(" search_count"))
        .toInteger();
}

// The bench's products: BENCH-00000 .. BENCH-nnnnn, storable, created 500 per call.
void ensureProducts(OdooClient &odoo, int wanted)
{
    const QJsonArray mine
        = one(term(QStringLiteral("default_code"), QStringLiteral("=like"), QStringLiteral("BENCH-%")));
    qint64 have = count(odoo, QStringLiteral("product.product"), mine);
    QElapsedTimer t;
    t.start();
    const qint64 from = have;
    while (have < wanted) {
        QJsonArray batch;
        for (int i = 0; i < 500 && have + i < wanted; ++i) {
            const qint64 n = have + i;
            batch.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("Bench product %1").arg(n)},
                {QStringLiteral("default_code"), QStringLiteral("BENCH-%1").arg(n, 5, 10, QLatin1Char('0'))},
                {QStringLiteral("barcode"), QStringLiteral("29%1").arg(n, 10, 10, QLatin1Char('0'))},
                {QStringLiteral("type"), QStringLiteral("product")}, {QStringLiteral("standard_price"), 1.5}});
        }
        need(odoo.execute(QStringLiteral("product.product"), QStringLiteral("create"), one(batch)),
            QStringLiteral("product.product create"));
        have += batch.size();
        std::fprintf(stderr, "\rproducts in Odoo: %lld", qlonglong(have));
    }
    if (have > from)
        std::fprintf(stderr, " (%lld made in %.1f s)\n", qlonglong(have - from), double(t.elapsed()) / 1000.0);
}

// The bench's open receipts (origin bench_odoo) into WH/Stock, two moves each, created and confirmed 100 per round.
void ensurePickings(OdooClient &odoo, int wanted)
{
    const QJsonArray open = domainOf({term(QStringLiteral("origin"), QStringLiteral("="), QStringLiteral("bench_odoo")),
        term(QStringLiteral("state"), QStringLiteral("in"),
            QJsonArray {QStringLiteral("assigned"), QStringLiteral("confirmed"), QStringLiteral("waiting")})});
    qint64 have = count(odoo, QStringLiteral("stock.picking"), open);
    if (have >= wanted)
        return;
    const QJsonObject type
        = need(odoo.searchRead(QStringLiteral("stock.picking.type"),
                   domainOf({term(QStringLiteral("code"), QStringLiteral("="), QStringLiteral("incoming")),
                       term(QStringLiteral("warehouse_id.code"), QStringLiteral("="), QStringLiteral("WH"))}),
                   {QStringLiteral("default_location_dest_id")}, QStringLiteral("id"), 1),
            QStringLiteral("receipt type"))
              .first()
              .toObject();
    const qint64 vendors = need(odoo.searchRead(QStringLiteral("stock.location"),
                                    one(term(QStringLiteral("usage"), QStringLiteral("="), QStringLiteral("supplier"))),
                                    {QStringLiteral("name")}, QStringLiteral("id"), 1),
        QStringLiteral("vendors"))
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toInteger();
    const qint64 stock = many2oneId(type.value(QStringLiteral("default_location_dest_id")));
    const QJsonArray products
        = need(odoo.searchRead(QStringLiteral("product.product"),
                   one(term(QStringLiteral("default_code"), QStringLiteral("=like"), QStringLiteral("BENCH-%"))),
                   {QStringLiteral("uom_id")}, QStringLiteral("id"), 2000),
            QStringLiteral("bench products"));
    if (products.size() < 2)
        die(QStringLiteral("pickings"), makeError("bench.no-products", QStringLiteral("no BENCH- products")));
    QElapsedTimer t;
    t.start();
    const qint64 from = have;
    while (have < wanted) {
        QJsonArray batch;
        for (int i = 0; i < 100 && have + i < wanted; ++i) {
            QJsonArray moves;
            for (int k = 0; k < 2; ++k) {
                const QJsonObject p = products.at(int((have + i) * 2 + k) % products.size()).toObject();
                moves.append(QJsonArray {0, 0,
                    QJsonObject {{QStringLiteral("name"), QStringLiteral("bench_odoo")},
                        {QStringLiteral("product_id"), p.value(QStringLiteral("id"))},
                        {QStringLiteral("product_uom"), many2oneId(p.value(QStringLiteral("uom_id")))},
                        {QStringLiteral("product_uom_qty"), 5 + k}, {QStringLiteral("location_id"), vendors},
                        {QStringLiteral("location_dest_id"), stock}}});
            }
            batch.append(QJsonObject {{QStringLiteral("picking_type_id"), type.value(QStringLiteral("id"))},
                {QStringLiteral("location_id"), vendors}, {QStringLiteral("location_dest_id"), stock},
                {QStringLiteral("origin"), QStringLiteral("bench_odoo")}, {QStringLiteral("move_ids"), moves}});
        }
        const QJsonValue ids = need(odoo.execute(QStringLiteral("stock.picking"), QStringLiteral("create"), one(batch)),
            QStringLiteral("stock.picking create"));
        need(odoo.execute(QStringLiteral("stock.picking"), QStringLiteral("action_confirm"), one(ids.toArray())),
            QStringLiteral("action_confirm"));
        have += batch.size();
        std::fprintf(stderr, "\ropen bench pickings in Odoo: %lld", qlonglong(have));
    }
    std::fprintf(stderr, " (%lld made in %.1f s)\n", qlonglong(have - from), double(t.elapsed()) / 1000.0);
}

// The importer's reads without the importer: every model with its domain and fields, keyset paging by id,
// `batch` records per search_read; the moves of the open pickings read per page of pickings. Records read.
qint64 plainLoop(OdooClient &odoo, int batch)
{
    const QJsonArray wh = need(odoo.searchRead(QStringLiteral("stock.warehouse"), {},
                                   {QStringLiteral("code"), QStringLiteral("name")}, QStringLiteral("id"), 0),
        QStringLiteral("warehouses"));
    QJsonArray whIds;
    for (const QJsonValue &v : wh)
        whIds.append(v.toObject().value(QStringLiteral("id")));
    qint64 records = wh.size();
    const QJsonArray open {QStringLiteral("assigned"), QStringLiteral("confirmed"), QStringLiteral("waiting")};
    struct Model
    {
        QString name;
        QJsonArray domain;
        QStringList fields;
    };
    const QList<Model> models {
        {QStringLiteral("stock.location"),
            domainOf({term(QStringLiteral("usage"), QStringLiteral("in"),
                          QJsonArray {QStringLiteral("internal"), QStringLiteral("view")}),
                term(QStringLiteral("warehouse_id"), QStringLiteral("in"), whIds)}),
            {QStringLiteral("complete_name"), QStringLiteral("barcode"), QStringLiteral("usage"),
                QStringLiteral("warehouse_id"), QStringLiteral("location_id"), QStringLiteral("write_date")}},
        {QStringLiteral("product.product"),
            one(term(QStringLiteral("type"), QStringLiteral("in"),
                QJsonArray {QStringLiteral("product"), QStringLiteral("consu")})),
            {QStringLiteral("default_code"), QStringLiteral("display_name"), QStringLiteral("barcode"),
                QStringLiteral("tracking"), QStringLiteral("uom_id"), QStringLiteral("standard_price"),
                QStringLiteral("write_date")}},
        {QStringLiteral("product.packaging"), one(term(QStringLiteral("barcode"), QStringLiteral("!="), false)),
            {QStringLiteral("product_id"), QStringLiteral("barcode"), QStringLiteral("qty"), QStringLiteral("name"),
                QStringLiteral("write_date")}},
        {QStringLiteral("stock.lot"), {},
            {QStringLiteral("name"), QStringLiteral("product_id"), QStringLiteral("write_date")}},
        {QStringLiteral("res.partner"), {}, {QStringLiteral("display_name"), QStringLiteral("write_date")}},
        {QStringLiteral("res.users"), one(term(QStringLiteral("share"), QStringLiteral("="), false)),
            {QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("active"), QStringLiteral("groups_id"),
                QStringLiteral("write_date")}},
        {QStringLiteral("stock.quant"),
            domainOf({term(QStringLiteral("location_id.usage"), QStringLiteral("="), QStringLiteral("internal")),
                term(QStringLiteral("location_id.warehouse_id"), QStringLiteral("in"), whIds)}),
            {QStringLiteral("location_id"), QStringLiteral("product_id"), QStringLiteral("lot_id"),
                QStringLiteral("quantity"), QStringLiteral("write_date")}},
        {QStringLiteral("stock.picking"),
            domainOf({term(QStringLiteral("picking_type_id.warehouse_id"), QStringLiteral("in"), whIds),
                term(QStringLiteral("picking_type_code"), QStringLiteral("in"),
                    QJsonArray {QStringLiteral("incoming"), QStringLiteral("outgoing"), QStringLiteral("internal")}),
                term(QStringLiteral("state"), QStringLiteral("in"), open)}),
            {QStringLiteral("name"), QStringLiteral("picking_type_code"), QStringLiteral("state"),
                QStringLiteral("partner_id"), QStringLiteral("origin"), QStringLiteral("scheduled_date"),
                QStringLiteral("priority"), QStringLiteral("picking_type_id"), QStringLiteral("write_date")}},
    };
    for (const Model &m : models) {
        qint64 last = 0;
        for (;;) {
            QJsonArray d = m.domain;
            d.append(term(QStringLiteral("id"), QStringLiteral(">"), last));
            const QJsonArray page = need(odoo.searchRead(m.name, d, m.fields, QStringLiteral("id"), batch), m.name);
            records += page.size();
            if (page.isEmpty())
                break;
            last = page.last().toObject().value(QStringLiteral("id")).toInteger();
            if (m.name == QLatin1String("stock.picking")) {
                QJsonArray ids;
                for (const QJsonValue &v : page)
                    ids.append(v.toObject().value(QStringLiteral("id")));
                records += need(
                    odoo.searchRead(QStringLiteral("stock.move"),
                        one(term(QStringLiteral("picking_id"), QStringLiteral("in"), ids)),
                        {QStringLiteral("picking_id"), QStringLiteral("product_id"), QStringLiteral("product_uom_qty"),
                            QStringLiteral("location_id"), QStringLiteral("location_dest_id"),
                            QStringLiteral("sequence"), QStringLiteral("state")},
                        QStringLiteral("picking_id, sequence, id"), 0),
                    QStringLiteral("stock.move"))
                               .size();
            }
            if (page.size() < batch)
                break;
        }
    }
    return records;
}

qint64 total(const OdooImportSummary &s)
{
    qint64 n = 0;
    for (int v : s.read)
        n += v;
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("ODOO_URL")) {
        std::printf("bench_odoo: set ODOO_URL, ODOO_DB, ODOO_LOGIN, ODOO_KEY (a live Odoo 17): skipped\n");
        return 0;
    }
    const int products = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    const int pickings = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1000;
    OdooConfig config;
    config.settings.url = qEnvironmentVariable("ODOO_URL");
    config.settings.database = qEnvironmentVariable("ODOO_DB");
    config.settings.login = qEnvironmentVariable("ODOO_LOGIN");
    config.settings.key = qEnvironmentVariable("ODOO_KEY");
    config.batch = 1000;
    JsonRpcTransport transport(QUrl(config.settings.url), 600000);

    QTemporaryDir dir;
    SystemClock clock;
    auto server = server::EmbeddedServer::open(dir.filePath(QStringLiteral("bench.db")), clock);
    if (!server)
        die(QStringLiteral("database"), server.error());
    OdooConnector connector(transport, server.value()->storage(), config);
    OdooClient &odoo = connector.client();
    need(connector.check(), QStringLiteral("login"));
    ensureProducts(odoo, products);
    ensurePickings(odoo, pickings);

    QElapsedTimer t;
    t.start();
    const OdooImportSummary first
        = need(connector.importNow(false, QDateTime::currentDateTimeUtc()), QStringLiteral("import"));
    const double importS = double(t.elapsed()) / 1000.0;
    std::fprintf(stderr, "import: %s\n", qPrintable(first.text()));

    OdooClient plain(transport, config.settings);
    need(Result<QString>(plain.login().ok() ? QString() : QString()), QStringLiteral("login"));
    t.restart();
    const qint64 plainRecords = plainLoop(plain, config.batch);
    const double plainS = double(t.elapsed()) / 1000.0;

    t.restart();
    const OdooImportSummary second
        = need(connector.importNow(false, QDateTime::currentDateTimeUtc()), QStringLiteral("import again"));
    const double againS = double(t.elapsed()) / 1000.0;

    const qint64 ours = total(first);
    std::printf("Odoo: %d BENCH products, %d open bench pickings (and the demo data); batch %d\n\n", products, pickings,
        config.batch);
    std::printf("| run | Odoo records read | rows written here | s | records/s |\n| --- | --- | --- | --- | --- |\n");
    std::printf("| our first import (fresh database) | %lld | %lld | %.2f | %.0f |\n", qlonglong(ours),
        qlonglong(first.rowsWritten), importS, double(ours) / importS);
    std::printf("| plain search_read loop, same models, domains, fields | %lld | 0 | %.2f | %.0f |\n",
        qlonglong(plainRecords), plainS, double(plainRecords) / plainS);
    std::printf("| our incremental import right after (overlap window only) | %lld | %lld | %.2f | %.0f |\n",
        qlonglong(total(second)), qlonglong(second.rowsWritten), againS, double(total(second)) / againS);
    std::printf("\nour first import: %.2fx the plain loop's time (%.0f%% of its records/s)\n", importS / plainS,
        100.0 * (double(ours) / importS) / (double(plainRecords) / plainS));
    return 0;
}
