// How the resolver decides: which lookups a code gets, which meaning wins, what an unknown code offers.
// Its messages are in the worker's language: QCoreApplication::translate with the context "Resolver"
// (ui/CMakeLists.txt has lupdate read this file; the German is in ui/i18n/stockhand_de.ts).
#include "scan/gtin.h"
#include "scan/resolver.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace stockhand::scan {

namespace {

bool startsWithAny(const QString &s, const QStringList &prefixes)
{
    for (const QString &p : prefixes) {
        if (!p.isEmpty() && s.startsWith(p, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool kindMatches(EntityKind found, EntityKind expected)
{
    if (expected == EntityKind::Lot || expected == EntityKind::Serial)
        return found == EntityKind::Lot || found == EntityKind::Serial;
    if (expected == EntityKind::Transfer || expected == EntityKind::CountTask)
        return found == EntityKind::Transfer || found == EntityKind::CountTask;
    return found == expected;
}

QString describe(const Match &m)
{
    switch (m.kind) {
    case EntityKind::Product:
        return m.packaging == u"unit" ? QCoreApplication::translate("Resolver", "Product %1").arg(m.label)
                                      : QCoreApplication::translate("Resolver", "Product %1 (%2 of %3)")
                                            .arg(m.label, m.packaging, formatQuantity(m.packQty));
    case EntityKind::Location:
        return QCoreApplication::translate("Resolver", "Location %1").arg(m.label);
    case EntityKind::Lot:
    case EntityKind::Serial:
        return m.label;
    case EntityKind::Package:
        return QCoreApplication::translate("Resolver", "Package %1").arg(m.label);
    case EntityKind::Transfer:
        return QCoreApplication::translate("Resolver", "Transfer %1 (%2)").arg(m.label, m.detail);
    case EntityKind::CountTask:
        return QCoreApplication::translate("Resolver", "Count task %1 (%2)").arg(m.label, m.detail);
    case EntityKind::User:
        return m.detail == u"active" ? QCoreApplication::translate("Resolver", "User %1").arg(m.label)
                                     : QCoreApplication::translate("Resolver", "User %1 (inactive)").arg(m.label);
    default:
        return QString();
    }
}

QString kindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Location:
        return QCoreApplication::translate("Resolver", "location");
    case EntityKind::User:
        return QCoreApplication::translate("Resolver", "user");
    case EntityKind::Transfer:
        return QCoreApplication::translate("Resolver", "transfer");
    case EntityKind::Package:
        return QCoreApplication::translate("Resolver", "package");
    default:
        return QString::fromLatin1(nameOf(kind));
    }
}

} // namespace

void Resolver::decide(QList<Match> candidates, const ScanContext &ctx, const QString &shown, Resolution &out)
{
    if (candidates.isEmpty()) {
        out.kind = EntityKind::Unknown;
        return;
    }
    qsizetype pick = candidates.size() == 1 ? 0 : -1;
    if (pick < 0 && ctx.expected != EntityKind::Unknown) {
        QList<qsizetype> matching;
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            if (kindMatches(candidates[i].kind, ctx.expected))
                matching.append(i);
        }
        if (matching.size() > 1 && ctx.expectedProductId > 0) {
            QList<qsizetype> sameProduct;
            for (qsizetype i : matching) {
                if (candidates[i].productId == ctx.expectedProductId)
                    sameProduct.append(i);
            }
            matching = sameProduct;
        }
        if (matching.size() == 1)
            pick = matching.front();
    }
    if (pick < 0 && ctx.expectedProductId > 0) {
        // Several lots of the same name: the one of the product being handled.
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            if (candidates[i].productId == ctx.expectedProductId && pick < 0)
                pick = i;
            else if (candidates[i].productId == ctx.expectedProductId)
                pick = -2;
        }
        pick = qMax<qsizetype>(pick, -1);
    }
    if (pick < 0) {
        out.kind = EntityKind::Ambiguous;
        out.alternatives = candidates;
        QStringList what;
        for (const Match &m : candidates)
            what << describe(m);
        out.message = QCoreApplication::translate(
            "Resolver", "%1 could be: %2. Choose one, or scan it where one of them is expected.")
                          .arg(shown, what.join(u"; "_s));
        return;
    }
    out.match = candidates.takeAt(pick);
    out.kind = out.match.kind;
    out.alternatives = candidates;
    out.message = describe(out.match);
}

