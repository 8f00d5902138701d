// Test helper for tst_outbox_kill: records actions in a loop and prints each sequence number after its
// transaction committed, until it is killed.
#include "ops/kinds.h"
#include "store/devicestore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace stockhand;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: store_writer <store.db>\n");
        return 2;
    }
    auto store = store::DeviceStore::open(QString::fromLocal8Bit(argv[1]), SystemClock::instance());
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    auto &s = **store;
    for (qint64 n = s.db().queryInt("SELECT ifnull(max(seq), 0) FROM outbox").value() + 1;; ++n) {
        const qint64 qty = 1 + n % 7;
        auto op = s.record(OperationDraft {ops::kindName(ops::Kind::Count),
            QJsonObject {{QStringLiteral("n"), n}, {QStringLiteral("qty"), qty}}, 1,
            {ops::Effect::onQuant({1, 1, 0, 0}, units(qty)), ops::Effect::onCountLine(n, units(qty))}});
        if (!op) {
            std::fprintf(stderr, "%s\n", qPrintable(op.error().message));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(op->seq));
        std::fflush(stdout);
    }
}
