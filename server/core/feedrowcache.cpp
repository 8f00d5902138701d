#include "feedrowcache.h"

#include "feedtables.h"

#include <QtGlobal>

#include <utility>

namespace stockhand::server {

FeedRowCache::FeedRowCache(qsizetype capacity)
    : m_generationSize(qMax<qsizetype>(1, capacity / 2))
{ }

std::vector<QByteArray> FeedRowCache::entryKeysOf(
    qint64 warehouseId, const FeedTable &table, const QList<QByteArray> &keys)
{
    const QByteArray prefix = QByteArray::number(warehouseId) + ' ' + table.name + ' ';
    std::vector<QByteArray> out;
    out.reserve(size_t(keys.size()));
    for (const QByteArray &key : keys)
        out.push_back(prefix + key);
    return out;
}

void FeedRowCache::useEpoch(const QString &epoch)
{
    if (epoch == m_epoch)
        return;
    m_young.clear();
    m_old.clear();
    m_epoch = epoch;
}

FeedRowCache::Entry *FeedRowCache::lookup(const QByteArray &key)
{
    if (auto it = m_young.find(key); it != m_young.end())
        return &it.value();
    auto old = m_old.find(key);
    if (old == m_old.end())
        return nullptr;
    Entry moved = std::move(old.value());
    m_old.erase(old);
    return &insert(key, std::move(moved));
}

FeedRowCache::Entry &FeedRowCache::insert(const QByteArray &key, Entry entry)
{
    if (m_young.size() >= m_generationSize) {
        m_old = std::exchange(m_young, {});
        m_old.remove(key);
    }
    return m_young.insert(key, std::move(entry)).value();
}

std::vector<std::optional<FeedRowCache::Row>> FeedRowCache::find(const QString &epoch, qint64 warehouseId,
    const FeedTable &table, const QList<QByteArray> &keys, const std::vector<qint64> &newestChange)
{
    std::vector<std::optional<Row>> found(size_t(keys.size()));
    const std::vector<QByteArray> entryKeys = entryKeysOf(warehouseId, table, keys); // outside the lock
    std::lock_guard lock(m_mutex);
    useEpoch(epoch);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const Entry *e = lookup(entryKeys[size_t(i)]);
        if (e && e->atLeast >= newestChange[size_t(i)]) {
            found[size_t(i)] = e->row;
            ++m_hits;
        } else {
            ++m_misses;
        }
    }
    return found;
}

void FeedRowCache::store(const QString &epoch, qint64 warehouseId, const FeedTable &table,
    const QList<QByteArray> &keys, const std::vector<qint64> &newestChange, qint64 readAt, const std::vector<Row> &rows)
{
    const std::vector<QByteArray> entryKeys = entryKeysOf(warehouseId, table, keys); // outside the lock
    std::lock_guard lock(m_mutex);
    useEpoch(epoch);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QByteArray &key = entryKeys[size_t(i)];
        const qint64 atLeast = newestChange[size_t(i)];
        Entry *e = lookup(key);
        if (!e) {
            insert(key, Entry {atLeast, readAt, rows[size_t(i)]});
        } else if (readAt > e->readAt) { // a newer read: its row is at least as new as the entry's
            e->atLeast = qMax(e->atLeast, atLeast);
            e->readAt = readAt;
            e->row = rows[size_t(i)];
        } else {
            // An older (or as old) read saw a change up to atLeast; the entry's row, read at a head no
            // lower, is at least as new.
            e->atLeast = qMax(e->atLeast, atLeast);
        }
    }
}

qsizetype FeedRowCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_young.size() + m_old.size();
}

qint64 FeedRowCache::hits() const
{
    std::lock_guard lock(m_mutex);
    return m_hits;
}

qint64 FeedRowCache::misses() const
{
    std::lock_guard lock(m_mutex);
    return m_misses;
}

} // namespace stockhand::server
