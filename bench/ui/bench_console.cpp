// bench_console: the supervisor console's approvals table and exceptions list with 10,000 pending rows
// each, on a real device store. Per operation, p50 and p99 over the runs:
//   approvals: the store query, the model reset, query + reset; filter by text and by area; sort by a column
//   exceptions: the store query + model reset; filter by kind, state, area and text; sort by time
// Usage: bench_console [--rows N] [--runs R] [--dir DIR]. A release build: cmake --preset release.
#include "adjustmenttable.h"
#include "consoleexceptions.h"
#include "demo/demogenerator.h"
#include "store/adjustments.h"
#include "store/devicestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <vector>

using namespace stockhand;

namespace {

struct Series
{
    std::vector<double> ms;
    std::vector<double> cpu;
    double pct(double p, bool onCpu = false) const
    {
        std::vector<double> v = onCpu ? cpu : ms;
        std::sort(v.begin(), v.end());
        const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
        return v[i];
    }
};

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall time and this thread's CPU time of f (the machine is shared: CPU time is what a quiet one would see).
struct Timing
{
    double wall = 0, cpu = 0;
    Timing operator+(const Timing &o) const { return {wall + o.wall, cpu + o.cpu}; }
};

Timing timed(const std::function<void()> &f)
{
    const double c0 = threadCpuMs();
    QElapsedTimer t;
    t.start();
    f();
    return {double(t.nsecsElapsed()) / 1e6, threadCpuMs() - c0};
}

// N exceptions in the device inbox: rejected picks of real lines (as the sync engine sets them aside).
Status addExceptions(db::Database &db, const QString &deviceId, int n)
{
    db::Transaction tx(db);
    SH_TRY(tx.begun());
    auto lines = db.prepare("SELECT l.id, l.from_location_id, l.product_id FROM transfer_line l JOIN transfer t ON "
                            "t.id = l.transfer_id WHERE t.kind = 'pick' ORDER BY l.id");
    QList<std::array<qint64, 3>> all;
    while (lines && lines->step().valueOr(false))
        all.append({lines->int64(0), lines->int64(1), lines->int64(2)});
    if (all.isEmpty())
        return makeError("bench", QStringLiteral("no pick lines"));
    auto op
        = db.prepare("INSERT INTO outbox(uuid, kind, payload, user_id, device_id, local_time, state, effect_active, "
                     "error_code, error_message) VALUES (?1, 'pick', ?2, 1, ?3, '2026-11-26T08:00:00Z', "
                     "'rejected', 0, ?4, ?5)");
    auto ex = db.prepare("INSERT INTO device_exception(op_seq, code, message, created_local, resolved) "
                         "VALUES (last_insert_rowid(), ?1, ?2, ?3, ?4)");
    if (!op || !ex)
        return makeError("bench", QStringLiteral("prepare"));
    for (int i = 0; i < n; ++i) {
        const auto &[line, location, product] = all.at(i % all.size());
        const QString code = i % 3 ? QStringLiteral("op.transfer-closed") : QStringLiteral("op.depends-on-rejected");
        const QString payload = QStringLiteral("{\"transfer_line_id\":%1,\"location_id\":%2,\"product_id\":%3,"
                                               "\"qty\":\"1\"}")
                                    .arg(line)
                                    .arg(location)
                                    .arg(product);
        op->reset();
        SH_TRY(op->bind(1, QStringLiteral("bench-%1").arg(i))
                   .bind(2, payload)
                   .bind(3, deviceId)
                   .bind(4, code)
                   .bind(5, QStringLiteral("The pick is closed."))
                   .run());
        ex->reset();
        SH_TRY(ex->bind(1, code)
                   .bind(2, QStringLiteral("The pick is closed."))
                   .bind(3,
                       QStringLiteral("2026-11-26T%1:%2:00Z")
                           .arg(8 + i / 600 % 10, 2, 10, QLatin1Char('0'))
                           .arg(i % 60, 2, 10, QLatin1Char('0')))
                   .bind(4, qint64(i % 4 == 0 ? 1 : 0))
                   .run());
    }
    return tx.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    const QCommandLineOption rowsOpt(
        QStringLiteral("rows"), QStringLiteral("Pending rows."), QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption runsOpt(
        QStringLiteral("runs"), QStringLiteral("Runs."), QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Directory."), QStringLiteral("path"));
    cli.addOptions({rowsOpt, runsOpt, dirOpt});
    cli.process(app);
    const int rows = cli.value(rowsOpt).toInt(), runs = cli.value(runsOpt).toInt();
    QTemporaryDir tmp(cli.isSet(dirOpt) ? cli.value(dirOpt) + QStringLiteral("/bench-XXXXXX") : QString());
    tmp.setAutoRemove(!cli.isSet(dirOpt)); // --dir keeps the store for a look with sqlite3
    ManualClock clock;
    auto store = store::DeviceStore::open(tmp.filePath(QStringLiteral("console.db")), clock);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    demo::DemoOptions o;
    o.warehouses = 1;
    o.products = std::max(2000, rows * 2);
    o.binsPerWarehouse = 2000;
    o.picks = 400;
    o.receipts = 50;
    o.countTasks = 10;
    o.pinIterations = 10;
    o.deviceStore = true;
    o.pendingAdjustments = rows;
    if (auto d = demo::generateDemo((*store)->db(), o); !d) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(d.error().message));
        return 1;
    }
    if (auto e = addExceptions((*store)->db(), (*store)->deviceId(), rows); !e) {
        std::fprintf(stderr, "exceptions: %s\n", qPrintable(e.error().message));
        return 1;
    }
    db::Database &db = (*store)->db();

    std::map<std::string, Series> s;
    std::vector<std::string> order;
    auto add = [&](const std::string &name, Timing t) {
        if (!s.count(name))
            order.push_back(name);
        s[name].ms.push_back(t.wall);
        s[name].cpu.push_back(t.cpu);
    };

    ui::AdjustmentTableModel table;
    ui::AdjustmentFilterModel filter(&table);
    ui::ConsoleExceptionsModel exceptions;
    exceptions.addSource(std::make_unique<ui::DeviceInboxSource>(**store));
    ui::ExceptionFilterModel exceptionFilter(&exceptions);
    int shownAdjustments = 0, shownExceptions = 0;

    for (int r = 0; r < runs; ++r) {
        QList<store::PendingAdjustment> loaded;
        const Timing q = timed([&] { loaded = store::pendingAdjustments(db, 1).valueOr({}); });
        shownAdjustments = int(loaded.size());
        const Timing reset = timed([&] {
            table.setAdjustments(std::move(loaded));
            filter.refreshAreas();
            (void)filter.rowCount();
        });
        add("approvals: store query", q);
        add("approvals: model reset", reset);
        add("approvals: query + reset", q + reset);
        add("approvals: filter by text", timed([&] {
            filter.setFilterText(QStringLiteral("bearing"));
            (void)filter.rowCount();
        }));
        add("approvals: clear the text filter", timed([&] {
            filter.setFilterText(QString());
            (void)filter.rowCount();
        }));
        add("approvals: filter by area", timed([&] {
            filter.setArea(filter.areas().value(0));
            (void)filter.rowCount();
        }));
        add("approvals: clear the area filter", timed([&] {
            filter.setArea(QString());
            (void)filter.rowCount();
        }));
        add("approvals: sort by variance", timed([&] {
            filter.sort(ui::AdjustmentTableModel::Variance);
            (void)filter.rowCount();
        }));
        add("approvals: sort by product (text)", timed([&] {
            filter.sort(ui::AdjustmentTableModel::Product);
            (void)filter.rowCount();
        }));
        add("approvals: sort by value, descending", timed([&] {
            filter.sort(ui::AdjustmentTableModel::Value, Qt::DescendingOrder);
            (void)filter.rowCount();
        }));
        filter.sort(-1); // back to the store's order, as the console opens

        add("exceptions: store query + model reset", timed([&] {
            exceptions.refresh();
            (void)exceptionFilter.rowCount();
        }));
        shownExceptions = exceptions.count();
        add("exceptions: filter by kind", timed([&] {
            exceptionFilter.setKind(QStringLiteral("follows_rejected"));
            (void)exceptionFilter.rowCount();
        }));
        add("exceptions: filter by state (all)", timed([&] {
            exceptionFilter.setState(QString());
            (void)exceptionFilter.rowCount();
        }));
        add("exceptions: filter by area", timed([&] {
            exceptionFilter.setArea(exceptionFilter.areas().value(0));
            (void)exceptionFilter.rowCount();
        }));
        add("exceptions: filter by text", timed([&] {
            exceptionFilter.setFilterText(QStringLiteral("bearing"));
            (void)exceptionFilter.rowCount();
        }));
        exceptionFilter.setKind(QString());
        exceptionFilter.setArea(QString());
        exceptionFilter.setFilterText(QString());
        exceptionFilter.setState(QStringLiteral("open"));
        add("exceptions: sort oldest first", timed([&] {
            exceptionFilter.sort(0, Qt::AscendingOrder);
            (void)exceptionFilter.rowCount();
        }));
        exceptionFilter.sort(-1);
    }

    std::printf("bench_console: %d pending adjustments, %d exceptions (device inbox), %d runs\n", shownAdjustments,
        shownExceptions, runs);
    if (cli.isSet(dirOpt))
        std::printf("store kept: %s\n", qPrintable(tmp.path()));
    std::printf("| operation | p50 ms | p99 ms | p50 CPU ms | p99 CPU ms |\n|---|---:|---:|---:|---:|\n");
    for (const std::string &name : order)
        std::printf("| %s | %.1f | %.1f | %.1f | %.1f |\n", name.c_str(), s[name].pct(0.5), s[name].pct(0.99),
            s[name].pct(0.5, true), s[name].pct(0.99, true));
    return 0;
}
