#include "lookupflow.h"

#include "session.h"
#include "store/scanmatches.h"

namespace stockhand::ui {

using scan::EntityKind;

PlaceModel::PlaceModel(QObject *parent)
    : ListModelBase({"location", "product", "lot", "packageName", "quantity"}, parent)
{ }

LookupFlow::LookupFlow(UiContext &context, QObject *parent)
    : FlowBase(context, parent)
    , m_places(this)
{ }

void LookupFlow::clear()
{
    m_title.clear();
    m_kind.clear();
    m_places.setRows({});
    clearMessage();
    Q_EMIT resultChanged();
}

void LookupFlow::handleScan(const scan::Resolution &r)
{
    Result<QList<store::PlaceRow>> rows = QList<store::PlaceRow> {};
    QString lot;
    switch (r.kind) {
    case EntityKind::Location:
        rows = store::stockAtLocation(m_ctx.store.db(), r.match.id);
        break;
    case EntityKind::Product:
        rows = store::placesOfProduct(m_ctx.store.db(), r.match.id, m_ctx.session.warehouseId());
        lot = r.lotId ? r.lotName : QString();
        break;
    case EntityKind::Lot:
    case EntityKind::Serial:
        rows = store::placesOfProduct(m_ctx.store.db(), r.match.productId, m_ctx.session.warehouseId());
        lot = r.match.code;
        break;
    default:
        refuse(r.kind == EntityKind::Unknown ? r.message : tr("Scan or type a location, a product or a lot."));
        return;
    }
    if (!rows) {
        fail(rows.error());
        return;
    }
    QList<QVariantList> out;
    for (const store::PlaceRow &p : *rows) {
        if (!lot.isEmpty() && p.lot != lot)
            continue;
        out.append({p.location, p.product, p.lot, p.package, QString(formatQuantity(p.qty) + u' ' + p.uom)});
    }
    m_kind = QString::fromLatin1(scan::nameOf(r.kind));
    m_title = r.message;
    m_places.setRows(std::move(out));
    Q_EMIT resultChanged();
    if (m_places.count() == 0)
        warn(r.kind == EntityKind::Location ? tr("Nothing is stored here.") : tr("None in stock in this warehouse."));
    else
        accept(r.kind == EntityKind::Location ? tr("%n product line(s) here.", nullptr, m_places.count())
                                              : tr("In stock at %n place(s).", nullptr, m_places.count()));
}

} // namespace stockhand::ui
