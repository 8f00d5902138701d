// bench_sync: the first sync over 127.0.0.1, end to end, by the row pages (the real stockhand-server's
// snapshot pages -> wire -> parse -> device store) and by the snapshot file (download -> checksum -> unpack
// -> one INSERT ... SELECT transaction -> /v1/changes), against the raw sqlite3 insert rate of the same rows
// measured in the same run; the client's memory peak for each; the server's CPU for 20 devices taking the
// fresh file at once (the smallest product count); the push of 10,000 queued operations.
// Usage: bench_sync [--products N[,N...]] (default 20000,1000000; 20000 with 3 warehouses = the demo)
#include "ops/move.h"
#include "pageapplier.h"
#include "syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

#include <unistd.h>

using namespace stockhand;

namespace {

QByteArray run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(STOCKHAND_SERVER_BINARY), args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        qFatal("stockhand-server %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

// Resets the process's peak RSS (VmHWM) to its current RSS, so that each path's peak is its own.
void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// User + system CPU seconds of a process.
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray s = f.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return fields.size() > 12 ? (fields[11].toDouble() + fields[12].toDouble()) / ticks : 0;
}

qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray s = f.readAll();
    const auto m = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+)")).match(QString::fromLatin1(s));
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

bool waitSync(sync::SyncEngine &engine)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&engine, &sync::SyncEngine::syncFinished, &loop, [&](bool r) {
        ok = r;
        loop.quit();
    });
    QMetaObject::invokeMethod(&engine, &sync::SyncEngine::syncNow, Qt::QueuedConnection);
    loop.exec();
    return ok;
}

// The raw baseline: the same rows (read back from the synced store) inserted with bare sqlite3 calls
// into a fresh store of the same schema and pragmas, in one transaction.
double rawInsertSeconds(const QString &from, const QString &to, qint64 *rowsOut)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));
    {
        auto fresh = store::DeviceStore::open(to, SystemClock::instance());
        if (!fresh)
            qFatal("%s", qPrintable(fresh.error().message));
    }
    sqlite3 *src = nullptr, *dst = nullptr;
    sqlite3_open_v2(from.toUtf8().constData(), &src, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_open(to.toUtf8().constData(), &dst);
    sqlite3_exec(dst,
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-65536", nullptr,
        nullptr, nullptr);
    // Load every row into memory first (as text/integers), so that only the inserts are timed.
    struct Table
    {
        std::string insert;
        int columns = 0;
        std::vector<std::vector<std::string>> rows; // "\x01" prefix marks NULL
        std::vector<std::vector<int>> types;
    };
    std::vector<Table> tables;
    for (const QString &name : sync::replicatedTables()) {
        Table t;
        const std::string sel = "SELECT * FROM " + name.toStdString();
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(src, sel.c_str(), -1, &st, nullptr);
        t.columns = sqlite3_column_count(st);
        t.insert = "INSERT INTO " + name.toStdString() + " VALUES (";
        for (int c = 0; c < t.columns; ++c)
            t.insert += c ? ",?" : "?";
        t.insert += ")";
        while (sqlite3_step(st) == SQLITE_ROW) {
            std::vector<std::string> row;
            std::vector<int> types;
            for (int c = 0; c < t.columns; ++c) {
                types.push_back(sqlite3_column_type(st, c));
                const char *p = reinterpret_cast<const char *>(sqlite3_column_blob(st, c));
                row.emplace_back(p ? p : "", size_t(sqlite3_column_bytes(st, c)));
            }
            t.rows.push_back(std::move(row));
            t.types.push_back(std::move(types));
        }
        sqlite3_finalize(st);
        tables.push_back(std::move(t));
    }
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    sqlite3_exec(dst, "BEGIN", nullptr, nullptr, nullptr);
    for (const Table &t : tables) {
        sqlite3_stmt *ins = nullptr;
        sqlite3_prepare_v2(dst, t.insert.c_str(), -1, &ins, nullptr);
        for (size_t r = 0; r < t.rows.size(); ++r) {
            for (int c = 0; c < t.columns; ++c) {
                const std::string &v = t.rows[r][size_t(c)];
                switch (t.types[r][size_t(c)]) {
                case SQLITE_NULL:
                    sqlite3_bind_null(ins, c + 1);
                    break;
                case SQLITE_INTEGER:
                    sqlite3_bind_int64(ins, c + 1, std::stoll(v));
                    break;
                case SQLITE_BLOB:
                    sqlite3_bind_blob(ins, c + 1, v.data(), int(v.size()), SQLITE_STATIC);
                    break;
                default:
                    sqlite3_bind_text(ins, c + 1, v.data(), int(v.size()), SQLITE_STATIC);
                }
            }
            if (sqlite3_step(ins) != SQLITE_DONE)
                qFatal("raw insert: %s", sqlite3_errmsg(dst));
            sqlite3_reset(ins);
            ++rows;
        }
        sqlite3_finalize(ins);
    }
    sqlite3_exec(dst, "COMMIT", nullptr, nullptr, nullptr);
    const double secs = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_close(src);
    sqlite3_close(dst);
    *rowsOut = rows;
    return secs;
}

