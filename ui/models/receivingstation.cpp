// ReceivingStation: the receipts list and its search, the open receipt, scans and the entry being typed.
#include "receivingstation.h"

#include "ops/receive.h"
#include "session.h"
#include "store/catalog.h"
#include "store/meta.h"
#include "store/transferlines.h"

namespace stockhand::ui {

using scan::EntityKind;

StationRowsModel::StationRowsModel(QByteArrayList roleNames, QObject *parent)
    : ListModelBase(std::move(roleNames), parent)
{ }

ReceivingStation::ReceivingStation(UiContext &context, QObject *parent)
    : FlowBase(context, parent)
    , m_receipts(new StationRowsModel({"receiptId", "reference", "origin", "supplier", "scheduled", "lines",
                                          "openLines", "progress", "progressText"},
          this))
    , m_lines(new StationRowsModel({"lineId", "sku", "name", "uom", "lot", "expected", "receivedServer",
                                       "receivedPending", "staged", "remaining", "progress", "state", "current"},
          this))
    , m_staged(new StationRowsModel(
          {"product", "sku", "qty", "uom", "lot", "expiry", "reason", "reasonLabel", "where", "kind"}, this))
{
    auto days = m_ctx.store.meta().integer(store::MetaKey::StationMinShelfLifeDays, m_minShelfLifeDays);
    if (days)
        m_minShelfLifeDays = int(*days);
    // Signed out: the next user starts at the list, with nothing of this one's sitting.
    connect(&context.session, &Session::changed, this, [this] {
        if (m_ctx.session.signedIn() || (!m_header.id && m_printable.isEmpty() && m_searchText.isEmpty()))
            return;
        close(true);
        m_printable.clear();
        m_printableReceiptId = 0;
        Q_EMIT printableChanged();
        search(QString());
    });
}

bool ReceivingStation::isShort(const QString &reason)
{
    return reason == QLatin1String(ops::kReasonShort);
}

QVariantList ReceivingStation::reasons() const
{
    QVariantList out;
    for (const char *code : {"", ops::kReasonShort, ops::kReasonOver, ops::kReasonDamaged, ops::kReasonExpiryShort,
             ops::kReasonQualityHold, ops::kReasonWrongItem}) {
        const QString c = QString::fromLatin1(code);
        out.append(QVariantMap {{QStringLiteral("code"), c}, {QStringLiteral("label"), reasonLabel(c)},
            {QStringLiteral("quarantine"), ops::goesToQuarantine(c)}});
    }
    return out;
}

QString ReceivingStation::reasonLabel(const QString &code) const
{
    if (code.isEmpty())
        return tr("As expected");
    if (code == QLatin1String(ops::kReasonShort))
        return tr("Short (missing)");
    if (code == QLatin1String(ops::kReasonOver))
        return tr("Over (more than ordered)");
    if (code == QLatin1String(ops::kReasonDamaged))
        return tr("Damaged");
    if (code == QLatin1String(ops::kReasonExpiryShort))
        return tr("Expiry too short");
    if (code == QLatin1String(ops::kReasonQualityHold))
        return tr("Quality hold");
    if (code == QLatin1String(ops::kReasonWrongItem))
        return tr("Wrong item");
    return code;
}

QString ReceivingStation::locationName(qint64 locationId) const
{
    auto info = store::locationInfo(m_ctx.store.db(), locationId);
    return info && *info ? (*info)->name : QString();
}

void ReceivingStation::setMinShelfLifeDays(int days)
{
    days = qBound(0, days, 3650);
    if (days == m_minShelfLifeDays)
        return;
    if (Status s = m_ctx.store.meta().set(store::MetaKey::StationMinShelfLifeDays, qint64(days)); !s) {
        fail(s.error());
        return;
    }
    m_minShelfLifeDays = days;
    Q_EMIT settingsChanged();
    Q_EMIT entryChanged();
}

// --- The receipts list ----------------------------------------------------------------------------------

void ReceivingStation::search(const QString &text)
{
    m_searchText = text.trimmed();
    m_searchProductId = 0;
    m_searchProductLabel.clear();
    Q_EMIT searchChanged();
    fillReceipts();
}

void ReceivingStation::refresh()
{
    fillReceipts();
    if (m_header.id)
        reload();
}

void ReceivingStation::retranslate()
{
    if (!m_ctx.session.signedIn())
        return;
    refresh();
    fillStaged();
    Q_EMIT reasonsChanged();
    Q_EMIT entryChanged();
}

void ReceivingStation::fillReceipts()
{
    auto rows = store::expectedReceipts(
        m_ctx.store.db(), m_ctx.session.warehouseId(), store::ReceiptSearch {m_searchText, m_searchProductId});
    if (!rows) {
        fail(rows.error());
        return;
    }
    QList<QVariantList> out;
    out.reserve(rows->size());
    for (const store::ReceiptRow &r : *rows) {
        const double progress = r.expected > 0 ? double(r.received) / double(r.expected) : 0.0;
        out.append({r.id, r.reference, r.origin, r.supplier, r.scheduled, r.lines, r.openLines, progress,
            tr("%1 of %2 received · %3 of %4 lines open")
                .arg(formatQuantity(r.received), formatQuantity(r.expected))
                .arg(r.openLines)
                .arg(r.lines)});
    }
    m_receipts->setRows(std::move(out));
}

bool ReceivingStation::openRow(int row)
{
    if (row < 0 || row >= m_receipts->count())
        return false;
    return open(m_receipts->value(row, "receiptId").toLongLong());
}

bool ReceivingStation::open(qint64 receiptId)
{
    if (!requireRole(ops::Kind::Receive))
        return false;
    if (!m_stagedRows.isEmpty() && receiptId != m_header.id) {
        refuse(tr("%n line(s) of this delivery are not recorded yet: record them (Ctrl+Enter) or discard them "
                  "first.",
            nullptr, int(m_stagedRows.size())));
        return false;
    }
    auto header = store::receiptHeader(m_ctx.store.db(), receiptId);
    if (!header) {
        fail(header.error());
        return false;
    }
    if (!*header || (*header)->warehouseId != m_ctx.session.warehouseId()) {
        refuse(tr("This is not a receipt of this warehouse."));
        return false;
    }
    if ((*header)->validatedHere || (*header)->state == u"done" || (*header)->state == u"cancelled") {
        refuse(tr("%1 is finished: nothing more is expected on it.").arg((*header)->reference));
        return false;
    }
    if (receiptId != m_printableReceiptId) {
        m_printable.clear();
        Q_EMIT printableChanged();
    }
    m_header = **header;
    resetEntry();
    if (!reload())
        return false;
    setStep(Receipt);
    Q_EMIT receiptChanged();
    accept(tr("%1 from %2 is open. Scan the items of the delivery, or type a SKU.")
               .arg(m_header.reference, m_header.supplier.isEmpty() ? tr("an unknown supplier") : m_header.supplier));
    return true;
}

bool ReceivingStation::close(bool discardStaged)
{
    if (!m_stagedRows.isEmpty() && !discardStaged) {
        refuse(tr("%n line(s) of this delivery are not recorded yet: record them (Ctrl+Enter) or discard them.",
            nullptr, int(m_stagedRows.size())));
        return false;
    }
    m_stagedRows.clear();
    fillStaged();
    resetEntry();
    cancelAttach();
    m_header = {};
    m_lineRows.clear();
    m_lines->setRows({});
    setStep(List);
    Q_EMIT receiptChanged();
    clearMessage();
    fillReceipts();
    return true;
}

bool ReceivingStation::reload()
{
    auto lines = store::receiptLines(m_ctx.store.db(), m_header.id);
    if (!lines) {
        fail(lines.error());
        return false;
    }
    m_lineRows = std::move(*lines);
    fillLines();
    Q_EMIT receiptChanged(); // progress
    return true;
}

QString ReceivingStation::progressText() const
{
    Milli expected = 0, received = 0;
    int open = 0;
    for (const store::ReceiptLine &l : m_lineRows) {
        expected += l.expected;
        received += qMin(l.received(), l.expected);
        open += l.remaining() > 0;
    }
    return tr("%1 of %2 received · %3 of %4 lines open")
        .arg(formatQuantity(received), formatQuantity(expected))
        .arg(open)
        .arg(m_lineRows.size());
}

void ReceivingStation::fillLines()
{
    QList<QVariantList> out;
    for (const store::ReceiptLine &l : m_lineRows) {
        const Milli staged = stagedOn(l.id);
        const QString state = l.received() > l.expected ? QStringLiteral("over")
            : l.remaining() == 0                        ? QStringLiteral("done")
            : l.reportedShort > 0                       ? QStringLiteral("short")
                                                        : QStringLiteral("open");
        out.append({l.id, l.sku, l.productName, l.uom, l.lotName, formatQuantity(l.expected),
            formatQuantity(l.receivedServer), l.receivedPending ? formatQuantity(l.receivedPending) : QString(),
            staged ? formatQuantity(staged) : QString(), formatQuantity(l.remaining()),
            l.expected > 0 ? qMin(1.0, double(l.received()) / double(l.expected)) : 0.0, state,
            m_entry.lineId == l.id && entryActive()});
    }
    m_lines->setRows(std::move(out));
}

const store::ReceiptLine *ReceivingStation::lineOf(qint64 lineId) const
{
    for (const store::ReceiptLine &l : m_lineRows) {
        if (l.id == lineId)
            return &l;
    }
    return nullptr;
}

Milli ReceivingStation::stagedOn(qint64 lineId) const
{
    Milli sum = 0;
    for (const Staged &s : m_stagedRows) {
        if (s.entry.lineId == lineId && !isShort(s.entry.reason))
            sum += s.qty;
    }
    return sum;
}

// --- Scans ----------------------------------------------------------------------------------------------

scan::ScanContext ReceivingStation::scanContext() const
{
    scan::ScanContext c;
    if (step() == List)
        return c;
    const bool wantsLot = entryNeedsLot() && m_entry.lotName.isEmpty();
    c.expected = wantsLot ? EntityKind::Lot : EntityKind::Unknown;
    c.expectedProductId = m_entry.productId;
    c.mayAttachBarcode = ops::rolesAllow(m_ctx.session.roles(), ops::Kind::AttachBarcode);
    c.mayCreateLot = wantsLot;
    return c;
}

void ReceivingStation::handleScan(const scan::Resolution &r)
{
    if (step() == List)
        onListScan(r);
    else
        onReceiptScan(r);
}

void ReceivingStation::onListScan(const scan::Resolution &r)
{
    if (r.kind == EntityKind::Transfer) {
        open(r.match.id);
        return;
    }
    auto receipt = store::findOpenReceipt(m_ctx.store.db(), m_ctx.session.warehouseId(), lastScan());
    if (receipt && *receipt) { // the purchase order number printed on the delivery note
        open(*receipt);
        return;
    }
    const qint64 product = r.kind == EntityKind::Product              ? r.match.id
        : (r.kind == EntityKind::Lot || r.kind == EntityKind::Serial) ? r.match.productId
                                                                      : 0;
    if (!product) {
        search(lastScan()); // typed text: a reference, a supplier, a SKU
        if (m_receipts->count() == 0)
            warn(tr("No expected receipt matches %1.").arg(lastScan()));
        else
            clearMessage();
        return;
    }
    auto info = store::productInfo(m_ctx.store.db(), product);
    m_searchText.clear();
    m_searchProductId = product;
    m_searchProductLabel = info && *info ? (*info)->label : lastScan();
    Q_EMIT searchChanged();
    fillReceipts();
    if (m_receipts->count() == 0)
        warn(tr("No open receipt expects %1.").arg(m_searchProductLabel));
    else
        accept(tr("%n receipt(s) expect %1.", nullptr, m_receipts->count()).arg(m_searchProductLabel));
}

void ReceivingStation::onReceiptScan(const scan::Resolution &r)
{
    if (r.kind == EntityKind::Transfer) {
        if (r.match.id != m_header.id)
            open(r.match.id);
        return;
    }
    const bool lotScan = r.kind == EntityKind::Lot || r.kind == EntityKind::Serial;
    if (r.kind == EntityKind::Unknown || r.kind == EntityKind::Lot || r.kind == EntityKind::Serial) {
        if (entryActive() && entryNeedsLot() && m_entry.lotName.isEmpty()
            && (r.actions.contains(scan::ScanAction::CreateLot)
                || (lotScan && r.match.productId == m_entry.productId))) {
            setLot(lotScan ? r.match.code : lastScan());
            return;
        }
    }
    // A SKU typed into the scan field (the resolver finds SKUs too): chooses the item, no quantity yet.
    if (r.kind == EntityKind::Unknown
        || (r.kind == EntityKind::Product && r.match.code == r.match.label.section(u' ', 0, 0))) {
        if (auto id = store::productIdBySku(m_ctx.store.db(), lastScan()); id && *id) {
            selectProduct(lastScan()); // a SKU typed into the scan field
            return;
        }
    }
    if (r.kind == EntityKind::Unknown) {
        if (r.actions.contains(scan::ScanAction::AttachBarcode) && entryActive()) {
            m_attachCode = r.attachCode;
            m_attachProductId = m_entry.productId;
            m_attachProductLabel = m_entry.label;
            Q_EMIT attachChanged();
            warn(tr("Unknown barcode %1. If it is printed on %2, attach it to that product.")
                     .arg(lastScan(), m_entry.label));
            return;
        }
        refuse(tr("Unknown barcode %1. Type the item's SKU, then scan the barcode again to attach it to the item.")
                   .arg(lastScan()));
        return;
    }
    const qint64 product = r.kind == EntityKind::Product ? r.match.id : lotScan ? r.match.productId : 0;
    if (!product) {
        refuse(tr("Scan an item of the delivery, or type its SKU."));
        return;
    }
    const Milli pack = r.kind == EntityKind::Product && r.match.packQty > 0 ? r.match.packQty : kMilliPerUnit;
    const Milli add = r.quantity ? pack * *r.quantity / kMilliPerUnit : pack;
    const QString scannedLot = lotScan ? r.match.code : !r.serial.isEmpty() ? r.serial : r.lotName;
    if (entryActive()) {
        if (product != m_entry.productId) {
            refuse(tr("Confirm (Enter) or cancel (Esc) the entry of %1 first.").arg(m_entry.label));
            return;
        }
        if (!scannedLot.isEmpty() && !m_entry.lotName.isEmpty() && scannedLot != m_entry.lotName) {
            refuse(tr("Another lot (%1): confirm the entry of lot %2 first (Enter).").arg(scannedLot, m_entry.lotName));
            return;
        }
        if (lotScan) { // the lot label of the item in the entry
            setLot(scannedLot);
            return;
        }
        const Milli qty = parseQuantity(m_entryQty).value_or(0) + add;
        m_entryQty = formatQuantity(qty);
        if (!scannedLot.isEmpty())
            setLot(scannedLot);
        Q_EMIT entryChanged();
        accept(tr("%1: %2 %3.").arg(m_entry.label, m_entryQty, m_entry.uom));
        return;
    }
    beginEntry(product, lotScan ? 0 : add, &r);
}

bool ReceivingStation::selectProduct(const QString &skuOrCode)
{
    if (step() != Receipt) {
        refuse(tr("Open a receipt first."));
        return false;
    }
    const QString text = skuOrCode.trimmed();
    qint64 product = 0;
    for (const store::ReceiptLine &l : m_lineRows) { // the receipt's own SKUs first
        if (l.sku.compare(text, Qt::CaseInsensitive) == 0)
            product = l.productId;
    }
    if (!product) {
        auto id = store::productIdBySku(m_ctx.store.db(), text);
        if (!id) {
            fail(id.error());
            return false;
        }
        product = *id;
    }
    if (!product) {
        refuse(tr("No product has the SKU %1.").arg(text));
        return false;
    }
    if (entryActive() && product != m_entry.productId) {
        refuse(tr("Confirm (Enter) or cancel (Esc) the entry of %1 first.").arg(m_entry.label));
        return false;
    }
    if (entryActive())
        return true;
    return beginEntry(product, 0, nullptr);
}

bool ReceivingStation::beginEntry(qint64 productId, Milli qty, const scan::Resolution *scan)
{
    auto info = store::productInfo(m_ctx.store.db(), productId);
    if (!info || !*info) {
        refuse(tr("This product is not in the store."));
        return false;
    }
    resetEntry();
    m_entry.productId = productId;
    m_entry.label = (*info)->label;
    m_entry.sku = (*info)->sku;
    m_entry.uom = (*info)->uom;
    m_entry.tracking = (*info)->tracking;
    // The open line of this product, else any line of it (an over-receipt), else none (wrong item).
    for (const store::ReceiptLine &l : m_lineRows) {
        if (l.productId == productId && (!m_entry.lineId || l.remaining() - stagedOn(l.id) > 0)) {
            m_entry.lineId = l.id;
            m_entry.name = l.productName;
            if (l.remaining() - stagedOn(l.id) > 0)
                break;
        }
    }
    m_entryQty = qty > 0 ? formatQuantity(qty) : QString();
    if (scan) {
        const bool lotScan = scan->kind == EntityKind::Lot || scan->kind == EntityKind::Serial;
        m_entry.lotId = lotScan ? scan->match.id : scan->lotId;
        m_entry.lotName = lotScan ? scan->match.code : !scan->serial.isEmpty() ? scan->serial : scan->lotName;
        m_entry.expiry = scan->expiry;
        if (m_entry.lotId && !m_entry.expiry.isValid()) {
            auto lot = store::lotInfo(m_ctx.store.db(), m_entry.lotId);
            if (lot && *lot)
                m_entry.expiry = QDate::fromString((*lot)->expiry, Qt::ISODate);
        }
    }
    if (!m_entry.lineId)
        m_entry.reason = QString::fromLatin1(ops::kReasonWrongItem);
    fillLines();
    Q_EMIT entryChanged();
    if (expiryShort() && hasQuarantine()) {
        m_entry.reason = QString::fromLatin1(ops::kReasonExpiryShort);
        Q_EMIT entryChanged();
    }
    const QString lotText = m_entry.lotName.isEmpty() ? QString() : tr(" · lot %1").arg(m_entry.lotName);
    if (!m_entry.lineId && !expiryShort())
        warn(tr("%1 is not on this receipt: it will be received as a wrong item and reported.").arg(m_entry.label));
    else if (expiryShort())
        warn(tr("%1%2 expires on %3: less than the %n day(s) of shelf life this site accepts. It goes to "
                "quarantine as \"expiry too short\"; choose \"As expected\" to receive it as stock.",
            nullptr, m_minShelfLifeDays)
                 .arg(m_entry.label, lotText, entryExpiry()));
    else
        accept(tr("%1%2: %3 still expected. Enter the quantity, Enter to confirm.")
                   .arg(m_entry.label, lotText, entryExpected()));
    return true;
}

void ReceivingStation::resetEntry()
{
    m_entry = {};
    m_entryQty.clear();
    fillLines();
    Q_EMIT entryChanged();
}

QString ReceivingStation::entryExpected() const
{
    const store::ReceiptLine *l = lineOf(m_entry.lineId);
    if (!l)
        return entryActive() ? tr("not expected") : QString();
    return tr("%1 of %2 %3")
        .arg(formatQuantity(qMax<Milli>(0, l->remaining() - stagedOn(l->id))), formatQuantity(l->expected), l->uom);
}

QString ReceivingStation::entryWhere() const
{
    if (!entryActive())
        return {};
    if (isShort(m_entry.reason))
        return tr("nothing is received: the missing quantity is reported");
    if (ops::goesToQuarantine(m_entry.reason))
        return hasQuarantine() ? tr("quarantine: %1").arg(locationName(m_header.quarantineLocationId))
                               : tr("no quarantine location in this warehouse");
    return tr("stock: %1").arg(locationName(m_header.dockLocationId));
}

bool ReceivingStation::expiryShort() const
{
    if (!m_entry.expiry.isValid())
        return false;
    return m_ctx.clock.now().date().daysTo(m_entry.expiry) < m_minShelfLifeDays;
}

void ReceivingStation::setQuantity(const QString &text)
{
    if (m_entryQty == text)
        return;
    m_entryQty = text.trimmed();
    Q_EMIT entryChanged();
}

void ReceivingStation::setLot(const QString &name)
{
    const QString trimmed = name.trimmed();
    m_entry.lotName = trimmed;
    m_entry.lotId = 0;
    if (!trimmed.isEmpty()) {
        auto lot = store::findLot(m_ctx.store.db(), m_entry.productId, trimmed);
        if (lot && *lot) {
            m_entry.lotId = (*lot)->id;
            if (!m_entry.expiry.isValid())
                m_entry.expiry = QDate::fromString((*lot)->expiry, Qt::ISODate);
        }
    }
    Q_EMIT entryChanged();
    if (!trimmed.isEmpty())
        accept(m_entry.lotId ? tr("Lot %1.").arg(trimmed) : tr("New lot %1: enter its expiry date.").arg(trimmed));
}

bool ReceivingStation::setExpiry(const QString &isoDate)
{
    const QString text = isoDate.trimmed();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!text.isEmpty() && !d.isValid()) {
        refuse(tr("%1 is not a date (YYYY-MM-DD).").arg(text));
        return false;
    }
    m_entry.expiry = d;
    Q_EMIT entryChanged();
    if (expiryShort()) {
        if (m_entry.reason.isEmpty() && hasQuarantine()) {
            m_entry.reason = QString::fromLatin1(ops::kReasonExpiryShort);
            Q_EMIT entryChanged();
        }
        warn(tr("%1 leaves less than the %n day(s) of shelf life this site accepts: \"expiry too short\" sends it "
                "to quarantine.",
            nullptr, m_minShelfLifeDays)
                 .arg(text));
    }
    return true;
}

