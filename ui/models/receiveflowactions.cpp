// ReceiveFlow: lot and expiry prompts, what is recorded (receive, validate), leaving the receipt.
#include "receiveflow.h"

#include <QJsonObject>

namespace stockhand::ui {

bool ReceiveFlow::enterLot(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (stepEnum() != Lot || trimmed.isEmpty()) {
        refuse(tr("Enter the lot number."));
        return false;
    }
    auto st = m_ctx.store.db().prepare("SELECT id, ifnull(expiry, '') FROM lot WHERE product_id = ?1 AND name = ?2");
    m_lotId = 0;
    if (st && hasRow(st->bind(1, m_productId).bind(2, trimmed).step())) {
        m_lotId = st->int64(0);
        if (!m_expiry.isValid())
            m_expiry = QDate::fromString(st->text(1), Qt::ISODate);
        st->reset();
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
    QJsonObject payload {{QStringLiteral("product_id"), m_productId}, {QStringLiteral("location_id"), m_locationId},
        {QStringLiteral("qty"), qtyJson(m_qty)}};
    if (l)
        payload.insert(QStringLiteral("transfer_line_id"), l->id);
    if (m_lotId)
        payload.insert(QStringLiteral("lot_id"), m_lotId);
    else if (!m_lotName.isEmpty())
        payload.insert(QStringLiteral("lot"), m_lotName);
    if (m_expiry.isValid())
        payload.insert(QStringLiteral("expiry"), m_expiry.toString(Qt::ISODate));
    const qint64 lineId = m_lineId, productId = m_productId, lotId = m_lotId, location = m_locationId;
    const Milli qty = m_qty;
    ops::Effects effects;
    if (lineId)
        effects << ops::Effect::onTransferLine(lineId, qty);
    effects << ops::Effect::onQuant({location, productId, lotId, 0}, qty);
    const bool ok = record(OpKind::Receive, payload, effects);
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

bool ReceiveFlow::validate(bool backorder)
{
    if (!m_transferId) {
        refuse(tr("No receipt is open."));
        return false;
    }
    const QJsonObject payload {{QStringLiteral("transfer_id"), m_transferId},
        {QStringLiteral("mode"), backorder ? QStringLiteral("backorder") : QStringLiteral("close_short")}};
    if (!record(OpKind::ValidateTransfer, payload, {}))
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
