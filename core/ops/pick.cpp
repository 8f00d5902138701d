#include "ops/pick.h"

namespace stockhand::ops {

namespace {

struct PickFields
{
    qint64 line = 0, product = 0, location = 0;
    Milli qty = 0;
    LotRef lot;
};

Result<PickFields> readPick(const PayloadReader &r, bool allowZero)
{
    PickFields f;
    auto line = r.requireId("transfer_line_id");
    if (!line)
        return line.error();
    auto product = r.optionalId("product_id");
    if (!product)
        return product.error();
    auto location = r.requireId("location_id");
    if (!location)
        return location.error();
    auto qty = r.requireQty("qty", allowZero);
    if (!qty)
        return qty.error();
    auto lot = LotRef::read(r);
    if (!lot)
        return lot.error();
    return PickFields {line.value(), product.value(), location.value(), qty.value(), lot.value()};
}

PayloadWriter writePick(qint64 line, qint64 product, qint64 location, Milli qty, const LotRef &lot)
{
    PayloadWriter w;
    w.id("transfer_line_id", line).id("product_id", product).id("location_id", location).qty("qty", qty);
    lot.write(w);
    return w;
}

Effects pickEffects(qint64 line, qint64 product, qint64 location, Milli qty, const LotRef &lot, qint64 destination)
{
    if (qty == 0)
        return {};
    Effects e {Effect::onTransferLine(line, qty), Effect::onQuant({location, product, lot.id, 0}, -qty)};
    if (destination)
        e.append(Effect::onQuant({destination, product, lot.id, 0}, qty));
    return e;
}

} // namespace

QJsonObject Pick::toJson() const
{
    return writePick(transferLineId, productId, locationId, qty, lot).take();
}

Result<Pick> Pick::parse(const QJsonObject &payload)
{
    auto f = readPick(PayloadReader(payload), false);
    if (!f)
        return f.error();
    return Pick {f->line, f->product, f->location, f->qty, f->lot};
}

Effects Pick::effects(qint64 lineDestination) const
{
    return pickEffects(transferLineId, productId, locationId, qty, lot, lineDestination);
}

QJsonObject ShortPick::toJson() const
{
    return writePick(transferLineId, productId, locationId, qty, lot).text("reason_code", reasonCode).take();
}

Result<ShortPick> ShortPick::parse(const QJsonObject &payload)
{
    const PayloadReader r(payload);
    auto f = readPick(r, true);
    if (!f)
        return f.error();
    auto reason = r.requireString("reason_code");
    if (!reason)
        return reason.error();
    return ShortPick {f->line, f->product, f->location, f->qty, f->lot, reason.value()};
}

Effects ShortPick::effects(qint64 lineDestination) const
{
    return pickEffects(transferLineId, productId, locationId, qty, lot, lineDestination);
}

} // namespace stockhand::ops