Status Resolver::resolveGs1(const Interpretation &scan, const ScanContext &ctx, Resolution &out)
{
    const Gs1Message &m = scan.gs1;
    out.lotName = m.value(u"10");
    out.serial = m.value(u"21");
    out.sscc = m.value(u"00");
    if (const Gs1Element *e = m.find(u"17"))
        out.expiry = e->date;
    for (const char16_t *ai : {u"30", u"37"}) {
        if (const Gs1Element *e = m.find(QStringView(ai)))
            out.quantity = units(e->decimal.toLongLong());
    }
    QList<Match> packages, products;
    if (!out.sscc.isEmpty())
        SH_TRY(findSimple(EntityKind::Package, out.sscc, packages));
    for (const QString &gtin : scan.gtins)
        SH_TRY(findProduct(gtin, products));
    if (!products.isEmpty() && (packages.isEmpty() || ctx.expected == EntityKind::Product)) {
        decide(products + packages, {EntityKind::Product, 0, false, false}, scan.gtin(), out);
        const QString lotKey = out.serial.isEmpty() ? out.lotName : out.serial;
        if (!lotKey.isEmpty()) {
            QList<Match> lots;
            SH_TRY(findLots(lotKey, out.match.productId, lots));
            if (!lots.isEmpty())
                out.lotId = lots.front().id;
            const QString key = lots.isEmpty() ? lotKey : lots.front().code;
            if (out.serial.isEmpty())
                out.message += lots.isEmpty() ? QCoreApplication::translate("Resolver", " · lot %1 (new)").arg(key)
                                              : QCoreApplication::translate("Resolver", " · lot %1").arg(key);
            else
                out.message += lots.isEmpty() ? QCoreApplication::translate("Resolver", " · serial %1 (new)").arg(key)
                                              : QCoreApplication::translate("Resolver", " · serial %1").arg(key);
            if (lots.isEmpty() && ctx.mayCreateLot)
                out.actions.append(ScanAction::CreateLot);
        }
        if (out.expiry.isValid())
            out.message += QCoreApplication::translate("Resolver", " · exp %1").arg(out.expiry.toString(Qt::ISODate));
        if (out.quantity)
            out.message += QCoreApplication::translate("Resolver", " · qty %1").arg(formatQuantity(*out.quantity));
        return {};
    }
    if (!packages.isEmpty()) {
        decide(packages + products, {EntityKind::Package, 0, false, false}, out.sscc, out);
        return {};
    }
    // A lot or serial symbol without its product ((10), (21), (17) alone): the screen's line gives the
    // product (the Resolver only lets such a scan through when it does).
    if (const QString lotKey = out.serial.isEmpty() ? out.lotName : out.serial;
        !lotKey.isEmpty() && scan.gtins.isEmpty() && ctx.expectedProductId > 0) {
        QList<Match> lots;
        SH_TRY(findLots(lotKey, ctx.expectedProductId, lots));
        if (!lots.isEmpty())
            return decide(lots, ctx, lotKey, out), Status();
        out.kind = EntityKind::Unknown;
        out.lotName = lotKey;
        out.message = (out.serial.isEmpty() ? QCoreApplication::translate("Resolver", "Lot %1 (new)")
                                            : QCoreApplication::translate("Resolver", "Serial %1 (new)"))
                          .arg(lotKey);
        if (ctx.mayCreateLot)
            out.actions.append(ScanAction::CreateLot);
        return {};
    }
    if (const Gs1Element *gln = m.find(u"414")) {
        QList<Match> locations;
        const QString ext = m.value(u"254");
        if (!ext.isEmpty())
            SH_TRY(findSimple(EntityKind::Location, gln->value + ext, locations));
        if (locations.isEmpty())
            SH_TRY(findSimple(EntityKind::Location, gln->value, locations));
        if (!locations.isEmpty())
            return decide(locations, ctx, gln->value, out), Status();
        out.message = QCoreApplication::translate("Resolver", "GLN %1 is not a location in this store").arg(gln->value);
        return {};
    }
    out.kind = EntityKind::Unknown;
    if (!scan.gtins.isEmpty())
        out.message = QCoreApplication::translate("Resolver", "GTIN %1 is not in this store").arg(scan.gtin());
    else if (!out.sscc.isEmpty())
        out.message = QCoreApplication::translate("Resolver", "SSCC %1 is not in this store").arg(out.sscc);
    else
        out.message = QCoreApplication::translate("Resolver", "GS1 data without a product, package or location key: %1")
                          .arg(scan.summary());
    return {};
}

