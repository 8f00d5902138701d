#include "storage/sqlite/sqlitefeed.h"

#include "storage/sqlite/serverschema.h"
#include "storage/sqlite/sqliteerror.h"
#include "storage/sqlite/sqliterow.h"

#include <sqlite3.h>

#include <memory>
#include <string>

namespace stockhand::server::storage {

namespace {

struct StmtDeleter
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtDeleter>;

// Feed statements are built per table and page: prepared here rather than kept in the connection's cache.
Result<Stmt> prepareRaw(db::Database &db, const std::string &sql)
{
    sqlite3_stmt *s = nullptr;
    const int rc = sqlite3_prepare_v2(db.handle(), sql.c_str(), int(sql.size()), &s, nullptr);
    if (rc != SQLITE_OK)
        return storageError(db::sqliteError(db.handle(), rc, "feed.prepare"));
    return Stmt(s);
}

Result<qint64> oneInt(db::Database &db, const std::string &sql, qint64 bindValue)
{
    auto st = prepareRaw(db, sql);
    if (!st)
        return storageError(st.error());
    sqlite3_bind_int64(st->get(), 1, bindValue);
    const int rc = sqlite3_step(st->get());
    if (rc == SQLITE_ROW)
        return qint64(sqlite3_column_int64(st->get(), 0));
    if (rc == SQLITE_DONE)
        return qint64(0);
    return storageError(db::sqliteError(db.handle(), rc, "feed.step"));
}

void bindKey(sqlite3_stmt *st, int index, const FeedTable &t, const QByteArray &key)
{
    if (t.textKey)
        sqlite3_bind_text(st, index, key.constData(), int(key.size()), SQLITE_TRANSIENT);
    else
        sqlite3_bind_int64(st, index, key.toLongLong());
}

} // namespace

Result<qint64> sqliteLatestCursor(db::Database &db, qint64 warehouseId)
{
    return oneInt(db,
        "SELECT max(ifnull((SELECT max(seq) FROM change_log WHERE warehouse_id = ?1), 0), "
        "ifnull((SELECT max(seq) FROM change_log WHERE warehouse_id IS NULL), 0))",
        warehouseId);
}

Result<qint64> sqliteCompactFeed(db::Database &db)
{
    db::Transaction tx(db);
    SH_STORAGE_TRY(tx.begun());
    SH_STORAGE_TRY(
        db.exec("DELETE FROM change_log WHERE seq NOT IN (SELECT max(seq) FROM change_log GROUP BY tbl, key)"));
    const qint64 n = db.changes();
    SH_STORAGE_TRY(tx.commit());
    return n;
}

Result<std::unique_ptr<SqliteFeedReader>> SqliteFeedReader::begin(db::Database &db)
{
    std::unique_ptr<SqliteFeedReader> r(new SqliteFeedReader(db));
    SH_STORAGE_TRY(db.exec("BEGIN")); // every read of the page sees one state of the database
    r->m_open = true;
    return r;
}

SqliteFeedReader::~SqliteFeedReader()
{
    if (m_open)
        (void)m_db.exec("COMMIT");
}

Result<qint64> SqliteFeedReader::latestCursor(qint64 warehouseId)
{
    return sqliteLatestCursor(m_db, warehouseId);
}

Result<qint64> SqliteFeedReader::head()
{
    return oneInt(m_db, "SELECT ifnull(max(seq), 0) + 0 * ?1 FROM change_log", 0);
}

Result<qint64> SqliteFeedReader::countRows(const FeedTable &t, qint64 warehouseId)
{
    return oneInt(m_db, std::string("SELECT count(*) FROM ") + t.name + " WHERE " + feedScopeClause(t), warehouseId);
}

Result<SnapshotSlice> SqliteFeedReader::writeRows(
    const FeedTable &t, qint64 warehouseId, const QByteArray &afterKey, int limit, QByteArray &out)
{
    const std::string key = t.keyColumn;
    std::string sql = std::string("SELECT ") + t.columns + " FROM " + t.name + " WHERE (" + feedScopeClause(t) + ")";
    if (!afterKey.isEmpty())
        sql += " AND " + key + " > ?2";
    sql += " ORDER BY " + key + " LIMIT ?3";
    auto st = prepareRaw(m_db, sql);
    if (!st)
        return storageError(st.error());
    sqlite3_bind_int64(st->get(), 1, warehouseId); // SQLITE_RANGE when the scope has no ?1: harmless
    if (!afterKey.isEmpty())
        bindKey(st->get(), 2, t, afterKey);
    sqlite3_bind_int64(st->get(), 3, qint64(limit) + 1);
    RowWriter w(out);
    SnapshotSlice slice;
    int rc;
    while ((rc = sqlite3_step(st->get())) == SQLITE_ROW) {
        if (slice.rows == limit) {
            slice.more = true;
            break;
        }
        writeSqliteRow(w, st->get());
        slice.lastKey = QByteArray(
            reinterpret_cast<const char *>(sqlite3_column_text(st->get(), 0)), sqlite3_column_bytes(st->get(), 0));
        ++slice.rows;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return storageError(db::sqliteError(m_db.handle(), rc, "feed.snapshot"));
    return slice;
}

Result<FeedReader::ChangePage> SqliteFeedReader::changesSince(qint64 cursor, qint64 warehouseId, int limit)
{
    auto log = prepareRaw(m_db,
        "SELECT seq, tbl, key FROM change_log WHERE seq > ?1 "
        "AND (warehouse_id = ?2 OR warehouse_id IS NULL) ORDER BY seq LIMIT ?3");
    if (!log)
        return storageError(log.error());
    sqlite3_bind_int64(log->get(), 1, cursor);
    sqlite3_bind_int64(log->get(), 2, warehouseId);
    sqlite3_bind_int64(log->get(), 3, qint64(limit) + 1);
    ChangePage page;
    int rc;
    while ((rc = sqlite3_step(log->get())) == SQLITE_ROW) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        Change c;
        c.seq = sqlite3_column_int64(log->get(), 0);
        c.table = feedTable(reinterpret_cast<const char *>(sqlite3_column_text(log->get(), 1)));
        c.key = QByteArray(
            reinterpret_cast<const char *>(sqlite3_column_text(log->get(), 2)), sqlite3_column_bytes(log->get(), 2));
        page.changes.append(std::move(c));
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return storageError(db::sqliteError(m_db.handle(), rc, "feed.changes"));
    return page;
}

Result<std::vector<bool>> SqliteFeedReader::writeRowsByKey(
    const FeedTable &t, qint64 warehouseId, const QList<QByteArray> &keys, QByteArray &out)
{
    auto row = prepareRaw(m_db,
        std::string("SELECT ") + t.columns + " FROM " + t.name + " WHERE " + t.keyColumn + " = ?1 AND "
            + rowInScopeClause(t, "?2"));
    if (!row)
        return storageError(row.error());
    RowWriter w(out);
    std::vector<bool> written;
    written.reserve(size_t(keys.size()));
    for (const QByteArray &key : keys) {
        bindKey(row->get(), 1, t, key);
        sqlite3_bind_int64(row->get(), 2, warehouseId);
        const int rc = sqlite3_step(row->get());
        if (rc == SQLITE_ROW) {
            writeSqliteRow(w, row->get());
            written.push_back(true);
        } else if (rc == SQLITE_DONE) {
            written.push_back(false);
        } else {
            return storageError(db::sqliteError(m_db.handle(), rc, "feed.row"));
        }
        sqlite3_reset(row->get());
    }
    return written;
}

} // namespace stockhand::server::storage
