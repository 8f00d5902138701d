#include "feed.h"

#include "errors.h"
#include "feedtables.h"
#include "rowwriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>

namespace stockhand::server {

namespace {

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

// The warehouse's entries after `cursor` (up to `limit`, no later than `head`): from the process's tail of
// the feed when it holds them, after reading what was committed since it was last read (feedtail.h).
Result<storage::FeedReader::ChangePage> changesPage(storage::FeedReader &feed, FeedTail *tail, const QString &epoch,
    qint64 cursor, qint64 head, qint64 warehouseId, int limit)
{
    // A tail further behind than this is read again from the device's cursor.
    constexpr int kCatchUpEntries = 20000;
    if (tail) {
        const FeedTail::Range kept = tail->range(epoch, warehouseId);
        if (kept.to >= 0 && kept.to < head && kept.from <= cursor) {
            auto fresh = feed.changesSince(kept.to, warehouseId, kCatchUpEntries);
            if (!fresh)
                return fresh.error();
            if (!fresh->more)
                tail->add(epoch, warehouseId, kept.to, head, fresh->changes);
        }
        if (auto page = tail->page(epoch, warehouseId, cursor, head, limit))
            return std::move(*page);
    }
    auto page = feed.changesSince(cursor, warehouseId, limit);
    if (page && tail && !page->more)
        tail->add(epoch, warehouseId, cursor, head, page->changes);
    return page;
}

// The page's rows of one table, for each key in order: from the cache where it has them, the others read
// in one call (and kept in the cache for the next device).
Result<std::vector<FeedRowCache::Row>> pageRows(storage::FeedReader &feed, FeedRowCache *cache, const QString &epoch,
    qint64 head, qint64 warehouseId, const FeedTable &t, const QList<QByteArray> &keys,
    const std::vector<qint64> &newest)
{
    std::vector<FeedRowCache::Row> rows(size_t(keys.size()));
    std::vector<std::optional<FeedRowCache::Row>> cached;
    if (cache)
        cached = cache->find(epoch, warehouseId, t, keys, newest);
    QList<QByteArray> missing;
    std::vector<qint64> missingNewest;
    std::vector<size_t> missingAt;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        if (cache && cached[size_t(k)]) {
            rows[size_t(k)] = std::move(*cached[size_t(k)]);
            continue;
        }
        missing.append(keys.at(k));
        missingNewest.push_back(newest[size_t(k)]);
        missingAt.push_back(size_t(k));
    }
    if (missing.isEmpty())
        return rows;
    QByteArray lines;
    auto written = feed.writeRowsByKey(t, warehouseId, missing, lines);
    if (!written)
        return written.error();
    // One line per row written, in the keys' order (a row's JSON has no raw newline).
    std::vector<FeedRowCache::Row> read(size_t(missing.size()));
    qsizetype from = 0;
    for (size_t k = 0; k < read.size(); ++k) {
        if (!written.value()[k])
            continue;
        const qsizetype end = lines.indexOf('\n', from);
        if (end < 0)
            return makeError("storage.failure", QStringLiteral("The feed's rows came back short."));
        read[k] = FeedRowCache::Row {true, lines.mid(from, end + 1 - from)};
        from = end + 1;
    }
    if (cache)
        cache->store(epoch, warehouseId, t, missing, missingNewest, head, read);
    for (size_t k = 0; k < read.size(); ++k)
        rows[missingAt[k]] = std::move(read[k]);
    return rows;
}

} // namespace

