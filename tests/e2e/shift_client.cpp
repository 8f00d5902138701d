// Test helper for tst_shift_kill: a scripted shift on a device. It records operations (picks of one unit
// and moves of one unit back and forth) and syncs every few operations with the real sync engine,
// printing "R <seq>" after each recorded action and "S <ok>" after each sync, until it is killed.
// With --sync-only it syncs once and exits 0 on success.
#include "ops/ops.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace stockhand;

namespace {

qint64 arg(const QStringList &args, const char *name)
{
    const qsizetype i = args.indexOf(QLatin1String(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr,
            "usage: shift_client STORE [--sync-only] --user U --line L --line-from A --line-product P "
            "--product P --from A --to B --sync-every N\n");
        return 2;
    }
    auto opened = store::DeviceStore::open(args.at(1), SystemClock::instance());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    store::DeviceStore &s = **opened;
    QNetworkAccessManager nam;
    sync::SyncConfig config;
    config.notify = false;
    config.transferTimeoutMs = 10000;
    sync::SyncEngine engine(s, &nam, config);
    if (args.contains(QStringLiteral("--sync-only"))) {
        const bool ok = sync::syncAndWait(engine) && s.pendingCount().value() == 0;
        if (!ok)
            std::fprintf(stderr, "final sync: %s\n", qPrintable(engine.lastError()));
        return ok ? 0 : 1;
    }
    const qint64 user = arg(args, "--user"), line = arg(args, "--line"), lineFrom = arg(args, "--line-from");
    const qint64 lineProduct = arg(args, "--line-product"), product = arg(args, "--product");
    const auto destination = s.db().queryInt(
        "SELECT ifnull(max(to_location_id), 0) FROM transfer_line WHERE id = " + std::to_string(line));
    const qint64 lineTo = destination ? destination.value() : 0;
    const qint64 a = arg(args, "--from"), b = arg(args, "--to"), every = qMax<qint64>(1, arg(args, "--sync-every"));
    for (qint64 n = s.db().queryInt("SELECT count(*) FROM outbox").value();; ++n) {
        Result<Operation> op = makeError("x", QString());
        if (n % 3 == 0) {
            const ops::Pick pick {line, lineProduct, lineFrom, units(1), {}};
            op = s.record(ops::draft(pick, user, pick.effects(lineTo)));
        } else {
            const qint64 from = n % 2 ? a : b, to = n % 2 ? b : a;
            const ops::Move move {product, from, to, units(1), {}, 0, 0, {}};
            op = s.record(ops::draft(move, user, move.effects()));
        }
        if (!op) {
            std::fprintf(stderr, "%s\n", qPrintable(op.error().message));
            return 1;
        }
        std::printf("R %lld\n", static_cast<long long>(op->seq));
        std::fflush(stdout);
        if ((n + 1) % every == 0) {
            std::printf("S %d\n", sync::syncAndWait(engine) ? 1 : 0);
            std::fflush(stdout);
        }
    }
}
