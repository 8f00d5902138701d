#include "signinflow.h"

#include "auth/pinhash.h"

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
    auto st = m_ctx.store.db().prepare("SELECT name, roles, pin_hash, pin_salt, pin_iterations, "
                                       "ifnull(warehouse_id, 0) FROM app_user WHERE id = ?1 AND active = 1");
    if (!st) {
        fail(st.error());
        return false;
    }
    auto row = st->bind(1, m_userId).step();
    if (!row || !*row) {
        refuse(tr("This user is no longer known on this device."));
        cancel();
        return false;
    }
    const auth::PinHash stored {st->blob(2), st->blob(3), int(st->int64(4))};
    const QString name = st->text(0);
    const QStringList roles = st->text(1).split(u',', Qt::SkipEmptyParts);
    const qint64 warehouse = st->int64(5);
    st->reset();
    if (!auth::verifyPin(pin, stored)) {
        refuse(tr("Wrong PIN. Try again."));
        return false;
    }
    if (auto started = m_ctx.session.start(m_userId, name, roles, warehouse); !started) {
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
