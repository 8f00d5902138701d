#include "odooexport.h"
#include "odooimport.h"

#include "domain/quantity.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace stockhand::odoo {

namespace {

QJsonArray term(const QString &field, const QString &op, const QJsonValue &value)
{
    return QJsonArray {field, op, value};
}

double toUnits(Milli q)
{
    return double(q) / 1000.0;
}

Error refused(const QString &message)
{
    return makeError("odoo.refused", message);
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Runs f inside one transaction of the store.
template<typename F> Status inTransaction(server::OdooStore &store, F f)
{
    SH_TRY(store.begin());
    Status s = f();
    if (s.ok())
        s = store.commit();
    if (!s.ok())
        store.rollback();
    return s;
}

} // namespace

QString OdooExportSummary::text() const
{
    QString t = QStringLiteral("%1 exported, %2 refused, %3 to retry, %4 waiting")
                    .arg(done)
                    .arg(refused)
                    .arg(retryLater)
                    .arg(notDue);
    if (!lastError.isEmpty())
        t += QStringLiteral(" (") + lastError + QStringLiteral(")");
    return t;
}

OdooExporter::OdooExporter(OdooClient &client, server::OdooStore &store, OdooExportOptions options)
    : m_client(client)
    , m_store(store)
    , m_options(options)
{ }

Result<OdooExportSummary> OdooExporter::run(const QDateTime &now)
{
    OdooExportSummary summary;
    auto pending = m_store.pendingExports();
    SH_TRY(pending);
    const QString at = isoTime(now);
    for (const server::OdooPendingExport &e : pending.value()) {
        if (!e.nextAttemptAt.isEmpty() && e.nextAttemptAt > at) {
            ++summary.notDue;
            continue;
        }
        Status s = e.kind == QLatin1String("transfer") ? exportTransfer(e)
            : e.kind == QLatin1String("move")          ? exportMove(e)
                                                       : exportAdjustment(e);
        if (s.ok()) {
            SH_TRY(inTransaction(m_store, [&] { return m_store.markDone(e, at); }));
            ++summary.done;
            continue;
        }
        const Error &err = s.error();
        summary.lastError = err.toString();
        if (isUnreachable(err)) {
            const int shift = std::min(e.attempts, 16);
            const qint64 wait
                = std::min<qint64>(qint64(m_options.backoffSeconds) << shift, m_options.maxBackoffSeconds);
            SH_TRY(inTransaction(
                m_store, [&] { return m_store.markAttempt(e, err.message, isoTime(now.addSecs(wait)), at); }));
            ++summary.retryLater;
            break; // Odoo is down: the rest waits, in order
        }
        if (err.code.startsWith(QLatin1String("odoo."))) {
            qint64 warehouse = 0;
            if (e.kind == QLatin1String("transfer")) {
                auto wh = m_store.transferWarehouse(e.localId);
                SH_TRY(wh);
                warehouse = wh.value();
            } else if (e.kind == QLatin1String("move")) {
                auto m = m_store.moveExport(e.localId);
                SH_TRY(m);
                warehouse = m->warehouseId;
            } else {
                auto a = m_store.adjustmentExport(e.localId);
                SH_TRY(a);
                warehouse = a->warehouseId;
            }
            SH_TRY(inTransaction(m_store, [&] { return m_store.markRefused(e, err.message, warehouse, at); }));
            ++summary.refused;
            continue;
        }
        return err; // our own storage failed: nothing was marked, the next run tries again
    }
    return summary;
}

Status OdooExporter::exportTransfer(const server::OdooPendingExport &e)
{
    const QString picking = QStringLiteral("stock.picking");
    auto state = m_client.searchRead(picking, one(term(QStringLiteral("id"), QStringLiteral("="), e.odooId)),
        {QStringLiteral("state"), QStringLiteral("name")}, QString(), 0);
    SH_TRY(state);
    if (state->isEmpty())
        return refused(QStringLiteral("Odoo has no picking %1 any more.").arg(e.odooId));
    const QString odooState = state->first().toObject().value(QStringLiteral("state")).toString();
    if (odooState == QLatin1String("done")) {
        // Validated by an earlier attempt whose end we did not record (killed after Odoo's answer): the
        // backorder may still need its map, and Odoo's quants their absorb, or the next import would book
        // our own receipt a second time (tst_odoo exportKilledAfterOdooWasDone).
        SH_TRY(mapBackorder(e));
        auto done = m_store.exportLines(e.localId);
        SH_TRY(done);
        QList<qint64> products;
        for (const auto &l : done.value()) {
            if (l.odooMoveId)
                products.append(l.odooProductId);
        }
        return absorbQuants(products);
    }
    if (odooState == QLatin1String("cancel"))
        return refused(QStringLiteral("Odoo cancelled picking %1.")
                           .arg(state->first().toObject().value(QStringLiteral("name")).toString()));

    auto lines = m_store.exportLines(e.localId);
    SH_TRY(lines);
    bool nothingDone = true;
    for (const auto &l : lines.value())
        nothingDone = nothingDone && l.parts.isEmpty();
    if (nothingDone) {
        // Validated with nothing done: closed short, Odoo's picking is cancelled; with a backorder, Odoo's
        // picking simply stays open as our backorder (Odoo cannot validate nothing).
        if (e.mode == QLatin1String("close_short")) {
            SH_TRY(m_client.execute(picking, QStringLiteral("action_cancel"), one(QJsonArray {e.odooId})));
            return {};
        }
        return e.backorderId ? mapPicking(e.odooId, e.backorderId) : Status {};
    }
    const QString qtyField = m_client.names.moveLineQty;
    const QString pickedField = m_client.names.moveLinePicked;
    auto moveLines = m_client.searchRead(QStringLiteral("stock.move.line"),
        one(term(QStringLiteral("picking_id"), QStringLiteral("="), e.odooId)),
        {QStringLiteral("move_id"), QStringLiteral("location_id"), QStringLiteral("location_dest_id")},
        QStringLiteral("id"), 0);
    SH_TRY(moveLines);
    QHash<qint64, QList<QJsonObject>> byMove;
    for (const QJsonValue &v : moveLines.value())
        byMove[many2oneId(v.toObject().value(QStringLiteral("move_id")))].append(v.toObject());
    QList<qint64> moveIds;
    for (const auto &l : lines.value()) {
        if (l.odooMoveId)
            moveIds.append(l.odooMoveId);
    }
    QJsonArray moveIdList;
    for (qint64 id : moveIds)
        moveIdList.append(id);
    auto moves = m_client.searchRead(QStringLiteral("stock.move"),
        one(term(QStringLiteral("id"), QStringLiteral("in"), moveIdList)),
        {QStringLiteral("location_id"), QStringLiteral("location_dest_id")}, QStringLiteral("id"), 0);
    SH_TRY(moves);
    QHash<qint64, QJsonObject> moveById;
    for (const QJsonValue &v : moves.value())
        moveById.insert(v.toObject().value(QStringLiteral("id")).toInteger(), v.toObject());

    QList<qint64> products;
    QJsonArray unlink;
    for (const server::OdooExportLine &l : lines.value()) {
        if (!l.odooMoveId)
            continue; // a line of ours that Odoo does not have (docs/odoo.md, "Limits")
        products.append(l.odooProductId);
        const QList<QJsonObject> existing = byMove.value(l.odooMoveId);
        const QJsonObject move = moveById.value(l.odooMoveId);
        for (qsizetype i = 0; i < l.parts.size(); ++i) {
            const auto &p = l.parts.at(i);
            QJsonObject vals {{qtyField, toUnits(p.qty)}};
            if (!pickedField.isEmpty())
                vals.insert(pickedField, true);
            if (p.odooToId)
                vals.insert(QStringLiteral("location_dest_id"), p.odooToId);
            if (p.odooFromId)
                vals.insert(QStringLiteral("location_id"), p.odooFromId);
            if (p.odooLotId)
                vals.insert(QStringLiteral("lot_id"), p.odooLotId);
            else if (!p.lotName.isEmpty())
                vals.insert(QStringLiteral("lot_name"), p.lotName);
            if (i < existing.size()) {
                SH_TRY(m_client.execute(QStringLiteral("stock.move.line"), QStringLiteral("write"),
                    {QJsonArray {existing.at(i).value(QStringLiteral("id")).toInteger()}, vals}));
            } else {
                vals.insert(QStringLiteral("move_id"), l.odooMoveId);
                vals.insert(QStringLiteral("picking_id"), e.odooId);
                vals.insert(QStringLiteral("product_id"), l.odooProductId);
                if (!vals.contains(QStringLiteral("location_id")))
                    vals.insert(QStringLiteral("location_id"), many2oneId(move.value(QStringLiteral("location_id"))));
                if (!vals.contains(QStringLiteral("location_dest_id")))
                    vals.insert(
                        QStringLiteral("location_dest_id"), many2oneId(move.value(QStringLiteral("location_dest_id"))));
                SH_TRY(m_client.execute(QStringLiteral("stock.move.line"), QStringLiteral("create"), one(vals)));
            }
        }
        // Reservations the floor did not use.
        for (qsizetype i = l.parts.size(); i < existing.size(); ++i)
            unlink.append(existing.at(i).value(QStringLiteral("id")).toInteger());
    }
    if (!unlink.isEmpty())
        SH_TRY(m_client.execute(QStringLiteral("stock.move.line"), QStringLiteral("unlink"), one(unlink)));

    auto answer = m_client.execute(picking, QStringLiteral("button_validate"), one(QJsonArray {e.odooId}));
    SH_TRY(answer);
    if (answer->isObject()) {
        const QJsonObject action = answer->toObject();
        const QString model = action.value(QStringLiteral("res_model")).toString();
        if (model != QLatin1String("stock.backorder.confirmation"))
            return refused(QStringLiteral("Odoo asks for %1 (%2) to validate this picking.")
                               .arg(model, action.value(QStringLiteral("name")).toString()));
        // The wizard needs the context Odoo returned, for create AND for process: without it process
        // answers true and does nothing.
        const QJsonObject ctx {{QStringLiteral("context"), action.value(QStringLiteral("context"))}};
        auto wizard = m_client.execute(model, QStringLiteral("create"), one(QJsonObject {}), ctx);
        SH_TRY(wizard);
        const qint64 wizardId = wizard->isArray() ? wizard->toArray().at(0).toInteger() : wizard->toInteger();
        const QString method = e.mode == QLatin1String("close_short") ? QStringLiteral("process_cancel_backorder")
                                                                      : QStringLiteral("process");
        SH_TRY(m_client.execute(model, method, one(QJsonArray {wizardId}), ctx));
    }
    auto after = m_client.searchRead(picking, one(term(QStringLiteral("id"), QStringLiteral("="), e.odooId)),
        {QStringLiteral("state")}, QString(), 0);
    SH_TRY(after);
    const QString afterState
        = after->isEmpty() ? QString() : after->first().toObject().value(QStringLiteral("state")).toString();
    if (afterState != QLatin1String("done"))
        return refused(QStringLiteral("Odoo left picking %1 %2 after validation.").arg(e.odooId).arg(afterState));
    SH_TRY(mapBackorder(e));
    return absorbQuants(products);
}

Status OdooExporter::mapBackorder(const server::OdooPendingExport &e)
{
    // Our validation made a backorder of its own; Odoo's backorder of the same picking is that one, so the
    // next import updates it instead of adding a second transfer.
    if (!e.backorderId)
        return {};
    auto existing = m_store.odooId(QStringLiteral("transfer"), e.backorderId);
    SH_TRY(existing);
    if (existing.value())
        return {};
    auto bo = m_client.searchRead(QStringLiteral("stock.picking"),
        one(term(QStringLiteral("backorder_id"), QStringLiteral("="), e.odooId)), {QStringLiteral("state")},
        QStringLiteral("id"), 1);
    SH_TRY(bo);
    if (bo->isEmpty())
        return {};
    return mapPicking(bo->first().toObject().value(QStringLiteral("id")).toInteger(), e.backorderId);
}

Status OdooExporter::mapPicking(qint64 odooPicking, qint64 ourTransfer)
{
    const qint64 odooBo = odooPicking;
    const qint64 backorderId = ourTransfer;
    auto moves = m_client.searchRead(QStringLiteral("stock.move"),
        one(term(QStringLiteral("picking_id"), QStringLiteral("="), odooBo)), {QStringLiteral("product_id")},
        QStringLiteral("sequence, id"), 0);
    SH_TRY(moves);
    auto ours = m_store.exportLines(backorderId);
    SH_TRY(ours);
    return inTransaction(m_store, [&]() -> Status {
        SH_TRY(m_store.map(QStringLiteral("transfer"), odooBo, backorderId));
        QSet<qint64> used;
        for (const QJsonValue &v : moves.value()) {
            const qint64 product = many2oneId(v.toObject().value(QStringLiteral("product_id")));
            for (const auto &l : ours.value()) {
                if (l.odooProductId == product && !used.contains(l.lineId)) {
                    used.insert(l.lineId);
                    SH_TRY(m_store.map(QStringLiteral("transfer_line"),
                        v.toObject().value(QStringLiteral("id")).toInteger(), l.lineId));
                    break;
                }
            }
        }
        return {};
    });
}

Status OdooExporter::absorbQuants(const QList<qint64> &odooProductIds)
{
    // What our export did to Odoo's quants is already in ours: the baselines move to Odoo's new quantities,
    // so the next import does not book it a second time.
    if (odooProductIds.isEmpty())
        return {};
    QJsonArray products;
    QSet<qint64> productSet;
    for (qint64 p : odooProductIds) {
        if (!productSet.contains(p))
            products.append(p);
        productSet.insert(p);
    }
    auto quants = m_client.searchRead(QStringLiteral("stock.quant"),
        {term(QStringLiteral("product_id"), QStringLiteral("in"), products),
            term(QStringLiteral("location_id.usage"), QStringLiteral("="), QStringLiteral("internal"))},
        {QStringLiteral("location_id"), QStringLiteral("product_id"), QStringLiteral("lot_id"),
            QStringLiteral("quantity")},
        QStringLiteral("id"), 0);
    SH_TRY(quants);
    auto baselines = m_store.quantBaselines();
    SH_TRY(baselines);
    return inTransaction(m_store, [&]() -> Status {
        QSet<qint64> seen;
        for (const QJsonValue &v : quants.value()) {
            const QJsonObject o = v.toObject();
            auto key = ourQuant(m_store, o);
            SH_TRY(key);
            if (!key.value())
                continue;
            const qint64 id = o.value(QStringLiteral("id")).toInteger();
            seen.insert(id);
            const OurQuant &q = *key.value();
            SH_TRY(m_store.setQuantBaseline({id, q.locationId, q.productId, q.lotId, q.qty}));
        }
        QSet<qint64> ourProducts;
        for (qint64 p : productSet) {
            auto local = m_store.localId(QStringLiteral("product"), p);
            SH_TRY(local);
            ourProducts.insert(local.value());
        }
        for (const auto &b : baselines.value()) {
            if (ourProducts.contains(b.productId) && !seen.contains(b.odooId))
                SH_TRY(m_store.removeQuantBaseline(b.odooId));
        }
        return {};
    });
}

Status OdooExporter::exportMove(const server::OdooPendingExport &e)
{
    // A putaway or internal move of the floor: an internal transfer in Odoo, found again by its origin (the
    // export's key), so that a rerun after a crash continues it instead of making a second one.
    auto m = m_store.moveExport(e.localId);
    SH_TRY(m);
    if (!m->odooProductId || !m->odooFromId || !m->odooToId)
        return refused(QStringLiteral("Move %1 is of a product or between locations Odoo does not know.").arg(e.key));
    if (!m->lotName.isEmpty() && !m->odooLotId)
        return refused(QStringLiteral("Move %1 is of lot %2, which Odoo does not know.").arg(e.key, m->lotName));
    const QString picking = QStringLiteral("stock.picking");
    const QString origin = QStringLiteral("stockhand %1").arg(e.key);
    auto found = m_client.searchRead(picking, one(term(QStringLiteral("origin"), QStringLiteral("="), origin)),
        {QStringLiteral("state")}, QStringLiteral("id"), 1);
    SH_TRY(found);
    qint64 pickingId = 0;
    if (!found->isEmpty()) {
        pickingId = found->first().toObject().value(QStringLiteral("id")).toInteger();
        const QString state = found->first().toObject().value(QStringLiteral("state")).toString();
        if (state == QLatin1String("done"))
            return absorbQuants({m->odooProductId});
        if (state == QLatin1String("cancel"))
            return refused(QStringLiteral("Odoo cancelled the internal transfer of %1.").arg(e.key));
    } else {
        auto type = m_client.searchRead(QStringLiteral("stock.picking.type"),
            {term(QStringLiteral("code"), QStringLiteral("="), QStringLiteral("internal")),
                term(QStringLiteral("warehouse_id"), QStringLiteral("="), m->odooWarehouseId)},
            {QStringLiteral("name")}, QStringLiteral("sequence, id"), 1);
        SH_TRY(type);
        if (type->isEmpty())
            return refused(
                QStringLiteral("Odoo's warehouse %1 has no internal transfer type.").arg(m->odooWarehouseId));
        auto product = m_client.searchRead(QStringLiteral("product.product"),
            one(term(QStringLiteral("id"), QStringLiteral("="), m->odooProductId)), {QStringLiteral("uom_id")},
            QString(), 1);
        SH_TRY(product);
        if (product->isEmpty())
            return refused(QStringLiteral("Odoo has no product %1 any more.").arg(m->odooProductId));
        const QJsonObject move {{QStringLiteral("name"), origin}, {QStringLiteral("product_id"), m->odooProductId},
            {QStringLiteral("product_uom_qty"), toUnits(m->qty)},
            {QStringLiteral("product_uom"), many2oneId(product->first().toObject().value(QStringLiteral("uom_id")))},
            {QStringLiteral("location_id"), m->odooFromId}, {QStringLiteral("location_dest_id"), m->odooToId}};
        auto created = m_client.execute(picking, QStringLiteral("create"),
            one(QJsonObject {{QStringLiteral("picking_type_id"), type->first().toObject().value(QStringLiteral("id"))},
                {QStringLiteral("location_id"), m->odooFromId}, {QStringLiteral("location_dest_id"), m->odooToId},
                {QStringLiteral("origin"), origin},
                {QStringLiteral("move_ids"), QJsonArray {QJsonArray {0, 0, move}}}}));
        SH_TRY(created);
        pickingId = created->isArray() ? created->toArray().at(0).toInteger() : created->toInteger();
    }
    // Confirmed (again: a no-op when it is), then one move line with the floor's quantity, absolute.
    SH_TRY(m_client.execute(picking, QStringLiteral("action_confirm"), one(QJsonArray {pickingId})));
    auto moves = m_client.searchRead(QStringLiteral("stock.move"),
        one(term(QStringLiteral("picking_id"), QStringLiteral("="), pickingId)), {QStringLiteral("state")},
        QStringLiteral("id"), 1);
    SH_TRY(moves);
    if (moves->isEmpty())
        return refused(QStringLiteral("Odoo's internal transfer of %1 has no move.").arg(e.key));
    const qint64 moveId = moves->first().toObject().value(QStringLiteral("id")).toInteger();
    auto lines = m_client.searchRead(QStringLiteral("stock.move.line"),
        one(term(QStringLiteral("move_id"), QStringLiteral("="), moveId)), {QStringLiteral("quantity")},
        QStringLiteral("id"), 0);
    SH_TRY(lines);
    QJsonObject vals {{m_client.names.moveLineQty, toUnits(m->qty)}, {QStringLiteral("location_id"), m->odooFromId},
        {QStringLiteral("location_dest_id"), m->odooToId}};
    if (!m_client.names.moveLinePicked.isEmpty())
        vals.insert(m_client.names.moveLinePicked, true);
    if (m->odooLotId)
        vals.insert(QStringLiteral("lot_id"), m->odooLotId);
    if (lines->isEmpty()) {
        vals.insert(QStringLiteral("move_id"), moveId);
        vals.insert(QStringLiteral("picking_id"), pickingId);
        vals.insert(QStringLiteral("product_id"), m->odooProductId);
        SH_TRY(m_client.execute(QStringLiteral("stock.move.line"), QStringLiteral("create"), one(vals)));
    } else {
        SH_TRY(m_client.execute(QStringLiteral("stock.move.line"), QStringLiteral("write"),
            {QJsonArray {lines->first().toObject().value(QStringLiteral("id")).toInteger()}, vals}));
        QJsonArray extra;
        for (qsizetype i = 1; i < lines->size(); ++i)
            extra.append(lines->at(i).toObject().value(QStringLiteral("id")).toInteger());
        if (!extra.isEmpty())
            SH_TRY(m_client.execute(QStringLiteral("stock.move.line"), QStringLiteral("unlink"), one(extra)));
    }
    auto answer = m_client.execute(picking, QStringLiteral("button_validate"), one(QJsonArray {pickingId}));
    SH_TRY(answer);
    if (answer->isObject())
        return refused(QStringLiteral("Odoo asks for %1 to validate the internal transfer of %2.")
                           .arg(answer->toObject().value(QStringLiteral("res_model")).toString(), e.key));
    auto after = m_client.searchRead(picking, one(term(QStringLiteral("id"), QStringLiteral("="), pickingId)),
        {QStringLiteral("state")}, QString(), 1);
    SH_TRY(after);
    const QString afterState
        = after->isEmpty() ? QString() : after->first().toObject().value(QStringLiteral("state")).toString();
    if (afterState != QLatin1String("done"))
        return refused(QStringLiteral("Odoo left the internal transfer of %1 %2.").arg(e.key, afterState));
    return absorbQuants({m->odooProductId});
}

Status OdooExporter::exportAdjustment(const server::OdooPendingExport &e)
{
    auto a = m_store.adjustmentExport(e.localId);
    SH_TRY(a);
    if (!a->odooLocationId || !a->odooProductId)
        return refused(
            QStringLiteral("Adjustment %1 is at a location or of a product Odoo does not know.").arg(e.localId));
    const QString quant = QStringLiteral("stock.quant");
    const QJsonObject ctx {{QStringLiteral("context"), QJsonObject {{QStringLiteral("inventory_mode"), true}}}};
    auto found = m_client.searchRead(quant,
        {term(QStringLiteral("location_id"), QStringLiteral("="), a->odooLocationId),
            term(QStringLiteral("product_id"), QStringLiteral("="), a->odooProductId),
            term(QStringLiteral("lot_id"), QStringLiteral("="),
                a->odooLotId ? QJsonValue(a->odooLotId) : QJsonValue(false))},
        {QStringLiteral("quantity")}, QStringLiteral("id"), 1);
    SH_TRY(found);
    qint64 quantId = 0;
    if (!found->isEmpty()) {
        const QJsonObject q = found->first().toObject();
        quantId = q.value(QStringLiteral("id")).toInteger();
        // Applied by an earlier attempt (or Odoo already agrees): nothing to apply.
        if (std::llround(q.value(QStringLiteral("quantity")).toDouble() * 1000.0) == a->qtyCounted)
            return absorbQuants({a->odooProductId});
        // inventory_quantity, never quantity: writing quantity skips the moves and corrupts reservations.
        SH_TRY(m_client.execute(quant, QStringLiteral("write"),
            {QJsonArray {quantId}, QJsonObject {{QStringLiteral("inventory_quantity"), toUnits(a->qtyCounted)}}}, ctx));
    } else {
        QJsonObject vals {{QStringLiteral("product_id"), a->odooProductId},
            {QStringLiteral("location_id"), a->odooLocationId},
            {QStringLiteral("inventory_quantity"), toUnits(a->qtyCounted)}};
        if (a->odooLotId)
            vals.insert(QStringLiteral("lot_id"), a->odooLotId);
        auto created = m_client.execute(quant, QStringLiteral("create"), one(vals), ctx);
        SH_TRY(created);
        quantId = created->isArray() ? created->toArray().at(0).toInteger() : created->toInteger();
    }
    SH_TRY(m_client.execute(quant, QStringLiteral("action_apply_inventory"), one(QJsonArray {quantId}), ctx));
    return absorbQuants({a->odooProductId});
}

} // namespace stockhand::odoo
