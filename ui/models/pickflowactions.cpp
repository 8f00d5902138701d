// PickFlow: what is recorded (pick, short pick, validate) and how the walk goes on (skip, leave).
#include "pickflow.h"

#include "ops/pick.h"
#include "ops/validate.h"

namespace stockhand::ui {

bool PickFlow::recordPick(Milli qty)
{
    const TransferLine l = *line();
    const ops::Pick pick {l.id, l.productId, l.fromLocationId, qty, {m_lotId, {}}};
    const bool ok = record(pick, pick.effects(l.toLocationId));
    if (!ok || !reload())
        return false;
    const TransferLine *now = line();
    if (now && now->state == TransferLine::State::Open) {
        resetLine();
        setStep(Product);
        publish();
        accept(tr("Picked %1. %2 left on this line.").arg(formatQuantity(qty), formatQuantity(now->remaining())));
        return true;
    }
    nextLine();
    accept(stepEnum() == Finished ? tr("Picked %1. All lines done: validate the pick.").arg(formatQuantity(qty))
                                  : tr("Picked %1. Next: %2.").arg(formatQuantity(qty), current().location));
    return true;
}

std::optional<Milli> PickFlow::shortPickQuantity(const QString &reasonCode)
{
    TransferLine *l = line();
    if (!l) {
        refuse(tr("There is no line to short pick."));
        return std::nullopt;
    }
    if (!m_reasons.contains(reasonCode)) {
        refuse(tr("Choose a reason for the short pick."));
        return std::nullopt;
    }
    const Milli qty = (stepEnum() == Quantity || stepEnum() == Lot) ? m_qty : 0;
    if (qty > 0 && l->tracked() && !m_lotId) {
        refuse(tr("Scan the lot of what you picked first, or short pick nothing."));
        return std::nullopt;
    }
    if (qty >= l->remaining()) {
        refuse(tr("With %1 the line is complete: confirm instead.").arg(formatQuantity(qty)));
        return std::nullopt;
    }
    return qty;
}

std::optional<FlowBase::Confirmation> PickFlow::consequence(const QString &action)
{
    const QString shortPrefix = QStringLiteral("short:");
    if (action.startsWith(shortPrefix)) {
        const QString code = action.mid(shortPrefix.size());
        const auto qty = shortPickQuantity(code);
        if (!qty)
            return std::nullopt;
        const TransferLine &l = *line();
        QString reason = code;
        for (int i = 0; i < m_reasons.count(); ++i) {
            if (m_reasons.value(i, "code").toString() == code)
                reason = m_reasons.value(i, "label").toString();
        }
        const QString missing = formatQuantity(l.remaining() - *qty);
        return Confirmation {{}, tr("Short pick %1?").arg(l.sku),
            tr("%1 of %2 %3 picked: %4 %3 stay missing on this order (%5). A supervisor is told. This cannot be "
               "undone.")
                .arg(formatQuantity(*qty), formatQuantity(l.remaining()), l.uom, missing, reason),
            tr("Short by %1").arg(missing), {}, {}};
    }
    if (action == u"skip") {
        const TransferLine *l = line();
        if (!l) {
            refuse(tr("There is no line to skip."));
            return std::nullopt;
        }
        const int others = openLines() - 1;
        if (others <= 0)
            return Confirmation {}; // nothing else to do first: skipping costs nothing
        return Confirmation {{}, tr("Skip %1?").arg(l->sku),
            tr("%1 %2 at %3 are not picked now. The line comes back after the other %n open line(s).", "", others)
                .arg(formatQuantity(l->remaining()), l->uom, l->fromName),
            tr("Skip line"), {}, {}};
    }
    if (action == u"finish") {
        if (m_transferIds.isEmpty()) {
            refuse(tr("No pick is open."));
            return std::nullopt;
        }
        Milli missing = 0;
        int open = 0;
        for (const TransferLine &l : std::as_const(m_lines)) {
            if (l.state == TransferLine::State::Open || l.state == TransferLine::State::Skipped) {
                missing += l.remaining();
                ++open;
            }
        }
        if (!open)
            return Confirmation {}; // complete: validated at once
        return Confirmation {{}, tr("Finish %1 with %n open line(s)?", "", open).arg(m_reference),
            tr("%n line(s) still want %1 units in all.", "", open).arg(formatQuantity(missing)) + QStringLiteral("\n\n")
                + tr("Backorder: they stay to be picked later, in a new pick of the same order.") + QStringLiteral("\n")
                + tr("Close short: the customer gets %1 units less; nothing more is picked.")
                      .arg(formatQuantity(missing)),
            tr("Backorder the rest"), QStringLiteral("closeShort"), tr("Close short")};
    }
    refuse(tr("Nothing to confirm."));
    return std::nullopt;
}

bool PickFlow::perform(const QString &action)
{
    if (action.startsWith(u"short:"))
        return shortPick(action.mid(6));
    if (action == u"skip") {
        skip();
        return true;
    }
    if (action == u"finish")
        return validate(true);
    if (action == u"closeShort")
        return validate(false);
    return false;
}

bool PickFlow::shortPick(const QString &reasonCode)
{
    const auto checked = shortPickQuantity(reasonCode);
    if (!checked)
        return false;
    const Milli qty = *checked;
    const TransferLine copy = *line();
    const ops::ShortPick shortPick {copy.id, copy.productId, copy.fromLocationId, qty, {m_lotId, {}}, reasonCode};
    const bool ok = record(shortPick, shortPick.effects(copy.toLocationId));
    if (!ok || !reload())
        return false;
    nextLine();
    warn(tr("Line short by %1. A supervisor is told.").arg(formatQuantity(copy.remaining() - qty)));
    return true;
}

void PickFlow::skip()
{
    TransferLine *l = line();
    if (!l)
        return;
    m_skipped.insert(l->id);
    l->state = TransferLine::State::Skipped;
    nextLine();
    accept(stepEnum() == Finished ? tr("No other line is open.") : tr("Skipped. It comes back at the end."));
}

bool PickFlow::validate(bool backorder)
{
    if (m_transferIds.isEmpty()) {
        refuse(tr("No pick is open."));
        return false;
    }
    while (!m_transferIds.isEmpty()) {
        const ops::ValidateTransfer validate {m_transferIds.front(),
            backorder ? ops::ValidateTransfer::Mode::Backorder : ops::ValidateTransfer::Mode::CloseShort};
        if (!record(validate))
            return false; // what is validated stays validated; the rest can be validated again
        m_transferIds.removeFirst();
    }
    accept(tr("%1 is done.").arg(m_reference));
    leave();
    Q_EMIT finished();
    return true;
}

void PickFlow::leave()
{
    m_transferIds.clear();
    m_reference.clear();
    m_lines.clear();
    m_skipped.clear();
    m_currentId = 0;
    m_atLocation = 0;
    resetLine();
    setStep(Idle);
    publish();
    Q_EMIT transferChanged();
}

} // namespace stockhand::ui
