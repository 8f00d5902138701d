// How the resolver decides: which lookups a code gets, which meaning wins, what an unknown code offers.
#include "scan/gtin.h"
#include "scan/resolver.h"

using namespace Qt::StringLiterals;

namespace stockhand::scan {

namespace {

bool startsWithAny(const QString &s, const QStringList &prefixes)
{
    for (const QString &p : prefixes) {
        if (!p.isEmpty() && s.startsWith(p))
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
        return u"Product "_s + m.label
            + (m.packaging == u"unit" ? QString() : u" (%1 of %2)"_s.arg(m.packaging, formatQuantity(m.packQty)));
    case EntityKind::Location:
        return u"Location "_s + m.label;
    case EntityKind::Lot:
    case EntityKind::Serial:
        return m.label;
    case EntityKind::Package:
        return u"Package "_s + m.label;
    case EntityKind::Transfer:
        return u"Transfer "_s + m.label + u" ("_s + m.detail + u')';
    case EntityKind::CountTask:
        return u"Count task "_s + m.label + u" ("_s + m.detail + u')';
    case EntityKind::User:
        return u"User "_s + m.label + (m.detail == u"active" ? QString() : u" (inactive)"_s);
    default:
        return QString();
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
        out.message = u"%1 could be: %2. Scan it where one of them is expected."_s.arg(shown, what.join(u"; "_s));
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
            out.message += (out.serial.isEmpty() ? u" · lot "_s : u" · serial "_s) + lotKey
                + (lots.isEmpty() ? u" (new)"_s : QString());
            if (lots.isEmpty() && ctx.mayCreateLot)
                out.actions.append(ScanAction::CreateLot);
        }
        if (out.expiry.isValid())
            out.message += u" · exp "_s + out.expiry.toString(Qt::ISODate);
        if (out.quantity)
            out.message += u" · qty "_s + formatQuantity(*out.quantity);
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
        out.message = (out.serial.isEmpty() ? u"Lot %1 (new)"_s : u"Serial %1 (new)"_s).arg(lotKey);
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
        out.message = u"GLN %1 is not a location in this store"_s.arg(gln->value);
        return {};
    }
    out.kind = EntityKind::Unknown;
    if (!scan.gtins.isEmpty())
        out.message = u"GTIN %1 is not in this store"_s.arg(scan.gtin());
    else if (!out.sscc.isEmpty())
        out.message = u"SSCC %1 is not in this store"_s.arg(out.sscc);
    else
        out.message = u"GS1 data without a product, package or location key: %1"_s.arg(scan.summary());
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
        if (!productOnly)
            SH_TRY(findProduct(code, found));
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
        }
        if (only == EntityKind::Unknown)
            SH_TRY(findLots(code, 0, found));
    }
    decide(found, ctx, code, out);
    if (out.kind != EntityKind::Unknown)
        return {};
    if (only != EntityKind::Unknown)
        out.message = u"Unknown %1 %2"_s.arg(QString::fromLatin1(nameOf(only)), visibleText(code));
    else if (scan.form == ScanForm::Gtin)
        out.message = u"GTIN %1 is not in this store"_s.arg(scan.gtin());
    else
        out.message
            = u"Unknown barcode %1: not a product, location, lot, package, transfer or badge in this store"_s.arg(
                visibleText(code));
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
