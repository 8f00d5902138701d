#include "odooimport.h"

#include "domain/quantity.h"
#include "ops/barcode.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace stockhand::odoo {

namespace {

const QString kOdooTime = QStringLiteral("yyyy-MM-dd HH:mm:ss");

Milli toMilli(const QJsonValue &v)
{
    return Milli(std::llround(v.toDouble(0) * 1000.0));
}

QString units(Milli q)
{
    return formatQuantity(q);
}

QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray a;
    for (qint64 id : list)
        a.append(id);
    return a;
}

QJsonArray term(const QString &field, const QString &op, const QJsonValue &value)
{
    return QJsonArray {field, op, value};
}

QString locationType(const QString &usage)
{
    return usage == QLatin1String("view") ? QStringLiteral("view") : QStringLiteral("bin");
}

QString transferKind(const QString &code)
{
    if (code == QLatin1String("incoming"))
        return QStringLiteral("receipt");
    if (code == QLatin1String("outgoing"))
        return QStringLiteral("pick");
    return QStringLiteral("internal");
}

bool isOpenPicking(const QString &state)
{
    return state == QLatin1String("assigned") || state == QLatin1String("confirmed")
        || state == QLatin1String("waiting");
}

} // namespace

Result<std::optional<OurQuant>> ourQuant(server::OdooStore &store, const QJsonObject &odooQuant)
{
    auto location
        = store.localId(QStringLiteral("location"), many2oneId(odooQuant.value(QStringLiteral("location_id"))));
    SH_TRY(location);
    auto product = store.localId(QStringLiteral("product"), many2oneId(odooQuant.value(QStringLiteral("product_id"))));
    SH_TRY(product);
    if (!location.value() || !product.value())
        return std::optional<OurQuant>();
    qint64 lot = 0;
    if (const qint64 odooLot = many2oneId(odooQuant.value(QStringLiteral("lot_id")))) {
        auto l = store.localId(QStringLiteral("lot"), odooLot);
        SH_TRY(l);
        lot = l.value();
    }
    return std::optional<OurQuant>(
        OurQuant {location.value(), product.value(), lot, toMilli(odooQuant.value(QStringLiteral("quantity")))});
}

QString odooTimeMinus(const QString &odooTime, int seconds)
{
    QDateTime t = QDateTime::fromString(odooTime, kOdooTime);
    if (!t.isValid())
        return odooTime;
    t.setTimeSpec(Qt::UTC);
    return t.addSecs(-seconds).toString(kOdooTime);
}

QString OdooImportSummary::text() const
{
    QStringList parts;
    QStringList models = read.keys();
    models.sort();
    for (const QString &m : models)
        parts.append(QStringLiteral("%1 %2").arg(m).arg(read.value(m)));
    return QStringLiteral("read %1; %2 rows written, %3 quants removed, %4 transfers closed")
        .arg(parts.join(QStringLiteral(", ")))
        .arg(rowsWritten)
        .arg(quantsRemoved)
        .arg(transfersClosed);
}

OdooImporter::OdooImporter(OdooClient &client, server::OdooStore &store, OdooImportOptions options)
    : m_client(client)
    , m_store(store)
    , m_options(std::move(options))
{ }

Result<OdooImportSummary> OdooImporter::run(const QString &now)
{
    m_summary = {};
    m_now = now;
    m_quantsSeen.clear();
    m_openPickingsSeen.clear();
    SH_TRY(m_client.login());
    SH_TRY(m_store.markMovesFromHere()); // the floor's moves are exported from the first import on
    auto lotFields = m_client.existingFields(QStringLiteral("stock.lot"), {QStringLiteral("expiration_date")});
    SH_TRY(lotFields);
    m_client.names.lotExpiry = lotFields->isEmpty() ? QString() : lotFields->first();
    SH_TRY(importWarehouses());
    SH_TRY(importLocations());
    SH_TRY(importProducts());
    SH_TRY(importPackagings());
    SH_TRY(importLots());
    SH_TRY(importPartners());
    SH_TRY(importUsers());
    SH_TRY(importQuants());
    SH_TRY(importPickings());
    if (m_options.full)
        SH_TRY(reconcileQuants());
    return m_summary;
}

