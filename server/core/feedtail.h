// The newest entries of each warehouse's change feed, kept by one process so that a device's pull reads
// from the database only what was committed since the process last looked (docs/server.md, "The feed's
// caches"). Feed positions are commit-ordered (every writer of the feed takes its positions under one
// lock and keeps it to its commit), so once a read at head H has seen a warehouse's entries in (a, H],
// no later commit adds one there: the range is final and any thread may page through it.
// An entry compacted away after it was kept is still paged (its row is sent as it is, which a later
// entry of the same row sends again): the device ends where it would have.
#pragma once

#include "storage/storage.h"

#include <QHash>
#include <QString>

#include <deque>
#include <mutex>
#include <optional>

namespace stockhand::server {

class FeedTail
{
public:
    explicit FeedTail(qsizetype capacity);

    // The range (from, to] the tail holds complete for the warehouse; to < 0 when it holds none.
    struct Range
    {
        qint64 from = 0, to = -1;
    };
    Range range(const QString &epoch, qint64 warehouseId);
    // A read at head `to` found these entries of the warehouse after `from`, all of them (in feed order).
    // They extend the tail when it reaches `from`; otherwise they replace it.
    void add(const QString &epoch, qint64 warehouseId, qint64 from, qint64 to, const QList<storage::Change> &entries);
    // Up to `limit` entries after `cursor` and no later than `head`, when the tail holds (cursor, head]; `more`
    // when others remain up to head.
    std::optional<storage::FeedReader::ChangePage> page(
        const QString &epoch, qint64 warehouseId, qint64 cursor, qint64 head, int limit);

private:
    struct Tail
    {
        qint64 from = 0, to = -1;
        std::deque<storage::Change> entries; // in feed order, all in (from, to]
    };
    void useEpoch(const QString &epoch); // under m_mutex

    const qsizetype m_capacity; // entries per warehouse
    std::mutex m_mutex;
    QString m_epoch;
    QHash<qint64, Tail> m_tails;
};

} // namespace stockhand::server
