#include "countflow.h"
#include "units.h"

#include "session.h"
#include "stock.h"

#include "ops/count.h"

namespace stockhand::ui {

using scan::EntityKind;

CountedItemsModel::CountedItemsModel(QObject *parent)
    : ListModelBase({"label", "lot", "quantity"}, parent)
{ }

void CountedItemsModel::setItems(const QList<Item> &items)
{
    QList<QVariantList> rows;
    for (const Item &i : items)
        rows.append({i.label, i.lotName, formatQuantity(i.qty)});
    setRows(std::move(rows));
}

CountFlow::CountFlow(UiContext &context, QObject *parent)
    : FlowBase(context, parent)
    , m_lineModel(this)
    , m_itemModel(this)
{
    connect(this, &FlowBase::stepChanged, this, &FlowBase::quantityRulesChanged);
    connect(this, &CountFlow::lineChanged, this, &FlowBase::quantityRulesChanged);
}

QString CountFlow::expectedScan() const
{
    switch (stepEnum()) {
    case Idle:
        return tr("a count task");
    case Location:
        return location();
    case Items:
        return tr("an item at %1").arg(location());
    case Finished:
        return {};
    }
    return {};
}

std::optional<FlowBase::Confirmation> CountFlow::consequence(const QString &action)
{
    if (action != u"close") {
        refuse(tr("Nothing to confirm."));
        return std::nullopt;
    }
    if (stepEnum() != Items || !line()) {
        refuse(tr("Scan a location first."));
        return std::nullopt;
    }
    int uncounted = 0;
    auto all = closingItems(&uncounted);
    if (!all) {
        fail(all.error());
        return std::nullopt;
    }
    if (!uncounted)
        return Confirmation {}; // everything the books hold here was counted: closed at once
    const QString counted = m_counted.isEmpty() ? tr("You counted nothing here.")
                                                : tr("You counted %n item(s) here.", "", int(m_counted.size()));
    return Confirmation {{}, tr("Close %1?").arg(location()),
        counted + u' ' + tr("Books 0 for %n item(s) nobody counted here.", "", uncounted) + QStringLiteral("\n\n")
            + tr("Scan them first if they are here. Closing cannot be undone."),
        tr("Close, book 0 for %n", "", uncounted), {}, {}};
}

bool CountFlow::perform(const QString &action)
{
    return action == u"close" && closeLocation();
}

scan::ScanContext CountFlow::scanContext() const
{
    scan::ScanContext c;
    c.expected = stepEnum() == Idle ? EntityKind::CountTask
        : stepEnum() == Location    ? EntityKind::Location
                                    : EntityKind::Product;
    return c;
}

CountLocation *CountFlow::line()
{
    for (CountLocation &l : m_lines) {
        if (l.lineId == m_currentId)
            return &l;
    }
    return nullptr;
}

QString CountFlow::location() const
{
    for (const CountLocation &l : m_lines) {
        if (l.lineId == m_currentId)
            return l.locationName;
    }
    return {};
}

QString CountFlow::lastItem() const
{
    return m_last >= 0 ? m_counted.at(m_last).label : QString();
}

QString CountFlow::lastQuantity() const
{
    return m_last >= 0 ? formatQuantity(m_counted.at(m_last).qty) : QString();
}

bool CountFlow::start(qint64 taskId)
{
    if (!requireRole(ops::Kind::Count))
        return false;
    auto task = store::loadCountTask(m_ctx.store.db(), taskId);
    if (!task || !*task || (*task)->warehouseId != m_ctx.session.warehouseId()) {
        refuse(tr("This is not a count task of this warehouse."));
        return false;
    }
    m_taskId = taskId;
    m_reference = (*task)->reference;
    m_recount = (*task)->kind == u"recount";
    Q_EMIT taskChanged();
    if (!reload())
        return false;
    nextLine();
    accept(tr("Counting %1. Go to %2.").arg(m_reference, location()));
    return true;
}

bool CountFlow::reload()
{
    auto lines = store::loadCountLocations(m_ctx.store.db(), m_taskId);
    if (!lines) {
        fail(lines.error());
        return false;
    }
    m_lines = std::move(*lines);
    return true;
}

void CountFlow::nextLine()
{
    m_counted.clear();
    m_last = -1;
    m_currentId = 0;
    for (const CountLocation &l : m_lines) {
        if (!l.counted) {
            m_currentId = l.lineId;
            break;
        }
    }
    setStep(m_currentId ? Location : Finished);
    publish();
}

void CountFlow::publish()
{
    m_lineModel.setLines(m_lines, m_currentId);
    m_itemModel.setItems(m_counted);
    Q_EMIT lineChanged();
}

void CountFlow::handleScan(const scan::Resolution &r)
{
    switch (stepEnum()) {
    case Idle:
        if (r.kind == EntityKind::CountTask)
            start(r.match.id);
        else
            refuse(tr("Scan a count task to start."));
        return;
    case Finished:
        refuse(tr("Every location of this task is counted."));
        return;
    case Location:
        if (r.kind != EntityKind::Location) {
            refuse(tr("Scan the location first."));
            return;
        }
        for (const CountLocation &l : std::as_const(m_lines)) {
            if (l.locationId == r.match.id && !l.counted) {
                m_currentId = l.lineId;
                setStep(Items);
                publish();
                accept(tr("Counting %1. Scan every item.").arg(l.locationName));
                return;
            }
        }
        refuse(tr("%1 is not to be counted in this task. Go to %2.").arg(r.match.label, location()));
        return;
    case Items:
        if (r.kind == EntityKind::Location) {
            refuse(r.match.id == line()->locationId
                    ? tr("Already counting here. Scan the items.")
                    : tr("Close %1 before you count another location.").arg(location()));
            return;
        }
        onItem(r);
        return;
    }
}

void CountFlow::onItem(const scan::Resolution &r)
{
    const bool lotScan = r.kind == EntityKind::Lot || r.kind == EntityKind::Serial;
    const qint64 product = r.kind == EntityKind::Product ? r.match.id : lotScan ? r.match.productId : 0;
    if (!product) {
        refuse(r.kind == EntityKind::Unknown ? tr("Unknown barcode %1. Count it by another label.").arg(lastScan())
                                             : tr("Scan an item."));
        return;
    }
    const CountLocation *l = line();
    if (l->productId && l->productId != product) {
        refuse(tr("This recount is for %1 only.").arg(l->productLabel));
        return;
    }
    auto info = store::productInfo(m_ctx.store.db(), product);
    if (!info || !*info)
        return refuse(tr("This product is not in the store."));
    const QString label = (*info)->label, tracking = (*info)->tracking, uom = (*info)->uom;
    const qint64 lotId = lotScan ? r.match.id : r.lotId;
    const QString lotName = lotScan ? r.match.code : !r.serial.isEmpty() ? r.serial : r.lotName;
    if (tracking != u"none" && lotName.isEmpty()) {
        refuse(tr("%1 is tracked by lot: scan the lot label.").arg(label));
        return;
    }
    const Milli pack = r.kind == EntityKind::Product && r.match.packQty > 0 ? r.match.packQty : kMilliPerUnit;
    const Milli add = r.quantity ? pack * *r.quantity / kMilliPerUnit : pack;
    m_last = -1;
    for (int i = 0; i < m_counted.size(); ++i) {
        if (m_counted[i].productId == product && m_counted[i].lotName == lotName)
            m_last = i;
    }
    if (m_last < 0) {
        m_counted.append({product, lotId, label, lotName, uom, 0});
        m_last = int(m_counted.size()) - 1;
    }
    if (tracking == u"serial" && m_counted[m_last].qty > 0) {
        refuse(tr("Serial %1 was already counted.").arg(lotName));
        return;
    }
    m_counted[m_last].qty += tracking == u"serial" ? kMilliPerUnit : add;
    publish();
    accept(tr("%1: %2").arg(label, formatQuantity(m_counted[m_last].qty)));
}

void CountFlow::setQuantity(const QString &text)
{
    const auto q = parseQuantity(text);
    if (m_last < 0 || !q || *q < 0) {
        refuse(m_last < 0 ? tr("Scan the item first, then enter its count.") : tr("%1 is not a quantity.").arg(text));
        return;
    }
    if (!decimals() && *q % kMilliPerUnit != 0) {
        refuse(tr("%1 is counted in whole pieces.").arg(unitName(m_counted.at(m_last).uom)));
        return;
    }
    m_counted[m_last].qty = *q;
    publish();
}

bool CountFlow::closeLocation()
{
    CountLocation *l = line();
    if (stepEnum() != Items || !l) {
        refuse(tr("Scan a location first."));
        return false;
    }
    auto items = closingItems(nullptr);
    if (!items) {
        fail(items.error());
        return false;
    }
    const QList<CountedItemsModel::Item> all = std::move(*items);
    const QDateTime countedAt = m_ctx.clock.now();
    const CountLocation copy = *l;
    for (const auto &c : std::as_const(all)) {
        const ops::Count count {
            copy.locationId, c.productId, {c.lotId, c.lotId ? QString() : c.lotName}, c.qty, countedAt, copy.lineId};
        if (!record(count, count.effects()))
            return false;
    }
    if (!reload())
        return false;
    // An empty location that the books call empty needs no operation; it is done on this device.
    for (CountLocation &x : m_lines) {
        if (x.lineId == copy.lineId)
            x.counted = true;
    }
    nextLine();
    if (stepEnum() == Finished) {
        accept(tr("%1 closed. The count task is complete.").arg(copy.locationName));
        Q_EMIT finished();
    } else {
        accept(tr("%1 closed. Next: %2.").arg(copy.locationName, location()));
    }
    return true;
}

Result<QList<CountedItemsModel::Item>> CountFlow::closingItems(int *uncounted)
{
    const CountLocation *l = line();
    // What the books hold here and nobody counted was not found: it is counted as zero.
    QList<CountedItemsModel::Item> all = m_counted;
    auto book = stockAt(m_ctx.store.db(), l->locationId);
    SH_TRY(book);
    int zeros = 0;
    for (const StockRow &s : *book) {
        if (l->productId && s.productId != l->productId)
            continue;
        bool seen = false;
        for (const auto &c : std::as_const(all))
            seen = seen || (c.productId == s.productId && (c.lotId == s.lotId || (!c.lotId && !s.lotId)));
        if (!seen) {
            all.append({s.productId, s.lotId, {}, {}, {}, 0});
            ++zeros;
        }
    }
    if (all.isEmpty() && l->productId)
        all.append({l->productId, 0, {}, {}, {}, 0});
    if (uncounted)
        *uncounted = zeros;
    return all;
}

void CountFlow::leave()
{
    m_taskId = 0;
    m_reference.clear();
    m_lines.clear();
    m_currentId = 0;
    m_counted.clear();
    m_last = -1;
    setStep(Idle);
    publish();
    Q_EMIT taskChanged();
}

} // namespace stockhand::ui
