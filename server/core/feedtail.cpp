#include "feedtail.h"

#include <algorithm>

namespace stockhand::server {

FeedTail::FeedTail(qsizetype capacity)
    : m_capacity(qMax<qsizetype>(1, capacity))
{ }

void FeedTail::useEpoch(const QString &epoch)
{
    if (epoch == m_epoch)
        return;
    m_tails.clear();
    m_epoch = epoch;
}

FeedTail::Range FeedTail::range(const QString &epoch, qint64 warehouseId)
{
    std::lock_guard lock(m_mutex);
    useEpoch(epoch);
    const auto it = m_tails.constFind(warehouseId);
    if (it == m_tails.cend())
        return {};
    return Range {it->from, it->to};
}

void FeedTail::add(
    const QString &epoch, qint64 warehouseId, qint64 from, qint64 to, const QList<storage::Change> &entries)
{
    std::lock_guard lock(m_mutex);
    useEpoch(epoch);
    Tail &t = m_tails[warehouseId];
    if (t.to >= from && t.from <= from) {
        if (to <= t.to)
            return; // another thread got as far already
        for (const storage::Change &c : entries) {
            if (c.seq > t.to)
                t.entries.push_back(c);
        }
        t.to = to;
    } else {
        // A gap between the two (or a range behind the tail's start): the newest read stands.
        if (t.to >= to)
            return;
        t.entries.assign(entries.cbegin(), entries.cend());
        t.from = from;
        t.to = to;
    }
    while (qsizetype(t.entries.size()) > m_capacity) {
        t.from = t.entries.front().seq;
        t.entries.pop_front();
    }
}

std::optional<storage::FeedReader::ChangePage> FeedTail::page(
    const QString &epoch, qint64 warehouseId, qint64 cursor, qint64 head, int limit)
{
    std::lock_guard lock(m_mutex);
    useEpoch(epoch);
    const auto it = m_tails.constFind(warehouseId);
    if (it == m_tails.cend() || cursor < it->from || head > it->to || cursor > head)
        return std::nullopt;
    auto e = std::upper_bound(it->entries.cbegin(), it->entries.cend(), cursor,
        [](qint64 c, const storage::Change &entry) { return c < entry.seq; });
    storage::FeedReader::ChangePage page;
    for (; e != it->entries.cend() && e->seq <= head; ++e) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        page.changes.append(*e);
    }
    return page;
}

} // namespace stockhand::server