bool ReceivingStation::setReason(const QString &code)
{
    if (!entryActive()) {
        refuse(tr("Scan an item or type its SKU first."));
        return false;
    }
    bool known = false;
    for (const QVariant &v : reasons())
        known = known || v.toMap().value(QStringLiteral("code")).toString() == code;
    if (!known) {
        refuse(tr("%1 is not a receiving discrepancy.").arg(code));
        return false;
    }
    if (isShort(code) && !m_entry.lineId) {
        refuse(tr("%1 is not on this receipt: nothing of it can be short.").arg(m_entry.label));
        return false;
    }
    m_entry.reason = code;
    if (isShort(code) && m_entryQty.isEmpty()) // what is still missing, the clerk corrects it
        m_entryQty = formatQuantity(qMax<Milli>(0, lineOf(m_entry.lineId)->remaining() - stagedOn(m_entry.lineId)));
    Q_EMIT entryChanged();
    if (ops::goesToQuarantine(code) && !hasQuarantine())
        warn(tr("This warehouse has no quarantine location: ask a supervisor to set one up before receiving "
                "damaged or held goods."));
    else
        clearMessage();
    return true;
}

void ReceivingStation::cancelEntry()
{
    if (!m_attachCode.isEmpty()) {
        cancelAttach();
        return;
    }
    resetEntry();
    clearMessage();
}

} // namespace stockhand::ui