Status OdooImporter::pageModel(const QString &model, const QJsonArray &domain, QStringList fields,
    const PageHandler &handler, const PageHandler &prefetch)
{
    auto stored = m_store.cursor(model);
    SH_TRY(stored);
    server::OdooCursor cursor = m_options.full ? server::OdooCursor {} : stored.value();
    QString fromDate
        = cursor.writeDate.isEmpty() ? QString() : odooTimeMinus(cursor.writeDate, m_options.overlapSeconds);
    fields << QStringLiteral("write_date");
    // Odoo answers write_date to the second but compares and orders it to the microsecond, and many records
    // share one second (a create of 500 is one transaction). A full page that ends inside second S is
    // therefore followed by the rest of S by id (S <= write_date < S + 1 s, id > the last read, id not among
    // those of S the page brought), then by the range from S + 1 s on: none is missed (the ids of S come in
    // write_date order, not in id order), none is read twice, and a second with more records than a page
    // cannot loop. (Keyset by "write_date = S AND id > I" matched nothing of S and read the rest
    // of S again with every page: bench_odoo read 20,000 products twice.)
    QString second; // the second read by id; empty: the range from fromDate on
    qint64 afterId = 0;
    QJsonArray seenInSecond; // the ids of `second` the range page brought: not read again
    for (;;) {
        QJsonArray d = domain;
        QString order = QStringLiteral("write_date asc, id asc");
        if (!second.isEmpty()) {
            d.append(term(QStringLiteral("write_date"), QStringLiteral(">="), second));
            d.append(term(QStringLiteral("write_date"), QStringLiteral("<"), odooTimeMinus(second, -1)));
            d.append(term(QStringLiteral("id"), QStringLiteral(">"), afterId));
            if (!seenInSecond.isEmpty())
                d.append(term(QStringLiteral("id"), QStringLiteral("not in"), seenInSecond));
            order = QStringLiteral("id asc");
        } else if (!fromDate.isEmpty()) {
            d.append(term(QStringLiteral("write_date"), QStringLiteral(">="), fromDate));
        }
        auto page = m_client.searchRead(model, d, fields, order, m_options.batch);
        SH_TRY(page);
        m_summary.read[model] += int(page->size());
        if (page->isEmpty()) {
            if (second.isEmpty())
                break;
            fromDate = odooTimeMinus(second, -1);
            second.clear();
            continue;
        }
        const QJsonObject last = page->last().toObject();
        const QString lastDate = odooText(last.value(QStringLiteral("write_date")));
        const qint64 lastId = last.value(QStringLiteral("id")).toInteger();
        if (prefetch)
            SH_TRY(prefetch(page.value()));
        SH_TRY(m_store.begin());
        Status s = handler(page.value());
        if (s.ok()) {
            // The stored cursor never moves back (the overlap re-read starts before it).
            server::OdooCursor next = stored.value();
            if (!lastDate.isEmpty()
                && (next.writeDate.isEmpty() || lastDate > next.writeDate
                    || (lastDate == next.writeDate && lastId > next.lastId))) {
                next.writeDate = lastDate;
                next.lastId = lastId;
            }
            next.fullAt = m_options.full ? m_now : QString();
            s = m_store.setCursor(model, next);
            stored = next;
        }
        if (s.ok())
            s = m_store.commit();
        if (!s.ok()) {
            m_store.rollback();
            return s;
        }
        if (!second.isEmpty()) {
            if (page->size() < m_options.batch) { // S is read whole: on from S + 1 s
                fromDate = odooTimeMinus(second, -1);
                second.clear();
            } else {
                afterId = lastId;
            }
            continue;
        }
        if (page->size() < m_options.batch || lastDate.isEmpty()) // Odoo writes write_date with every record
            break;
        second = lastDate;
        afterId = 0;
        seenInSecond = {};
        for (const QJsonValue &v : page.value()) {
            if (odooText(v.toObject().value(QStringLiteral("write_date"))) == lastDate)
                seenInSecond.append(v.toObject().value(QStringLiteral("id")));
        }
    }
    return {};
}

Result<qint64> OdooImporter::mapNatural(
    const QString &table, qint64 odooId, const std::function<Result<qint64>()> &findOurs)
{
    // Not mapped yet but already ours under the same natural key (seeded, imported from a file, or made
    // on the floor, like a lot received before Odoo had it): map to it instead of adding a duplicate.
    auto have = m_store.localId(table, odooId);
    SH_TRY(have);
    if (have.value())
        return have.value();
    auto ours = findOurs();
    SH_TRY(ours);
    if (ours.value()) {
        SH_TRY(m_store.map(table, odooId, ours.value()));
        return ours.value();
    }
    return m_store.mapId(table, odooId);
}

