#include "feed.h"

#include "errors.h"
#include "feedtables.h"
#include "rowwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <memory>
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
    const Request &request, const QString &epoch)
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
    auto page = feed.changesSince(cursor, device.warehouseId, limit);
    if (!page)
        return errorResponse(page.error());
    // A row changed several times within the page is sent once, as it is now.
    std::vector<QList<QByteArray>> byTable(feedTables().size());
    std::vector<QSet<QByteArray>> seen(feedTables().size());
    qint64 last = cursor;
    for (const storage::Change &c : page->changes) {
        last = c.seq;
        if (!c.table)
            continue;
        const size_t ti = size_t(c.table - feedTables().data());
        if (seen[ti].contains(c.key))
            continue;
        seen[ti].insert(c.key);
        byTable[ti].append(c.key);
    }
    if (!page->more) // nothing more for this warehouse up to the head: the device may jump there
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
        // Rows that exist in the device's scope are sent as they are now; the others (gone, or gone
        // from this warehouse) as delete lines.
        const qsizetype mark = out.size();
        tableLine(out, t);
        auto written = feed.writeRowsByKey(t, device.warehouseId, byTable[i], out);
        if (!written)
            return errorResponse(written.error());
        if (std::find(written->cbegin(), written->cend(), true) == written->cend())
            out.truncate(mark); // no row of this table: no table line either
        for (qsizetype k = 0; k < byTable[i].size(); ++k) {
            if (written.value()[size_t(k)])
                continue;
            const QByteArray &key = byTable[i].at(k);
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
