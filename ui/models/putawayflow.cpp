#include "putawayflow.h"
#include "units.h"

#include "session.h"

#include "ops/move.h"

namespace stockhand::ui {

using scan::EntityKind;

PutawayFlow::PutawayFlow(UiContext &context, QObject *parent)
    : FlowBase(context, parent)
    , m_reasons(context, QStringLiteral("putaway_override"), this)
{
    connect(this, &FlowBase::stepChanged, this, &FlowBase::quantityRulesChanged);
    connect(this, &PutawayFlow::itemChanged, this, &FlowBase::quantityRulesChanged);
}

QString PutawayFlow::expectedScan() const
{
    switch (stepEnum()) {
    case Item:
        return tr("an item or package at the dock");
    case Destination:
        return m_suggestionId ? m_suggestionName : tr("a bin");
    case Override:
        return m_suggestionId ? tr("a reason, or the bin %1").arg(m_suggestionName) : tr("a reason");
    }
    return {};
}

scan::ScanContext PutawayFlow::scanContext() const
{
    scan::ScanContext c;
    c.expected = stepEnum() == Item ? EntityKind::Product : EntityKind::Location;
    return c;
}

QString PutawayFlow::quantity() const
{
    Milli total = 0;
    for (const StockRow &r : m_rows)
        total += r.qty;
    return m_rows.isEmpty() ? QString() : formatQuantity(total);
}

void PutawayFlow::begin()
{
    auto dock = receivingLocation(m_ctx.store.db(), m_ctx.session.warehouseId());
    if (!dock) {
        fail(dock.error());
        return;
    }
    m_dock = *dock;
    cancel();
}

void PutawayFlow::cancel()
{
    m_rows.clear();
    m_itemLabel.clear();
    m_uom.clear();
    m_atDock = 0;
    m_fromLocation = 0;
    m_suggestionId = m_overrideId = m_lineId = 0;
    m_suggestionName.clear();
    m_overrideName.clear();
    setStep(Item);
    clearMessage();
    Q_EMIT itemChanged();
}

void PutawayFlow::handleScan(const scan::Resolution &r)
{
    if (stepEnum() == Item)
        onItem(r);
    else
        onDestination(r);
}

void PutawayFlow::onItem(const scan::Resolution &r)
{
    if (!requireRole(ops::Kind::Move))
        return;
    auto &db = m_ctx.store.db();
    QList<StockRow> rows;
    if (r.kind == EntityKind::Package) {
        auto where = store::packageLocation(db, r.match.id);
        m_fromLocation = where ? *where : 0;
        auto stock = stockAt(db, m_fromLocation);
        if (!stock)
            return fail(stock.error());
        for (const StockRow &s : *stock) {
            if (s.packageId == r.match.id)
                rows.append(s);
        }
        m_itemLabel = tr("Package %1").arg(r.match.label);
    } else if (r.kind == EntityKind::Product || r.kind == EntityKind::Lot || r.kind == EntityKind::Serial) {
        const bool lotScan = r.kind != EntityKind::Product;
        const qint64 product = lotScan ? r.match.productId : r.match.id;
        const qint64 lot = lotScan ? r.match.id : r.lotId;
        m_fromLocation = m_dock;
        auto stock = stockAt(db, m_dock);
        if (!stock)
            return fail(stock.error());
        for (const StockRow &s : *stock) {
            if (s.productId == product && s.packageId == 0 && (!lot || s.lotId == lot))
                rows.append(s);
        }
        if (rows.size() > 1) {
            refuse(tr("Several lots of this product are at the dock: scan the lot label."));
            return;
        }
        m_atDock = rows.size() == 1 ? rows.front().qty : 0;
        if (rows.size() == 1 && !lotScan && (r.quantity || r.match.packQty > kMilliPerUnit)) {
            const Milli pack = r.match.packQty > 0 ? r.match.packQty : kMilliPerUnit;
            rows.front().qty = qMin(rows.front().qty, r.quantity ? pack * *r.quantity / kMilliPerUnit : pack);
        }
        auto info = store::productInfo(db, product);
        m_itemLabel = info && *info ? (*info)->label : QString();
        m_uom = info && *info ? (*info)->uom : QString();
    } else {
        refuse(tr("Scan an item or a package from the receiving dock."));
        return;
    }
    if (rows.isEmpty()) {
        refuse(tr("%1 is not waiting at the receiving dock.").arg(m_itemLabel));
        m_itemLabel.clear();
        return;
    }
    m_rows = rows;
    if (auto s = suggest(); !s)
        return fail(s.error());
    setStep(Destination);
    Q_EMIT itemChanged();
    if (m_suggestionId)
        accept(tr("Take %1 to %2 and scan it.").arg(m_itemLabel, m_suggestionName));
    else
        warn(tr("No free bin found. Scan any bin and give a reason."));
}

Status PutawayFlow::suggest()
{
    m_suggestionId = m_lineId = 0;
    m_suggestionName.clear();
    // A putaway line the server made for this receipt says where the item goes (every device is told the
    // same bin); without one the device suggests a bin by the same rules.
    if (m_rows.size() == 1) {
        const StockRow &row = m_rows.front();
        auto line = store::openPutawayLine(
            m_ctx.store.db(), m_ctx.session.warehouseId(), m_fromLocation, row.productId, row.lotId);
        SH_TRY(line);
        if (*line) {
            m_lineId = (*line)->lineId;
            m_suggestionId = (*line)->toLocationId;
            m_suggestionName = (*line)->toName;
            return {};
        }
    }
    auto bin = store::putawaySuggestion(m_ctx.store.db(), m_rows.front().productId, m_ctx.session.warehouseId());
    SH_TRY(bin);
    if (*bin) {
        m_suggestionId = (*bin)->id;
        m_suggestionName = (*bin)->name;
    }
    return {};
}

void PutawayFlow::onDestination(const scan::Resolution &r)
{
    if (r.kind != EntityKind::Location) {
        refuse(m_suggestionId ? tr("Scan the bin %1.").arg(m_suggestionName) : tr("Scan a bin."));
        return;
    }
    if (r.match.id == m_suggestionId) {
        recordMoves(r.match.id, {});
        return;
    }
    auto bin = store::locationInfo(m_ctx.store.db(), r.match.id);
    if (!bin || !*bin || (*bin)->warehouseId != m_ctx.session.warehouseId() || (*bin)->type != u"bin") {
        refuse(tr("%1 is not a bin of this warehouse.").arg(r.match.label));
        return;
    }
    m_overrideId = r.match.id;
    m_overrideName = r.match.label;
    setStep(Override);
    Q_EMIT itemChanged();
    warn(m_suggestionId
            ? tr("%1 is not the suggested bin %2. Give a reason, or scan %2.").arg(m_overrideName, m_suggestionName)
            : tr("Give a reason for %1.").arg(m_overrideName));
}

bool PutawayFlow::overrideWith(const QString &reasonCode)
{
    if (stepEnum() != Override || !m_overrideId) {
        refuse(tr("Scan the bin you put the item in first."));
        return false;
    }
    if (!m_reasons.contains(reasonCode)) {
        refuse(tr("Choose a reason."));
        return false;
    }
    return recordMoves(m_overrideId, reasonCode);
}

void PutawayFlow::setQuantity(const QString &text)
{
    const auto q = parseQuantity(text);
    if (m_rows.size() != 1 || !q || *q <= 0) {
        refuse(tr("%1 is not a quantity for this item.").arg(text));
        return;
    }
    if (!decimals() && *q % kMilliPerUnit != 0) {
        refuse(tr("%1 is counted in whole pieces.").arg(unitName(m_uom)));
        return;
    }
    auto onHand = m_ctx.store.quantOnHand(m_fromLocation, m_rows.front().productId, m_rows.front().lotId, 0);
    if (onHand && *q > *onHand) {
        refuse(tr("Only %1 are at the dock.").arg(formatQuantity(*onHand)));
        return;
    }
    m_rows.front().qty = *q;
    Q_EMIT itemChanged();
}

bool PutawayFlow::recordMoves(qint64 toLocationId, const QString &reason)
{
    for (const StockRow &row : std::as_const(m_rows)) {
        const ops::Move move {
            row.productId, m_fromLocation, toLocationId, row.qty, {row.lotId, {}}, row.packageId, m_lineId, reason};
        if (!record(move, move.effects()))
            return false;
    }
    const QString label = m_itemLabel;
    const QString where = toLocationId == m_overrideId ? m_overrideName : m_suggestionName;
    cancel();
    accept(tr("%1 put away in %2.").arg(label, where));
    return true;
}

} // namespace stockhand::ui
