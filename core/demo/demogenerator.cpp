#include "demo/demogenerator.h"

#include "auth/pinhash.h"
#include "scan/gtin.h"
#include "store/worldwriter.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <vector>

namespace stockhand::demo {

namespace {

// splitmix64: tiny, fast and identical on every platform (std:: distributions are not).
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); } // inclusive
    bool chance(int percent) { return qint64(next() % 100) < percent; }
    template<typename T, size_t N> const T &pick(const std::array<T, N> &a) { return a[size_t(next() % N)]; }

private:
    quint64 m_state;
};

constexpr std::array<const char *, 16> kNouns = {"Bolt", "Nut", "Washer", "Bracket", "Hinge", "Cable", "Hose", "Filter",
    "Gasket", "Valve", "Bearing", "Clamp", "Fuse", "Sealant", "Glove", "Tape"};
constexpr std::array<const char *, 12> kAttrs
    = {"zinc", "stainless", "brass", "black", "heavy duty", "food grade", "M6", "M8", "M10", "20 mm", "50 m", "2 l"};
constexpr std::array<const char *, 6> kCities = {"Hamburg", "Berlin", "Munich", "Cologne", "Leipzig", "Bremen"};

QString pad(qint64 v, int width)
{
    return QString::number(v).rightJustified(width, u'0');
}

// Unique, scrambled digit strings: i -> (i * a + b) mod 10^width with a coprime to 10 is a bijection.
QString scrambled(qint64 i, int width, qint64 b)
{
    qint64 mod = 1;
    for (int k = 0; k < width; ++k)
        mod *= 10;
    const qint64 a = 7919; // prime, coprime to 10
    return pad(((i % mod) * a + b) % mod, width);
}

struct Ctx
{
    const DemoOptions &opt;
    store::WorldWriter w;
    Rng rng;
    DemoSummary sum;
    std::vector<std::vector<qint64>> binsByWarehouse; // location ids
    std::vector<qint64> receivingByWarehouse, shippingByWarehouse;
    std::vector<QString> productTracking; // by product index
    std::vector<std::vector<qint64>> lotsByProduct; // lot ids
    // (warehouse index) -> list of (location, product, lot) holding stock, for pick lines
    std::vector<std::vector<std::array<qint64, 3>>> stockByWarehouse;
    qint64 nextQuant = 1, nextLot = 1, nextTransfer = 1, nextLine = 1;
};

