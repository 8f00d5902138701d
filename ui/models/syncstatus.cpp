#include "syncstatus.h"

#include "store/devicestore.h"

namespace stockhand::ui {

StoreSyncStatus::StoreSyncStatus(store::DeviceStore &store, QObject *parent)
    : SyncStatusSource(parent)
    , m_store(store)
{
    refresh();
}

SyncStatusSource::State SyncStatusSource::state() const
{
    if (failed())
        return Failed;
    if (online())
        return Online;
    return pendingCount() > 0 ? Waiting : Offline;
}

QString SyncStatusSource::headline() const
{
    if (progress() >= 0)
        return tr("Syncing %1%").arg(qRound(progress() * 100));
    const qint64 pending = pendingCount();
    switch (state()) {
    case Failed:
        return tr("Sync stopped");
    case Online:
        return pending > 0 ? tr("Online · sending %n", "", int(pending)) : tr("Online");
    case Offline:
        return tr("Offline · nothing to send");
    case Waiting:
        break;
    }
    const qint64 minutes = oldestPendingAgeSeconds() / 60;
    return minutes > 0 ? tr("Offline · %n waiting for %1 min", "", int(pending)).arg(minutes)
                       : tr("Offline · %n waiting", "", int(pending));
}

QString SyncStatusSource::detail() const
{
    if (state() == Failed) {
        const QString why = lastError().isEmpty() ? tr("The last sync failed.") : lastError();
        return tr("%1 Tap here to try again; if it stays red, call a supervisor or IT.").arg(why);
    }
    const QDateTime last = lastSyncTime();
    return last.isValid() ? tr("synced %1").arg(last.toLocalTime().toString(QStringLiteral("HH:mm")))
                          : tr("never synced");
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
