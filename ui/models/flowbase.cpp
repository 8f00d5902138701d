#include "flowbase.h"

#include "session.h"

#include <QJsonValue>

namespace stockhand::ui {

FlowBase::FlowBase(UiContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{ }

void FlowBase::scan(const QString &data)
{
    const QString trimmed = data.trimmed();
    if (trimmed.isEmpty())
        return;
    m_lastScan = trimmed;
    auto resolution = m_ctx.resolve(trimmed, scanContext());
    if (!resolution) {
        fail(resolution.error());
        return;
    }
    m_understood = resolution->message;
    if (resolution->kind == scan::EntityKind::Invalid) {
        refuse(tr("This barcode could not be read: %1").arg(resolution->message));
        return;
    }
    handleScan(*resolution);
}

void FlowBase::setStep(int step)
{
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stepChanged();
}

void FlowBase::accept(const QString &message)
{
    m_message = message;
    m_level = Feedback::Ok;
    m_ctx.feedback.signal(Feedback::Ok, message);
    Q_EMIT messageChanged();
}

void FlowBase::warn(const QString &message)
{
    m_message = message;
    m_level = Feedback::Warning;
    m_ctx.feedback.signal(Feedback::Warning, message);
    Q_EMIT messageChanged();
}

void FlowBase::refuse(const QString &message)
{
    m_message = message;
    m_level = Feedback::Error;
    m_ctx.feedback.signal(Feedback::Error, message);
    Q_EMIT messageChanged();
}

void FlowBase::fail(const Error &error)
{
    refuse(tr("The store on this device failed: %1").arg(error.message));
}

void FlowBase::clearMessage()
{
    m_message.clear();
    m_understood.clear();
    m_level = Feedback::None;
    Q_EMIT messageChanged();
}

bool FlowBase::record(const QString &kind, const QJsonObject &payload, const ops::Effects &effects)
{
    auto op = m_ctx.record(kind, payload, effects);
    if (!op) {
        refuse(tr("Not saved: %1. Nothing was recorded; try again.").arg(op.error().message));
        return false;
    }
    Q_EMIT recorded();
    return true;
}

bool FlowBase::requireRole(std::initializer_list<const char *> roles)
{
    QStringList names;
    for (const char *r : roles) {
        if (m_ctx.session.hasRole(QString::fromLatin1(r)))
            return true;
        names.append(QString::fromLatin1(r));
    }
    refuse(tr("Your user may not do this: it needs the role %1.").arg(names.join(QStringLiteral(" / "))));
    return false;
}

QJsonValue qtyJson(Milli qty)
{
    return formatQuantity(qty);
}

} // namespace stockhand::ui
