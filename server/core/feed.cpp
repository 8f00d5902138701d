#include "feed.h"

#include "rowwriter.h"
#include "serverschema.h"

#include <sqlite3.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <memory>
#include <string>

namespace stockhand::server {

namespace {

struct StmtDeleter
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtDeleter>;

Result<Stmt> prepareRaw(db::Database &db, const std::string &sql)
{
    sqlite3_stmt *s = nullptr;
    const int rc = sqlite3_prepare_v2(db.handle(), sql.c_str(), int(sql.size()), &s, nullptr);
    if (rc != SQLITE_OK)
        return db::sqliteError(db.handle(), rc, "feed.prepare");
    return Stmt(s);
}

// All reads of one page see one state of the database.
class ReadTransaction
{
public:
    explicit ReadTransaction(db::Database &db)
        : m_db(db)
        , m_status(db.exec("BEGIN"))
    { }
    ~ReadTransaction()
    {
        if (m_status.ok())
            (void)m_db.exec("COMMIT");
    }
    const Status &status() const { return m_status; }

private:
    db::Database &m_db;
    Status m_status;
};

void writeJsonLine(QByteArray &out, const QJsonObject &o)
{
    out += QJsonDocument(o).toJson(QJsonDocument::Compact);
    out += '\n';
}

QJsonArray columnNames(const FeedTable &t)
{
    QJsonArray cols;
    for (const QString &c : QString::fromLatin1(t.columns).split(QLatin1Char(',')))
        cols.append(c.trimmed());
    return cols;
}

void tableLine(QByteArray &out, const FeedTable &t)
{
    writeJsonLine(out,
        QJsonObject {{QStringLiteral("type"), QStringLiteral("table")},
            {QStringLiteral("table"), QString::fromLatin1(t.name)},
            {QStringLiteral("key"), QString::fromLatin1(t.keyColumn)}, {QStringLiteral("columns"), columnNames(t)}});
}

Response ndjson(QByteArray body)
{
    Response r;
    r.contentType = "application/x-ndjson";
    r.body = std::move(body);
    return r;
}

Response storageError(const Error &e)
{
    return errorResponse(503, QStringLiteral("server.storage"), QStringLiteral("Read failed (%1); retry.").arg(e.code));
}

int pageLimit(const CoreConfig &config, const Request &request, bool *ok)
{
    const QString text = request.queryValue(QStringLiteral("limit"));
    *ok = true;
    if (text.isEmpty())
        return config.defaultPageRows;
    const int n = text.toInt(ok);
    if (!*ok || n < 1)
        *ok = false;
    return qMin(n, config.maxPageRows);
}

Result<qint64> oneInt(db::Database &db, const std::string &sql, qint64 bindValue)
{
    auto st = prepareRaw(db, sql);
    if (!st)
        return st.error();
    sqlite3_bind_int64(st->get(), 1, bindValue);
    const int rc = sqlite3_step(st->get());
    if (rc == SQLITE_ROW)
        return qint64(sqlite3_column_int64(st->get(), 0));
    if (rc == SQLITE_DONE)
        return qint64(0);
    return db::sqliteError(db.handle(), rc, "feed.step");
}

} // namespace

Result<qint64> latestCursor(db::Database &db, qint64 warehouseId)
{
    return oneInt(db,
        "SELECT max(ifnull((SELECT max(seq) FROM change_log WHERE warehouse_id = ?1), 0), "
        "ifnull((SELECT max(seq) FROM change_log WHERE warehouse_id IS NULL), 0))",
        warehouseId);
}

Result<qint64> feedHead(db::Database &db)
{
    return oneInt(db, "SELECT ifnull(max(seq), 0) + 0 * ?1 FROM change_log", 0);
}

Result<qint64> compactFeed(db::Database &db)
{
    db::Transaction tx(db);
    SH_TRY(tx.begun());
    SH_TRY(db.exec("DELETE FROM change_log WHERE seq NOT IN (SELECT max(seq) FROM change_log GROUP BY tbl, key)"));
    const qint64 n = db.changes();
    SH_TRY(tx.commit());
    return n;
}

Response handleSnapshot(
    db::Database &db, const CoreConfig &config, const Device &device, const Request &request, const QString &epoch)
{
    bool ok = false;
    int remaining = pageLimit(config, request, &ok);
    if (!ok)
        return errorResponse(
            400, QStringLiteral("request.wrong-type"), QStringLiteral("limit must be a positive integer."));
    const QString from = request.queryValue(QStringLiteral("from"));
    const auto &tables = feedTables();
    size_t tableIndex = 0;
    QString afterKey;
    if (!from.isEmpty()) {
        const qsizetype colon = from.indexOf(QLatin1Char(':'));
        const FeedTable *t = colon > 0 ? feedTable(from.left(colon).toStdString()) : nullptr;
        if (!t)
            return errorResponse(
                400, QStringLiteral("request.invalid-token"), QStringLiteral("from is not a snapshot position."));
        tableIndex = size_t(t - tables.data());
        afterKey = from.mid(colon + 1);
        if (!t->textKey && !afterKey.isEmpty()) {
            afterKey.toLongLong(&ok);
            if (!ok)
                return errorResponse(
                    400, QStringLiteral("request.invalid-token"), QStringLiteral("from is not a snapshot position."));
        }
    }

    ReadTransaction rtx(db);
    if (!rtx.status())
        return storageError(rtx.status().error());
    auto cursor = latestCursor(db, device.warehouseId);
    if (!cursor)
        return storageError(cursor.error());
    QByteArray out;
    out.reserve(qMin(remaining, 200000) * 80);
    QJsonObject header {{QStringLiteral("type"), QStringLiteral("snapshot")}, {QStringLiteral("epoch"), epoch},
        {QStringLiteral("cursor"), cursor.value()}, {QStringLiteral("warehouse_id"), device.warehouseId}};
    if (from.isEmpty()) {
        qint64 total = 0;
        for (const auto &t : tables) {
            auto n = oneInt(
                db, std::string("SELECT count(*) FROM ") + t.name + " WHERE " + t.scopeClause, device.warehouseId);
            if (!n)
                return storageError(n.error());
            total += n.value();
        }
        header.insert(QStringLiteral("total_rows"), total);
    }
    writeJsonLine(out, header);
    RowWriter w(out);
    QString next;
    for (; tableIndex < tables.size(); ++tableIndex) {
        const FeedTable &t = tables[tableIndex];
        const std::string key = t.keyColumn;
        std::string sql = std::string("SELECT ") + t.columns + " FROM " + t.name + " WHERE (" + t.scopeClause + ")";
        if (!afterKey.isEmpty())
            sql += " AND " + key + " > ?2";
        sql += " ORDER BY " + key + " LIMIT ?3";
        auto st = prepareRaw(db, sql);
        if (!st)
            return storageError(st.error());
        sqlite3_bind_int64(st->get(), 1, device.warehouseId); // SQLITE_RANGE when the scope has no ?1: harmless
        const QByteArray afterUtf8 = afterKey.toUtf8();
        if (!afterKey.isEmpty()) {
            if (t.textKey)
                sqlite3_bind_text(st->get(), 2, afterUtf8.constData(), int(afterUtf8.size()), SQLITE_TRANSIENT);
            else
                sqlite3_bind_int64(st->get(), 2, afterKey.toLongLong());
        }
        sqlite3_bind_int64(st->get(), 3, remaining + 1);
        tableLine(out, t);
        int rows = 0;
        int rc;
        QByteArray lastKey;
        while ((rc = sqlite3_step(st->get())) == SQLITE_ROW) {
            if (rows == remaining) {
                next = QString::fromLatin1(t.name) + QLatin1Char(':') + QString::fromUtf8(lastKey);
                break;
            }
            w.row(st->get());
            lastKey = QByteArray(
                reinterpret_cast<const char *>(sqlite3_column_text(st->get(), 0)), sqlite3_column_bytes(st->get(), 0));
            ++rows;
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return storageError(db::sqliteError(db.handle(), rc, "feed.snapshot"));
        remaining -= rows;
        afterKey.clear();
        if (!next.isEmpty())
            break;
        if (remaining == 0 && tableIndex + 1 < tables.size()) {
            next = QString::fromLatin1(tables[tableIndex + 1].name) + QLatin1Char(':');
            break;
        }
    }
    writeJsonLine(out,
        QJsonObject {{QStringLiteral("type"), QStringLiteral("end")},
            {QStringLiteral("next"), next.isEmpty() ? QJsonValue() : QJsonValue(next)}});
    return ndjson(std::move(out));
}

Response handleChanges(
    db::Database &db, const CoreConfig &config, const Device &device, const Request &request, const QString &epoch)
{
    bool ok = false;
    const int limit = pageLimit(config, request, &ok);
    if (!ok)
        return errorResponse(
            400, QStringLiteral("request.wrong-type"), QStringLiteral("limit must be a positive integer."));
    const qint64 cursor = request.queryValue(QStringLiteral("cursor"), QStringLiteral("0")).toLongLong(&ok);
    if (!ok || cursor < 0)
        return errorResponse(400, QStringLiteral("request.wrong-type"), QStringLiteral("cursor must be an integer."));
    const QString clientEpoch = request.queryValue(QStringLiteral("epoch"));
    if (!clientEpoch.isEmpty() && clientEpoch != epoch)
        return errorResponse(409, QStringLiteral("feed.epoch-changed"),
            QStringLiteral("The server was reset or restored; resync from a snapshot (epoch %1).").arg(epoch));

    ReadTransaction rtx(db);
    if (!rtx.status())
        return storageError(rtx.status().error());
    auto head = feedHead(db);
    if (!head)
        return storageError(head.error());
    if (cursor > head.value())
        return errorResponse(409, QStringLiteral("feed.cursor-ahead"),
            QStringLiteral("The cursor is ahead of this server's feed: it was restored; resync."));
    auto log = prepareRaw(db,
        "SELECT seq, tbl, key FROM change_log WHERE seq > ?1 "
        "AND (warehouse_id = ?2 OR warehouse_id IS NULL) ORDER BY seq LIMIT ?3");
    if (!log)
        return storageError(log.error());
    sqlite3_bind_int64(log->get(), 1, cursor);
    sqlite3_bind_int64(log->get(), 2, device.warehouseId);
    sqlite3_bind_int64(log->get(), 3, limit + 1);
    struct Change
    {
        QByteArray key;
        bool textKey;
    };
    // A row changed several times within the page is sent once, as it is now.
    std::vector<std::vector<Change>> byTable(feedTables().size());
    std::vector<QSet<QByteArray>> seen(feedTables().size());
    qint64 last = cursor;
    int count = 0;
    bool more = false;
    int rc;
    while ((rc = sqlite3_step(log->get())) == SQLITE_ROW) {
        if (count == limit) {
            more = true;
            break;
        }
        const FeedTable *t = feedTable(reinterpret_cast<const char *>(sqlite3_column_text(log->get(), 1)));
        last = sqlite3_column_int64(log->get(), 0);
        ++count;
        if (!t)
            continue;
        const size_t ti = size_t(t - feedTables().data());
        QByteArray key(
            reinterpret_cast<const char *>(sqlite3_column_text(log->get(), 2)), sqlite3_column_bytes(log->get(), 2));
        if (seen[ti].contains(key))
            continue;
        seen[ti].insert(key);
        byTable[ti].push_back(Change {std::move(key), sqlite3_column_type(log->get(), 2) == SQLITE_TEXT});
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return storageError(db::sqliteError(db.handle(), rc, "feed.changes"));
    if (!more) // nothing more for this warehouse up to the head: the device may jump there
        last = qMax(last, head.value());

    QByteArray out;
    writeJsonLine(out,
        QJsonObject {{QStringLiteral("type"), QStringLiteral("changes")}, {QStringLiteral("epoch"), epoch},
            {QStringLiteral("from"), cursor}});
    RowWriter w(out);
    for (size_t i = 0; i < byTable.size(); ++i) {
        if (byTable[i].empty())
            continue;
        const FeedTable &t = feedTables()[i];
        auto row = prepareRaw(db,
            std::string("SELECT ") + t.columns + " FROM " + t.name + " WHERE " + t.keyColumn + " = ?1 AND "
                + rowInScopeClause(t, "?2"));
        if (!row)
            return storageError(row.error());
        bool header = false;
        for (const Change &c : byTable[i]) {
            if (c.textKey)
                sqlite3_bind_text(row->get(), 1, c.key.constData(), int(c.key.size()), SQLITE_TRANSIENT);
            else
                sqlite3_bind_int64(row->get(), 1, c.key.toLongLong());
            sqlite3_bind_int64(row->get(), 2, device.warehouseId);
            rc = sqlite3_step(row->get());
            if (rc == SQLITE_ROW) { // the row exists in the device's scope: send it as it is now
                if (!header) {
                    tableLine(out, t);
                    header = true;
                }
                w.row(row->get());
            } else if (rc == SQLITE_DONE) { // gone, or gone from this warehouse: a delete line
                w.raw(R"({"type":"delete","table":")");
                w.raw(t.name);
                w.raw(R"(","key":)");
                if (c.textKey)
                    w.string(std::string_view(c.key.constData(), size_t(c.key.size())));
                else
                    w.raw(std::string_view(c.key.constData(), size_t(c.key.size())));
                w.raw("}\n");
                header = false; // rows after a delete line need their table line again
            } else {
                return storageError(db::sqliteError(db.handle(), rc, "feed.row"));
            }
            sqlite3_reset(row->get());
        }
    }
    writeJsonLine(out,
        QJsonObject {{QStringLiteral("type"), QStringLiteral("end")}, {QStringLiteral("cursor"), last},
            {QStringLiteral("more"), more}});
    return ndjson(std::move(out));
}

} // namespace stockhand::server
