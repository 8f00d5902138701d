// The sync bar on top of the real sync engine (sync/syncengine.h): health, progress and "sync soon" after
// each recorded action.
#pragma once

#include "syncstatus.h"

namespace stockhand::sync {
class SyncEngine;
}

namespace stockhand::ui {

class EngineSyncStatus final : public SyncStatusSource
{
    Q_OBJECT

public:
    EngineSyncStatus(sync::SyncEngine &engine, QObject *parent = nullptr);

    bool online() const override;
    qint64 pendingCount() const override;
    qint64 oldestPendingAgeSeconds() const override;
    QDateTime lastSyncTime() const override;
    QString lastError() const override;
    qint64 exceptionCount() const override;
    double progress() const override;
    bool failed() const override;
    void syncNow() override;
    void refresh() override;
    void operationRecorded() override;
    sync::SyncEngine *engine() override { return &m_engine; }

private:
    sync::SyncEngine &m_engine;
};

} // namespace stockhand::ui
