#include "store/summary.h"

namespace stockhand::store {

namespace {

Result<QList<std::pair<QString, qint64>>> pairs(db::Database &db, const char *sql)
{
    auto st = db.prepare(sql);
    return db::allRows(st, [](db::Statement &s) { return std::pair<QString, qint64>(s.text(0), s.int64(1)); });
}

} // namespace

Result<QList<std::pair<QString, qint64>>> openTransfersByKind(db::Database &db)
{
    return pairs(db, "SELECT kind, count(*) FROM transfer WHERE state IN ('open','in_progress') GROUP BY kind");
}

Result<QList<std::pair<QString, qint64>>> tableRowCounts(db::Database &db)
{
    QList<std::pair<QString, qint64>> out;
    for (const char *t : {"warehouse", "location", "product", "product_barcode", "lot", "quant", "transfer",
             "transfer_line", "count_task", "count_line", "reason_code", "app_user", "outbox"}) {
        auto n = db.queryInt(std::string("SELECT count(*) FROM ") + t);
        if (!n)
            return n.error();
        out.append({QString::fromLatin1(t), *n});
    }
    return out;
}

} // namespace stockhand::store
