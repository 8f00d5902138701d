#include "receiveflow.h"
#include "units.h"

#include "session.h"
#include "stock.h"

#include <QJsonObject>

namespace stockhand::ui {

using scan::EntityKind;

ReceiveFlow::ReceiveFlow(UiContext &context, QObject *parent)
    : FlowBase(context, parent)
    , m_model(this)
{
    connect(this, &FlowBase::stepChanged, this, &FlowBase::quantityRulesChanged);
    connect(this, &ReceiveFlow::itemChanged, this, &FlowBase::quantityRulesChanged);
}

QString ReceiveFlow::expectedScan() const
{
    switch (stepEnum()) {
    case Idle:
        return tr("a receipt or its purchase order");
    case Item:
        return tr("an item of %1").arg(m_reference);
    case Quantity:
        return tr("more of %1, or confirm").arg(m_productLabel);
    case Lot:
        return tr("the lot of %1").arg(m_productLabel);
    case Expiry:
        return tr("no scan: enter the expiry date");
    }
    return {};
}

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
    if (!requireRole(ops::Kind::Receive))
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
        auto receipt = store::findOpenReceipt(m_ctx.store.db(), m_ctx.session.warehouseId(), lastScan());
        if (receipt && *receipt) {
            start(*receipt);
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
        if (filledByScans())
            confirmQuantity();
        else
            accept(tr("%1 %2.").arg(formatQuantity(m_qty), unitName(m_uom)));
        return;
    }
    if (stepEnum() == Quantity) {
        refuse(tr("Confirm the quantity of %1 first.").arg(m_productLabel));
        return;
    }
    auto info = store::productInfo(m_ctx.store.db(), product);
    if (!info || !*info) {
        refuse(tr("This product is not in the store."));
        return;
    }
    m_productId = product;
    m_productLabel = (*info)->label;
    m_tracking = (*info)->tracking;
    m_uom = (*info)->uom;
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
    else if (filledByScans())
        confirmQuantity(); // the scans filled the line: confirmed by itself (the site's setting)
    else
        accept(tr("%1: %2 of %3 %4.").arg(m_productLabel, formatQuantity(m_qty), expected(), unitName(m_uom)));
}

bool ReceiveFlow::filledByScans() const
{
    for (const TransferLine &l : m_lines) {
        if (l.id == m_lineId)
            return l.remaining() > 0 && m_qty == l.remaining() && autoConfirm();
    }
    return false;
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
    if (stepEnum() != Quantity) {
        refuse(tr("Scan an item first, then enter the quantity."));
        return;
    }
    const auto q = parseQuantity(text);
    if (!q || *q < 0) {
        refuse(tr("%1 is not a quantity.").arg(text));
        return;
    }
    if (!decimals() && *q % kMilliPerUnit != 0) {
        refuse(tr("%1 is counted in whole pieces.").arg(unitName(m_uom)));
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

} // namespace stockhand::ui
