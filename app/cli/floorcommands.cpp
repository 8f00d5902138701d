#include "floorcommands.h"

#include "floorargs.h"
#include "ops/ops.h"
#include "store/adjustments.h"
#include "store/catalog.h"
#include "store/counttasks.h"
#include "store/serverexceptions.h"
#include "store/stockview.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace stockhand::cli {

const char *const kFloorUsage = R"(
Floor commands (each needs --user BADGE --pin PIN, or --user BADGE after sign-in; records one operation
in the outbox, prints it):
  pick --line ID --qty Q [--location LOC] [--lot NAME | --lot-id ID]
  short-pick --line ID --qty Q --reason CODE [--location LOC] [--lot NAME | --lot-id ID]
  receive (--line ID | --product PRODUCT) --qty Q [--location LOC] [--lot NAME | --lot-id ID]
          [--expiry YYYY-MM-DD] [--package PKG] [--reason CODE [--note TEXT]]
                                   a reason of kind discrepancy (OVER, WRONG_ITEM, RCV_DAMAGED, ...);
                                   damaged or held goods go to the warehouse's quarantine location
  discrepancy --line ID --qty Q --reason CODE [--note TEXT]
                                   goods short or refused on a receipt line (no stock moves)
  attach-barcode (--product PRODUCT | --sku SKU) --code CODE [--packaging unit|case|pallet --qty Q]
                                   this barcode is that product (the server records it for every device)
  move --product PRODUCT --from LOC --to LOC --qty Q [--lot NAME | --lot-id ID] [--package PKG]
       [--line ID] [--reason CODE]
  count --location LOC --product PRODUCT --qty Q [--lot NAME | --lot-id ID] [--count-line ID]
        [--counted-at ISO-TIME]
  validate --transfer TRANSFER [--close-short]
  approve --adjustment ID --reason CODE [--note TEXT]     (supervisor; a reason may need a note)
  reject --adjustment ID [--reason CODE] [--note TEXT]    (supervisor)
  recount (--adjustment ID | --location LOC [--product PRODUCT])   (supervisor)
  resolve --exception ID (--note TEXT | --recount [--note TEXT])   (supervisor)
  policy [--group G] [--all-warehouses] (--max-qty Q | --max-percent P | --max-value-cents C)... | --remove
                                   count thresholds of this warehouse (supervisor; every warehouse: admin)
  Supervisor decisions need a session on this device (sign-in) and then take --user without --pin.
  LOC, PRODUCT, TRANSFER, PKG: an id, or a code as scanned ("WH1-A01-01-1-01", a GTIN, GS1 data,
  a reference); "scan:CODE" scans a numeric code. Exit: 0 recorded, 1 refused, 2 usage.
)";