Status makeWarehouses(Ctx &c)
{
    qint64 nextLoc = 1;
    c.binsByWarehouse.resize(size_t(c.opt.warehouses));
    std::vector<qint64> roots;
    for (int wi = 0; wi < c.opt.warehouses; ++wi) {
        const qint64 whId = wi + 1;
        const QString code = QStringLiteral("WH%1").arg(whId);
        SH_TRY(c.w.write(WarehouseRow {whId, code,
            QString::fromLatin1(kCities[size_t(wi) % kCities.size()]) + QStringLiteral(" DC"), true, false}));
        ++c.sum.warehouses;
        const qint64 root = nextLoc++;
        roots.push_back(root);
        SH_TRY(c.w.write(LocationRow {root, whId, code, code, QStringLiteral("view"), 0, {}, 0}));
        const qint64 recv = nextLoc++;
        SH_TRY(c.w.write(LocationRow {recv, whId, code + QStringLiteral("-RECV"), QStringLiteral("Receiving dock"),
            QStringLiteral("receiving"), root, {}, 0}));
        const qint64 ship = nextLoc++;
        SH_TRY(c.w.write(LocationRow {ship, whId, code + QStringLiteral("-SHIP"), QStringLiteral("Shipping dock"),
            QStringLiteral("shipping"), root, {}, 0}));
        c.receivingByWarehouse.push_back(recv);
        c.shippingByWarehouse.push_back(ship);
        c.sum.locations += 3;
        // Bins aisle-rack-level-bin: 10 racks x 5 levels x 4 bins per aisle; serpentine pick sequence
        // (racks ascending in odd aisles, descending in even ones).
        const int perAisle = 10 * 5 * 4;
        const int aisles = (c.opt.binsPerWarehouse + perAisle - 1) / perAisle;
        int made = 0;
        qint64 seq = 0;
        for (int a = 1; a <= aisles && made < c.opt.binsPerWarehouse; ++a) {
            for (int rr = 1; rr <= 10 && made < c.opt.binsPerWarehouse; ++rr) {
                const int rack = (a % 2 == 1) ? rr : 11 - rr;
                for (int level = 1; level <= 5 && made < c.opt.binsPerWarehouse; ++level) {
                    for (int bin = 1; bin <= 4 && made < c.opt.binsPerWarehouse; ++bin, ++made) {
                        const QString name
                            = QStringLiteral("A%1-%2-%3-%4").arg(pad(a, 2), pad(rack, 2)).arg(level).arg(pad(bin, 2));
                        const qint64 id = nextLoc++;
                        SH_TRY(c.w.write(LocationRow {id, whId, code + u'-' + name, name, QStringLiteral("bin"), root,
                            QStringLiteral("Z%1").arg((a - 1) / 5 + 1), ++seq}));
                        c.binsByWarehouse[size_t(wi)].push_back(id);
                        ++c.sum.locations;
                    }
                }
            }
        }
    }
    // One quarantine location per warehouse (damaged or held goods, ops::goesToQuarantine), numbered after
    // every bin so that the ids of the other locations stay as they were.
    for (int wi = 0; wi < c.opt.warehouses; ++wi) {
        const qint64 whId = wi + 1;
        const QString code = QStringLiteral("WH%1").arg(whId);
        LocationRow q {nextLoc++, whId, code + QStringLiteral("-QUARANTINE"), code + QStringLiteral(" Quarantine"),
            QStringLiteral("staging"), roots[size_t(wi)], {}, 0};
        q.quarantine = true;
        SH_TRY(c.w.write(q));
        ++c.sum.locations;
    }
    return {};
}

Status makeProducts(Ctx &c)
{
    c.productTracking.resize(size_t(c.opt.products) + 1);
    c.lotsByProduct.resize(size_t(c.opt.products) + 1);
    for (qint64 i = 1; i <= c.opt.products; ++i) {
        ProductRow p;
        p.id = i;
        p.sku = QStringLiteral("SKU-") + pad(i, 7);
        p.name = QString::fromLatin1(c.rng.pick(kNouns)) + u' ' + QString::fromLatin1(c.rng.pick(kAttrs))
            + QStringLiteral(" #") + QString::number(i);
        const qint64 roll = c.rng.range(0, 99);
        p.tracking = roll < 2 ? QStringLiteral("serial") : roll < 12 ? QStringLiteral("lot") : QStringLiteral("none");
        p.uom = p.tracking == u"none" && c.rng.chance(5) ? QStringLiteral("kg") : QStringLiteral("pc");
        p.unitValueCents = c.rng.range(20, 50000);
        c.productTracking[size_t(i)] = p.tracking;
        SH_TRY(c.w.write(p));
        ++c.sum.products;

        // Unit barcode: EAN-13 (70 %) or UPC-A (30 %); case and pallet GTIN-14 with indicators 1 and 2.
        QString unitData; // GTIN-13 without check digit, used for the GTIN-14s
        QString unitCode;
        if (c.rng.chance(70)) {
            unitData = QStringLiteral("40") + scrambled(i, 10, 1234567);
            unitCode = scan::withCheckDigit(unitData);
        } else {
            const QString upcData = QStringLiteral("0") + scrambled(i, 10, 7654321);
            unitCode = scan::withCheckDigit(upcData);
            unitData = u'0' + upcData;
        }
        const qint64 caseQty = c.rng.pick(std::array<qint64, 4> {6, 12, 24, 48});
        SH_TRY(c.w.write(BarcodeRow {*scan::normalizeGtin(unitCode), i, QStringLiteral("unit"), units(1)}));
        SH_TRY(c.w.write(BarcodeRow {
            scan::withCheckDigit(QString(u'1' + unitData.left(12))), i, QStringLiteral("case"), units(caseQty)}));
        SH_TRY(c.w.write(BarcodeRow {scan::withCheckDigit(QString(u'2' + unitData.left(12))), i,
            QStringLiteral("pallet"), units(caseQty * 40)}));
        c.sum.barcodes += 3;

        if (p.tracking == u"lot") {
            const int lots = int(c.rng.range(1, 3));
            for (int l = 0; l < lots; ++l) {
                const QDate expiry = QDate(2026, 12, 1).addDays(c.rng.range(0, 560));
                const qint64 id = c.nextLot++;
                SH_TRY(c.w.write(
                    LotRow {id, i, QStringLiteral("L%1-%2").arg(expiry.toString(QStringLiteral("yyMM")), pad(id, 4)),
                        false, expiry.toString(Qt::ISODate)}));
                c.lotsByProduct[size_t(i)].push_back(id);
                ++c.sum.lots;
            }
        } else if (p.tracking == u"serial") {
            for (int s = 0; s < 5; ++s) {
                const qint64 id = c.nextLot++;
                SH_TRY(c.w.write(LotRow {id, i, QStringLiteral("SN") + pad(i, 7) + pad(s + 1, 3), true, {}}));
                c.lotsByProduct[size_t(i)].push_back(id);
                ++c.sum.lots;
            }
        }
    }
    return {};
}

