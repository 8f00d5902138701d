#include "signinflow.h"

#include "store/users.h"

namespace stockhand::ui {

SignInFlow::SignInFlow(UiContext &context, QObject *parent)
    : FlowBase(context, parent)
{ }

scan::ScanContext SignInFlow::scanContext() const
{
    scan::ScanContext c;
    c.expected = scan::EntityKind::User;
    return c;
}

void SignInFlow::handleScan(const scan::Resolution &r)
{
    if (r.kind != scan::EntityKind::User) {
        refuse(tr("This is not a badge. Scan your badge to sign in."));
        return;
    }
    if (r.match.detail != u"active") {
        refuse(tr("The badge of %1 is not active. Ask a supervisor.").arg(r.match.label));
        return;
    }
    m_userId = r.match.id;
    m_name = r.match.label;
    setStep(Pin);
    Q_EMIT stepChanged();
    accept(tr("Hello %1. Enter your PIN.").arg(m_name));
}

bool SignInFlow::enterPin(const QString &pin)
{
    if (step() != Pin)
        return false;
    auto user = store::checkPin(m_ctx.store.db(), m_userId, pin);
    if (!user) {
        if (user.error().code == u"user.wrong-pin") {
            refuse(tr("Wrong PIN. Try again."));
        } else if (user.error().code == u"user.unknown") {
            refuse(tr("This user is no longer known on this device."));
            cancel();
        } else {
            fail(user.error());
        }
        return false;
    }
    const QString name = user->name;
    if (auto started = m_ctx.session.start(m_userId, name, user->roles, user->warehouseId); !started) {
        fail(started.error());
        return false;
    }
    accept(tr("Signed in as %1.").arg(name));
    m_userId = 0;
    m_name.clear();
    setStep(Badge);
    Q_EMIT signedIn();
    return true;
}

void SignInFlow::cancel()
{
    m_userId = 0;
    m_name.clear();
    setStep(Badge);
    Q_EMIT stepChanged();
    clearMessage();
}

} // namespace stockhand::ui
