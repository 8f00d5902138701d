// bench_store: the device store against raw sqlite3 in the same run.
//   1. bulk load of N products with barcodes: store (WorldWriter) vs raw sqlite3 inserts of the same rows
//   2. barcode -> product lookup at N barcodes: p50/p99
//   3. durable append of one operation with its effect (synchronous=FULL): p50/p99
// Usage: bench_store [--products N] [--dir DIR]
#include "store/devicestore.h"
#include "store/worldwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace stockhand;

namespace {

struct Rows
{
    std::vector<ProductRow> products;
    std::vector<BarcodeRow> barcodes;
};

Rows makeRows(int n)
{
    Rows r;
    r.products.reserve(size_t(n));
    r.barcodes.reserve(size_t(n));
    for (int i = 1; i <= n; ++i) {
        ProductRow p;
        p.id = i;
        p.sku = QStringLiteral("SKU-%1").arg(i, 7, 10, QLatin1Char('0'));
        p.name = QStringLiteral("Bench product %1 stainless M8").arg(i);
        p.unitValueCents = i % 5000;
        r.products.push_back(std::move(p));
        // 14-digit GTIN normal form (check digit not needed for a load benchmark).
        r.barcodes.push_back(BarcodeRow {
            QStringLiteral("0400%1").arg(i, 10, 10, QLatin1Char('0')), i, QStringLiteral("unit"), units(1)});
    }
    return r;
}

void removeDb(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

std::unique_ptr<store::DeviceStore> openStore(const QString &path)
{
    removeDb(path);
    db::OpenOptions o;
    auto s = store::DeviceStore::open(path, SystemClock::instance(), o);
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    return std::move(s).value();
}

double loadRaw(const QString &path, const Rows &rows)
{
    auto store = openStore(path); // same schema and pragmas
    sqlite3 *db = store->db().handle();
    sqlite3_stmt *ps = nullptr, *bs = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO product(id, sku, name, uom, tracking, unit_value_cents) VALUES (?,?,?,?,?,?)",
        -1, &ps, nullptr);
    sqlite3_prepare_v2(
        db, "INSERT INTO product_barcode(code, product_id, packaging, qty) VALUES (?,?,?,?)", -1, &bs, nullptr);
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (size_t i = 0; i < rows.products.size(); ++i) {
        const ProductRow &p = rows.products[i];
        const QByteArray sku = p.sku.toUtf8(), name = p.name.toUtf8(), uom = p.uom.toUtf8(), tr = p.tracking.toUtf8();
        sqlite3_bind_int64(ps, 1, p.id);
        sqlite3_bind_text(ps, 2, sku.constData(), int(sku.size()), SQLITE_STATIC);
        sqlite3_bind_text(ps, 3, name.constData(), int(name.size()), SQLITE_STATIC);
        sqlite3_bind_text(ps, 4, uom.constData(), int(uom.size()), SQLITE_STATIC);
        sqlite3_bind_text(ps, 5, tr.constData(), int(tr.size()), SQLITE_STATIC);
        sqlite3_bind_int64(ps, 6, p.unitValueCents);
        if (sqlite3_step(ps) != SQLITE_DONE)
            qFatal("raw insert failed: %s", sqlite3_errmsg(db));
        sqlite3_reset(ps);
        const BarcodeRow &b = rows.barcodes[i];
        const QByteArray code = b.code.toUtf8(), pack = b.packaging.toUtf8();
        sqlite3_bind_text(bs, 1, code.constData(), int(code.size()), SQLITE_STATIC);
        sqlite3_bind_int64(bs, 2, b.productId);
        sqlite3_bind_text(bs, 3, pack.constData(), int(pack.size()), SQLITE_STATIC);
        sqlite3_bind_int64(bs, 4, b.qty);
        if (sqlite3_step(bs) != SQLITE_DONE)
            qFatal("raw insert failed: %s", sqlite3_errmsg(db));
        sqlite3_reset(bs);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double secs = double(t.nsecsElapsed()) / 1e9;
    sqlite3_finalize(ps);
    sqlite3_finalize(bs);
    return secs;
}

double loadStore(store::DeviceStore &store, const Rows &rows)
{
    store::WorldWriter w(store.db(), store::WriteMode::BulkInsert);
    QElapsedTimer t;
    t.start();
    db::Transaction tx(store.db());
    for (size_t i = 0; i < rows.products.size(); ++i) {
        if (!w.write(rows.products[i]).ok() || !w.write(rows.barcodes[i]).ok())
            qFatal("store insert failed");
    }
    if (!tx.commit().ok())
        qFatal("commit failed");
    return double(t.nsecsElapsed()) / 1e9;
}

struct Percentiles
{
    double p50, p99, max;
};

Percentiles percentiles(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    auto at = [&](double q) { return double(ns[size_t(q * double(ns.size() - 1))]) / 1000.0; };
    return {at(0.50), at(0.99), double(ns.back()) / 1000.0};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({QStringLiteral("products"), QStringLiteral("Products (and barcodes) to load."), QStringLiteral("n"),
        QStringLiteral("1000000")});
    cli.addOption({QStringLiteral("dir"), QStringLiteral("Where to put the databases."), QStringLiteral("dir")});
    cli.process(app);
    const int n = cli.value(QStringLiteral("products")).toInt();
    QTemporaryDir tmp;
    const QString dir = cli.isSet(QStringLiteral("dir")) ? cli.value(QStringLiteral("dir")) : tmp.path();

    std::printf("bench_store: %d products with one barcode each (%d rows)\n", n, 2 * n);
    const Rows rows = makeRows(n);

    // Alternate raw and store twice each; keep the best of each (less noise from the page cache).
    double raw = 1e30, mine = 1e30;
    std::unique_ptr<store::DeviceStore> loaded;
    for (int rep = 0; rep < 2; ++rep) {
        raw = std::min(raw, loadRaw(dir + QStringLiteral("/raw.db"), rows));
        auto s = openStore(dir + QStringLiteral("/store.db"));
        mine = std::min(mine, loadStore(*s, rows));
        loaded = std::move(s);
    }
    removeDb(dir + QStringLiteral("/raw.db"));

    // Lookups: random barcodes, as a scan would ask for them (statement from the cache each time).
    QRandomGenerator rng(42);
    std::vector<qint64> lookupNs;
    const int lookups = 200000;
    lookupNs.reserve(lookups);
    qint64 found = 0;
    for (int i = 0; i < lookups; ++i) {
        const BarcodeRow &b = rows.barcodes[size_t(rng.bounded(n))];
        QElapsedTimer t;
        t.start();
        auto st
            = loaded->db().prepare("SELECT p.id, p.sku, p.name, p.tracking, b.packaging, b.qty FROM product_barcode b "
                                   "JOIN product p ON p.id = b.product_id WHERE b.code = ?1");
        st->bind(1, b.code);
        if (st->step().value()) {
            found += st->int64(0) == b.productId ? 1 : 0;
            (void)st->text(1);
            (void)st->text(2);
        }
        lookupNs.push_back(t.nsecsElapsed());
    }
    if (found != lookups)
        qFatal("lookup returned wrong products (%lld of %d)", static_cast<long long>(found), lookups);

    // Durable appends: one operation with a quant effect per transaction, synchronous=FULL.
    std::vector<qint64> appendNs;
    const int appends = 2000;
    for (int i = 0; i < appends; ++i) {
        QElapsedTimer t;
        t.start();
        auto op = loaded->record(OperationDraft {OpKind::Pick, QJsonObject {{QStringLiteral("qty"), 1}}, 1,
            {ops::Effect::onQuant({1, 1 + i % 1000, 0, 0}, -units(1))}});
        if (!op)
            qFatal("%s", qPrintable(op.error().message));
        appendNs.push_back(t.nsecsElapsed());
    }
    const auto lk = percentiles(lookupNs);
    const auto ap = percentiles(appendNs);

    std::printf("\n| measurement | baseline | stockhand | ratio | goal |\n|---|---|---|---|---|\n");
    std::printf("| bulk load, rows/s | raw sqlite3 %.0f | store %.0f | %.2f | >= 0.80 |\n", 2.0 * n / raw,
        2.0 * n / mine, raw / mine);
    std::printf("| barcode lookup at %d barcodes, p50 / p99 / max (us) | - | %.1f / %.1f / %.1f | - | p99 < 50 |\n", n,
        lk.p50, lk.p99, lk.max);
    std::printf(
        "| durable append (synchronous=FULL), p50 / p99 / max (us) | - | %.0f / %.0f / %.0f | - | p99 < 1000 |\n",
        ap.p50, ap.p99, ap.max);
    return 0;
}
