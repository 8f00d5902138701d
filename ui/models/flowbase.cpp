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
    cancelConfirmation(); // a scan answers the step, not a question
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
    m_scanning = true;
    m_recordedInScan = false;
    if (resolution->kind == scan::EntityKind::Invalid) {
        refuse(tr("This barcode could not be read: %1").arg(resolution->message));
    } else if (resolution->kind == scan::EntityKind::Unknown && resolution->layoutMismatch) {
        refuse(resolution->message); // names the cause: the scanner's keyboard layout
    } else if (resolution->kind == scan::EntityKind::Ambiguous) {
        setChoices(resolution->alternatives);
        warn(resolution->message);
    } else {
        setChoices({});
        handleScan(*resolution);
    }
    m_scanning = false;
}

bool FlowBase::measuredUnit(const QString &uom)
{
    static const QStringList measured {QStringLiteral("kg"), QStringLiteral("g"), QStringLiteral("t"),
        QStringLiteral("l"), QStringLiteral("ml"), QStringLiteral("m"), QStringLiteral("cm"), QStringLiteral("mm"),
        QStringLiteral("m2"), QStringLiteral("m3"), QStringLiteral("lb"), QStringLiteral("oz")};
    return measured.contains(uom.trimmed().toLower());
}

void FlowBase::clearWrongScan()
{
    if (!m_wrongScan)
        return;
    m_wrongScan = false;
    m_wrongExpected.clear();
    m_wrongScanned.clear();
    Q_EMIT wrongScanChanged();
}

bool FlowBase::request(const QString &action)
{
    cancelConfirmation();
    const std::optional<Confirmation> c = consequence(action);
    if (!c)
        return false;
    if (c->title.isEmpty())
        return perform(action);
    m_confirm = *c;
    m_confirm.action = action;
    Q_EMIT confirmationChanged();
    return true;
}

bool FlowBase::confirm(bool alternative)
{
    if (!confirming() || (alternative && m_confirm.altAction.isEmpty()))
        return false;
    const QString action = alternative ? m_confirm.altAction : m_confirm.action;
    cancelConfirmation();
    return perform(action);
}

void FlowBase::cancelConfirmation()
{
    if (!confirming())
        return;
    m_confirm = {};
    Q_EMIT confirmationChanged();
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
    cancelConfirmation();
    m_understood = r.message;
    m_scanning = true; // a choice answers the step like the scan it completes
    m_recordedInScan = false;
    handleScan(r);
    m_scanning = false;
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
    clearWrongScan();
    m_message = message;
    m_news = !m_scanning || m_recordedInScan;
    m_level = Feedback::Ok;
    m_ctx.feedback.signal(Feedback::Ok, message);
    Q_EMIT messageChanged();
}

void FlowBase::warn(const QString &message)
{
    clearWrongScan();
    m_message = message;
    m_news = true;
    m_level = Feedback::Warning;
    m_ctx.feedback.signal(Feedback::Warning, message);
    Q_EMIT messageChanged();
}

void FlowBase::refuse(const QString &message)
{
    m_message = message;
    m_news = true;
    m_level = Feedback::Error;
    if (m_scanning) {
        // What the resolver understood ("Location A01-02-3-04"), else the raw code.
        m_wrongScanned = m_understood.isEmpty() ? m_lastScan : m_understood;
        m_wrongExpected = expectedScan();
        m_wrongScan = true;
        Q_EMIT wrongScanChanged();
    }
    m_ctx.feedback.signal(Feedback::Error, message);
    Q_EMIT messageChanged();
}

void FlowBase::fail(const Error &error)
{
    refuse(tr("The store on this device failed: %1").arg(error.message));
}

void FlowBase::clearMessage()
{
    clearWrongScan();
    m_message.clear();
    m_news = false;
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
    m_recordedInScan = m_scanning;
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
