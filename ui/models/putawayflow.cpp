#include "putawayflow.h"

#include "session.h"

#include <QJsonObject>

namespace stockhand::ui {

using scan::EntityKind;

PutawayFlow::PutawayFlow(UiContext &context, QObject *parent)
    : FlowBase(context, parent)
    , m_reasons(context, QStringLiteral("putaway_override"), this)
{ }

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
    m_fromLocation = 0;
    m_suggestionId = m_overrideId = 0;
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
    if (!requireRole({"receiver", "picker"}))
        return;
    auto &db = m_ctx.store.db();
    QList<StockRow> rows;
    if (r.kind == EntityKind::Package) {
        auto st = db.prepare("SELECT ifnull(location_id, 0) FROM package WHERE id = ?1");
        m_fromLocation = st && hasRow(st->bind(1, r.match.id).step()) ? st->int64(0) : 0;
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
        if (rows.size() == 1 && !lotScan && (r.quantity || r.match.packQty > kMilliPerUnit)) {
            const Milli pack = r.match.packQty > 0 ? r.match.packQty : kMilliPerUnit;
            rows.front().qty = qMin(rows.front().qty, r.quantity ? pack * *r.quantity / kMilliPerUnit : pack);
        }
        auto st = db.prepare("SELECT sku || ' · ' || name FROM product WHERE id = ?1");
        m_itemLabel = st && hasRow(st->bind(1, product).step()) ? st->text(0) : QString();
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
    auto &db = m_ctx.store.db();
    const qint64 product = m_rows.front().productId;
    const qint64 wh = m_ctx.session.warehouseId();
    m_suggestionId = 0;
    m_suggestionName.clear();
    auto home = db.prepare("SELECT l.id, l.name FROM product p JOIN location l ON l.id = p.home_location_id "
                           "WHERE p.id = ?1 AND l.warehouse_id = ?2");
    SH_TRY(home);
    if (hasRow(home->bind(1, product).bind(2, wh).step())) {
        m_suggestionId = home->int64(0);
        m_suggestionName = home->text(1);
        return {};
    }
    home->reset();
    // An empty bin in the zone where the product is stored, else in any zone; first in pick sequence.
    auto zone = db.prepare("SELECT l.zone FROM quant q JOIN location l ON l.id = q.location_id WHERE q.product_id = ?1 "
                           "AND l.warehouse_id = ?2 AND l.type = 'bin' AND q.qty > 0 ORDER BY l.pick_seq LIMIT 1");
    SH_TRY(zone);
    const QString z = hasRow(zone->bind(1, product).bind(2, wh).step()) ? zone->text(0) : QString();
    zone->reset();
    auto bin = db.prepare(
        "SELECT l.id, l.name FROM location l WHERE l.warehouse_id = ?1 AND l.type = 'bin' "
        "AND (ifnull(?2, '') = '' OR l.zone = ?2) AND NOT EXISTS (SELECT 1 FROM quant q WHERE q.location_id = "
        "l.id AND q.qty > 0) AND NOT EXISTS (SELECT 1 FROM active_effect a WHERE a.target = 'quant' "
        "AND a.location_id = l.id AND a.delta > 0) ORDER BY l.pick_seq LIMIT 1");
    SH_TRY(bin);
    for (const QString &candidate : {z, QString()}) {
        if (hasRow(bin->bind(1, wh).bind(2, candidate).step())) {
            m_suggestionId = bin->int64(0);
            m_suggestionName = bin->text(1);
            return {};
        }
        bin->reset();
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
    auto st = m_ctx.store.db().prepare("SELECT warehouse_id, type FROM location WHERE id = ?1");
    if (!st || !hasRow(st->bind(1, r.match.id).step()) || st->int64(0) != m_ctx.session.warehouseId()
        || st->text(1) != u"bin") {
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
        QJsonObject payload {{QStringLiteral("product_id"), row.productId},
            {QStringLiteral("from_location_id"), m_fromLocation}, {QStringLiteral("to_location_id"), toLocationId},
            {QStringLiteral("qty"), qtyJson(row.qty)}};
        if (row.lotId)
            payload.insert(QStringLiteral("lot_id"), row.lotId);
        if (row.packageId)
            payload.insert(QStringLiteral("package_id"), row.packageId);
        if (!reason.isEmpty())
            payload.insert(QStringLiteral("reason_code"), reason);
        const qint64 from = m_fromLocation;
        const bool ok = record(OpKind::Move, payload,
            {ops::Effect::onQuant({from, row.productId, row.lotId, row.packageId}, -row.qty),
                ops::Effect::onQuant({toLocationId, row.productId, row.lotId, row.packageId}, row.qty)});
        if (!ok)
            return false;
    }
    const QString label = m_itemLabel;
    const QString where = toLocationId == m_overrideId ? m_overrideName : m_suggestionName;
    cancel();
    accept(tr("%1 put away in %2.").arg(label, where));
    return true;
}

} // namespace stockhand::ui
