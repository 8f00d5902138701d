// bench_scan: interpretation + resolution p50/p99 with 1,000,000 barcodes in the store, then camera-frame
// decode time per format (benchdecode.cpp). Usage: bench_scan [--store PATH] [--barcodes N] [--skip-decode]
#include "benchutil.h"

#include "clock.h"
#include "demo/demogenerator.h"
#include "scan/gtin.h"
#include "scan/resolver.h"
#include "store/devicestore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace stockhand;
using namespace scanbench;

namespace {

struct Sample
{
    QString category;
    QString scan;
};

QStringList column(db::Database &db, const char *sql)
{
    QStringList out;
    auto st = db.prepare(sql);
    while (st && st->step().value())
        out << st->text(0);
    return out;
}

QList<Sample> makeSamples(db::Database &db, int perCategory)
{
    QRandomGenerator rng(42);
    auto pick = [&](const QStringList &from) { return from.at(int(rng.bounded(int(from.size())))); };
    const QStringList units
        = column(db, "SELECT code FROM product_barcode WHERE packaging = 'unit' AND product_id % 97 = 0");
    const QStringList cases = column(db,
        "SELECT b.code || '|' || l.name FROM product_barcode b JOIN lot l ON "
        "l.product_id = b.product_id AND l.is_serial = 0 WHERE b.packaging = 'case' "
        "AND b.product_id % 7 = 0");
    const QStringList bins = column(db, "SELECT barcode FROM location WHERE type = 'bin'");
    const QStringList refs = column(db, "SELECT reference FROM transfer");
    const QStringList lots = column(db, "SELECT name FROM lot WHERE id % 11 = 0");
    const QStringList badges = column(db, "SELECT badge FROM app_user");
    QList<Sample> s;
    for (int i = 0; i < perCategory; ++i) {
        const QString u = pick(units);
        s.append({u"EAN/UPC unit ]E0"_s, u"]E0"_s + (u.startsWith(u"00") ? u.mid(2) : u.mid(1))});
        const QStringList cl = pick(cases).split(u'|');
        s.append({u"GS1-128 case+lot+exp"_s, u"]C101"_s + cl[0] + u"17270331"_s + u"10"_s + cl[1]});
        s.append({u"GS1 Digital Link"_s, u"https://id.gs1.org/01/"_s + u + u"/10/A1"_s});
        s.append({u"location"_s, pick(bins)});
        s.append({u"transfer reference"_s, pick(refs)});
        s.append({u"lot name"_s, pick(lots)});
        s.append({u"user badge"_s, pick(badges)});
        s.append({u"unknown GTIN"_s,
            u"]E0"_s + scan::withCheckDigit(QStringLiteral("951%1").arg(rng.bounded(1000000000), 9, 10, QChar(u'0')))});
        s.append({u"unknown text"_s, QStringLiteral("NOPE-%1").arg(rng.bounded(1000000))});
    }
    return s;
}

Result<std::unique_ptr<store::DeviceStore>> openStore(const QString &path, qint64 barcodes, QTextStream &out)
{
    const bool exists = QFileInfo::exists(path);
    auto s = store::DeviceStore::open(path, SystemClock::instance());
    if (!s || exists)
        return s;
    demo::DemoOptions o;
    o.products = int((barcodes + 2) / 3); // unit, case and pallet barcode per product
    o.pinIterations = 10;
    out << "generating a demo store with " << o.products << " products ..." << Qt::endl;
    QElapsedTimer t;
    t.start();
    auto sum = demo::generateDemo((*s)->db(), o);
    if (!sum)
        return sum.error();
    out << "  " << sum->barcodes << " barcodes, " << sum->lots << " lots, " << sum->locations << " locations in "
        << fmt(double(t.elapsed()) / 1000.0) << " s" << Qt::endl;
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // image decoding uses QImage
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    auto value = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    QTemporaryDir tmp;
    const QString path = value(u"--store"_s, tmp.filePath(u"bench.db"_s));
    const qint64 barcodes = value(u"--barcodes"_s, u"1000000"_s).toLongLong();
    auto store = openStore(path, barcodes, out);
    if (!store) {
        out << store.error().toString() << Qt::endl;
        return 1;
    }
    db::Database &db = (*store)->db();
    const qint64 inStore = db.queryInt("SELECT count(*) FROM product_barcode").value();
    const QList<Sample> samples = makeSamples(db, 2000);
    scan::Resolver resolver(db);
    const scan::InterpretOptions options {QDate(2026, 11, 26)};
    QMap<QString, QList<double>> byCategory, cpuByCategory;
    QList<double> all, allCpu;
    for (int pass = 0; pass < 2; ++pass) { // pass 0 warms the page cache and the statement cache
        for (const Sample &s : samples) {
            QElapsedTimer t;
            t.start();
            const double c0 = threadCpuUs();
            const scan::Interpretation in = scan::interpret(s.scan, options);
            auto r = resolver.resolve(in, {});
            const double cpu = threadCpuUs() - c0;
            const double us = double(t.nsecsElapsed()) / 1000.0;
            if (!r) {
                out << r.error().toString() << Qt::endl;
                return 1;
            }
            if (pass == 1) {
                byCategory[s.category].append(us);
                all.append(us);
                cpuByCategory[s.category].append(cpu);
                allCpu.append(cpu);
            }
        }
    }
    out << "\n## Interpretation + resolution (" << inStore << " barcodes in the store, " << all.size()
        << " scans)\n\n| scan | n | wall p50 µs | wall p99 µs | wall max µs | CPU p50 µs | CPU p99 µs |\n"
        << "|---|---|---|---|---|---|---|\n";
    auto row = [&](const QString &name, const QList<double> &wall, const QList<double> &cpu) {
        const Summary w = summarize(wall), c = summarize(cpu);
        out << "| " << name << " | " << w.n << " | " << fmt(w.p50) << " | " << fmt(w.p99) << " | " << fmt(w.max)
            << " | " << fmt(c.p50) << " | " << fmt(c.p99) << " |\n";
    };
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        row(it.key(), it.value(), cpuByCategory.value(it.key()));
    row(u"**all**"_s, all, allCpu);
    out.flush();
    if (!args.contains(u"--skip-decode"_s))
        runDecodeBench(out, value(u"--iterations"_s, u"40"_s).toInt());
    return 0;
}