Status Resolver::resolveCode(const Interpretation &scan, const ScanContext &ctx, Resolution &out)
{
    const QString &code = scan.data;
    QList<Match> found;
    EntityKind only = EntityKind::Unknown;
    if (startsWithAny(code, m_rules.locationPrefixes))
        only = EntityKind::Location;
    else if (startsWithAny(code, m_rules.badgePrefixes))
        only = EntityKind::User;
    else if (startsWithAny(code, m_rules.transferPrefixes))
        only = EntityKind::Transfer;
    else if (startsWithAny(code, m_rules.packagePrefixes))
        only = EntityKind::Package;
    // A real EAN/UPC/ITF symbol is a product code; an inferred one may still be a lot or a bin.
    const bool productOnly = scan.form == ScanForm::Gtin && !scan.inferred;
    if (only == EntityKind::Unknown) {
        for (const QString &gtin : scan.gtins)
            SH_TRY(findProduct(gtin, found));
        if (!productOnly) {
            SH_TRY(findProduct(code, found));
            SH_TRY(findSku(code, found)); // the SKU the screens show ("SKU-0011147")
        }
        // A GTIN printed in another symbology (e.g. Code 128 "]C0" + 13 digits): its normal form too.
        if (scan.gtins.isEmpty() && hasValidCheckDigit(code)) {
            if (const auto normal = normalizeGtin(code); normal && *normal != code)
                SH_TRY(findProduct(*normal, found));
        }
    }
    if (!productOnly) {
        auto want = [&](EntityKind k) { return only == EntityKind::Unknown || kindMatches(k, only); };
        for (EntityKind k : {EntityKind::Location, EntityKind::Package, EntityKind::Transfer, EntityKind::CountTask,
                 EntityKind::User}) {
            if (want(k))
                SH_TRY(findSimple(k, code, found));
            if (k == EntityKind::Location && want(k))
                SH_TRY(findLocationName(code, found)); // the name the screens show ("A02-05-3-03")
        }
        if (only == EntityKind::Unknown)
            SH_TRY(findLots(code, 0, found));
    }
    decide(found, ctx, code, out);
    if (out.kind != EntityKind::Unknown)
        return {};
    if (only != EntityKind::Unknown)
        out.message = QCoreApplication::translate("Resolver", "Unknown %1 %2").arg(kindName(only), visibleText(code));
    else if (scan.form == ScanForm::Gtin)
        out.message = QCoreApplication::translate("Resolver", "GTIN %1 is not in this store").arg(scan.gtin());
    else
        out.message = QCoreApplication::translate(
            "Resolver", "Unknown barcode %1: not a product, location, lot, package, transfer or badge in this store")
                          .arg(visibleText(code));
    return {};
}

ScanSeverity severityOf(const Resolution &r, const ScanContext &ctx)
{
    switch (r.kind) {
    case EntityKind::Invalid:
        return ScanSeverity::Error;
    case EntityKind::Unknown:
    case EntityKind::Ambiguous:
        return ScanSeverity::Warning;
    default:
        break;
    }
    if (ctx.expected != EntityKind::Unknown && !kindMatches(r.kind, ctx.expected))
        return ScanSeverity::Warning;
    if (r.kind == EntityKind::Product && !r.lotName.isEmpty() && r.lotId == 0 && !ctx.mayCreateLot)
        return ScanSeverity::Warning;
    return ScanSeverity::Ok;
}

const char *nameOf(ScanSeverity severity)
{
    switch (severity) {
    case ScanSeverity::Ok:
        return "ok";
    case ScanSeverity::Warning:
        return "warning";
    case ScanSeverity::Error:
        return "error";
    }
    return "error";
}

void Resolver::offerActions(const Interpretation &scan, const ScanContext &ctx, Resolution &out)
{
    const bool productCode = scan.form != ScanForm::Gs1 || !scan.gtins.isEmpty();
    if (out.kind == EntityKind::Unknown && ctx.mayAttachBarcode && ctx.expectedProductId > 0 && productCode) {
        out.actions.append(ScanAction::AttachBarcode);
        out.attachCode = scan.gtins.isEmpty() ? scan.data : scan.gtin();
    }
    if (ctx.mayCreateLot && ctx.expectedProductId > 0 && kindMatches(EntityKind::Lot, ctx.expected)
        && scan.form == ScanForm::Text)
        out.actions.append(ScanAction::CreateLot);
    out.actions.append(ScanAction::EnterManually);
    out.actions.append(ScanAction::Rescan);
}

} // namespace stockhand::scan

namespace stockhand::scan {

QString lotLabel(bool serial, const QString &name, const QString &sku)
{
    return (serial ? QCoreApplication::translate("Resolver", "Serial %1 of %2")
                   : QCoreApplication::translate("Resolver", "Lot %1 of %2"))
        .arg(name, sku);
}

Result<Resolution> Resolver::resolveInput(const QString &input, const InterpretOptions &options, const ScanContext &ctx)
{
    const QString text = normalizeInput(input);
    const db::ReadTransaction snapshot(m_db); // the layout read-back's lookups in the same snapshot
    auto r = resolve(interpret(text, options), ctx);
    SH_TRY(r);
    r->resolvedText = text;
    if (!ctx.keyboardWedge || r->kind != EntityKind::Unknown || m_rules.wedgeLayout == LayoutMismatch::None)
        return r;
    // A wedge scanner set to another keyboard layout: the code it meant, if that one is known.
    const QString meant = undoLayoutMismatch(text, m_rules.wedgeLayout);
    if (meant != text) {
        auto mapped = resolve(interpret(meant, options), ctx);
        SH_TRY(mapped);
        if (mapped->kind != EntityKind::Unknown && mapped->kind != EntityKind::Invalid) {
            mapped->resolvedText = meant;
            mapped->layoutMismatch = true;
            return mapped;
        }
    }
    if (looksLikeLayoutMismatch(text, m_rules.wedgeLayout)) {
        r->layoutMismatch = true;
        r->message = QCoreApplication::translate("Resolver",
            "Unknown barcode %1: the scanner types with a US keyboard layout on this German keyboard (\"-\" arrives as "
            "\"ß\", Y and Z swapped). Set the scanner's keyboard layout to German, or this device's to US.")
                         .arg(visibleText(text));
    }
    return r;
}

} // namespace stockhand::scan
