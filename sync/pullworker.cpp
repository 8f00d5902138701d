#include "pullworker.h"

namespace stockhand::sync {

PullWorker::Applied PullWorker::apply(const FeedPage &page, bool snapshot, bool first, const CancelFlag &cancelled)
{
    Applied a;
    if (cancelled->load()) {
        a.error = makeError("feed.skipped", QStringLiteral("An earlier page of this pull failed."));
        return a;
    }
    if (!m_applier) {
        auto applier = PageApplier::open(m_storePath);
        if (!applier) {
            cancelled->store(true);
            a.error = applier.error();
            return a;
        }
        m_applier = std::move(applier).value();
    }
    auto r = m_applier->apply(page, snapshot, first);
    if (!r) {
        cancelled->store(true);
        a.error = r.error();
        return a;
    }
    a.ok = true;
    a.outcome = *r;
    a.last = page.end.last(snapshot);
    return a;
}

} // namespace stockhand::sync
