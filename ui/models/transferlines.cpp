#include "transferlines.h"

#include "units.h"

namespace stockhand::ui {

LineView LineView::from(const TransferLine &l)
{
    LineView v;
    v.lineId = l.id;
    v.sku = l.sku;
    v.productName = l.productName;
    v.uom = unitName(l.uom);
    v.tracked = l.tracked();
    v.location = l.fromName;
    v.destination = l.toName;
    v.lot = l.lotName;
    v.expected = formatQuantity(l.qtyExpected);
    v.done = formatQuantity(l.qtyDone);
    v.remaining = formatQuantity(l.remaining());
    v.reference = l.reference;
    return v;
}

} // namespace stockhand::ui
