#include "receiveflow.h"

#include "session.h"
#include "stock.h"

#include <QJsonObject>

namespace stockhand::ui {

using scan::EntityKind;

ReceiveFlow::ReceiveFlow(UiContext &context, QObject *parent)
    : FlowBase(context, parent)
    , m_model(this)
{ }

scan::ScanContext ReceiveFlow::scanContext() const
{
    scan::ScanContext c;
    c.expected = stepEnum() == Idle ? EntityKind::Transfer : stepEnum() == Lot ? EntityKind::Lot : EntityKind::Product;
    c.expectedProductId = m_productId;
    c.mayCreateLot = true;
    return c;
}

const TransferLine *ReceiveFlow::matchedLine() const
{
    for (const TransferLine &l : m_lines) {
        if (l.id == m_lineId)
            return &l;
    }
    return nullptr;
}

QString ReceiveFlow::expected() const
{
    const TransferLine *l = matchedLine();
    return l ? formatQuantity(l->remaining()) : QString();
}

bool ReceiveFlow::overReceipt() const
{
    const TransferLine *l = matchedLine();
    return l && m_qty > l->remaining();
}

int ReceiveFlow::openLines() const
{
    int n = 0;
    for (const TransferLine &l : m_lines)
        n += l.state == TransferLine::State::Open;
    return n;
}

bool ReceiveFlow::start(qint64 transferId)
{
    if (!requireRole({"receiver"}))
        return false;
    auto header = loadTransfer(m_ctx.store.db(), transferId);
    if (!header) {
        fail(header.error());
        return false;
    }
    if (!*header || (*header)->kind != u"receipt" || (*header)->warehouseId != m_ctx.session.warehouseId()) {
        refuse(tr("This is not a receipt of this warehouse."));
        return false;
    }
    m_transferId = transferId;
    m_reference = (*header)->reference;
    if (!reload())
        return false;
    m_locationId = m_lines.isEmpty() ? 0 : m_lines.front().toLocationId;
    if (!m_locationId) {
        auto dock = receivingLocation(m_ctx.store.db(), m_ctx.session.warehouseId());
        m_locationId = dock ? *dock : 0;
    }
    resetItem();
    setStep(Item);
    Q_EMIT transferChanged();
    accept(tr("Receiving %1. Scan the items.").arg(m_reference));
    return true;
}

bool ReceiveFlow::reload()
{
    auto lines = loadTransferLines(m_ctx.store.db(), m_transferId, false);
    if (!lines) {
        fail(lines.error());
        return false;
    }
    m_lines = std::move(*lines);
    m_model.setLines(m_lines, m_lineId);
    return true;
}

void ReceiveFlow::resetItem()
{
    m_productId = 0;
    m_productLabel.clear();
    m_tracking.clear();
    m_uom.clear();
    m_lineId = 0;
    m_qty = 0;
    m_lotId = 0;
    m_lotName.clear();
    m_expiry = QDate();
    m_expiryAsked = false;
    m_model.setLines(m_lines, 0);
    Q_EMIT itemChanged();
}

void ReceiveFlow::handleScan(const scan::Resolution &r)
{
    switch (stepEnum()) {
    case Idle: {
        if (r.kind == EntityKind::Transfer) {
            start(r.match.id);
            return;
        }
        // A purchase order number printed on the delivery note.
        auto st
            = m_ctx.store.db().prepare("SELECT id FROM transfer WHERE origin = ?1 AND kind = 'receipt' AND "
                                       "warehouse_id = ?2 AND state IN ('open', 'in_progress') ORDER BY id LIMIT 1");
        if (st && hasRow(st->bind(1, lastScan()).bind(2, m_ctx.session.warehouseId()).step())) {
            const qint64 id = st->int64(0);
            st->reset();
            start(id);
            return;
        }
        refuse(tr("Scan a receipt or its purchase order."));
        return;
    }
    case Item:
    case Quantity:
        onItem(r);
        return;
    case Lot:
        onLot(r);
        return;
    case Expiry:
        refuse(tr("Enter the expiry date, or confirm without one."));
        return;
    }
}

void ReceiveFlow::onItem(const scan::Resolution &r)
{
    const bool lotScan = r.kind == EntityKind::Lot || r.kind == EntityKind::Serial;
    const qint64 product = r.kind == EntityKind::Product ? r.match.id : lotScan ? r.match.productId : 0;
    if (!product) {
        refuse(r.kind == EntityKind::Unknown ? tr("Unknown barcode %1. Scan another label of the item.").arg(lastScan())
                                             : tr("Scan an item of the receipt."));
        return;
    }
    const Milli pack = r.kind == EntityKind::Product && r.match.packQty > 0 ? r.match.packQty : kMilliPerUnit;
    const Milli add = r.quantity ? pack * *r.quantity / kMilliPerUnit : pack;
    if (stepEnum() == Quantity && product == m_productId && !lotScan && r.lotName.isEmpty()) {
        m_qty += add; // the same item again: one more packaging
        Q_EMIT itemChanged();
        accept(tr("%1 %2.").arg(formatQuantity(m_qty), m_uom));
        return;
    }
    if (stepEnum() == Quantity) {
        refuse(tr("Confirm the quantity of %1 first.").arg(m_productLabel));
        return;
    }
    auto st = m_ctx.store.db().prepare("SELECT sku || ' · ' || name, tracking, uom FROM product WHERE id = ?1");
    if (!st || !hasRow(st->bind(1, product).step())) {
        refuse(tr("This product is not in the store."));
        return;
    }
    m_productId = product;
    m_productLabel = st->text(0);
    m_tracking = st->text(1);
    m_uom = st->text(2);
    st->reset();
    // The open line of this product, else any line of it (an over-receipt), else none (unexpected).
    m_lineId = 0;
    for (const TransferLine &l : m_lines) {
        if (l.productId == product && (!m_lineId || l.remaining() > 0)) {
            m_lineId = l.id;
            if (l.remaining() > 0)
                break;
        }
    }
    m_qty = add;
    m_lotId = lotScan ? r.match.id : r.lotId;
    m_lotName = lotScan ? r.match.code : !r.serial.isEmpty() ? r.serial : r.lotName;
    m_expiry = r.expiry;
    m_model.setLines(m_lines, m_lineId);
    setStep(Quantity);
    Q_EMIT itemChanged();
    if (!m_lineId)
        warn(tr("%1 is not on this receipt. It will be received and reported.").arg(m_productLabel));
    else if (overReceipt())
        warn(tr("More than expected: %1 of %2. It will be reported.").arg(formatQuantity(m_qty), expected()));
    else
        accept(tr("%1: %2 of %3 %4.").arg(m_productLabel, formatQuantity(m_qty), expected(), m_uom));
}

void ReceiveFlow::onLot(const scan::Resolution &r)
{
    if ((r.kind == EntityKind::Lot || r.kind == EntityKind::Serial) && r.match.productId == m_productId) {
        m_lotId = r.match.id;
        m_lotName = r.match.code;
        Q_EMIT itemChanged();
        afterQuantity();
        return;
    }
    if (r.kind == EntityKind::Unknown || r.kind == EntityKind::Lot || r.kind == EntityKind::Serial) {
        enterLot(lastScan()); // a new lot, printed on the supplier's label
        return;
    }
    refuse(tr("Scan the lot number of %1.").arg(m_productLabel));
}

void ReceiveFlow::setQuantity(const QString &text)
{
    const auto q = parseQuantity(text);
    if (!q || *q < 0) {
        refuse(tr("%1 is not a quantity.").arg(text));
        return;
    }
    m_qty = *q;
    Q_EMIT itemChanged();
}

bool ReceiveFlow::confirmQuantity()
{
    if (stepEnum() != Quantity || !m_productId) {
        refuse(tr("Scan an item first."));
        return false;
    }
    if (m_qty <= 0) {
        refuse(tr("Enter the quantity received."));
        return false;
    }
    if (m_tracking == u"serial" && m_qty != kMilliPerUnit) {
        refuse(tr("Serial numbers are received one by one: the quantity is 1."));
        return false;
    }
    return afterQuantity();
}

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
    auto &store = m_ctx.store;
    const bool ok = record(OpKind::Receive, payload, [&](db::Database &, qint64 seq) -> Status {
        if (lineId)
            SH_TRY(store.addLineEffect(seq, QStringLiteral("transfer_line"), lineId, qty));
        return store.addQuantEffect(seq, {location, productId, lotId, 0, qty});
    });
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