Status OdooImporter::importWarehouses()
{
    auto rows = m_client.searchRead(QStringLiteral("stock.warehouse"), {},
        {QStringLiteral("code"), QStringLiteral("name")}, QStringLiteral("id"), 0);
    SH_TRY(rows);
    m_summary.read[QStringLiteral("stock.warehouse")] += int(rows->size());
    SH_TRY(m_store.begin());
    QJsonArray out;
    for (const QJsonValue &v : rows.value()) {
        const QJsonObject o = v.toObject();
        const QString code = odooText(o.value(QStringLiteral("code")));
        if (!m_options.warehouses.isEmpty() && !m_options.warehouses.contains(code))
            continue;
        const QString ours = m_options.warehouses.value(code, code);
        const qint64 odooId = o.value(QStringLiteral("id")).toInteger();
        auto existing = m_store.warehouseByCode(ours);
        SH_TRY(existing);
        qint64 local = existing.value();
        if (local)
            SH_TRY(m_store.map(QStringLiteral("warehouse"), odooId, local));
        else {
            auto id = m_store.mapId(QStringLiteral("warehouse"), odooId);
            SH_TRY(id);
            local = id.value();
            out.append(QJsonObject {{QStringLiteral("id"), local}, {QStringLiteral("code"), ours},
                {QStringLiteral("name"), odooText(o.value(QStringLiteral("name")))}});
        }
        m_warehouseIds.append(odooId);
        m_warehouseOf.insert(odooId, local);
    }
    auto n = m_store.importRows(QJsonObject {{QStringLiteral("warehouses"), out}});
    if (!n) {
        m_store.rollback();
        return n.error();
    }
    m_summary.rowsWritten += n.value();
    return m_store.commit();
}

Status OdooImporter::importLocations()
{
    const QJsonArray domain {term(QStringLiteral("usage"), QStringLiteral("in"),
                                 QJsonArray {QStringLiteral("internal"), QStringLiteral("view")}),
        term(QStringLiteral("warehouse_id"), QStringLiteral("in"), m_warehouseIds)};
    return pageModel(QStringLiteral("stock.location"), domain,
        {QStringLiteral("complete_name"), QStringLiteral("barcode"), QStringLiteral("usage"),
            QStringLiteral("warehouse_id"), QStringLiteral("location_id")},
        [this](const QJsonArray &page) -> Status {
            QJsonArray out;
            for (const QJsonValue &v : page) {
                const QJsonObject o = v.toObject();
                const QString name = odooText(o.value(QStringLiteral("complete_name")));
                QString barcode = odooText(o.value(QStringLiteral("barcode")));
                if (barcode.isEmpty())
                    barcode = name;
                auto id = mapNatural(QStringLiteral("location"), o.value(QStringLiteral("id")).toInteger(),
                    [&] { return m_store.locationByBarcode(barcode); });
                SH_TRY(id);
                out.append(QJsonObject {{QStringLiteral("id"), id.value()},
                    {QStringLiteral("warehouse_id"),
                        m_warehouseOf.value(many2oneId(o.value(QStringLiteral("warehouse_id"))))},
                    {QStringLiteral("barcode"), barcode}, {QStringLiteral("name"), name},
                    {QStringLiteral("type"), locationType(odooText(o.value(QStringLiteral("usage"))))},
                    {QStringLiteral("zone"), many2oneName(o.value(QStringLiteral("location_id")))}});
            }
            auto n = m_store.importRows(QJsonObject {{QStringLiteral("locations"), out}});
            SH_TRY(n);
            m_summary.rowsWritten += n.value();
            return {};
        });
}

Status OdooImporter::importProducts()
{
    const QJsonArray domain = one(term(
        QStringLiteral("type"), QStringLiteral("in"), QJsonArray {QStringLiteral("product"), QStringLiteral("consu")}));
    return pageModel(QStringLiteral("product.product"), domain,
        {QStringLiteral("default_code"), QStringLiteral("display_name"), QStringLiteral("barcode"),
            QStringLiteral("tracking"), QStringLiteral("uom_id"), QStringLiteral("standard_price")},
        [this](const QJsonArray &page) -> Status {
            QJsonArray products, barcodes;
            for (const QJsonValue &v : page) {
                const QJsonObject o = v.toObject();
                const qint64 odooId = o.value(QStringLiteral("id")).toInteger();
                QString sku = odooText(o.value(QStringLiteral("default_code")));
                if (sku.isEmpty())
                    sku = QStringLiteral("ODOO-%1").arg(odooId);
                auto id = mapNatural(QStringLiteral("product"), odooId, [&] { return m_store.productBySku(sku); });
                SH_TRY(id);
                QString tracking = odooText(o.value(QStringLiteral("tracking")));
                if (tracking != QLatin1String("lot") && tracking != QLatin1String("serial"))
                    tracking = QStringLiteral("none");
                products.append(QJsonObject {{QStringLiteral("id"), id.value()}, {QStringLiteral("sku"), sku},
                    {QStringLiteral("name"), odooText(o.value(QStringLiteral("display_name")))},
                    {QStringLiteral("uom"), many2oneName(o.value(QStringLiteral("uom_id")))},
                    {QStringLiteral("tracking"), tracking},
                    {QStringLiteral("unit_value_cents"),
                        qint64(std::llround(o.value(QStringLiteral("standard_price")).toDouble(0) * 100))}});
                const QString barcode = odooText(o.value(QStringLiteral("barcode")));
                if (!barcode.isEmpty())
                    barcodes.append(QJsonObject {{QStringLiteral("code"), ops::barcodeKey(barcode)},
                        {QStringLiteral("product_id"), id.value()},
                        {QStringLiteral("packaging"), QStringLiteral("unit")},
                        {QStringLiteral("qty"), QStringLiteral("1")}});
            }
            auto n = m_store.importRows(
                QJsonObject {{QStringLiteral("products"), products}, {QStringLiteral("barcodes"), barcodes}});
            SH_TRY(n);
            m_summary.rowsWritten += n.value();
            return {};
        });
}

