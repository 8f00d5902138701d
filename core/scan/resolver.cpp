#include "scan/resolver.h"

#include "store/catalog.h"

using namespace Qt::StringLiterals;

namespace stockhand::scan {

namespace {

constexpr const char *kProductSql = "SELECT p.id, p.sku || ' · ' || p.name, p.tracking, b.packaging, b.qty "
                                    "FROM product_barcode b JOIN product p ON p.id = b.product_id WHERE b.code = ?1";
constexpr const char *kSkuSql = "SELECT id, sku || ' · ' || name, tracking, sku FROM product "
                                "WHERE sku = ?1 COLLATE NOCASE LIMIT 16";
// Lot and serial names: exact, or folded when the site's lots are case-insensitive (lot_name_nocase).
constexpr const char *kLotSql = "SELECT l.id, l.product_id, l.is_serial, ifnull(l.expiry, ''), p.sku, l.name "
                                "FROM lot l JOIN product p ON p.id = l.product_id WHERE l.name = ?1 LIMIT 16";
constexpr const char *kLotNoCaseSql = "SELECT l.id, l.product_id, l.is_serial, ifnull(l.expiry, ''), p.sku, l.name "
                                      "FROM lot l JOIN product p ON p.id = l.product_id "
                                      "WHERE l.name = ?1 COLLATE NOCASE LIMIT 16";
constexpr const char *kLotOfProductSql = "SELECT l.id, l.product_id, l.is_serial, ifnull(l.expiry, ''), p.sku, l.name "
                                         "FROM lot l JOIN product p ON p.id = l.product_id "
                                         "WHERE l.name = ?1 AND l.product_id = ?2";
constexpr const char *kLotOfProductNoCaseSql
    = "SELECT l.id, l.product_id, l.is_serial, ifnull(l.expiry, ''), p.sku, l.name "
      "FROM lot l JOIN product p ON p.id = l.product_id "
      "WHERE l.name = ?1 COLLATE NOCASE AND l.product_id = ?2 LIMIT 16";
// Location names as the screens show them: within the device's warehouse (location_name_nocase).
constexpr const char *kLocationNameSql = "SELECT id, name, type, name FROM location "
                                         "WHERE name = ?1 COLLATE NOCASE AND warehouse_id = ?2 LIMIT 16";
constexpr const char *kLocationNameAnySql = "SELECT id, name, type, name FROM location "
                                            "WHERE name = ?1 COLLATE NOCASE LIMIT 16";

// Codes are case-insensitive (the *_nocase indexes of the device schema v5); column 3 is the stored code.
const char *simpleSql(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Location:
        return "SELECT id, name, type, barcode FROM location WHERE barcode = ?1 COLLATE NOCASE LIMIT 16";
    case EntityKind::Package:
        return "SELECT id, name, CASE WHEN location_id IS NULL THEN '' ELSE 'located' END, name FROM package "
               "WHERE name = ?1 COLLATE NOCASE LIMIT 16";
    case EntityKind::Transfer:
        return "SELECT id, reference, kind || ' ' || state, reference FROM transfer "
               "WHERE reference = ?1 COLLATE NOCASE LIMIT 16";
    case EntityKind::CountTask:
        return "SELECT id, reference, kind || ' ' || state, reference FROM count_task "
               "WHERE reference = ?1 COLLATE NOCASE LIMIT 16";
    case EntityKind::User:
        return "SELECT id, name, CASE active WHEN 1 THEN 'active' ELSE 'inactive' END, badge FROM app_user "
               "WHERE badge = ?1 COLLATE NOCASE LIMIT 16";
    default:
        return nullptr;
    }
}

bool alreadyFound(const QList<Match> &out, EntityKind kind, qint64 id)
{
    for (const Match &m : out) {
        if (m.kind == kind && m.id == id)
            return true;
    }
    return false;
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
    const db::ReadTransaction snapshot(m_db); // one snapshot and one lock for all the lookups of this scan
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
    const bool folded = !m_rules.lotsCaseSensitive;
    auto st = m_db.prepare(
        productId > 0 ? (folded ? kLotOfProductNoCaseSql : kLotOfProductSql) : (folded ? kLotNoCaseSql : kLotSql));
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
        const QString stored = st->text(5);
        out.append(Match {serial ? EntityKind::Serial : EntityKind::Lot, st->int64(0), st->int64(1), stored,
            lotLabel(serial, stored, st->text(4)), {}, 0, expiry.isEmpty() ? QString() : u"exp "_s + expiry});
    }
    return {};
}

Status Resolver::findSimple(EntityKind kind, const QString &code, QList<Match> &out)
{
    auto st = m_db.prepare(simpleSql(kind));
    SH_TRY(st);
    return readSimple(*st, kind, code, 0, out);
}

Status Resolver::findLocationName(const QString &name, QList<Match> &out)
{
    auto st = m_db.prepare(m_rules.warehouseId > 0 ? kLocationNameSql : kLocationNameAnySql);
    SH_TRY(st);
    return readSimple(*st, EntityKind::Location, name, m_rules.warehouseId, out);
}

Status Resolver::readSimple(db::Statement &st, EntityKind kind, const QString &code, qint64 second, QList<Match> &out)
{
    const QByteArray utf8 = code.toUtf8();
    st.bindStatic(1, std::string_view(utf8.constData(), size_t(utf8.size())));
    if (second > 0)
        st.bind(2, second);
    for (;;) {
        auto row = st.step();
        SH_TRY(row);
        if (!*row)
            break;
        if (!alreadyFound(out, kind, st.int64(0)))
            out.append(Match {kind, st.int64(0), 0, st.text(3), st.text(1), {}, 0, st.text(2)});
    }
    return {};
}

Status Resolver::findSku(const QString &code, QList<Match> &out)
{
    auto st = m_db.prepare(kSkuSql);
    SH_TRY(st);
    const QByteArray utf8 = code.toUtf8();
    st->bindStatic(1, std::string_view(utf8.constData(), size_t(utf8.size())));
    for (;;) {
        auto row = st->step();
        SH_TRY(row);
        if (!*row)
            break;
        const qint64 id = st->int64(0);
        if (!alreadyFound(out, EntityKind::Product, id))
            out.append(Match {EntityKind::Product, id, id, st->text(3), st->text(1), u"unit"_s, units(1), st->text(2)});
    }
    return {};
}

void Resolver::setSite(qint64 warehouseId, bool lotsCaseSensitive)
{
    m_rules.warehouseId = warehouseId;
    m_rules.lotsCaseSensitive = lotsCaseSensitive;
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
