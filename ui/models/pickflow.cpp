#include "pickflow.h"

#include "session.h"

#include <QJsonObject>

#include <algorithm>

namespace stockhand::ui {

using scan::EntityKind;

PickFlow::PickFlow(UiContext &context, QObject *parent)
    : FlowBase(context, parent)
    , m_model(this)
    , m_reasons(context, QStringLiteral("short_pick"), this)
{
    connect(this, &FlowBase::stepChanged, this, &FlowBase::quantityRulesChanged);
    connect(this, &PickFlow::lineChanged, this, &FlowBase::quantityRulesChanged);
}

QString PickFlow::openQuantity() const
{
    return m_currentId ? current().remaining : QString();
}

bool PickFlow::decimals() const
{
    for (const TransferLine &l : m_lines) {
        if (l.id == m_currentId)
            return l.tracking != u"serial" && measuredUnit(l.uom);
    }
    return false;
}

QString PickFlow::expectedScan() const
{
    const LineView l = current();
    switch (stepEnum()) {
    case Idle:
        return tr("a pick list");
    case Location:
        return l.location;
    case Product:
    case Quantity:
        return l.sku;
    case Lot:
        return tr("lot or serial of %1").arg(l.sku);
    case Finished:
        return {};
    }
    return {};
}

scan::ScanContext PickFlow::scanContext() const
{
    scan::ScanContext c;
    switch (stepEnum()) {
    case Idle:
        c.expected = EntityKind::Transfer;
        break;
    case Location:
        c.expected = EntityKind::Location;
        break;
    case Product:
    case Quantity:
        c.expected = EntityKind::Product;
        break;
    case Lot:
        c.expected = EntityKind::Lot;
        break;
    case Finished:
        break;
    }
    for (const TransferLine &l : m_lines) {
        if (l.id == m_currentId)
            c.expectedProductId = l.productId;
    }
    return c;
}

TransferLine *PickFlow::line()
{
    for (TransferLine &l : m_lines) {
        if (l.id == m_currentId)
            return &l;
    }
    return nullptr;
}

LineView PickFlow::current() const
{
    for (const TransferLine &l : m_lines) {
        if (l.id == m_currentId)
            return LineView::from(l);
    }
    return {};
}

int PickFlow::openLines() const
{
    int n = 0;
    for (const TransferLine &l : m_lines)
        n += l.state == TransferLine::State::Open || l.state == TransferLine::State::Skipped;
    return n;
}

bool PickFlow::start(qint64 transferId)
{
    return startBatch({transferId});
}

bool PickFlow::startBatch(const QVariantList &transferIds)
{
    if (!requireRole(ops::Kind::Pick))
        return false;
    QList<qint64> ids;
    QStringList references;
    for (const QVariant &v : transferIds) {
        const qint64 id = v.toLongLong();
        auto header = loadTransfer(m_ctx.store.db(), id);
        if (!header) {
            fail(header.error());
            return false;
        }
        if (!*header || (*header)->kind != u"pick" || (*header)->warehouseId != m_ctx.session.warehouseId()) {
            refuse(tr("This is not a pick of this warehouse."));
            return false;
        }
        if (!ids.contains(id)) {
            ids.append(id);
            references.append((*header)->reference);
        }
    }
    if (ids.isEmpty())
        return false;
    m_transferIds = ids;
    m_reference = references.size() == 1 ? references.front()
                                         : tr("%1 + %n more", "", int(references.size() - 1)).arg(references.front());
    m_skipped.clear();
    m_currentId = 0;
    m_atLocation = 0;
    Q_EMIT transferChanged();
    if (!reload())
        return false;
    nextLine();
    accept(tr("Picking %1.").arg(m_reference));
    return true;
}

bool PickFlow::reload()
{
    m_lines.clear();
    for (qint64 id : std::as_const(m_transferIds)) {
        auto lines = loadTransferLines(m_ctx.store.db(), id, true);
        if (!lines) {
            fail(lines.error());
            return false;
        }
        m_lines.append(*lines);
    }
    std::stable_sort(m_lines.begin(), m_lines.end(),
        [](const TransferLine &a, const TransferLine &b) { return a.pickSeq < b.pickSeq; });
    for (TransferLine &l : m_lines) {
        if (l.state == TransferLine::State::Open && m_skipped.contains(l.id))
            l.state = TransferLine::State::Skipped;
    }
    return true;
}

void PickFlow::resetLine()
{
    m_qty = 0;
    m_lotId = 0;
    m_lotName.clear();
}

void PickFlow::nextLine()
{
    resetLine();
    const TransferLine *next = nullptr;
    for (const TransferLine &l : m_lines) {
        if (l.state == TransferLine::State::Open) {
            next = &l;
            break;
        }
    }
    if (!next && !m_skipped.isEmpty()) {
        // Every other line is done: the skipped ones come back, in pick order.
        m_skipped.clear();
        for (TransferLine &l : m_lines) {
            if (l.state == TransferLine::State::Skipped)
                l.state = TransferLine::State::Open;
        }
        for (const TransferLine &l : m_lines) {
            if (l.state == TransferLine::State::Open) {
                next = &l;
                break;
            }
        }
    }
    m_currentId = next ? next->id : 0;
    if (!next)
        setStep(Finished);
    else
        setStep(next->fromLocationId == m_atLocation ? Product : Location);
    publish();
}

void PickFlow::publish()
{
    m_model.setLines(m_lines, m_currentId, stepEnum() == Quantity || stepEnum() == Lot ? m_qty : 0);
    Q_EMIT lineChanged();
}

void PickFlow::handleScan(const scan::Resolution &r)
{
    TransferLine *l = line();
    switch (stepEnum()) {
    case Idle:
        if (r.kind == EntityKind::Transfer)
            start(r.match.id);
        else
            refuse(tr("Scan a pick list to start."));
        return;
    case Finished:
        refuse(tr("All lines are done. Validate the pick."));
        return;
    case Location:
        if (r.kind != EntityKind::Location) {
            refuse(tr("Scan the location %1 first.").arg(l->fromName));
        } else if (r.match.id != l->fromLocationId) {
            refuse(tr("Wrong location: %1. Go to %2.").arg(r.match.label, l->fromName));
        } else {
            m_atLocation = r.match.id;
            setStep(Product);
            accept(tr("At %1. Scan %2.").arg(l->fromName, l->sku));
        }
        return;
    case Product:
    case Quantity:
        if (r.kind == EntityKind::Location && r.match.id == l->fromLocationId) {
            accept(tr("Already at %1. Scan %2.").arg(l->fromName, l->sku));
            return;
        }
        onProduct(r);
        return;
    case Lot:
        onLot(r);
        return;
    }
}

void PickFlow::onProduct(const scan::Resolution &r)
{
    TransferLine *l = line();
    const bool lotScan = (r.kind == EntityKind::Lot || r.kind == EntityKind::Serial);
    const qint64 product = r.kind == EntityKind::Product ? r.match.id : lotScan ? r.match.productId : 0;
    if (!product) {
        refuse(tr("Scan the product %1 (%2).").arg(l->sku, l->productName));
        return;
    }
    if (product != l->productId) {
        refuse(tr("Wrong product: %1. Pick %2.").arg(r.match.label, l->sku));
        return;
    }
    // The lot may come with the scan (GS1 AI 10/21, or a lot label).
    const qint64 lotId = lotScan ? r.match.id : r.lotId;
    const QString lotName = lotScan ? r.match.code : !r.serial.isEmpty() ? r.serial : r.lotName;
    if (l->tracked() && (lotId || !lotName.isEmpty())) {
        if (!checkLot(lotId, lotName))
            return;
    }
    const Milli pack = r.kind == EntityKind::Product && r.match.packQty > 0 ? r.match.packQty : kMilliPerUnit;
    const Milli add = r.quantity ? pack * *r.quantity / kMilliPerUnit : pack;
    m_qty += add;
    setStep(Quantity);
    publish();
    if (m_qty > l->remaining())
        warn(
            tr("%1 scanned, but only %2 are left to pick.").arg(formatQuantity(m_qty), formatQuantity(l->remaining())));
    else if (m_qty == l->remaining() && autoConfirm())
        confirmQuantity(); // the scans filled the line: confirmed by itself (the site's setting)
    else
        accept(tr("%1 of %2 %3.").arg(formatQuantity(m_qty), formatQuantity(l->remaining()), l->uom));
}

bool PickFlow::checkLot(qint64 lotId, const QString &name)
{
    TransferLine *l = line();
    if (!lotId) {
        refuse(tr("Lot %1 is not known for %2. Scan another lot.").arg(name, l->sku));
        return false;
    }
    if (l->lotId && l->lotId != lotId) {
        refuse(tr("Wrong lot: %1. This line needs lot %2.").arg(name, l->lotName));
        return false;
    }
    auto onHand = m_ctx.store.quantOnHand(l->fromLocationId, l->productId, lotId);
    if (!onHand) {
        fail(onHand.error());
        return false;
    }
    if (*onHand <= 0) {
        refuse(tr("Lot %1 is not at %2. Scan a lot from this location.").arg(name, l->fromName));
        return false;
    }
    m_lotId = lotId;
    m_lotName = name;
    return true;
}

void PickFlow::onLot(const scan::Resolution &r)
{
    TransferLine *l = line();
    if (r.kind != EntityKind::Lot && r.kind != EntityKind::Serial) {
        refuse(tr("Scan the lot or serial number of %1.").arg(l->sku));
        return;
    }
    if (r.match.productId != l->productId) {
        refuse(tr("Wrong lot: %1 belongs to another product.").arg(r.match.code));
        return;
    }
    if (!checkLot(r.match.id, r.match.code))
        return;
    const bool serial = r.kind == EntityKind::Serial || l->tracking == u"serial";
    const Milli qty = serial ? kMilliPerUnit : m_qty;
    const Milli left = m_qty - qty;
    if (!recordPick(qty))
        return;
    if (serial && left > 0 && line() && line()->state == TransferLine::State::Open) {
        m_qty = left;
        m_lotId = 0;
        m_lotName.clear();
        setStep(Lot);
        publish();
        accept(tr("Serial %1 picked. Scan the next serial (%2 left).").arg(r.match.code, formatQuantity(left)));
    }
}

void PickFlow::setQuantity(const QString &text)
{
    if (stepEnum() != Quantity) {
        refuse(tr("Scan the product first, then enter the quantity."));
        return;
    }
    const auto q = parseQuantity(text);
    if (!q || *q < 0) {
        refuse(tr("%1 is not a quantity.").arg(text));
        return;
    }
    if (!decimals() && *q % kMilliPerUnit != 0) {
        refuse(tr("%1 is counted in whole pieces.").arg(current().uom));
        return;
    }
    m_qty = *q;
    publish();
}

bool PickFlow::confirmQuantity()
{
    TransferLine *l = line();
    if (!l || stepEnum() != Quantity) {
        refuse(tr("Scan the product first."));
        return false;
    }
    if (m_qty <= 0) {
        refuse(tr("Enter the quantity you picked, or short pick the line."));
        return false;
    }
    if (m_qty > l->remaining()) {
        refuse(tr("Only %1 are left to pick on this line.").arg(formatQuantity(l->remaining())));
        return false;
    }
    if (l->tracked() && !m_lotId) {
        setStep(Lot);
        publish();
        accept(tr("Scan the lot or serial number of %1.").arg(l->sku));
        return true;
    }
    return recordPick(m_qty);
}

} // namespace stockhand::ui