Status makeQuants(Ctx &c)
{
    c.stockByWarehouse.resize(size_t(c.opt.warehouses));
    for (int wi = 0; wi < c.opt.warehouses; ++wi) {
        const auto &bins = c.binsByWarehouse[size_t(wi)];
        if (bins.empty())
            continue;
        for (qint64 p = 1; p <= c.opt.products; ++p) {
            if (!c.rng.chance(60)) // not every warehouse stocks every product
                continue;
            const qint64 bin = bins[size_t(c.rng.next() % bins.size())];
            const auto &lots = c.lotsByProduct[size_t(p)];
            const bool serial = c.productTracking[size_t(p)] == u"serial";
            if (lots.empty()) {
                SH_TRY(c.w.write(QuantRow {c.nextQuant++, bin, p, 0, 0, units(c.rng.range(1, 400))}));
                c.stockByWarehouse[size_t(wi)].push_back({bin, p, 0});
                ++c.sum.quants;
                continue;
            }
            for (qint64 lot : lots) {
                if (serial && wi != int(p % c.opt.warehouses))
                    continue; // a serial number exists once in the network
                SH_TRY(c.w.write(
                    QuantRow {c.nextQuant++, bin, p, lot, 0, serial ? units(1) : units(c.rng.range(1, 200))}));
                c.stockByWarehouse[size_t(wi)].push_back({bin, p, lot});
                ++c.sum.quants;
            }
        }
    }
    return {};
}