Status OdooImporter::importPackagings()
{
    const QJsonArray domain = one(term(QStringLiteral("barcode"), QStringLiteral("!="), false));
    return pageModel(QStringLiteral("product.packaging"), domain,
        {QStringLiteral("product_id"), QStringLiteral("barcode"), QStringLiteral("qty"), QStringLiteral("name")},
        [this](const QJsonArray &page) -> Status {
            QJsonArray barcodes;
            for (const QJsonValue &v : page) {
                const QJsonObject o = v.toObject();
                auto product
                    = m_store.localId(QStringLiteral("product"), many2oneId(o.value(QStringLiteral("product_id"))));
                SH_TRY(product);
                if (!product.value())
                    continue;
                barcodes.append(QJsonObject {
                    {QStringLiteral("code"), ops::barcodeKey(odooText(o.value(QStringLiteral("barcode"))))},
                    {QStringLiteral("product_id"), product.value()},
                    {QStringLiteral("packaging"), odooText(o.value(QStringLiteral("name")))},
                    {QStringLiteral("qty"), units(toMilli(o.value(QStringLiteral("qty"))))}});
            }
            auto n = m_store.importRows(QJsonObject {{QStringLiteral("barcodes"), barcodes}});
            SH_TRY(n);
            m_summary.rowsWritten += n.value();
            return {};
        });
}

Status OdooImporter::importLots()
{
    QStringList fields {QStringLiteral("name"), QStringLiteral("product_id")};
    if (!m_client.names.lotExpiry.isEmpty())
        fields << m_client.names.lotExpiry;
    return pageModel(QStringLiteral("stock.lot"), {}, fields, [this](const QJsonArray &page) -> Status {
        QJsonArray lots;
        for (const QJsonValue &v : page) {
            const QJsonObject o = v.toObject();
            auto product
                = m_store.localId(QStringLiteral("product"), many2oneId(o.value(QStringLiteral("product_id"))));
            SH_TRY(product);
            if (!product.value())
                continue;
            const QString lotName = odooText(o.value(QStringLiteral("name")));
            auto id = mapNatural(QStringLiteral("lot"), o.value(QStringLiteral("id")).toInteger(),
                [&] { return m_store.lotByName(product.value(), lotName); });
            SH_TRY(id);
            QJsonObject lot {{QStringLiteral("id"), id.value()}, {QStringLiteral("product_id"), product.value()},
                {QStringLiteral("name"), odooText(o.value(QStringLiteral("name")))}};
            if (!m_client.names.lotExpiry.isEmpty()) {
                const QString expiry = odooText(o.value(m_client.names.lotExpiry));
                lot.insert(QStringLiteral("expiry"), expiry.isEmpty() ? QJsonValue() : QJsonValue(expiry.left(10)));
            }
            lots.append(lot);
        }
        auto n = m_store.importRows(QJsonObject {{QStringLiteral("lots"), lots}});
        SH_TRY(n);
        m_summary.rowsWritten += n.value();
        return {};
    });
}

Status OdooImporter::importPartners()
{
    return pageModel(
        QStringLiteral("res.partner"), {}, {QStringLiteral("display_name")}, [this](const QJsonArray &page) -> Status {
            QJsonArray partners;
            for (const QJsonValue &v : page) {
                const QJsonObject o = v.toObject();
                auto id = m_store.mapId(QStringLiteral("partner"), o.value(QStringLiteral("id")).toInteger());
                SH_TRY(id);
                partners.append(QJsonObject {{QStringLiteral("id"), id.value()},
                    {QStringLiteral("name"), odooText(o.value(QStringLiteral("display_name")))}});
            }
            auto n = m_store.importRows(QJsonObject {{QStringLiteral("partners"), partners}});
            SH_TRY(n);
            m_summary.rowsWritten += n.value();
            return {};
        });
}

