// The rows of the change feed as the protocol encodes them, kept for the next device that asks for the
// same version (docs/server.md, "The feed's row cache"). Every device of a warehouse pulls every row its
// warehouse changed: at 500 devices each changed quant is read and encoded about 500 times, by every
// process. One process keeps each row's line once, shared by its threads that answer /v1/changes.
//
// A row's *version* is the feed position of its latest change. What a device is sent for a key of its
// page must be the row at a version no older than the page's latest change of that key (the cursor it is
// given next covers that change). An entry holds the row as one read found it (or that it was gone from
// the warehouse's scope), with two bounds that the read proves:
//   - `atLeast`: the newest change of the key in a page answered from it (the read saw that change, so
//     the row it read is at least that new);
//   - `readAt`: the feed's head in that read (the row it read is no newer than that).
// A page whose latest change of the key is at most `atLeast` is answered from the entry. A read with a
// higher head replaces the entry, so that what one process sends a device never goes back in time: rows
// read at a higher head are at least as new (batches commit in feed order, under one writer).
// The cache holds about `capacity` keys (two generations: the older is dropped when the newer is full,
// and a key found in the older moves to the newer). A new epoch (a restored server) empties it.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <mutex>
#include <optional>
#include <vector>

namespace stockhand::server {

struct FeedTable;

class FeedRowCache
{
public:
    explicit FeedRowCache(qsizetype capacity);

    struct Row
    {
        bool present = false; // false: gone, or not in the warehouse's scope (the device is sent a delete)
        QByteArray line; // the row's JSON array line, with its newline (present rows)
    };
    // For each key, the cached row when its entry covers `newestChange[i]` (the page's latest change of it).
    std::vector<std::optional<Row>> find(const QString &epoch, qint64 warehouseId, const FeedTable &table,
        const QList<QByteArray> &keys, const std::vector<qint64> &newestChange);
    // What a read at feed head `readAt` found for these keys (rows[i] for keys[i]).
    void store(const QString &epoch, qint64 warehouseId, const FeedTable &table, const QList<QByteArray> &keys,
        const std::vector<qint64> &newestChange, qint64 readAt, const std::vector<Row> &rows);

    qsizetype size() const;
    qint64 hits() const;
    qint64 misses() const;

private:
    struct Entry
    {
        qint64 atLeast = 0;
        qint64 readAt = 0;
        Row row;
    };
    // "warehouse table key" for each key.
    static std::vector<QByteArray> entryKeysOf(
        qint64 warehouseId, const FeedTable &table, const QList<QByteArray> &keys);
    void useEpoch(const QString &epoch); // under m_mutex
    Entry *lookup(const QByteArray &key); // under m_mutex: moves an entry of the older generation to the newer
    Entry &insert(const QByteArray &key, Entry entry); // under m_mutex

    const qsizetype m_generationSize;
    mutable std::mutex m_mutex;
    QString m_epoch;
    QHash<QByteArray, Entry> m_young;
    QHash<QByteArray, Entry> m_old;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
};

} // namespace stockhand::server