Status makeTransfers(Ctx &c)
{
    for (qint64 id = 1; id <= 50; ++id)
        SH_TRY(c.w.writePartner(id, QStringLiteral("Partner %1").arg(id)));
    auto warehouseOf = [&](int n) { return n % c.opt.warehouses; };
    for (int n = 0; n < c.opt.receipts; ++n) {
        const int wi = warehouseOf(n);
        const qint64 id = c.nextTransfer++;
        SH_TRY(c.w.write(TransferRow {id, wi + 1, QStringLiteral("receipt"),
            QStringLiteral("WH%1/IN/%2").arg(wi + 1).arg(pad(n + 1, 5)), c.rng.range(1, 50),
            QStringLiteral("PO%1").arg(pad(n + 1, 6)), QStringLiteral("open"),
            QDate(2026, 11, 26).addDays(c.rng.range(0, 14)).toString(Qt::ISODate), n % 7 == 3 ? 1 : 0}));
        const int lines = int(c.rng.range(1, 8));
        for (int l = 1; l <= lines; ++l) {
            const qint64 product = c.rng.range(1, c.opt.products);
            SH_TRY(c.w.write(TransferLineRow {c.nextLine++, id, l, product, 0, 0, c.receivingByWarehouse[size_t(wi)],
                units(c.rng.range(1, 100)), 0}));
            ++c.sum.transferLines;
        }
        ++c.sum.transfers;
    }
    for (int n = 0; n < c.opt.picks; ++n) {
        const int wi = warehouseOf(n);
        const auto &stock = c.stockByWarehouse[size_t(wi)];
        if (stock.empty())
            break;
        const qint64 id = c.nextTransfer++;
        SH_TRY(c.w.write(TransferRow {id, wi + 1, QStringLiteral("pick"),
            QStringLiteral("WH%1/PICK/%2").arg(wi + 1).arg(pad(n + 1, 5)), c.rng.range(1, 50),
            QStringLiteral("SO%1").arg(pad(n + 1, 6)), QStringLiteral("open"),
            QDate(2026, 11, 26).toString(Qt::ISODate), n % 4 == 0 ? 1 : 0}));
        const int lines = int(c.rng.range(1, 10));
        for (int l = 1; l <= lines; ++l) {
            const auto &s = stock[size_t(c.rng.next() % stock.size())];
            const bool serial = c.productTracking[size_t(s[1])] == u"serial";
            SH_TRY(c.w.write(TransferLineRow {c.nextLine++, id, l, s[1], 0, s[0], c.shippingByWarehouse[size_t(wi)],
                serial ? units(1) : units(c.rng.range(1, 5)), 0}));
            ++c.sum.transferLines;
        }
        ++c.sum.transfers;
    }
    qint64 nextCountLine = 1;
    for (int n = 0; n < c.opt.countTasks; ++n) {
        const int wi = warehouseOf(n);
        const auto &bins = c.binsByWarehouse[size_t(wi)];
        if (bins.empty())
            break;
        const qint64 id = n + 1;
        SH_TRY(c.w.write(CountTaskRow {id, wi + 1, QStringLiteral("WH%1/CNT/%2").arg(wi + 1).arg(pad(n + 1, 4))}));
        ++c.sum.countTasks;
        const int lines = int(c.rng.range(5, 20));
        for (int l = 0; l < lines; ++l) {
            SH_TRY(c.w.write(CountLineRow {nextCountLine++, id, bins[size_t(c.rng.next() % bins.size())], 0, 0}));
            ++c.sum.countLines;
        }
    }
    return {};
}