Response handleSnapshot(storage::Storage &storage, const CoreConfig &config, const Device &device,
    const Request &request, const QString &epoch)
{
    bool ok = false;
    int remaining = pageLimit(config, request, &ok);
    if (!ok)
        return errorResponse(makeError("request.wrong-type", QStringLiteral("limit must be a positive integer.")));
    const QString from = request.queryValue(QStringLiteral("from"));
    const auto &tables = feedTables();
    size_t tableIndex = 0;
    QString afterKey;
    if (!from.isEmpty()) {
        const qsizetype colon = from.indexOf(QLatin1Char(':'));
        const FeedTable *t = colon > 0 ? feedTable(from.left(colon).toStdString()) : nullptr;
        if (!t)
            return errorResponse(
                makeError("request.invalid-token", QStringLiteral("from is not a snapshot position.")));
        tableIndex = size_t(t - tables.data());
        afterKey = from.mid(colon + 1);
        if (!t->textKey && !afterKey.isEmpty()) {
            afterKey.toLongLong(&ok);
            if (!ok)
                return errorResponse(
                    makeError("request.invalid-token", QStringLiteral("from is not a snapshot position.")));
        }
    }

    auto reader = storage.beginFeedRead();
    if (!reader)
        return errorResponse(reader.error());
    storage::FeedReader &feed = *reader.value();
    auto cursor = feed.latestCursor(device.warehouseId);
    if (!cursor)
        return errorResponse(cursor.error());
    QByteArray out;
    out.reserve(qMin(remaining, 200000) * 80);
    QJsonObject header {{QStringLiteral("type"), QStringLiteral("snapshot")}, {QStringLiteral("epoch"), epoch},
        {QStringLiteral("cursor"), cursor.value()}, {QStringLiteral("warehouse_id"), device.warehouseId}};
    if (from.isEmpty()) {
        qint64 total = 0;
        for (const auto &t : tables) {
            auto n = feed.countRows(t, device.warehouseId);
            if (!n)
                return errorResponse(n.error());
            total += n.value();
        }
        header.insert(QStringLiteral("total_rows"), total);
    }
    writeJsonLine(out, header);
    QString next;
    for (; tableIndex < tables.size(); ++tableIndex) {
        const FeedTable &t = tables[tableIndex];
        tableLine(out, t);
        auto slice = feed.writeRows(t, device.warehouseId, afterKey.toUtf8(), remaining, out);
        if (!slice)
            return errorResponse(slice.error());
        remaining -= slice->rows;
        afterKey.clear();
        if (slice->more) {
            next = QString::fromLatin1(t.name) + QLatin1Char(':') + QString::fromUtf8(slice->lastKey);
            break;
        }
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

Response handleChanges(storage::Storage &storage, const CoreConfig &config, const Device &device,
    const Request &request, const QString &epoch, FeedCaches *caches)
{
    bool ok = false;
    const int limit = pageLimit(config, request, &ok);
    if (!ok)
        return errorResponse(makeError("request.wrong-type", QStringLiteral("limit must be a positive integer.")));
    const qint64 cursor = request.queryValue(QStringLiteral("cursor"), QStringLiteral("0")).toLongLong(&ok);
    if (!ok || cursor < 0)
        return errorResponse(makeError("request.wrong-type", QStringLiteral("cursor must be an integer.")));
    const QString clientEpoch = request.queryValue(QStringLiteral("epoch"));
    if (!clientEpoch.isEmpty() && clientEpoch != epoch)
        return errorResponse(makeError("feed.epoch-changed",
            QStringLiteral("The server was reset or restored; resync from a snapshot (epoch %1).").arg(epoch)));

    auto reader = storage.beginFeedRead();
    if (!reader)
        return errorResponse(reader.error());
    storage::FeedReader &feed = *reader.value();
    auto head = feed.head();
    if (!head)
        return errorResponse(head.error());
    if (cursor > head.value())
        return errorResponse(makeError("feed.cursor-ahead",
            QStringLiteral("The cursor is ahead of this server's feed: it was restored; resync.")));
    auto page
        = changesPage(feed, caches ? &caches->tail : nullptr, epoch, cursor, head.value(), device.warehouseId, limit);
    if (!page)
        return errorResponse(page.error());
    // A row changed several times within the page is sent once, as it is now (or as the row cache has it
    // from a read that saw the page's latest change of it: feedrowcache.h).
    struct TableKeys
    {
        QList<QByteArray> keys;
        std::vector<qint64> newest; // the page's latest change of each key
        QHash<QByteArray, qsizetype> index;
    };
    std::vector<TableKeys> byTable(feedTables().size());
    qint64 last = cursor;
    for (const storage::Change &c : page->changes) {
        last = c.seq;
        if (!c.table)
            continue;
        TableKeys &tk = byTable[size_t(c.table - feedTables().data())];
        if (auto it = tk.index.constFind(c.key); it != tk.index.cend()) {
            tk.newest[size_t(it.value())] = c.seq;
            continue;
        }
        tk.index.insert(c.key, tk.keys.size());
        tk.keys.append(c.key);
        tk.newest.push_back(c.seq);
    }
    if (!page->more) // nothing more for this warehouse up to the head: the device may jump there
        last = qMax(last, head.value());

    QByteArray out;
    writeJsonLine(out,
        QJsonObject {{QStringLiteral("type"), QStringLiteral("changes")}, {QStringLiteral("epoch"), epoch},
            {QStringLiteral("from"), cursor}});
    RowWriter w(out);
    for (size_t i = 0; i < byTable.size(); ++i) {
        const TableKeys &tk = byTable[i];
        if (tk.keys.empty())
            continue;
        const FeedTable &t = feedTables()[i];
        auto rows = pageRows(
            feed, caches ? &caches->rows : nullptr, epoch, head.value(), device.warehouseId, t, tk.keys, tk.newest);
        if (!rows)
            return errorResponse(rows.error());
        // Rows that exist in the device's scope are sent as they are; the others (gone, or gone from this
        // warehouse) as delete lines.
        if (std::any_of(rows->cbegin(), rows->cend(), [](const FeedRowCache::Row &r) { return r.present; }))
            tableLine(out, t);
        for (const FeedRowCache::Row &r : *rows) {
            if (r.present)
                out += r.line;
        }
        for (qsizetype k = 0; k < tk.keys.size(); ++k) {
            if (rows.value()[size_t(k)].present)
                continue;
            const QByteArray &key = tk.keys.at(k);
            w.raw("{\"type\":\"delete\",\"table\":\"");
            w.raw(t.name);
            w.raw("\",\"key\":");
            if (t.textKey)
                w.string(std::string_view(key.constData(), size_t(key.size())));
            else
                w.raw(std::string_view(key.constData(), size_t(key.size())));
            w.raw("}\n");
        }
    }
    writeJsonLine(out,
        QJsonObject {{QStringLiteral("type"), QStringLiteral("end")}, {QStringLiteral("cursor"), last},
            {QStringLiteral("more"), page->more}});
    return ndjson(std::move(out));
}

} // namespace stockhand::server
