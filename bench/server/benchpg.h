// The PostgreSQL half of bench_server (docs/benchmarks.md): the same workload as benchworkload.h against
// the PostgreSQL backend in-process, and its raw-libpq baseline (the same rows with prepared statements,
// no protocol and no rules).
#pragma once

#include "benchworkload.h"

#include <QString>

namespace stockhand::server::pg {
class Connection;
}

namespace bench {

// Gives 1000 untracked products plenty of stock in 50 bins of warehouse 1 (as stockUp() on SQLite).
Stock stockUpPg(stockhand::server::pg::Connection &c);
// The rows the server writes for these operations (op_log, stock_move, two quant upserts per move with
// the feed triggers; a quant read and an op_log row per count), one transaction per batch, over a plain
// libpq connection to `conninfo`; seconds.
double rawWritesPg(const QString &conninfo, const QList<QJsonArray> &batches);

} // namespace bench