struct Figures
{
    qint64 products = 0, rows = 0;
    double syncSecs = 0, rawSecs = 0, pushSecs = 0;
    qint64 rssBeforeKiB = 0, rssPeakKiB = 0;
    double fileSecs = 0, fileColdSecs = 0;
    qint64 fileRows = 0, filePeakKiB = 0, fileBeforeKiB = 0, fileColdPeakKiB = 0;
    int fleet = 0;
    double fleetSecs = 0, fleetServerCpu = 0;
};

Figures measure(const QString &dir, qint64 products, int warehouses, int fleet)
{
    Figures f;
    f.products = products;
    const QString serverDb = dir + QStringLiteral("/server-%1.db").arg(products);
    if (!QFile::exists(serverDb)) {
        std::printf("seeding %lld products ...\n", static_cast<long long>(products));
        std::fflush(stdout);
        run({QStringLiteral("--db"), serverDb + QStringLiteral(".new"), QStringLiteral("init")});
        run({QStringLiteral("--db"), serverDb + QStringLiteral(".new"), QStringLiteral("seed"),
            QStringLiteral("--products"), QString::number(products), QStringLiteral("--warehouses"),
            QString::number(warehouses), QStringLiteral("--pin-iterations"), QStringLiteral("1000")});
        QFile::rename(serverDb + QStringLiteral(".new"), serverDb);
    }
    QProcess server;
    server.start(QStringLiteral(STOCKHAND_SERVER_BINARY),
        {QStringLiteral("--db"), serverDb, QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"), QStringLiteral("auto"), QStringLiteral("serve")});
    QByteArray out;
    QRegularExpressionMatch m;
    while (!(m = QRegularExpression(QStringLiteral("listening http://127.0.0.1:(\\d+)")).match(QString::fromUtf8(out)))
                .hasMatch()) {
        if (!server.waitForReadyRead(60000))
            qFatal("server did not start: %s", server.readAllStandardError().constData());
        out += server.readAllStandardOutput();
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:") + m.captured(1));
    QNetworkAccessManager nam;
    auto enrolmentCode = [&] {
        return QString::fromUtf8(run({QStringLiteral("--db"), serverDb, QStringLiteral("enrol"),
                                     QStringLiteral("--warehouse"), QStringLiteral("WH1")}))
            .trimmed();
    };
    // A device is a process of its own: each first sync runs in a child (this program with --first-sync), so
    // that its peak RSS is that device's and not what earlier paths left in this process.
    auto firstSync
        = [&](const QString &name, bool file, double *secs, qint64 *peakKiB, qint64 *beforeKiB, qint64 *rows) {
              const QString path = dir + QStringLiteral("/%1-%2.db").arg(name).arg(products);
              for (const char *s : {"", "-wal", "-shm"})
                  QFile::remove(path + QLatin1String(s));
              const QString code = enrolmentCode();
              QProcess child;
              child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
              child.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--first-sync"), file ? QStringLiteral("file") : QStringLiteral("pages"),
                      QStringLiteral("--server"), url.toString(), QStringLiteral("--code"), code,
                      QStringLiteral("--store"), path, QStringLiteral("--name"), name});
              if (!child.waitForFinished(-1) || child.exitCode() != 0)
                  qFatal("the %s first sync failed", qPrintable(name));
              const QList<QByteArray> fig = child.readAllStandardOutput().trimmed().split(' ');
              if (fig.size() != 5 || fig[0] != "first-sync")
                  qFatal("the %s first sync printed no figures", qPrintable(name));
              *rows = fig[1].toLongLong();
              *secs = fig[2].toDouble();
              if (beforeKiB)
                  *beforeKiB = fig[3].toLongLong();
              *peakKiB = fig[4].toLongLong();
              return path;
          };
    // One device's store with its engine, enrolled by a new code, in this process.
    struct Device
    {
        std::unique_ptr<store::DeviceStore> store;
        std::unique_ptr<sync::SyncEngine> engine;
    };
    auto openDevice = [&](const QString &path, bool file, bool enrol) {
        if (enrol) {
            for (const char *s : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(s));
        }
        Device d;
        auto opened = store::DeviceStore::open(path, SystemClock::instance());
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        d.store = std::move(opened).value();
        sync::SyncConfig config;
        config.notify = false;
        config.transferTimeoutMs = 300000;
        config.snapshotFile = file;
        d.engine = std::make_unique<sync::SyncEngine>(*d.store, &nam, config);
        d.engine->setServer(url);
        if (enrol) {
            const QString code = enrolmentCode();
            QEventLoop loop;
            QObject::connect(d.engine.get(), &sync::SyncEngine::enrolFinished, &loop, &QEventLoop::quit);
            d.engine->enrol(code, QFileInfo(path).baseName());
            loop.exec();
        }
        return d;
    };
    const QString devicePath
        = firstSync(QStringLiteral("pages"), false, &f.syncSecs, &f.rssPeakKiB, &f.rssBeforeKiB, &f.rows);
    std::printf("%lld products, row pages: %lld rows in %.2f s, RSS before %.0f, peak %.0f MiB\n",
        static_cast<long long>(products), static_cast<long long>(f.rows), f.syncSecs, double(f.rssBeforeKiB) / 1024.0,
        double(f.rssPeakKiB) / 1024.0);
    std::fflush(stdout);
    qint64 coldRows = 0;
    firstSync(QStringLiteral("file-cold"), true, &f.fileColdSecs, &f.fileColdPeakKiB, nullptr, &coldRows); // builds it
    firstSync(QStringLiteral("file"), true, &f.fileSecs, &f.filePeakKiB, &f.fileBeforeKiB, &f.fileRows); // it is fresh
    std::printf("%lld products, file: first device %.2f s (peak %.0f MiB), fresh %.2f s (before %.0f, peak %.0f MiB)\n",
        static_cast<long long>(products), f.fileColdSecs, double(f.fileColdPeakKiB) / 1024.0, f.fileSecs,
        double(f.fileBeforeKiB) / 1024.0, double(f.filePeakKiB) / 1024.0);
    std::fflush(stdout);
    if (fleet > 0) {
        // 20 devices take the fresh file at once: what the server spends (it only streams the file).
        std::vector<Device> devices;
        for (int i = 0; i < fleet; ++i)
            devices.push_back(openDevice(dir + QStringLiteral("/fleet%1-%2.db").arg(i).arg(products), true, true));
        const double before = cpuSeconds(server.processId());
        QElapsedTimer t;
        t.start();
        int done = 0;
        QEventLoop loop;
        for (Device &d : devices) {
            QObject::connect(d.engine.get(), &sync::SyncEngine::syncFinished, &loop, [&](bool ok) {
                if (!ok)
                    qFatal("fleet sync failed");
                if (++done == fleet)
                    loop.quit();
            });
            QMetaObject::invokeMethod(d.engine.get(), &sync::SyncEngine::syncNow, Qt::QueuedConnection);
        }
        loop.exec();
        f.fleetSecs = double(t.nsecsElapsed()) / 1e9;
        f.fleetServerCpu = cpuSeconds(server.processId()) - before;
    }
    f.fleet = fleet;

    // Push: 10,000 operations queued offline, then one sync, by the device that synced by the pages.
    Device byPages = openDevice(devicePath, false, false);
    sync::SyncEngine &engine = *byPages.engine;
    store::DeviceStore &s = *byPages.store;
    const qint64 product = s.db().queryInt("SELECT product_id FROM quant ORDER BY id LIMIT 1").value();
    const qint64 a = s.db().queryInt("SELECT location_id FROM quant ORDER BY id LIMIT 1").value();
    const qint64 b = s.db().queryInt("SELECT id FROM location WHERE type = 'bin' ORDER BY id DESC LIMIT 1").value();
    const qint64 user = s.db().queryInt("SELECT id FROM app_user WHERE roles LIKE '%picker%' LIMIT 1").value();
    for (int i = 0; i < 10000; ++i) {
        const ops::Move move {product, i % 2 ? b : a, i % 2 ? a : b, units(1), {}, 0, 0, {}};
        if (!s.record(ops::draft(move, user)))
            qFatal("record failed");
    }
    QElapsedTimer t;
    t.start();
    if (!waitSync(engine) || s.pendingCount().value() != 0)
        qFatal("push failed: %s", qPrintable(engine.lastError()));
    f.pushSecs = double(t.nsecsElapsed()) / 1e9;
    server.terminate();
    server.waitForFinished(30000);

    qint64 rawRows = 0;
    f.rawSecs = rawInsertSeconds(devicePath, dir + QStringLiteral("/raw-%1.db").arg(products), &rawRows);
    if (rawRows != f.rows)
        std::printf("note: %lld rows synced, %lld rows in the baseline\n", static_cast<long long>(f.rows),
            static_cast<long long>(rawRows));
    return f;
}

// The child: one device's first sync from nothing, in a process of its own; prints
// "first-sync <rows> <seconds> <RSS before KiB> <peak RSS KiB>".
int firstSyncChild(const QCommandLineParser &cli)
{
    auto opened = store::DeviceStore::open(cli.value(QStringLiteral("store")), SystemClock::instance());
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    std::unique_ptr<store::DeviceStore> store = std::move(opened).value();
    QNetworkAccessManager nam;
    sync::SyncConfig config;
    config.notify = false;
    config.transferTimeoutMs = 300000;
    config.snapshotFile = cli.value(QStringLiteral("first-sync")) == u"file";
    sync::SyncEngine engine(*store, &nam, config);
    engine.setServer(QUrl(cli.value(QStringLiteral("server"))));
    {
        QEventLoop loop;
        bool enrolled = false;
        QObject::connect(&engine, &sync::SyncEngine::enrolFinished, &loop, [&](bool ok) {
            enrolled = ok;
            loop.quit();
        });
        engine.enrol(cli.value(QStringLiteral("code")), cli.value(QStringLiteral("name")));
        loop.exec();
        if (!enrolled)
            qFatal("enrolment failed");
    }
    resetPeakRss();
    const qint64 before = peakRssKiB();
    QElapsedTimer t;
    t.start();
    if (!waitSync(engine))
        qFatal("sync failed: %s", qPrintable(engine.lastError()));
    const double secs = double(t.nsecsElapsed()) / 1e9;
    std::printf("first-sync %lld %.3f %lld %lld\n", static_cast<long long>(engine.progressRows()), secs,
        static_cast<long long>(before), static_cast<long long>(peakRssKiB()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // The benchmark starts stockhand-server, which refuses root unless allowed (server/app/rootguard.h); a
    // benchmark on a lab machine often runs as root.
    qputenv("STOCKHAND_ALLOW_ROOT", "1");
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({QStringLiteral("products"), QStringLiteral("Comma-separated product counts."),
        QStringLiteral("list"), QStringLiteral("20000,1000000")});
    cli.addOption({QStringLiteral("dir"), QStringLiteral("Work directory (server databases are kept for reruns)."),
        QStringLiteral("dir")});
    for (const char *o : {"first-sync", "server", "code", "store", "name"})
        cli.addOption(
            {QString::fromLatin1(o), QStringLiteral("(internal: one device's first sync)"), QStringLiteral("value")});
    cli.process(app);
    if (cli.isSet(QStringLiteral("first-sync")))
        return firstSyncChild(cli);
    QTemporaryDir tmp;
    const QString dir = cli.isSet(QStringLiteral("dir")) ? cli.value(QStringLiteral("dir")) : tmp.path();
    QDir().mkpath(dir);
    std::vector<Figures> all;
    for (const QString &n : cli.value(QStringLiteral("products")).split(u',')) {
        const qint64 products = n.toLongLong();
        all.push_back(measure(dir, products, products <= 20000 ? 3 : 1, products <= 20000 ? 20 : 0));
    }
    std::printf(
        "\n| first sync of | rows | row pages rows/s | file, fresh rows/s | file, first device (builds it) "
        "rows/s | raw sqlite3 insert rows/s | pages / raw | file / raw | client RSS before / peak, pages | file "
        "(MiB) | push of 10,000 ops, ops/s |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (const Figures &f : all) {
        std::printf(
            "| %lld products | %lld | %.0f | %.0f | %.0f | %.0f | %.2f | %.2f | %.0f / %.0f | %.0f / %.0f | %.0f |\n",
            static_cast<long long>(f.products), static_cast<long long>(f.rows), double(f.rows) / f.syncSecs,
            double(f.rows) / f.fileSecs, double(f.rows) / f.fileColdSecs, double(f.rows) / f.rawSecs,
            f.rawSecs / f.syncSecs, f.rawSecs / f.fileSecs, double(f.rssBeforeKiB) / 1024.0,
            double(f.rssPeakKiB) / 1024.0, double(f.fileBeforeKiB) / 1024.0, double(f.filePeakKiB) / 1024.0,
            10000.0 / f.pushSecs);
        if (f.fileRows != f.rows)
            std::printf(
                "note: the file path applied %lld rows, the pages %lld (changes pulled after the file count too)\n",
                static_cast<long long>(f.fileRows), static_cast<long long>(f.rows));
    }
    for (const Figures &f : all) {
        if (f.fleet > 0)
            std::printf("\n%d devices taking the fresh file of %lld products at once: %.2f s wall, server CPU %.2f s "
                        "(%.3f s per device)\n",
                f.fleet, static_cast<long long>(f.products), f.fleetSecs, f.fleetServerCpu, f.fleetServerCpu / f.fleet);
    }
    return 0;
}
