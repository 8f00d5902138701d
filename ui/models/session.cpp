#include "session.h"

#include "store/devicestore.h"
#include "store/users.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "stockhand.session")

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
    if (!pending) {
        setError(pending.error().message, false);
        return false;
    }
    if (*pending > 0) {
        setError(tr("%n operation(s) of %1 are not sent yet. Sync now, or ask a supervisor to release the device.", "",
                     int(*pending))
                     .arg(m_userName),
            true);
        return false;
    }
    end();
    return true;
}

bool Session::releaseBySupervisor(const QString &badge, const QString &pin)
{
    if (!m_blocked)
        return false;
    auto who = store::checkBadgeAndPin(m_store.db(), badge, pin);
    if (!who) {
        const QString code = who.error().code;
        setError(code == u"user.wrong-pin" ? tr("Wrong PIN. The device stays with %1.").arg(m_userName)
                : code == u"user.password-required"
                ? tr("This supervisor has no PIN on this device. Sync now, or sign in at the console.")
                : code == u"user.unknown" ? tr("This badge is not known on this device.")
                                          : who.error().message,
            true);
        return false;
    }
    if (!who->roles.contains(QStringLiteral("supervisor")) && !who->roles.contains(QStringLiteral("admin"))) {
        setError(tr("%1 is not a supervisor. Only a supervisor can release the device.").arg(who->name), true);
        return false;
    }
    // The operations stay as recorded: the user who did them, signed and sent as theirs by the sync.
    qCInfo(lcSession) << "sign-out of user" << m_userId << "with unsent operations released by supervisor" << who->id;
    end();
    return true;
}

void Session::dismissError()
{
    setError(QString(), false);
}

void Session::setError(const QString &error, bool blocked)
{
    m_lastError = error;
    m_blocked = blocked;
    Q_EMIT lastErrorChanged();
}

void Session::end()
{
    m_userId = 0;
    m_userName.clear();
    m_roles.clear();
    setError(QString(), false);
    Q_EMIT changed();
}

} // namespace stockhand::ui
