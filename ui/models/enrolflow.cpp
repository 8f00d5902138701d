#include "enrolflow.h"

#include "feedback.h"
#include "syncengine.h"
#include "syncstatus.h"
#include "uicontext.h"

#include <QSysInfo>

namespace stockhand::ui {

EnrolFlow::EnrolFlow(UiContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{ }

bool EnrolFlow::available() const
{
    sync::SyncEngine *engine = m_ctx.sync ? m_ctx.sync->engine() : nullptr;
    return engine && !engine->enrolled();
}

bool EnrolFlow::wantsScan(const QString &data) const
{
    return m_step == Scan || data.trimmed().startsWith(QLatin1String("STOCKHAND:ENROL:"), Qt::CaseInsensitive);
}

void EnrolFlow::set(Step step, const QString &message, bool failed)
{
    m_step = step;
    m_message = message;
    m_failed = failed;
    Q_EMIT changed();
}

void EnrolFlow::start()
{
    if (!available()) {
        set(Idle, tr("This device is already enrolled."), true);
        return;
    }
    m_payload = {};
    set(Scan, tr("Scan the enrolment QR code the supervisor shows on the console."), false);
}

void EnrolFlow::scan(const QString &data)
{
    if (m_step == Enrolling)
        return;
    if (!available()) {
        m_ctx.feedback.signal(Feedback::Warning, tr("This device is already enrolled."));
        return;
    }
    auto payload = EnrolmentPayload::parse(data);
    if (!payload) {
        const QString why = payload.error().code == u"enrol.qr-foreign"
            ? tr("This is not a Stockhand enrolment code. Scan the QR code of “New enrolment code” on the console.")
            : payload.error().code == u"enrol.qr-version"
            ? tr("This enrolment code is from a newer Stockhand: update this app first.")
            : tr("The enrolment code cannot be read completely: scan it again, or ask for a new one.");
        m_ctx.feedback.signal(Feedback::Warning, why);
        set(Scan, why, true);
        return;
    }
    m_payload = payload.value();
    m_ctx.feedback.signal(Feedback::Ok, QString());
    set(Confirm,
        m_payload.caFingerprint.isEmpty() && m_payload.serverUrl.startsWith(QLatin1String("https:"))
            ? tr("The code names no CA fingerprint: the server must have a certificate this device already trusts.")
            : QString(),
        false);
}

void EnrolFlow::confirm()
{
    sync::SyncEngine *engine = m_ctx.sync ? m_ctx.sync->engine() : nullptr;
    if (m_step != Confirm || !engine || engine->enrolled())
        return;
    engine->setServer(QUrl(m_payload.serverUrl));
    set(Enrolling, tr("Enrolling with %1…").arg(m_payload.serverUrl), false);
    auto *conn = new QMetaObject::Connection;
    *conn
        = connect(engine, &sync::SyncEngine::enrolFinished, this, [this, engine, conn](bool ok, const QString &error) {
              disconnect(*conn);
              delete conn;
              if (!ok) {
                  set(Confirm, tr("Enrolment failed: %1").arg(error), true);
                  return;
              }
              set(Done, tr("Enrolled. The first sync brings the users of the warehouse: then sign in."), false);
              Q_EMIT enrolled();
              engine->syncNow();
          });
    engine->enrol(m_payload.code, m_payload.deviceName.isEmpty() ? QSysInfo::machineHostName() : m_payload.deviceName,
        m_payload.caFingerprint);
}

void EnrolFlow::cancel()
{
    if (m_step == Enrolling)
        return;
    m_payload = {};
    set(Idle, QString(), false);
}

} // namespace stockhand::ui