Status OdooImporter::importUsers()
{
    // Odoo's stock groups are our roles: Inventory / Administrator -> supervisor, Inventory / User -> the
    // floor's roles. Internal users only (share = false); archived ones too, to deactivate them here.
    auto groups = m_client.searchRead(QStringLiteral("ir.model.data"),
        {term(QStringLiteral("module"), QStringLiteral("="), QStringLiteral("stock")),
            term(QStringLiteral("model"), QStringLiteral("="), QStringLiteral("res.groups")),
            term(QStringLiteral("name"), QStringLiteral("in"),
                QJsonArray {QStringLiteral("group_stock_manager"), QStringLiteral("group_stock_user")})},
        {QStringLiteral("name"), QStringLiteral("res_id")}, QStringLiteral("id"), 0);
    SH_TRY(groups);
    qint64 manager = 0, user = 0;
    for (const QJsonValue &v : groups.value()) {
        const QJsonObject o = v.toObject();
        (o.value(QStringLiteral("name")).toString() == QLatin1String("group_stock_manager") ? manager : user)
            = o.value(QStringLiteral("res_id")).toInteger();
    }
    // One warehouse imported: the users work there; several: every warehouse (Odoo ties users to none).
    const qint64 warehouse = m_warehouseOf.size() == 1 ? m_warehouseOf.cbegin().value() : 0;
    return pageModel(QStringLiteral("res.users"), one(term(QStringLiteral("share"), QStringLiteral("="), false)),
        {QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("active"), QStringLiteral("groups_id")},
        [&, manager, user, warehouse](const QJsonArray &page) -> Status {
            for (const QJsonValue &v : page) {
                const QJsonObject o = v.toObject();
                QSet<qint64> in;
                for (const QJsonValue &g : o.value(QStringLiteral("groups_id")).toArray())
                    in.insert(g.toInteger());
                server::OdooStore::UserRow row;
                row.login = odooText(o.value(QStringLiteral("login")));
                row.name = odooText(o.value(QStringLiteral("name")));
                row.active = o.value(QStringLiteral("active")).toBool();
                row.warehouseId = warehouse;
                if (manager && in.contains(manager))
                    row.roles = QStringLiteral("supervisor");
                else if (user && in.contains(user))
                    row.roles = QStringLiteral("picker,receiver,counter");
                if (row.login.isEmpty())
                    continue;
                auto id = m_store.importUser(o.value(QStringLiteral("id")).toInteger(), row);
                SH_TRY(id);
                m_summary.rowsWritten += id.value() ? 1 : 0;
            }
            return {};
        });
}

Status OdooImporter::importQuants()
{
    const QJsonArray domain {term(QStringLiteral("location_id.usage"), QStringLiteral("="), QStringLiteral("internal")),
        term(QStringLiteral("location_id.warehouse_id"), QStringLiteral("in"), m_warehouseIds)};
    return pageModel(QStringLiteral("stock.quant"), domain,
        {QStringLiteral("location_id"), QStringLiteral("product_id"), QStringLiteral("lot_id"),
            QStringLiteral("quantity")},
        [this](const QJsonArray &page) -> Status {
            // Odoo's change since the last import is added to our quant: the floor's work that Odoo has
            // not seen yet stays (docs/odoo.md, "Quants").
            QHash<QString, QJsonObject> rows; // our key -> the row with our new quantity
            QHash<QString, Milli> ours;
            for (const QJsonValue &v : page) {
                const QJsonObject o = v.toObject();
                const qint64 odooId = o.value(QStringLiteral("id")).toInteger();
                m_quantsSeen.insert(odooId);
                auto mapped = ourQuant(m_store, o);
                SH_TRY(mapped);
                if (!mapped.value())
                    continue;
                const qint64 locationId = mapped.value()->locationId, productId = mapped.value()->productId,
                             lot = mapped.value()->lotId;
                const Milli qty = mapped.value()->qty;
                auto base = m_store.quantBaseline(odooId);
                SH_TRY(base);
                Milli delta = qty;
                if (base.value()) {
                    // The same Odoo quant under another key of ours (a lot found meanwhile): take it back there.
                    const auto &b = *base.value();
                    if (b.locationId != locationId || b.productId != productId || b.lotId != lot) {
                        const QString oldKey
                            = QStringLiteral("%1/%2/%3").arg(b.locationId).arg(b.productId).arg(b.lotId);
                        if (!ours.contains(oldKey)) {
                            auto q = m_store.quantQty(b.locationId, b.productId, b.lotId);
                            SH_TRY(q);
                            ours.insert(oldKey, q.value());
                        }
                        ours[oldKey] -= b.qty;
                        QJsonObject r {{QStringLiteral("location_id"), b.locationId},
                            {QStringLiteral("product_id"), b.productId},
                            {QStringLiteral("lot_id"), b.lotId ? QJsonValue(b.lotId) : QJsonValue()}};
                        rows.insert(oldKey, r);
                    } else {
                        delta = qty - b.qty;
                    }
                }
                SH_TRY(m_store.setQuantBaseline({odooId, locationId, productId, lot, qty}));
                const QString key = QStringLiteral("%1/%2/%3").arg(locationId).arg(productId).arg(lot);
                if (!ours.contains(key)) {
                    auto q = m_store.quantQty(locationId, productId, lot);
                    SH_TRY(q);
                    ours.insert(key, q.value());
                }
                ours[key] += delta;
                rows.insert(key,
                    QJsonObject {{QStringLiteral("location_id"), locationId}, {QStringLiteral("product_id"), productId},
                        {QStringLiteral("lot_id"), lot ? QJsonValue(lot) : QJsonValue()}});
            }
            QJsonArray quants;
            for (auto it = rows.begin(); it != rows.end(); ++it) {
                QJsonObject r = it.value();
                r.insert(QStringLiteral("qty"), units(ours.value(it.key())));
                quants.append(r);
            }
            auto n = m_store.importRows(QJsonObject {{QStringLiteral("quants"), quants}});
            SH_TRY(n);
            m_summary.rowsWritten += n.value();
            return {};
        });
}

