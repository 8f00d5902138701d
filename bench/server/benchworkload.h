// The benchmark's workload and its raw-SQLite baselines: stock set up for moves that never go negative,
// batches of 500 operations, and the same writes/reads done with plain sqlite3 calls.
#pragma once

#include "db/database.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPair>

namespace bench {

constexpr int kBatch = 500;

struct Stock
{
    QList<qint64> bins;
    QList<qint64> products;
    // The book as the generated operations leave it (units), so that a count counts what is there.
    QHash<QPair<qint64, qint64>, qint64> book;
};

// Gives 1000 untracked products plenty of stock in 50 bins of warehouse 1.
Stock stockUp(stockhand::db::Database &db);
// 80 % moves, 20 % counts at the book (no adjustment) when the batches are applied in the order they
// were made; operation ids are time-ordered (v7) like the devices'. The JSON bodies, and the operations.
QList<QByteArray> makeBatches(Stock &s, int batches, quint64 seed, QList<QJsonArray> *opsOut = nullptr);
// The rows the server writes for these operations, with prepared statements and no protocol; seconds.
double rawWrites(stockhand::db::Database &db, const QList<QJsonArray> &batches);
// Reads every row a snapshot of the warehouse sends; seconds.
double rawScan(stockhand::db::Database &db, qint64 warehouse, qint64 *rows);

} // namespace bench
