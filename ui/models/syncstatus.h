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
    Q_PROPERTY(State state READ state NOTIFY statusChanged)
    Q_PROPERTY(QString headline READ headline NOTIFY statusChanged)
    Q_PROPERTY(QString detail READ detail NOTIFY statusChanged)

public:
    // What the bar says, in the order a worker needs it: Failed (red: sync stopped, what to do), Waiting
    // (amber: offline with operations waiting, for how long), Offline (grey: nothing waiting), Online.
    enum State { Online, Offline, Waiting, Failed };
    Q_ENUM(State)

    using QObject::QObject;
    virtual bool online() const = 0;
    virtual qint64 pendingCount() const = 0;
    virtual qint64 oldestPendingAgeSeconds() const = 0;
    virtual QDateTime lastSyncTime() const = 0;
    virtual QString lastError() const = 0;
    virtual qint64 exceptionCount() const = 0;
    virtual double progress() const = 0;
    // Syncing stopped until someone acts (a fatal failure, the server refusing the device, the store
    // unreadable): lastError says why.
    virtual bool failed() const { return false; }
    State state() const;
    // "Offline · 3 waiting for 12 min", "Sync stopped", "Online".
    QString headline() const;
    // The last sync, or (Failed) the reason and what to do.
    QString detail() const;
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
    bool failed() const override { return !m_error.isEmpty(); }
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
