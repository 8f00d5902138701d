// Who is signed in on this shared device, and for which warehouse. Signing out (or switching user) is
// refused while that user's operations are still waiting to be sent (issue 5); the refusal offers a sync
// now and a supervisor's release (badge + PIN, checked offline as at sign-in). A released user's unsent
// operations stay in the outbox as they were recorded: attributed to that user and sent as theirs.
#pragma once

#include "result.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace stockhand::store {
class DeviceStore;
}

namespace stockhand::ui {

class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(qint64 userId READ userId NOTIFY changed)
    Q_PROPERTY(QString userName READ userName NOTIFY changed)
    Q_PROPERTY(QStringList roles READ roles NOTIFY changed)
    Q_PROPERTY(qint64 warehouseId READ warehouseId NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // Signing out was refused because operations are unsent: the screen offers "Sync now" and a release.
    Q_PROPERTY(bool signOutBlocked READ signOutBlocked NOTIFY lastErrorChanged)

public:
    Session(store::DeviceStore &store, QObject *parent = nullptr);

    bool signedIn() const { return m_userId != 0; }
    qint64 userId() const { return m_userId; }
    QString userName() const { return m_userName; }
    QStringList roles() const { return m_roles; }
    qint64 warehouseId() const { return m_warehouseId; }
    QString lastError() const { return m_lastError; }
    Q_INVOKABLE bool hasRole(const QString &role) const;

    // Called by the sign-in flow once the PIN was checked. The device's warehouse is meta "warehouse_id"
    // when the sync engine has set it, else the user's, else the first warehouse.
    Status start(qint64 userId, const QString &name, const QStringList &roles, qint64 userWarehouseId);
    // false (and lastError) while the user has pending operations.
    Q_INVOKABLE bool signOut();
    bool signOutBlocked() const { return m_blocked; }
    // A supervisor (or admin) releases the blocked sign-out with their badge and PIN, offline. false (and
    // lastError) for a wrong PIN, a user without the role, or a supervisor whose PIN this device lacks.
    Q_INVOKABLE bool releaseBySupervisor(const QString &badge, const QString &pin);
    // The user gave up switching: the refusal goes away.
    Q_INVOKABLE void dismissError();
    Result<qint64> pendingForUser() const;

Q_SIGNALS:
    void changed();
    void lastErrorChanged();

private:
    void end();
    void setError(const QString &error, bool blocked);

    store::DeviceStore &m_store;
    bool m_blocked = false;
    qint64 m_userId = 0;
    QString m_userName;
    QStringList m_roles;
    qint64 m_warehouseId = 0;
    QString m_lastError;
};

} // namespace stockhand::ui
