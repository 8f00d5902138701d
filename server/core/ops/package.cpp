// label_package: a package got a logistic label with an SSCC from the device's reserved range. The package
// is recorded under its SSCC at the location; an SSCC the server knows already raises sscc_duplicate (the
// first package is kept), one outside every range issued to the device raises sscc_outside_range (the
// package is still recorded: the label is on the pallet).
#include "ops/opcontext.h"

namespace stockhand::server {

Status applyLabelPackage(OpContext &ctx)
{
    auto p = ctx.payload<ops::LabelPackage>();
    SH_TRY(p);
    SH_TRY(ctx.requireLocation(p->locationId));
    if (p->transferId) {
        auto t = ctx.books.transfer(p->transferId);
        SH_TRY(t);
        if (!t.value() || t.value()->warehouseId != ctx.device.warehouseId)
            return ctx.reject(
                "op.unknown-transfer", QStringLiteral("Transfer %1 is not in this warehouse.").arg(p->transferId));
    }
    auto known = ctx.books.packageByName(p->sscc);
    SH_TRY(known);
    if (known.value()) {
        ctx.result.insert(QStringLiteral("package_id"), *known.value());
        SH_TRY(ctx.raise({QStringLiteral("sscc_duplicate"),
            QStringLiteral("SSCC %1 labels package %2 already; the second label (location %3) was not recorded.")
                .arg(p->sscc)
                .arg(*known.value())
                .arg(p->locationId),
            0, p->locationId, 0, 0, 0}));
        return {};
    }
    auto id = ctx.books.createPackage(p->sscc, p->locationId);
    SH_TRY(id);
    ctx.result.insert(QStringLiteral("package_id"), id.value());
    auto issued = ctx.books.ssccIssuedTo(ctx.device.id, p->sscc);
    SH_TRY(issued);
    if (!issued.value()) {
        SH_TRY(ctx.raise({QStringLiteral("sscc_outside_range"),
            QStringLiteral("SSCC %1 is outside every range issued to device %2; the package is recorded.")
                .arg(p->sscc, ctx.device.name.isEmpty() ? ctx.device.id : ctx.device.name),
            0, p->locationId, 0, 0, 0}));
    }
    return {};
}

} // namespace stockhand::server