Status OdooImporter::reconcileQuants()
{
    // Quants Odoo deleted (a zero quant is removed by raw SQL, leaving no write_date behind): what they
    // last brought is taken back.
    auto baselines = m_store.quantBaselines();
    SH_TRY(baselines);
    SH_TRY(m_store.begin());
    QJsonArray quants;
    QHash<QString, Milli> ours;
    QHash<QString, QJsonObject> rows;
    for (const server::OdooQuantBaseline &b : baselines.value()) {
        if (m_quantsSeen.contains(b.odooId))
            continue;
        ++m_summary.quantsRemoved;
        Status s = m_store.removeQuantBaseline(b.odooId);
        if (!s.ok()) {
            m_store.rollback();
            return s;
        }
        const QString key = QStringLiteral("%1/%2/%3").arg(b.locationId).arg(b.productId).arg(b.lotId);
        if (!ours.contains(key)) {
            auto q = m_store.quantQty(b.locationId, b.productId, b.lotId);
            if (!q) {
                m_store.rollback();
                return q.error();
            }
            ours.insert(key, q.value());
        }
        ours[key] -= b.qty;
        rows.insert(key,
            QJsonObject {{QStringLiteral("location_id"), b.locationId}, {QStringLiteral("product_id"), b.productId},
                {QStringLiteral("lot_id"), b.lotId ? QJsonValue(b.lotId) : QJsonValue()}});
    }
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        QJsonObject r = it.value();
        r.insert(QStringLiteral("qty"), units(ours.value(it.key())));
        quants.append(r);
    }
    auto n = m_store.importRows(QJsonObject {{QStringLiteral("quants"), quants}});
    if (!n) {
        m_store.rollback();
        return n.error();
    }
    m_summary.rowsWritten += n.value();
    return m_store.commit();
}

