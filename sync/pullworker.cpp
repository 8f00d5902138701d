#include "pullworker.h"

namespace stockhand::sync {

PullWorker::Applied PullWorker::apply(quint64 pullId, bool snapshot, bool first, const QByteArray &page)
{
    Applied a;
    if (pullId == m_failedPull) {
        a.error = makeError("feed.skipped", QStringLiteral("An earlier page of this pull failed."));
        return a;
    }
    if (!m_applier) {
        auto applier = PageApplier::open(m_storePath);
        if (!applier) {
            m_failedPull = pullId;
            a.error = applier.error();
            return a;
        }
        m_applier = std::move(applier).value();
    }
    auto r = snapshot ? m_applier->applySnapshotPage(page, first) : m_applier->applyChangesPage(page);
    if (!r) {
        m_failedPull = pullId;
        a.error = r.error();
        return a;
    }
    a.ok = true;
    a.outcome = r.value();
    a.last = snapshot ? a.outcome.next.isEmpty() : !a.outcome.more;
    return a;
}

} // namespace stockhand::sync