Status makeReasonsAndUsers(Ctx &c)
{
    const std::array<ReasonCodeRow, 15> reasons = {{
        {QStringLiteral("DAMAGED"), QStringLiteral("Damaged"), QStringLiteral("adjustment"), false,
            {{QStringLiteral("de"), QStringLiteral("Beschädigt")}}},
        {QStringLiteral("LOST"), QStringLiteral("Lost or stolen"), QStringLiteral("adjustment"), true,
            {{QStringLiteral("de"), QStringLiteral("Verloren oder gestohlen")}}},
        {QStringLiteral("FOUND"), QStringLiteral("Found"), QStringLiteral("adjustment"), false,
            {{QStringLiteral("de"), QStringLiteral("Gefunden")}}},
        {QStringLiteral("MISCOUNT"), QStringLiteral("Earlier miscount"), QStringLiteral("adjustment"), false,
            {{QStringLiteral("de"), QStringLiteral("Früher falsch gezählt")}}},
        {QStringLiteral("NOT_FOUND"), QStringLiteral("Not found at location"), QStringLiteral("short_pick"), false,
            {{QStringLiteral("de"), QStringLiteral("Nicht am Lagerplatz")}}},
        {QStringLiteral("SHORT_DAMAGED"), QStringLiteral("Damaged, not pickable"), QStringLiteral("short_pick"), false,
            {{QStringLiteral("de"), QStringLiteral("Beschädigt, nicht kommissionierbar")}}},
        {QStringLiteral("SHORT_QTY"), QStringLiteral("Less than expected"), QStringLiteral("short_pick"), false,
            {{QStringLiteral("de"), QStringLiteral("Weniger als erwartet")}}},
        {QStringLiteral("BIN_FULL"), QStringLiteral("Bin full"), QStringLiteral("putaway_override"), false,
            {{QStringLiteral("de"), QStringLiteral("Lagerplatz voll")}}},
        {QStringLiteral("BIN_BLOCKED"), QStringLiteral("Bin blocked"), QStringLiteral("putaway_override"), false,
            {{QStringLiteral("de"), QStringLiteral("Lagerplatz blockiert")}}},
        {QStringLiteral("OVER"), QStringLiteral("More than ordered"), QStringLiteral("discrepancy"), false,
            {{QStringLiteral("de"), QStringLiteral("Mehr als bestellt")}}},
        {QStringLiteral("UNDER"), QStringLiteral("Less than ordered"), QStringLiteral("discrepancy"), false,
            {{QStringLiteral("de"), QStringLiteral("Weniger als bestellt")}}},
        {QStringLiteral("WRONG_ITEM"), QStringLiteral("Wrong item delivered"), QStringLiteral("discrepancy"), false,
            {{QStringLiteral("de"), QStringLiteral("Falscher Artikel geliefert")}}},
        {QStringLiteral("RCV_DAMAGED"), QStringLiteral("Damaged on arrival"), QStringLiteral("discrepancy"), false,
            {{QStringLiteral("de"), QStringLiteral("Bei Ankunft beschädigt")}}},
        {QStringLiteral("EXPIRY_SHORT"), QStringLiteral("Expiry too short"), QStringLiteral("discrepancy"), false,
            {{QStringLiteral("de"), QStringLiteral("Haltbarkeit zu kurz")}}},
        {QStringLiteral("QUALITY_HOLD"), QStringLiteral("Quality hold"), QStringLiteral("discrepancy"), false,
            {{QStringLiteral("de"), QStringLiteral("Qualitätssperre")}}},
    }};
    for (const ReasonCodeRow &r : reasons)
        SH_TRY(c.w.write(r));
    if (!c.opt.users)
        return {};
    // Per warehouse: 3 pickers, 2 receivers, 2 counters, 1 supervisor; one admin for the network.
    // Badges U<warehouse><nn>; every demo user has the PIN in DemoOptions::demoPin.
    const std::array<std::pair<const char *, int>, 4> perWarehouse
        = {{{"picker", 3}, {"receiver", 2}, {"counter", 2}, {"supervisor", 1}}};
    qint64 id = 1;
    auto addUser = [&](const QString &login, const QString &name, const QString &badge, const QString &roles,
                       qint64 wh) -> Status {
        QByteArray salt(16, '\0');
        for (auto &b : salt)
            b = char(c.rng.next() & 0xff);
        auth::PinHash h = auth::hashPin(c.opt.demoPin, c.opt.pinIterations, salt);
        if (!c.opt.supervisorPins && (roles.contains(u"supervisor") || roles.contains(u"admin")))
            h = auth::PinHash {QByteArray(), QByteArray(), 0};
        ++c.sum.users;
        return c.w.write(UserRow {id++, login, name, badge, h.hash, h.salt, h.iterations, roles, wh});
    };
    for (int wi = 0; wi < c.opt.warehouses; ++wi) {
        int n = 1;
        for (const auto &[role, count] : perWarehouse) {
            for (int k = 1; k <= count; ++k, ++n) {
                const QString r = QString::fromLatin1(role);
                const QString login = QStringLiteral("%1%2-wh%3").arg(r).arg(k).arg(wi + 1);
                QString roles = r;
                if (r == u"supervisor")
                    roles = QStringLiteral("supervisor,picker,receiver,counter");
                SH_TRY(addUser(login, r.at(0).toUpper() + r.mid(1) + QStringLiteral(" %1 (WH%2)").arg(k).arg(wi + 1),
                    QStringLiteral("U%1%2").arg(wi + 1).arg(pad(n, 2)), roles, wi + 1));
            }
        }
    }
    return addUser(QStringLiteral("admin"), QStringLiteral("Administrator"), QStringLiteral("U9001"),
        QStringLiteral("admin,supervisor,picker,receiver,counter"), 0);
}