Status OdooImporter::importPickings()
{
    // Pickings changed since the cursor, and pickings whose moves changed; each then read whole.
    const QJsonArray base {term(QStringLiteral("picking_type_id.warehouse_id"), QStringLiteral("in"), m_warehouseIds),
        term(QStringLiteral("picking_type_code"), QStringLiteral("in"),
            QJsonArray {QStringLiteral("incoming"), QStringLiteral("outgoing"), QStringLiteral("internal")})};
    QJsonArray pickingDomain = base;
    if (m_options.full)
        pickingDomain.append(term(QStringLiteral("state"), QStringLiteral("in"),
            QJsonArray {QStringLiteral("assigned"), QStringLiteral("confirmed"), QStringLiteral("waiting")}));
    else {
        auto c = m_store.cursor(QStringLiteral("stock.picking"));
        SH_TRY(c);
        if (c->writeDate.isEmpty()) // the first import: open work only, not the history
            pickingDomain.append(term(QStringLiteral("state"), QStringLiteral("in"),
                QJsonArray {QStringLiteral("assigned"), QStringLiteral("confirmed"), QStringLiteral("waiting")}));
    }
    // The pickings and moves of a page are read from Odoo before the page's transaction (pushes never wait
    // on Odoo), then written in it.
    SH_TRY(pageModel(
        QStringLiteral("stock.picking"), pickingDomain, {QStringLiteral("state")},
        [this](const QJsonArray &) { return importPickingIds(); },
        [this](const QJsonArray &page) -> Status {
            QList<qint64> list;
            for (const QJsonValue &v : page)
                list.append(v.toObject().value(QStringLiteral("id")).toInteger());
            return fetchPickings(list);
        }));
    if (!m_options.full) {
        const QJsonArray moveDomain {
            term(QStringLiteral("picking_id.picking_type_id.warehouse_id"), QStringLiteral("in"), m_warehouseIds),
            term(QStringLiteral("picking_id.state"), QStringLiteral("in"),
                QJsonArray {QStringLiteral("assigned"), QStringLiteral("confirmed"), QStringLiteral("waiting")})};
        SH_TRY(pageModel(
            QStringLiteral("stock.move"), moveDomain, {QStringLiteral("picking_id")},
            [this](const QJsonArray &) { return importPickingIds(); },
            [this](const QJsonArray &page) -> Status {
                QSet<qint64> set;
                for (const QJsonValue &v : page)
                    set.insert(many2oneId(v.toObject().value(QStringLiteral("picking_id"))));
                set.remove(0);
                QList<qint64> list(set.begin(), set.end());
                std::sort(list.begin(), list.end());
                return fetchPickings(list);
            }));
        return {};
    }
    // Full reconcile: open transfers of ours from Odoo that are no longer open there, untouched by the floor.
    auto mapped = m_store.mapped(QStringLiteral("transfer"));
    SH_TRY(mapped);
    SH_TRY(m_store.begin());
    QList<qint64> keys = mapped->keys();
    std::sort(keys.begin(), keys.end());
    for (qint64 odooId : keys) {
        if (m_openPickingsSeen.contains(odooId))
            continue;
        auto state = m_store.transferState(mapped->value(odooId));
        if (!state) {
            m_store.rollback();
            return state.error();
        }
        if (state.value() && *state.value() == QLatin1String("open")) {
            Status s = m_store.setTransferState(mapped->value(odooId), QStringLiteral("cancelled"));
            if (!s.ok()) {
                m_store.rollback();
                return s;
            }
            ++m_summary.transfersClosed;
        }
    }
    return m_store.commit();
}

Status OdooImporter::fetchPickings(const QList<qint64> &pickingIds)
{
    m_pickingPage = {};
    if (pickingIds.isEmpty())
        return {};
    auto pickings = m_client.searchRead(QStringLiteral("stock.picking"),
        one(term(QStringLiteral("id"), QStringLiteral("in"), ids(pickingIds))),
        {QStringLiteral("name"), QStringLiteral("picking_type_code"), QStringLiteral("state"),
            QStringLiteral("partner_id"), QStringLiteral("origin"), QStringLiteral("scheduled_date"),
            QStringLiteral("priority"), QStringLiteral("picking_type_id")},
        QStringLiteral("id"), 0);
    SH_TRY(pickings);
    auto moves = m_client.searchRead(QStringLiteral("stock.move"),
        one(term(QStringLiteral("picking_id"), QStringLiteral("in"), ids(pickingIds))),
        {QStringLiteral("picking_id"), QStringLiteral("product_id"), QStringLiteral("product_uom_qty"),
            QStringLiteral("location_id"), QStringLiteral("location_dest_id"), QStringLiteral("sequence"),
            QStringLiteral("state")},
        QStringLiteral("picking_id, sequence, id"), 0);
    SH_TRY(moves);
    m_summary.read[QStringLiteral("stock.move")] += int(moves->size());
    auto types = m_client.searchRead(QStringLiteral("stock.picking.type"),
        one(term(QStringLiteral("warehouse_id"), QStringLiteral("in"), m_warehouseIds)),
        {QStringLiteral("warehouse_id")}, QStringLiteral("id"), 0);
    SH_TRY(types);
    m_pickingPage = {pickings.value(), moves.value(), types.value()};
    return {};
}

