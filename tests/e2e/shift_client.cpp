// Test helper for tst_shift_kill: a scripted shift on a device. It records operations (picks of one unit
// and moves of one unit back and forth) and syncs every few operations with the real sync engine,
// printing "R <seq>" after each recorded action and "S <ok>" after each sync, until it is killed.
// With --sync-only it syncs once and exits 0 on success.
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
    const qint64 a = arg(args, "--from"), b = arg(args, "--to"), every = qMax<qint64>(1, arg(args, "--sync-every"));
    for (qint64 n = s.db().queryInt("SELECT count(*) FROM outbox").value();; ++n) {
        Result<Operation> op = makeError("x", QString());
        if (n % 3 == 0) {
            const QJsonObject payload {{QStringLiteral("transfer_line_id"), line},
                {QStringLiteral("location_id"), lineFrom}, {QStringLiteral("product_id"), lineProduct},
                {QStringLiteral("qty"), 1}};
            op = s.record(OperationDraft {OpKind::Pick, payload, user,
                {ops::Effect::onQuant({lineFrom, lineProduct, 0, 0}, -units(1)),
                    ops::Effect::onTransferLine(line, units(1))}});
        } else {
            const qint64 from = n % 2 ? a : b, to = n % 2 ? b : a;
            const QJsonObject payload {{QStringLiteral("product_id"), product},
                {QStringLiteral("from_location_id"), from}, {QStringLiteral("to_location_id"), to},
                {QStringLiteral("qty"), 1}};
            op = s.record(OperationDraft {OpKind::Move, payload, user,
                {ops::Effect::onQuant({from, product, 0, 0}, -units(1)),
                    ops::Effect::onQuant({to, product, 0, 0}, units(1))}});
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
