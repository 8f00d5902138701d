// ReceiveFlow: lot and expiry prompts, what is recorded (receive, validate), leaving the receipt.
#include "receiveflow.h"

#include "ops/receive.h"
#include "ops/validate.h"

namespace stockhand::ui {

bool ReceiveFlow::enterLot(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (stepEnum() != Lot || trimmed.isEmpty()) {
        refuse(tr("Enter the lot number."));
        return false;
    }
    auto lot = store::findLot(m_ctx.store.db(), m_productId, trimmed);
    m_lotId = 0;
    if (lot && *lot) {
        m_lotId = (*lot)->id;
        if (!m_expiry.isValid())
            m_expiry = QDate::fromString((*lot)->expiry, Qt::ISODate);
    }
    m_lotName = trimmed;
    Q_EMIT itemChanged();
    return afterQuantity();
}

bool ReceiveFlow::enterExpiry(const QString &isoDate)
{
    if (stepEnum() != Expiry)
        return false;
    const QDate d = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    if (!isoDate.trimmed().isEmpty() && !d.isValid()) {
        refuse(tr("%1 is not a date (YYYY-MM-DD).").arg(isoDate));
        return false;
    }
    m_expiry = d;
    m_expiryAsked = true;
    Q_EMIT itemChanged();
    return afterQuantity();
}

bool ReceiveFlow::afterQuantity()
{
    if (m_tracking != u"none" && m_lotName.isEmpty()) {
        setStep(Lot);
        accept(m_tracking == u"serial" ? tr("Scan the serial number.") : tr("Scan or enter the lot number."));
        return true;
    }
    if (m_tracking == u"lot" && !m_lotId && !m_expiry.isValid() && !m_expiryAsked) {
        setStep(Expiry);
        accept(tr("New lot %1: enter its expiry date.").arg(m_lotName));
        return true;
    }
    return recordReceive();
}

bool ReceiveFlow::recordReceive()
{
    const TransferLine *l = matchedLine();
    const bool unexpectedItem = !l;
    const bool over = overReceipt();
    const ops::Receive receive {
        l ? l->id : 0, m_productId, m_locationId, m_qty, {m_lotId, m_lotId ? QString() : m_lotName}, m_expiry, 0};
    const Milli qty = m_qty;
    const bool ok = record(receive, receive.effects());
    if (!ok)
        return false;
    const QString label = m_productLabel;
    resetItem();
    reload();
    setStep(Item);
    if (unexpectedItem)
        warn(tr("Received %1 × %2, reported as unexpected.").arg(formatQuantity(qty), label));
    else if (over)
        warn(tr("Received %1 × %2, reported as over-receipt.").arg(formatQuantity(qty), label));
    else
        accept(tr("Received %1 × %2.").arg(formatQuantity(qty), label));
    return true;
}

void ReceiveFlow::cancelItem()
{
    resetItem();
    if (m_transferId)
        setStep(Item);
    clearMessage();
}

std::optional<FlowBase::Confirmation> ReceiveFlow::consequence(const QString &action)
{
    if (action != u"finish") {
        refuse(tr("Nothing to confirm."));
        return std::nullopt;
    }
    if (!m_transferId) {
        refuse(tr("No receipt is open."));
        return std::nullopt;
    }
    if (stepEnum() != Item) {
        refuse(tr("Finish the item first: confirm its quantity or cancel it."));
        return std::nullopt;
    }
    Milli missing = 0;
    int open = 0;
    for (const TransferLine &l : std::as_const(m_lines)) {
        if (l.state == TransferLine::State::Open && l.remaining() > 0) {
            missing += l.remaining();
            ++open;
        }
    }
    if (!open)
        return Confirmation {}; // everything arrived: finished at once
    return Confirmation {{}, tr("Finish %1 with %n open line(s)?", "", open).arg(m_reference),
        tr("%n line(s) still expect %1 units in all.", "", open).arg(formatQuantity(missing)) + QStringLiteral("\n\n")
            + tr("Backorder: they stay expected from the supplier, in a new receipt.") + QStringLiteral("\n")
            + tr("Close short: %1 units are never expected again on %2.").arg(formatQuantity(missing), m_reference),
        tr("Backorder the rest"), QStringLiteral("closeShort"), tr("Close short")};
}

bool ReceiveFlow::perform(const QString &action)
{
    if (action == u"finish")
        return validate(true);
    if (action == u"closeShort")
        return validate(false);
    return false;
}

bool ReceiveFlow::validate(bool backorder)
{
    if (!m_transferId) {
        refuse(tr("No receipt is open."));
        return false;
    }
    const ops::ValidateTransfer validate {
        m_transferId, backorder ? ops::ValidateTransfer::Mode::Backorder : ops::ValidateTransfer::Mode::CloseShort};
    if (!record(validate))
        return false;
    accept(tr("%1 is done.").arg(m_reference));
    leave();
    Q_EMIT finished();
    return true;
}

void ReceiveFlow::leave()
{
    m_transferId = 0;
    m_reference.clear();
    m_lines.clear();
    resetItem();
    setStep(Idle);
    Q_EMIT transferChanged();
}

} // namespace stockhand::ui