// Pending count adjustments for the supervisor console (device store only: it writes who counted and when,
// columns of the device's schema v3). A separate random stream keeps the rest of the demo unchanged.
Status makeAdjustments(Ctx &c, db::Database &db)
{
    if (c.opt.pendingAdjustments <= 0)
        return {};
    if (!c.opt.deviceStore)
        return makeError("demo.options", QStringLiteral("Pending adjustments are written to a device store only."));
    Rng rng(c.opt.seed ^ 0xad705ULL);
    auto lastLine = db.queryInt("SELECT ifnull(max(id), 0) FROM count_line");
    SH_TRY(lastLine);
    auto lastTask = db.queryInt("SELECT ifnull(max(id), 0) FROM count_task");
    SH_TRY(lastTask);
    qint64 nextLine = *lastLine + 1, nextTask = *lastTask + 1, nextId = 1;
    const QDateTime base(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::utc());
    for (int wi = 0; wi < c.opt.warehouses; ++wi) {
        const auto &stock = c.stockByWarehouse[size_t(wi)];
        if (stock.empty())
            continue;
        const qint64 cycle = nextTask++, recount = nextTask++;
        SH_TRY(c.w.write(CountTaskRow {cycle, wi + 1, QStringLiteral("WH%1/CNT/ADJ").arg(wi + 1)}));
        SH_TRY(c.w.write(CountTaskRow {recount, wi + 1, QStringLiteral("WH%1/RC/ADJ").arg(wi + 1),
            QStringLiteral("recount"), QStringLiteral("open")}));
        const int n = c.opt.pendingAdjustments / c.opt.warehouses;
        for (int k = 0; k < n; ++k) {
            if (k >= int(stock.size()))
                break; // one pending count per place
            const auto &[location, product, lot] = stock[size_t(k)];
            auto onHand = db.queryInt(QStringLiteral("SELECT ifnull(sum(qty), 0) FROM quant WHERE location_id = %1 "
                                                     "AND product_id = %2 AND ifnull(lot_id, 0) = %3")
                                          .arg(location)
                                          .arg(product)
                                          .arg(lot)
                                          .toStdString());
            SH_TRY(onHand);
            // Some places saw moves after the count: the book at the counted time differs from today's.
            const Milli moved = k % 5 == 0 ? units(rng.range(-3, 6)) : 0;
            const Milli book = std::max<Milli>(0, *onHand - moved);
            Milli counted = book + units(rng.range(-12, 12));
            if (counted == book)
                counted += units(1);
            counted = std::max<Milli>(0, counted);
            const qint64 counter = wi * 8 + 6 + (k % 2); // the warehouse's two counters
            const QString at = (base.addSecs(-60 * (k % 600))).toString(Qt::ISODate);
            const bool isRecount = k % 9 == 4;
            if (isRecount) {
                // The original count, superseded by a recount request (the server rejects it).
                SH_TRY(c.w.write(CountLineRow {nextLine, cycle, location, product, lot}));
                SH_TRY(c.w.write(AdjustmentRow {nextId++, nextLine++, location, product, lot, book,
                    counted + units(rng.range(3, 9)), QStringLiteral("rejected"), {}, 0, counter,
                    base.addSecs(-86400 - 60 * k).toString(Qt::ISODate)}));
            }
            SH_TRY(c.w.write(CountLineRow {nextLine, isRecount ? recount : cycle, location, product, lot}));
            SH_TRY(c.w.write(AdjustmentRow {nextId++, nextLine++, location, product, lot, book, counted,
                QStringLiteral("pending"), {}, 0, counter, at}));
        }
    }
    return {};
}

} // namespace

Result<DemoSummary> generateDemo(db::Database &db, const DemoOptions &options)
{
    if (options.warehouses < 1 || options.products < 1 || options.binsPerWarehouse < 1)
        return makeError("demo.options", QStringLiteral("The demo needs at least one warehouse, product and bin."));
    auto existing = db.queryInt("SELECT count(*) FROM product");
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return makeError(
            "demo.not-empty", QStringLiteral("The database already holds products; the demo needs empty tables."));
    Ctx c {options, store::WorldWriter(db), Rng(options.seed), {}, {}, {}, {}, {}, {}, {}};
    db::Transaction tx(db);
    SH_TRY(tx.begun());
    SH_TRY(makeWarehouses(c));
    SH_TRY(makeProducts(c));
    SH_TRY(makeQuants(c));
    SH_TRY(makeTransfers(c));
    SH_TRY(makeReasonsAndUsers(c));
    SH_TRY(makeAdjustments(c, db));
    SH_TRY(tx.commit());
    return c.sum;
}

} // namespace stockhand::demo
