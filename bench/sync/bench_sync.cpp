// bench_sync: the first sync over 127.0.0.1, end to end (the real stockhand-server's snapshot -> wire ->
// parse -> device store), against the raw sqlite3 insert rate of the same rows measured in the same run;
// the push of 10,000 queued operations; the client's memory peak.
// Usage: bench_sync [--products N[,N...]] (default 20000,1000000; 20000 with 3 warehouses = the demo)
#include "pageapplier.h"
#include "syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

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
};

Figures measure(const QString &dir, qint64 products, int warehouses)
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
    const QString code = QString::fromUtf8(run({QStringLiteral("--db"), serverDb, QStringLiteral("enrol"),
                                               QStringLiteral("--warehouse"), QStringLiteral("WH1")}))
                             .trimmed()
                             .split(u'\n')
                             .last();
    const QString devicePath = dir + QStringLiteral("/device-%1.db").arg(products);
    for (const char *s : {"", "-wal", "-shm"})
        QFile::remove(devicePath + QLatin1String(s));
    auto store = store::DeviceStore::open(devicePath, SystemClock::instance());
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    QNetworkAccessManager nam;
    sync::SyncConfig config;
    config.notify = false;
    config.transferTimeoutMs = 300000;
    sync::SyncEngine engine(**store, &nam, config);
    engine.setServer(url);
    QEventLoop loop;
    QObject::connect(&engine, &sync::SyncEngine::enrolFinished, &loop, &QEventLoop::quit);
    engine.enrol(code, QStringLiteral("bench"));
    loop.exec();

    f.rssBeforeKiB = peakRssKiB();
    QElapsedTimer t;
    t.start();
    if (!waitSync(engine))
        qFatal("sync failed: %s", qPrintable(engine.lastError()));
    f.syncSecs = double(t.nsecsElapsed()) / 1e9;
    f.rssPeakKiB = peakRssKiB();
    f.rows = engine.progressRows();

    // Push: 10,000 operations queued offline, then one sync.
    auto &s = **store;
    const qint64 product = s.db().queryInt("SELECT product_id FROM quant ORDER BY id LIMIT 1").value();
    const qint64 a = s.db().queryInt("SELECT location_id FROM quant ORDER BY id LIMIT 1").value();
    const qint64 b = s.db().queryInt("SELECT id FROM location WHERE type = 'bin' ORDER BY id DESC LIMIT 1").value();
    const qint64 user = s.db().queryInt("SELECT id FROM app_user WHERE roles LIKE '%picker%' LIMIT 1").value();
    for (int i = 0; i < 10000; ++i) {
        const QJsonObject payload {{QStringLiteral("product_id"), product},
            {QStringLiteral("from_location_id"), i % 2 ? b : a}, {QStringLiteral("to_location_id"), i % 2 ? a : b},
            {QStringLiteral("qty"), 1}};
        if (!s.record(OperationDraft {OpKind::Move, payload, user, {}}))
            qFatal("record failed");
    }
    t.restart();
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({QStringLiteral("products"), QStringLiteral("Comma-separated product counts."),
        QStringLiteral("list"), QStringLiteral("20000,1000000")});
    cli.addOption({QStringLiteral("dir"), QStringLiteral("Work directory (server databases are kept for reruns)."),
        QStringLiteral("dir")});
    cli.process(app);
    QTemporaryDir tmp;
    const QString dir = cli.isSet(QStringLiteral("dir")) ? cli.value(QStringLiteral("dir")) : tmp.path();
    QDir().mkpath(dir);
    std::vector<Figures> all;
    for (const QString &n : cli.value(QStringLiteral("products")).split(u',')) {
        const qint64 products = n.toLongLong();
        all.push_back(measure(dir, products, products <= 20000 ? 3 : 1));
    }
    std::printf("\n| first sync of | rows | end to end rows/s | raw sqlite3 insert rows/s | ratio (goal >= 0.5) | push "
                "of 10,000 ops, ops/s | client RSS before / peak (MiB) |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    for (const Figures &f : all) {
        std::printf("| %lld products | %lld | %.0f | %.0f | %.2f | %.0f | %.0f / %.0f |\n",
            static_cast<long long>(f.products), static_cast<long long>(f.rows), double(f.rows) / f.syncSecs,
            double(f.rows) / f.rawSecs, f.rawSecs / f.syncSecs, 10000.0 / f.pushSecs, double(f.rssBeforeKiB) / 1024.0,
            double(f.rssPeakKiB) / 1024.0);
    }
    return 0;
}
