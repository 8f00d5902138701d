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
    handleInput(data, false);
}

void FlowBase::wedgeScan(const QString &data)
{
    handleInput(data, true);
}

void FlowBase::handleInput(const QString &data, bool keyboardWedge)
{
    const QString normal = scan::normalizeInput(data);
    if (normal.isEmpty())
        return;
    m_lastScan = normal;
    scan::ScanContext context = scanContext();
    context.keyboardWedge = keyboardWedge;
    auto resolution = m_ctx.resolve(normal, context);
    if (!resolution) {
        fail(resolution.error());
        return;
    }
    m_understood = resolution->message;
    if (resolution->layoutMismatch)
        m_lastScan = resolution->resolvedText; // what the scanner meant
    if (resolution->kind == scan::EntityKind::Invalid) {
        refuse(tr("This barcode could not be read: %1").arg(resolution->message));
        return;
    }
    if (resolution->kind == scan::EntityKind::Unknown && resolution->layoutMismatch) {
        refuse(resolution->message); // names the cause: the scanner's keyboard layout
        return;
    }
    setChoices(resolution->kind == scan::EntityKind::Ambiguous ? resolution->alternatives : QList<scan::Match> {});
    if (resolution->kind == scan::EntityKind::Ambiguous) {
        warn(resolution->message);
        return;
    }
    handleScan(*resolution);
}

QVariantList FlowBase::choices() const
{
    QVariantList out;
    for (const scan::Match &m : m_choices)
        out.append(QVariantMap {{QStringLiteral("kind"), QString::fromLatin1(scan::nameOf(m.kind))},
            {QStringLiteral("label"), m.label}, {QStringLiteral("code"), m.code}});
    return out;
}

void FlowBase::choose(int index)
{
    if (index < 0 || index >= m_choices.size())
        return;
    scan::Resolution r;
    r.match = m_choices.at(index);
    r.kind = r.match.kind;
    r.message = r.match.label;
    setChoices({});
    m_understood = r.message;
    handleScan(r);
}

void FlowBase::setChoices(const QList<scan::Match> &choices)
{
    if (choices.isEmpty() && m_choices.isEmpty())
        return;
    m_choices = choices;
    Q_EMIT choicesChanged();
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

bool FlowBase::recordDraft(OperationDraft draft)
{
    auto op = m_ctx.record(std::move(draft));
    if (!op) {
        refuse(tr("Not saved: %1. Nothing was recorded; try again.").arg(op.error().message));
        return false;
    }
    Q_EMIT recorded();
    return true;
}

bool FlowBase::requireRole(ops::Kind kind)
{
    if (ops::rolesAllow(m_ctx.session.roles(), kind))
        return true;
    refuse(tr("Your user may not do this: it needs the role %1.").arg(ops::rolesText(kind)));
    return false;
}

} // namespace stockhand::ui
