#include "lookupflow.h"

#include "session.h"
#include "store/catalog.h"
#include "store/scanmatches.h"

#include <QCoreApplication>

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
    m_shortName.clear();
    m_places.setRows({});
    clearMessage();
    Q_EMIT resultChanged();
}

bool LookupFlow::show(const QString &kind, qint64 id)
{
    clear();
    // The same words as a scan of it (the resolver's "Location %1", "Product %1").
    scan::Resolution r;
    r.match.id = id;
    if (kind == u"location") {
        const auto info = store::locationInfo(m_ctx.store.db(), id);
        if (!info) {
            fail(info.error());
            return false;
        }
        if (*info) {
            r.kind = EntityKind::Location;
            r.match.label = (*info)->name.isEmpty() ? (*info)->barcode : (*info)->name;
            r.message = QCoreApplication::translate("Resolver", "Location %1").arg(r.match.label);
        }
    } else if (kind == u"product") {
        const auto info = store::productInfo(m_ctx.store.db(), id);
        if (!info) {
            fail(info.error());
            return false;
        }
        if (*info) {
            r.kind = EntityKind::Product;
            r.match.productId = id;
            r.match.label = (*info)->label;
            r.message = QCoreApplication::translate("Resolver", "Product %1").arg(r.match.label);
        }
    }
    if (r.kind == EntityKind::Unknown) {
        refuse(tr("This device does not know it (any more): scan it to look it up."));
        return false;
    }
    handleScan(r);
    return true;
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
    if (r.kind == EntityKind::Location) {
        m_shortName = r.match.label;
    } else if (!lot.isEmpty()) {
        m_shortName = lot;
    } else {
        const auto product = store::productInfo(m_ctx.store.db(), r.match.productId ? r.match.productId : r.match.id);
        m_shortName = product && *product ? (*product)->sku : r.match.label;
    }
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
