#include "session.h"

#include "store/devicestore.h"

namespace stockhand::ui {

Session::Session(store::DeviceStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

bool Session::hasRole(const QString &role) const
{
    return m_roles.contains(role) || m_roles.contains(QStringLiteral("supervisor"))
        || m_roles.contains(QStringLiteral("admin"));
}

Status Session::start(qint64 userId, const QString &name, const QStringList &roles, qint64 userWarehouseId)
{
    auto warehouse = m_store.workingWarehouse(userWarehouseId);
    SH_TRY(warehouse);
    m_userId = userId;
    m_userName = name;
    m_roles = roles;
    m_warehouseId = *warehouse;
    Q_EMIT changed();
    return {};
}

Result<qint64> Session::pendingForUser() const
{
    return m_store.outbox().pendingCountOf(m_userId);
}

bool Session::signOut()
{
    auto pending = pendingForUser();
    QString error;
    if (!pending)
        error = pending.error().message;
    else if (*pending > 0)
        error = tr("%n operation(s) of %1 are not sent yet. Wait for the sync, or ask a supervisor.", "", int(*pending))
                    .arg(m_userName);
    if (!error.isEmpty()) {
        m_lastError = error;
        Q_EMIT lastErrorChanged();
        return false;
    }
    m_userId = 0;
    m_userName.clear();
    m_roles.clear();
    m_lastError.clear();
    Q_EMIT lastErrorChanged();
    Q_EMIT changed();
    return true;
}

} // namespace stockhand::ui
