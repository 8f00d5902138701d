#include "scan/resolver.h"

#include "store/catalog.h"

using namespace Qt::StringLiterals;

namespace stockhand::scan {

namespace {

constexpr const char *kProductSql = "SELECT p.id, p.sku || ' · ' || p.name, p.tracking, b.packaging, b.qty "
                                    "FROM product_barcode b JOIN product p ON p.id = b.product_id WHERE b.code = ?1";
constexpr const char *kLotSql = "SELECT l.id, l.product_id, l.is_serial, ifnull(l.expiry, ''), p.sku "
                                "FROM lot l JOIN product p ON p.id = l.product_id WHERE l.name = ?1 LIMIT 16";
constexpr const char *kLotOfProductSql = "SELECT l.id, l.product_id, l.is_serial, ifnull(l.expiry, ''), p.sku "
                                         "FROM lot l JOIN product p ON p.id = l.product_id "
                                         "WHERE l.name = ?1 AND l.product_id = ?2";

const char *simpleSql(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Location:
        return "SELECT id, name, type FROM location WHERE barcode = ?1";
    case EntityKind::Package:
        return "SELECT id, name, CASE WHEN location_id IS NULL THEN '' ELSE 'located' END FROM package WHERE name = ?1";
    case EntityKind::Transfer:
        return "SELECT id, reference, kind || ' ' || state FROM transfer WHERE reference = ?1";
    case EntityKind::CountTask:
        return "SELECT id, reference, kind || ' ' || state FROM count_task WHERE reference = ?1";
    case EntityKind::User:
        return "SELECT id, name, CASE active WHEN 1 THEN 'active' ELSE 'inactive' END FROM app_user WHERE badge = ?1";
    default:
        return nullptr;
    }
}

// A GS1 scan missing a mandatory association that another symbol of the same item carries (GS1 General
// Specifications 4.14 checks them over all the symbols of an item, a handheld reads one at a time): a
// logistic label's content symbol ((02)(37)(10)) beside its SSCC symbol, or a lot symbol ((10), (17))
// beside the product barcode of the line the screen is on. A lone (10) on a screen that knows no product
// stays an error.
bool associationsElsewhere(const Interpretation &scan, const ScanContext &ctx)
{
    if (scan.form != ScanForm::Gs1 || !scan.error || scan.error->code != u"scan.gs1.requires")
        return false;
    QStringList elsewhere {QStringLiteral("00")};
    if (ctx.expectedProductId > 0)
        elsewhere << QStringLiteral("01");
    return checkGs1Requisites(scan.gs1, elsewhere).ok();
}

} // namespace

Resolver::Resolver(db::Database &db, ResolverRules rules)
    : m_db(db)
    , m_rules(std::move(rules))
{ }

Result<Resolution> Resolver::resolve(const Interpretation &scan, const ScanContext &ctx)
{
    Resolution out;
    if (!scan.ok() && !associationsElsewhere(scan, ctx)) {
        out.kind = EntityKind::Invalid;
        out.message = scan.error->message;
        out.actions = {ScanAction::Rescan, ScanAction::EnterManually};
        return out;
    }
    if (scan.form == ScanForm::Gs1)
        SH_TRY(resolveGs1(scan, ctx, out));
    else
        SH_TRY(resolveCode(scan, ctx, out));
    if (out.kind == EntityKind::Unknown || out.kind == EntityKind::Ambiguous)
        offerActions(scan, ctx, out);
    return out;
}

Status Resolver::findProduct(const QString &code, QList<Match> &out)
{
    auto st = m_db.prepare(kProductSql);
    SH_TRY(st);
    const QByteArray utf8 = code.toUtf8();
    st->bindStatic(1, std::string_view(utf8.constData(), size_t(utf8.size())));
    auto row = st->step();
    SH_TRY(row);
    if (*row) {
        const qint64 id = st->int64(0);
        for (const Match &m : out) {
            if (m.kind == EntityKind::Product && m.id == id)
                return {}; // same product under another form of the code
        }
        out.append(Match {EntityKind::Product, id, id, code, st->text(1), st->text(3), st->int64(4), st->text(2)});
        return {};
    }
    st->reset();
    // A code this device attached that the feed has not brought yet (store::pendingBarcode).
    auto pending = store::pendingBarcode(m_db, code);
    SH_TRY(pending);
    if (!*pending)
        return {};
    const qint64 id = (*pending)->productId;
    for (const Match &m : out) {
        if (m.kind == EntityKind::Product && m.id == id)
            return {};
    }
    auto product = store::productInfo(m_db, id);
    SH_TRY(product);
    if (*product)
        out.append(Match {EntityKind::Product, id, id, code, (*product)->label, (*pending)->packaging, (*pending)->qty,
            (*product)->tracking});
    return {};
}

Status Resolver::findLots(const QString &name, qint64 productId, QList<Match> &out)
{
    auto st = m_db.prepare(productId > 0 ? kLotOfProductSql : kLotSql);
    SH_TRY(st);
    const QByteArray utf8 = name.toUtf8();
    st->bindStatic(1, std::string_view(utf8.constData(), size_t(utf8.size())));
    if (productId > 0)
        st->bind(2, productId);
    for (;;) {
        auto row = st->step();
        SH_TRY(row);
        if (!*row)
            break;
        const bool serial = st->int64(2) != 0;
        const QString expiry = st->text(3);
        out.append(Match {serial ? EntityKind::Serial : EntityKind::Lot, st->int64(0), st->int64(1), name,
            (serial ? u"Serial "_s : u"Lot "_s) + name + u" of "_s + st->text(4), {}, 0,
            expiry.isEmpty() ? QString() : u"exp "_s + expiry});
    }
    return {};
}

Status Resolver::findSimple(EntityKind kind, const QString &code, QList<Match> &out)
{
    auto st = m_db.prepare(simpleSql(kind));
    SH_TRY(st);
    const QByteArray utf8 = code.toUtf8();
    st->bindStatic(1, std::string_view(utf8.constData(), size_t(utf8.size())));
    auto row = st->step();
    SH_TRY(row);
    if (*row)
        out.append(Match {kind, st->int64(0), 0, code, st->text(1), {}, 0, st->text(2)});
    return {};
}

const char *nameOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Unknown:
        return "unknown";
    case EntityKind::Product:
        return "product";
    case EntityKind::Location:
        return "location";
    case EntityKind::Lot:
        return "lot";
    case EntityKind::Serial:
        return "serial";
    case EntityKind::Package:
        return "package";
    case EntityKind::Transfer:
        return "transfer";
    case EntityKind::CountTask:
        return "count-task";
    case EntityKind::User:
        return "user";
    case EntityKind::Ambiguous:
        return "ambiguous";
    case EntityKind::Invalid:
        return "invalid";
    }
    return "unknown";
}

const char *nameOf(ScanAction action)
{
    switch (action) {
    case ScanAction::AttachBarcode:
        return "attach-barcode";
    case ScanAction::CreateLot:
        return "create-lot";
    case ScanAction::EnterManually:
        return "enter-manually";
    case ScanAction::Rescan:
        return "rescan";
    }
    return "rescan";
}

} // namespace stockhand::scan
