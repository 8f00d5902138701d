#include "enginesyncstatus.h"

#include "syncengine.h"

namespace stockhand::ui {

EngineSyncStatus::EngineSyncStatus(sync::SyncEngine &engine, QObject *parent)
    : SyncStatusSource(parent)
    , m_engine(engine)
{
    connect(&engine, &sync::SyncEngine::healthChanged, this, &SyncStatusSource::statusChanged);
    connect(&engine, &sync::SyncEngine::progressChanged, this, &SyncStatusSource::statusChanged);
}

bool EngineSyncStatus::online() const
{
    return m_engine.online();
}

qint64 EngineSyncStatus::pendingCount() const
{
    return m_engine.pendingCount();
}

qint64 EngineSyncStatus::oldestPendingAgeSeconds() const
{
    return m_engine.oldestPendingAgeSeconds();
}

QDateTime EngineSyncStatus::lastSyncTime() const
{
    return m_engine.lastSyncTime();
}

QString EngineSyncStatus::lastError() const
{
    return m_engine.lastError();
}

qint64 EngineSyncStatus::exceptionCount() const
{
    return m_engine.exceptionCount();
}

double EngineSyncStatus::progress() const
{
    return m_engine.syncing() && m_engine.progressTotal() > 0 ? m_engine.progressPercent() / 100.0 : -1;
}

bool EngineSyncStatus::failed() const
{
    return m_engine.fatal() || m_engine.authRequired();
}

void EngineSyncStatus::syncNow()
{
    m_engine.syncNow();
}

void EngineSyncStatus::refresh()
{
    m_engine.refreshHealth();
}

void EngineSyncStatus::operationRecorded()
{
    m_engine.refreshHealth();
    m_engine.operationRecorded();
}

} // namespace stockhand::ui
