// What the sync bar shows. The sync engine (sync/, issue 5) implements SyncStatusSource; until it is
// wired in, StoreSyncStatus reads the pending operations and exceptions straight from the store.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace stockhand::store {
class DeviceStore;
}
namespace stockhand::sync {
class SyncEngine;
}

namespace stockhand::ui {

class SyncStatusSource : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Implemented in C++")
    Q_PROPERTY(bool online READ online NOTIFY statusChanged)
    Q_PROPERTY(qint64 pendingCount READ pendingCount NOTIFY statusChanged)
    Q_PROPERTY(qint64 oldestPendingAgeSeconds READ oldestPendingAgeSeconds NOTIFY statusChanged)
    Q_PROPERTY(QDateTime lastSyncTime READ lastSyncTime NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    Q_PROPERTY(qint64 exceptionCount READ exceptionCount NOTIFY statusChanged)
    Q_PROPERTY(double progress READ progress NOTIFY statusChanged) // 0..1 during a pull, else -1

public:
    using QObject::QObject;
    virtual bool online() const = 0;
    virtual qint64 pendingCount() const = 0;
    virtual qint64 oldestPendingAgeSeconds() const = 0;
    virtual QDateTime lastSyncTime() const = 0;
    virtual QString lastError() const = 0;
    virtual qint64 exceptionCount() const = 0;
    virtual double progress() const = 0;
    // Asks for a sync now (a no-op without an engine).
    Q_INVOKABLE virtual void syncNow() { }
    // Re-reads what can change after a local action (the store implementation; engines may ignore it).
    Q_INVOKABLE virtual void refresh() { }
    // A worker's action was recorded (engines sync soon after it).
    virtual void operationRecorded() { refresh(); }
    // The sync engine behind this status: what a supervisor's online requests go through (sign-in with a
    // password, the fleet, the KPIs). nullptr on a device without a server.
    virtual sync::SyncEngine *engine() { return nullptr; }

Q_SIGNALS:
    void statusChanged();
};

class StoreSyncStatus final : public SyncStatusSource
{
    Q_OBJECT

public:
    StoreSyncStatus(store::DeviceStore &store, QObject *parent = nullptr);

    bool online() const override { return false; }
    qint64 pendingCount() const override { return m_pending; }
    qint64 oldestPendingAgeSeconds() const override { return m_oldestAge; }
    QDateTime lastSyncTime() const override { return m_lastSync; }
    QString lastError() const override { return m_error; }
    qint64 exceptionCount() const override { return m_exceptions; }
    double progress() const override { return -1; }
    void refresh() override;

private:
    store::DeviceStore &m_store;
    qint64 m_pending = 0;
    qint64 m_oldestAge = 0;
    qint64 m_exceptions = 0;
    QDateTime m_lastSync;
    QString m_error;
};

} // namespace stockhand::ui