Status OdooImporter::importPickingIds()
{
    const PickingPage &fetched = m_pickingPage;
    QHash<qint64, qint64> warehouseOfType;
    for (const QJsonValue &v : fetched.types)
        warehouseOfType.insert(v.toObject().value(QStringLiteral("id")).toInteger(),
            m_warehouseOf.value(many2oneId(v.toObject().value(QStringLiteral("warehouse_id")))));

    QJsonArray transfers, lines;
    QHash<qint64, qint64> transferOf; // Odoo picking -> ours, for the pickings imported as open
    for (const QJsonValue &v : fetched.pickings) {
        const QJsonObject o = v.toObject();
        const qint64 odooId = o.value(QStringLiteral("id")).toInteger();
        const QString state = odooText(o.value(QStringLiteral("state")));
        auto existing = m_store.localId(QStringLiteral("transfer"), odooId);
        SH_TRY(existing);
        if (!isOpenPicking(state)) {
            // Closed in Odoo (by someone else, or by our export): a transfer the floor has not started stops.
            if (existing.value()) {
                auto ours = m_store.transferState(existing.value());
                SH_TRY(ours);
                if (ours.value() && *ours.value() == QLatin1String("open")) {
                    SH_TRY(m_store.setTransferState(existing.value(), QStringLiteral("cancelled")));
                    ++m_summary.transfersClosed;
                }
            }
            continue;
        }
        m_openPickingsSeen.insert(odooId);
        const qint64 warehouse = warehouseOfType.value(many2oneId(o.value(QStringLiteral("picking_type_id"))));
        if (!warehouse)
            continue;
        auto id = m_store.mapId(QStringLiteral("transfer"), odooId);
        SH_TRY(id);
        transferOf.insert(odooId, id.value());
        auto partner = m_store.localId(QStringLiteral("partner"), many2oneId(o.value(QStringLiteral("partner_id"))));
        SH_TRY(partner);
        QJsonObject t {{QStringLiteral("id"), id.value()}, {QStringLiteral("warehouse_id"), warehouse},
            {QStringLiteral("kind"), transferKind(odooText(o.value(QStringLiteral("picking_type_code"))))},
            {QStringLiteral("reference"), odooText(o.value(QStringLiteral("name")))},
            {QStringLiteral("partner_id"), partner.value() ? QJsonValue(partner.value()) : QJsonValue()},
            {QStringLiteral("origin"), odooText(o.value(QStringLiteral("origin")))},
            {QStringLiteral("scheduled"), odooText(o.value(QStringLiteral("scheduled_date")))},
            {QStringLiteral("priority"), odooText(o.value(QStringLiteral("priority"))).toInt()}};
        if (!existing.value())
            t.insert(QStringLiteral("state"), QStringLiteral("open")); // an existing one keeps the floor's state
        // Odoo's picking continued as our backorder keeps our reference while the validated one holds Odoo's.
        auto holder = m_store.transferByReference(t.value(QStringLiteral("reference")).toString());
        SH_TRY(holder);
        if (holder.value() && holder.value() != id.value()) {
            auto ours = m_store.transferReference(id.value());
            SH_TRY(ours);
            t.insert(QStringLiteral("reference"), ours.value());
        }
        transfers.append(t);
    }
    int seq = 0;
    qint64 lastPicking = 0;
    for (const QJsonValue &v : fetched.moves) {
        const QJsonObject o = v.toObject();
        const qint64 picking = many2oneId(o.value(QStringLiteral("picking_id")));
        if (picking != lastPicking) {
            seq = 0;
            lastPicking = picking;
        }
        if (!transferOf.contains(picking) || odooText(o.value(QStringLiteral("state"))) == QLatin1String("cancel"))
            continue;
        auto product = m_store.localId(QStringLiteral("product"), many2oneId(o.value(QStringLiteral("product_id"))));
        SH_TRY(product);
        if (!product.value())
            continue;
        auto from = m_store.localId(QStringLiteral("location"), many2oneId(o.value(QStringLiteral("location_id"))));
        SH_TRY(from);
        auto to = m_store.localId(QStringLiteral("location"), many2oneId(o.value(QStringLiteral("location_dest_id"))));
        SH_TRY(to);
        auto id = m_store.mapId(QStringLiteral("transfer_line"), o.value(QStringLiteral("id")).toInteger());
        SH_TRY(id);
        lines.append(
            QJsonObject {{QStringLiteral("id"), id.value()}, {QStringLiteral("transfer_id"), transferOf.value(picking)},
                {QStringLiteral("seq"), ++seq}, {QStringLiteral("product_id"), product.value()},
                {QStringLiteral("from_location_id"), from.value() ? QJsonValue(from.value()) : QJsonValue()},
                {QStringLiteral("to_location_id"), to.value() ? QJsonValue(to.value()) : QJsonValue()},
                {QStringLiteral("qty_expected"), units(toMilli(o.value(QStringLiteral("product_uom_qty"))))}});
    }
    auto n = m_store.importRows(
        QJsonObject {{QStringLiteral("transfers"), transfers}, {QStringLiteral("transfer_lines"), lines}});
    SH_TRY(n);
    m_summary.rowsWritten += n.value();
    return {};
}

} // namespace stockhand::odoo
