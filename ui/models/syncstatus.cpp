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
    auto pending = m_store.pendingCount();
    auto exceptions = m_store.db().queryInt("SELECT count(*) FROM device_exception WHERE resolved = 0");
    auto oldest = m_store.db().prepare("SELECT min(local_time) FROM outbox WHERE state = 'pending'");
    auto last = m_store.meta(QStringLiteral("last_sync_time"));
    m_error.clear();
    if (!pending || !exceptions || !oldest || !last) {
        m_error = !pending ? pending.error().message
            : !exceptions  ? exceptions.error().message
            : !oldest      ? oldest.error().message
                           : last.error().message;
    } else {
        m_pending = *pending;
        m_exceptions = *exceptions;
        m_lastSync = QDateTime::fromString(*last, Qt::ISODateWithMs);
        m_oldestAge = 0;
        if (auto row = oldest->step(); row && *row && !oldest->isNull(0)) {
            const QDateTime t = QDateTime::fromString(oldest->text(0), Qt::ISODateWithMs);
            m_oldestAge = qMax<qint64>(0, t.secsTo(m_store.clock().now()));
        }
    }
    Q_EMIT statusChanged();
}

} // namespace stockhand::ui
