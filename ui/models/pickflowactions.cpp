// PickFlow: what is recorded (pick, short pick, validate) and how the walk goes on (skip, leave).
#include "pickflow.h"

#include <QJsonObject>

namespace stockhand::ui {

bool PickFlow::recordPick(Milli qty)
{
    const TransferLine l = *line();
    QJsonObject payload {{QStringLiteral("transfer_line_id"), l.id}, {QStringLiteral("product_id"), l.productId},
        {QStringLiteral("location_id"), l.fromLocationId}, {QStringLiteral("qty"), qtyJson(qty)}};
    if (m_lotId)
        payload.insert(QStringLiteral("lot_id"), m_lotId);
    const qint64 lotId = m_lotId;
    ops::Effects effects {
        ops::Effect::onTransferLine(l.id, qty), ops::Effect::onQuant({l.fromLocationId, l.productId, lotId, 0}, -qty)};
    if (l.toLocationId)
        effects.append(ops::Effect::onQuant({l.toLocationId, l.productId, lotId, 0}, qty));
    const bool ok = record(OpKind::Pick, payload, effects);
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

bool PickFlow::shortPick(const QString &reasonCode)
{
    TransferLine *l = line();
    if (!l) {
        refuse(tr("There is no line to short pick."));
        return false;
    }
    if (!m_reasons.contains(reasonCode)) {
        refuse(tr("Choose a reason for the short pick."));
        return false;
    }
    const Milli qty = (stepEnum() == Quantity || stepEnum() == Lot) ? m_qty : 0;
    if (qty > 0 && l->tracked() && !m_lotId) {
        refuse(tr("Scan the lot of what you picked first, or short pick nothing."));
        return false;
    }
    if (qty >= l->remaining()) {
        refuse(tr("With %1 the line is complete: confirm instead.").arg(formatQuantity(qty)));
        return false;
    }
    const TransferLine copy = *l;
    QJsonObject payload {{QStringLiteral("transfer_line_id"), copy.id}, {QStringLiteral("product_id"), copy.productId},
        {QStringLiteral("location_id"), copy.fromLocationId}, {QStringLiteral("qty"), qtyJson(qty)},
        {QStringLiteral("reason_code"), reasonCode}};
    if (m_lotId)
        payload.insert(QStringLiteral("lot_id"), m_lotId);
    const qint64 lotId = m_lotId;
    ops::Effects effects;
    if (qty != 0) {
        effects << ops::Effect::onTransferLine(copy.id, qty)
                << ops::Effect::onQuant({copy.fromLocationId, copy.productId, lotId, 0}, -qty);
        if (copy.toLocationId)
            effects << ops::Effect::onQuant({copy.toLocationId, copy.productId, lotId, 0}, qty);
    }
    const bool ok = record(OpKind::ShortPick, payload, effects);
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
        const QJsonObject payload {{QStringLiteral("transfer_id"), m_transferIds.front()},
            {QStringLiteral("mode"), backorder ? QStringLiteral("backorder") : QStringLiteral("close_short")}};
        if (!record(OpKind::ValidateTransfer, payload, {}))
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