namespace {

using floor::Args;
using floor::Floor;

QJsonObject effectJson(const ops::Effect &e)
{
    QJsonObject o {{QStringLiteral("target"), QLatin1String(ops::targetName(e.target))},
        {QStringLiteral("delta"), formatQuantity(e.delta)}};
    if (e.target != ops::Effect::Target::Quant) {
        o.insert(QStringLiteral("line_id"), e.lineId);
        return o;
    }
    o.insert(QStringLiteral("location_id"), e.quant.locationId);
    o.insert(QStringLiteral("product_id"), e.quant.productId);
    if (e.quant.lotId)
        o.insert(QStringLiteral("lot_id"), e.quant.lotId);
    if (e.quant.packageId)
        o.insert(QStringLiteral("package_id"), e.quant.packageId);
    return o;
}

int fail(Context &c, const Error &e)
{
    c.err << "refused: " << e.toString() << Qt::endl;
    return floor::exitCodeOf(e);
}

// The payload as the server will read it: the kind's own parser over its JSON, with the values typed on
// the command line (quantity, date, time) put in as typed, so that "abc", "-1" or "1.0005" get the code
// the server answers (op.invalid-quantity, op.wrong-type). What is recorded is the parsed payload's JSON,
// which the parser must read back as the same payload.
template<typename P>
Result<P> asTheServerReadsIt(const P &draft, std::initializer_list<std::pair<const char *, QString>> typed)
{
    QJsonObject json = draft.toJson();
    for (const auto &[field, text] : typed) {
        if (!text.isNull())
            json.insert(QLatin1String(field), text);
    }
    auto parsed = P::parse(json);
    if (!parsed)
        return parsed.error();
    auto again = P::parse(parsed->toJson());
    if (!again || !(*again == *parsed))
        return makeError("op.payload", QStringLiteral("The payload does not read back as written."));
    return parsed;
}

// Records the operation and its predicted effects in one durable transaction; prints it.
template<typename P> int record(Floor &f, const P &payload, const ops::Effects &effects)
{
    auto op = f.c.store.record(ops::draft(payload, f.user.id, effects));
    if (!op)
        return fail(f.c, op.error());
    QJsonArray list;
    for (const ops::Effect &e : effects)
        list.append(effectJson(e));
    QJsonObject out = op->toJson(); // the wire form, plus its state and what it predicts
    out.insert(QStringLiteral("state"), opStateName(op->state));
    out.insert(QStringLiteral("effects"), list);
    f.c.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    f.c.out.flush();
    return 0;
}

#define FLOOR_CHECK(expr)                                                                                              \
    if (Status floorStatus = (expr); !floorStatus)                                                                     \
        return fail(f.c, floorStatus.error());

#define FLOOR_TRY(var, expr)                                                                                           \
    auto var = (expr);                                                                                                 \
    if (!var)                                                                                                          \
        return fail(f.c, var.error());

// The pick screen offers only lines with something left to pick that were not short picked.
Status lineOpen(const store::TransferLine &line)
{
    if (line.state == store::TransferLine::State::Open)
        return {};
    return makeError("op.line-complete",
        QStringLiteral("Line %1 is %2 on this device.")
            .arg(QString::number(line.id),
                line.state == store::TransferLine::State::Short ? QStringLiteral("short picked")
                                                                : QStringLiteral("complete")));
}

// pick and short-pick: from the line's source (or --location) to the line's destination, as the pick
// screen records them.
int pickCommand(Floor &f, bool isShort)
{
    FLOOR_TRY(line, f.line("--line", {"pick"}));
    FLOOR_TRY(product, store::productInfo(f.db(), line->productId));
    qint64 from = line->fromLocationId;
    if (f.args.has("--location")) {
        FLOOR_TRY(loc, f.location("--location"));
        from = loc->id;
    }
    FLOOR_TRY(qtyText, f.args.required("--qty"));
    // A short pick of nothing needs no lot; anything picked of a tracked product does.
    const bool nothing = isShort && parseQuantity(*qtyText) == Milli(0);
    FLOOR_TRY(lot, f.lot(**product, {}, true, !nothing));
    if (line->lotId && lot->id && lot->id != line->lotId)
        return fail(
            f.c, makeError("op.wrong-lot", QStringLiteral("Line %1 needs lot %2.").arg(line->id).arg(line->lotId)));
    if (lot->id && !nothing) {
        FLOOR_TRY(onHand, store::quantOnHand(f.db(), from, line->productId, lot->id));
        if (*onHand <= 0)
            return fail(f.c,
                makeError("op.not-enough-stock",
                    QStringLiteral("Lot %1 is not at location %2 on this device.").arg(lot->id).arg(from)));
    }
    if (!isShort) {
        FLOOR_TRY(pick, asTheServerReadsIt(ops::Pick {line->id, line->productId, from, 0, *lot}, {{"qty", *qtyText}}));
        FLOOR_CHECK(lineOpen(*line));
        if (pick->qty > line->remaining())
            return fail(f.c,
                makeError("op.over-quantity",
                    QStringLiteral("Only %1 are left to pick on line %2.")
                        .arg(formatQuantity(line->remaining()))
                        .arg(line->id)));
        return record(f, *pick, pick->effects(line->toLocationId));
    }
    FLOOR_TRY(reason, f.reason("--reason", "short_pick", true));
    FLOOR_TRY(shortPick,
        asTheServerReadsIt(ops::ShortPick {line->id, line->productId, from, 0, *lot, *reason}, {{"qty", *qtyText}}));
    FLOOR_CHECK(lineOpen(*line));
    if (shortPick->qty >= line->remaining())
        return fail(f.c,
            makeError("op.over-quantity",
                QStringLiteral("With %1 line %2 is complete: pick it instead.")
                    .arg(formatQuantity(shortPick->qty))
                    .arg(line->id)));
    return record(f, *shortPick, shortPick->effects(line->toLocationId));
}

Result<qint64> receiveLocation(Floor &f, const std::optional<store::TransferLine> &line);

// receive: against a line of an open receipt (its product, its destination) or unexpected.
int receiveCommand(Floor &f)
{
    std::optional<store::TransferLine> line;
    if (f.args.has("--line")) {
        FLOOR_TRY(l, f.line("--line", {"receipt"}));
        line = *l;
    } else if (!f.args.has("--product")) {
        return fail(f.c, floor::usage(QStringLiteral("receive needs --line ID or --product PRODUCT")));
    }
    floor::ProductArg product;
    if (f.args.has("--product")) {
        FLOOR_TRY(p, f.product("--product"));
        product = *p;
        if (line && product.product.id != line->productId)
            return fail(f.c,
                makeError("op.product-mismatch",
                    QStringLiteral("Line %1 is for product %2, not %3.")
                        .arg(line->id)
                        .arg(line->productId)
                        .arg(product.product.id)));
    } else {
        FLOOR_TRY(p, store::productInfo(f.db(), line->productId));
        product.product = **p;
    }
    FLOOR_TRY(where, receiveLocation(f, line));
    const qint64 location = *where;
    if (!location)
        return fail(f.c, floor::usage(QStringLiteral("this warehouse has no receiving dock: give --location")));
    FLOOR_TRY(lot, f.lot(product.product, product.scannedLot, false, true));
    QDate expiry;
    if (lot->id && !f.args.has("--expiry")) { // a known lot: its expiry, as the screen takes it
        FLOOR_TRY(known, store::lotInfo(f.db(), lot->id));
        expiry = QDate::fromString((*known)->expiry, Qt::ISODate);
    }
    qint64 packageId = 0;
    if (f.args.has("--package")) {
        FLOOR_TRY(pkg, f.package("--package"));
        packageId = pkg->id;
    }
    FLOOR_TRY(qtyText, f.args.required("--qty"));
    FLOOR_TRY(reason, f.reason("--reason", "discrepancy", false));
    if (f.args.has("--note") && reason->isEmpty())
        return fail(f.c, floor::usage(QStringLiteral("--note goes with --reason CODE")));
    FLOOR_TRY(receive,
        asTheServerReadsIt(ops::Receive {line ? line->id : 0, product.product.id, location, 0, *lot, expiry, packageId,
                               *reason, f.args.text("--note").trimmed()},
            {{"qty", *qtyText}, {"expiry", f.args.has("--expiry") ? f.args.text("--expiry") : QString()}}));
    return record(f, *receive, receive->effects());
}

// The location a receive goes to: --location, else damaged or held goods (ops::goesToQuarantine) to the
// warehouse's quarantine location, else the line's destination, else the receiving dock. Goods of such a
// reason received elsewhere are booked (a physical fact) and the server raises quarantine_bypassed; the
// CLI says so first.
Result<qint64> receiveLocation(Floor &f, const std::optional<store::TransferLine> &line)
{
    const QString reason = f.args.text("--reason").trimmed();
    const bool quarantine = ops::goesToQuarantine(reason);
    if (f.args.has("--location")) {
        auto loc = f.location("--location");
        if (!loc)
            return loc.error();
        if (quarantine && !loc->quarantine)
            f.c.err << "warning: " << reason << " goods belong in quarantine; " << loc->name
                    << " is not a quarantine location (the server raises quarantine_bypassed)" << Qt::endl;
        return loc->id;
    }
    if (quarantine) {
        auto q = store::quarantineLocation(f.db(), f.warehouseId);
        if (!q)
            return q.error();
        if (!*q)
            return floor::usage(
                QStringLiteral("this warehouse has no quarantine location for %1 goods: give --location").arg(reason));
        return *q;
    }
    if (line && line->toLocationId)
        return line->toLocationId;
    return store::receivingLocation(f.db(), f.warehouseId);
}

// discrepancy: goods short or refused on a line of an open receipt; no stock moves.
int discrepancyCommand(Floor &f)
{
    FLOOR_TRY(line, f.line("--line", {"receipt"}));
    FLOOR_TRY(reason, f.reason("--reason", "discrepancy", true));
    FLOOR_TRY(qtyText, f.args.required("--qty"));
    FLOOR_TRY(p,
        asTheServerReadsIt(
            ops::ReportDiscrepancy {line->id, 0, *reason, f.args.text("--note").trimmed()}, {{"qty", *qtyText}}));
    return record(f, *p, {});
}

// attach-barcode: "this barcode is that product", recorded for the server; until the feed brings it back,
// this device resolves the code from its outbox (store::pendingBarcode).
int attachBarcodeCommand(Floor &f)
{
    store::ProductInfo product;
    if (f.args.has("--sku") == f.args.has("--product"))
        return fail(f.c, floor::usage(QStringLiteral("attach-barcode needs --product PRODUCT or --sku SKU")));
    if (f.args.has("--sku")) {
        FLOOR_TRY(p, store::productBySku(f.db(), f.args.text("--sku").trimmed()));
        if (!*p)
            return fail(f.c,
                makeError("op.unknown-product",
                    QStringLiteral("No product has SKU %1 on this device.").arg(f.args.text("--sku"))));
        product = **p;
    } else {
        FLOOR_TRY(p, f.product("--product"));
        product = p->product;
    }
    FLOOR_TRY(codeText, f.args.required("--code"));
    const QString code = ops::barcodeKey(*codeText);
    FLOOR_TRY(known, store::barcodeProduct(f.db(), code));
    if (*known)
        return fail(f.c,
            makeError(**known == product.id ? "op.barcode-known" : "op.barcode-attached-elsewhere",
                QStringLiteral("Barcode %1 is already attached to product %2.").arg(code).arg(**known)));
    if (f.args.has("--qty") && !f.args.has("--packaging"))
        return fail(f.c, floor::usage(QStringLiteral("--qty goes with --packaging case|pallet")));
    ops::AttachBarcode draft;
    draft.productId = product.id;
    draft.code = code;
    QJsonObject typed = draft.toJson();
    if (f.args.has("--packaging"))
        typed.insert(QStringLiteral("packaging"), f.args.text("--packaging"));
    if (f.args.has("--qty"))
        typed.insert(QStringLiteral("qty"), f.args.text("--qty"));
    auto parsed = ops::AttachBarcode::parse(typed);
    if (!parsed)
        return fail(f.c, parsed.error());
    FLOOR_TRY(checked, asTheServerReadsIt(*parsed, {}));
    return record(f, *checked, {});
}

// move: putaway or internal move; the stock must be at the source on this device, as on the putaway screen.
int moveCommand(Floor &f)
{
    FLOOR_TRY(product, f.product("--product"));
    qint64 packageId = 0, from = 0;
    if (f.args.has("--package")) {
        FLOOR_TRY(pkg, f.package("--package"));
        packageId = pkg->id;
        from = pkg->locationId;
    }
    if (f.args.has("--from") || !from) {
        FLOOR_TRY(loc, f.location("--from"));
        from = loc->id;
    }
    FLOOR_TRY(to, f.location("--to"));
    FLOOR_TRY(lot, f.lot(product->product, product->scannedLot, true, true));
    qint64 lineId = 0;
    if (f.args.has("--line")) {
        FLOOR_TRY(line, f.line("--line", {"putaway", "internal"}));
        if (line->productId != product->product.id)
            return fail(f.c,
                makeError("op.product-mismatch",
                    QStringLiteral("Line %1 is for product %2, not %3.")
                        .arg(line->id)
                        .arg(line->productId)
                        .arg(product->product.id)));
        lineId = line->id;
    }
    FLOOR_TRY(reason, f.reason("--reason", "putaway_override", false));
    FLOOR_TRY(qtyText, f.args.required("--qty"));
    FLOOR_TRY(move,
        asTheServerReadsIt(
            ops::Move {product->product.id, from, to->id, 0, *lot, packageId, lineId, *reason}, {{"qty", *qtyText}}));
    FLOOR_TRY(onHand, store::quantOnHand(f.db(), from, move->productId, move->lot.id, packageId));
    if (move->qty > *onHand)
        return fail(f.c,
            makeError("op.not-enough-stock",
                QStringLiteral("Only %1 of %2 are at location %3 on this device.")
                    .arg(formatQuantity(qMax<Milli>(*onHand, 0)), product->product.sku)
                    .arg(from)));
    return record(f, *move, move->effects());
}

// count: what was counted of a product at a location, on the open count line there (or --count-line).
int countCommand(Floor &f)
{
    FLOOR_TRY(location, f.location("--location"));
    FLOOR_TRY(product, f.product("--product"));
    FLOOR_TRY(lot, f.lot(product->product, product->scannedLot, false, true));
    FLOOR_TRY(lineId, f.args.optionalId("--count-line"));
    qint64 countLine = *lineId;
    if (countLine) {
        FLOOR_TRY(l, store::loadCountLine(f.db(), countLine));
        if (!*l || (*l)->warehouseId != f.warehouseId || (*l)->locationId != location->id)
            return fail(f.c,
                makeError("op.unknown-count-line",
                    QStringLiteral("Count line %1 is not a line of this warehouse at %2.")
                        .arg(QString::number(countLine), location->name)));
        if ((*l)->productId && (*l)->productId != product->product.id)
            return fail(f.c,
                makeError("op.product-mismatch",
                    QStringLiteral("Count line %1 counts product %2 only.").arg(countLine).arg((*l)->productId)));
        if ((*l)->state == u"cancelled" || (*l)->taskState == u"done" || (*l)->taskState == u"cancelled")
            return fail(f.c, makeError("op.count-closed", QStringLiteral("Count line %1 is closed.").arg(countLine)));
    } else {
        FLOOR_TRY(open, store::openCountLineAt(f.db(), f.warehouseId, location->id, product->product.id));
        countLine = *open;
    }
    FLOOR_TRY(qtyText, f.args.required("--qty"));
    const QDateTime now = f.c.store.clock().now(); // as the count screen stamps a closed location
    FLOOR_TRY(count,
        asTheServerReadsIt(ops::Count {location->id, product->product.id, *lot, 0, now, countLine},
            {{"qty", *qtyText}, {"counted_at", f.args.has("--counted-at") ? f.args.text("--counted-at") : QString()}}));
    return record(f, *count, count->effects());
}

int validateCommand(Floor &f)
{
    FLOOR_TRY(transfer, f.transfer("--transfer"));
    if (!ops::mayValidate(f.user.roles, transfer->kind))
        return fail(f.c,
            makeError("role.forbidden", QStringLiteral("%1 may not validate a %2.").arg(f.user.badge, transfer->kind)));
    if (transfer->closed())
        return fail(f.c,
            makeError(
                "op.transfer-closed", QStringLiteral("%1 is already %2.").arg(transfer->reference, transfer->state)));
    const auto mode = f.args.has("--close-short") ? ops::ValidateTransfer::Mode::CloseShort
                                                  : ops::ValidateTransfer::Mode::Backorder;
    FLOOR_TRY(validate, asTheServerReadsIt(ops::ValidateTransfer {transfer->id, mode}, {}));
    return record(f, *validate, {});
}

// A pending adjustment of this warehouse.
Result<store::AdjustmentInfo> pendingAdjustment(Floor &f)
{
    auto id = f.args.requiredId("--adjustment");
    if (!id)
        return id.error();
    auto adj = store::loadAdjustment(f.db(), *id);
    if (!adj)
        return adj.error();
    if (!*adj || (*adj)->warehouseId != f.warehouseId)
        return makeError("op.unknown-adjustment", QStringLiteral("Adjustment %1 is not in this warehouse.").arg(*id));
    if ((*adj)->state != u"pending" || (*adj)->decidedHere)
        return makeError("op.adjustment-decided",
            QStringLiteral("Adjustment %1 is already %2.")
                .arg(QString::number(*id),
                    (*adj)->decidedHere ? QStringLiteral("decided on this device") : (*adj)->state));
    return **adj;
}

int decideCommand(Floor &f, bool approve)
{
    FLOOR_TRY(adj, pendingAdjustment(f));
    FLOOR_TRY(reason, f.reason("--reason", "adjustment", approve));
    const QString note = f.args.text("--note").trimmed();
    // The reason policy, as the console and the server apply it.
    if (!reason->isEmpty()) {
        auto needsNote = store::adjustmentReasonNeedsNote(f.c.store.db(), *reason);
        if (!needsNote)
            return fail(f.c, needsNote.error());
        if (needsNote->value_or(false) && note.isEmpty())
            return fail(f.c,
                makeError("op.note-required", QStringLiteral("The reason %1 needs a note: --note TEXT.").arg(*reason)));
    }
    if (approve) {
        FLOOR_TRY(p, asTheServerReadsIt(ops::ApproveAdjustment {adj->id, *reason, note}, {}));
        return record(f, *p, {});
    }
    FLOOR_TRY(p, asTheServerReadsIt(ops::RejectAdjustment {adj->id, *reason, note}, {}));
    return record(f, *p, {});
}

int recountCommand(Floor &f)
{
    ops::RequestRecount recount;
    if (f.args.has("--adjustment")) {
        if (f.args.has("--location") || f.args.has("--product"))
            return fail(f.c, floor::usage(QStringLiteral("give --adjustment, or --location [--product], not both")));
        FLOOR_TRY(adj, pendingAdjustment(f));
        recount.adjustmentId = adj->id;
    } else {
        if (!f.args.has("--location"))
            return fail(f.c, floor::usage(QStringLiteral("recount needs --adjustment ID or --location LOC")));
        FLOOR_TRY(location, f.location("--location"));
        recount.locationId = location->id;
        if (f.args.has("--product")) {
            FLOOR_TRY(product, f.product("--product"));
            recount.productId = product->product.id;
        }
    }
    FLOOR_TRY(p, asTheServerReadsIt(recount, {}));
    return record(f, *p, {});
}

int resolveCommand(Floor &f)
{
    FLOOR_TRY(id, f.args.requiredId("--exception"));
    auto e = store::loadServerException(f.db(), *id);
    if (!e)
        return fail(f.c, e.error());
    if (!*e || (*e)->warehouseId != f.warehouseId)
        return fail(
            f.c, makeError("op.unknown-exception", QStringLiteral("Exception %1 is not in this warehouse.").arg(*id)));
    if ((*e)->state != u"open" || (*e)->resolvedHere)
        return fail(
            f.c, makeError("op.exception-resolved", QStringLiteral("Exception %1 is already resolved.").arg(*id)));
    ops::ResolveException r;
    r.exceptionId = *id;
    r.action
        = f.args.has("--recount") ? ops::ResolveException::Action::Recount : ops::ResolveException::Action::Acknowledge;
    r.note = f.args.text("--note");
    FLOOR_TRY(p, asTheServerReadsIt(r, {}));
    return record(f, *p, {});
}

int policyCommand(Floor &f)
{
    ops::SetCountPolicy p;
    p.userGroup = f.args.text("--group");
    p.allWarehouses = f.args.has("--all-warehouses");
    p.remove = f.args.has("--remove");
    if (p.allWarehouses && !f.user.roles.contains(QStringLiteral("admin")))
        return fail(f.c,
            makeError("role.forbidden", QStringLiteral("Only an admin sets the count policy of every warehouse.")));
    QJsonObject typed = p.toJson();
    const auto number = [&](const char *option, const char *field) -> Status {
        if (!f.args.has(option))
            return {};
        bool ok = false;
        const double v = f.args.text(option).toDouble(&ok);
        if (!ok)
            return makeError("op.wrong-type", QStringLiteral("%1 must be a number.").arg(QLatin1String(option)));
        typed.insert(QLatin1String(field), v);
        return {};
    };
    if (f.args.has("--max-qty"))
        typed.insert(QStringLiteral("max_qty"), f.args.text("--max-qty"));
    if (Status s = number("--max-percent", "max_percent"); !s)
        return fail(f.c, s.error());
    if (Status s = number("--max-value-cents", "max_value_cents"); !s)
        return fail(f.c, s.error());
    auto parsed = ops::SetCountPolicy::parse(typed);
    if (!parsed)
        return fail(f.c, parsed.error());
    FLOOR_TRY(checked, asTheServerReadsIt(*parsed, {}));
    return record(f, *checked, {});
}

#undef FLOOR_TRY
#undef FLOOR_CHECK

struct FloorCommand
{
    const char *name;
    std::optional<ops::Kind> kind; // the roles checked at sign-in (validate: by the transfer's kind)
    std::vector<const char *> options;
    std::vector<const char *> flags;
    int (*run)(Floor &);
};

const FloorCommand kCommands[] = {
    {"pick", ops::Kind::Pick, {"--line", "--qty", "--location", "--lot", "--lot-id"}, {},
        [](Floor &f) { return pickCommand(f, false); }},
    {"short-pick", ops::Kind::ShortPick, {"--line", "--qty", "--reason", "--location", "--lot", "--lot-id"}, {},
        [](Floor &f) { return pickCommand(f, true); }},
    {"receive", ops::Kind::Receive,
        {"--line", "--product", "--location", "--qty", "--lot", "--lot-id", "--expiry", "--package", "--reason",
            "--note"},
        {}, receiveCommand},
    {"discrepancy", ops::Kind::ReportDiscrepancy, {"--line", "--qty", "--reason", "--note"}, {}, discrepancyCommand},
    {"attach-barcode", ops::Kind::AttachBarcode, {"--product", "--sku", "--code", "--packaging", "--qty"}, {},
        attachBarcodeCommand},
    {"move", ops::Kind::Move,
        {"--product", "--from", "--to", "--qty", "--lot", "--lot-id", "--package", "--line", "--reason"}, {},
        moveCommand},
    {"count", ops::Kind::Count,
        {"--location", "--product", "--qty", "--lot", "--lot-id", "--count-line", "--counted-at"}, {}, countCommand},
    {"validate", std::nullopt, {"--transfer"}, {"--close-short"}, validateCommand},
    {"approve", ops::Kind::ApproveAdjustment, {"--adjustment", "--reason", "--note"}, {},
        [](Floor &f) { return decideCommand(f, true); }},
    {"reject", ops::Kind::RejectAdjustment, {"--adjustment", "--reason", "--note"}, {},
        [](Floor &f) { return decideCommand(f, false); }},
    {"recount", ops::Kind::RequestRecount, {"--adjustment", "--location", "--product"}, {}, recountCommand},
    {"resolve", ops::Kind::ResolveException, {"--exception", "--note"}, {"--recount"}, resolveCommand},
    {"policy", ops::Kind::SetCountPolicy, {"--group", "--max-qty", "--max-percent", "--max-value-cents"},
        {"--all-warehouses", "--remove"}, policyCommand},
};

const FloorCommand *findCommand(const QString &name)
{
    for (const FloorCommand &c : kCommands) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

} // namespace

bool isFloorCommand(const QString &command)
{
    return findCommand(command) != nullptr;
}

int floorCommand(Context &c, const QStringList &args)
{
    const FloorCommand *command = findCommand(args.value(0));
    if (!command)
        return fail(c, floor::usage(QStringLiteral("not a floor command")));
    auto parsed = Args::parse(args.mid(1), command->options, command->flags);
    if (!parsed) {
        c.err << "usage: " << parsed.error().message << Qt::endl << kFloorUsage;
        return 2;
    }
    Floor f(c, std::move(parsed).value());
    if (Status s = f.signIn(command->kind); !s)
        return fail(c, s.error());
    return command->run(f);
}

} // namespace stockhand::cli
