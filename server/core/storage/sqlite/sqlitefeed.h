// The embedded backend's feed: change_log rows written by the schema's triggers, world rows streamed
// straight from SQLite statements into the protocol's JSON rows (RowWriter), inside one read transaction.
#pragma once

#include "db/database.h"
#include "storage/storage.h"

namespace stockhand::server::storage {

class SqliteFeedReader final : public FeedReader
{
public:
    static Result<std::unique_ptr<SqliteFeedReader>> begin(db::Database &db);
    ~SqliteFeedReader() override;

    Result<qint64> latestCursor(qint64 warehouseId) override;
    Result<qint64> head() override;
    Result<qint64> countRows(const FeedTable &table, qint64 warehouseId) override;
    Result<SnapshotSlice> writeRows(
        const FeedTable &table, qint64 warehouseId, const QByteArray &afterKey, int limit, QByteArray &out) override;
    Result<ChangePage> changesSince(qint64 cursor, qint64 warehouseId, int limit) override;
    Result<std::vector<bool>> writeRowsByKey(
        const FeedTable &table, qint64 warehouseId, const QList<QByteArray> &keys, QByteArray &out) override;

private:
    explicit SqliteFeedReader(db::Database &db)
        : m_db(db)
    { }
    db::Database &m_db;
    bool m_open = false;
};

// The newest feed position that concerns the warehouse, outside a read transaction (long polls).
Result<qint64> sqliteLatestCursor(db::Database &db, qint64 warehouseId);
Result<qint64> sqliteCompactFeed(db::Database &db);

} // namespace stockhand::server::storage
