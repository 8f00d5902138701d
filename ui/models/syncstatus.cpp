#include "syncstatus.h"

#include "store/devicestore.h"

namespace stockhand::ui {

StoreSyncStatus::StoreSyncStatus(store::DeviceStore &store, QObject *parent)
    : SyncStatusSource(parent)
    , m_store(store)
{
    refresh();
}

void StoreSyncStatus::refresh()
{
    auto health = m_store.outbox().health();
    auto last = m_store.meta().time(store::MetaKey::LastSync);
    m_error.clear();
    if (!health || !last) {
        m_error = !health ? health.error().message : last.error().message;
    } else {
        m_pending = health->pending;
        m_exceptions = health->openExceptions;
        m_lastSync = *last;
        m_oldestAge = health->oldestPending.isValid()
            ? qMax<qint64>(0, health->oldestPending.secsTo(m_store.clock().now()))
            : 0;
    }
    Q_EMIT statusChanged();
}

} // namespace stockhand::ui
