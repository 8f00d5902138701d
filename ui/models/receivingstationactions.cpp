// ReceivingStation: staging (confirm, undo), recording the delivery, finishing the receipt, attaching an
// unknown barcode and asking for labels.
#include "receivingstation.h"

#include "ops/barcode.h"
#include "ops/discrepancy.h"
#include "ops/receive.h"
#include "ops/validate.h"
#include "session.h"
#include "store/catalog.h"

namespace stockhand::ui {

bool ReceivingStation::confirmEntry()
{
    if (!entryActive()) {
        refuse(tr("Scan an item or type its SKU first."));
        return false;
    }
    const bool shortLine = isShort(m_entry.reason);
    const auto qty = parseQuantity(m_entryQty);
    if (!qty || *qty <= 0) {
        refuse(shortLine ? tr("Enter the quantity that is missing.") : tr("Enter the quantity received."));
        return false;
    }
    const store::ReceiptLine *line = lineOf(m_entry.lineId);
    if (shortLine) {
        const Milli open = line ? qMax<Milli>(0, line->remaining() - stagedOn(line->id)) : 0;
        if (*qty > open) {
            refuse(tr("Only %1 %2 of %3 are still expected: that is the most that can be missing.")
                       .arg(formatQuantity(open), m_entry.uom, m_entry.label));
            return false;
        }
    } else {
        if (m_entry.tracking == u"serial" && *qty != kMilliPerUnit) {
            refuse(tr("Serial numbers are received one by one: the quantity is 1."));
            return false;
        }
        if (m_entry.tracking != u"none" && m_entry.lotName.isEmpty()) {
            refuse(m_entry.tracking == u"serial" ? tr("Scan or type the serial number of %1.").arg(m_entry.label)
                                                 : tr("Scan or type the lot number of %1.").arg(m_entry.label));
            return false;
        }
        if (ops::goesToQuarantine(m_entry.reason) && !hasQuarantine()) {
            refuse(tr("This warehouse has no quarantine location: ask a supervisor to set one up before receiving "
                      "damaged or held goods."));
            return false;
        }
    }
    QString note;
    if (!shortLine && !ops::goesToQuarantine(m_entry.reason)) {
        // Discrepancies the goods themselves say (never refused: recorded and raised for a supervisor).
        if (!line)
            m_entry.reason = QString::fromLatin1(ops::kReasonWrongItem);
        else if (m_entry.reason.isEmpty() && *qty + stagedOn(line->id) > line->remaining())
            m_entry.reason = QString::fromLatin1(ops::kReasonOver);
    }
    Staged s {m_entry, *qty,
        shortLine                                   ? 0
            : ops::goesToQuarantine(m_entry.reason) ? m_header.quarantineLocationId
                                                    : m_header.dockLocationId};
    m_stagedRows.append(s);
    resetEntry(); // also redraws the lines with what is staged
    fillStaged();
    const QString what = shortLine ? tr("%1 %2 of %3 missing").arg(formatQuantity(s.qty), s.entry.uom, s.entry.label)
                                   : tr("%1 %2 of %3").arg(formatQuantity(s.qty), s.entry.uom, s.entry.label);
    const QString next = tr("%n line(s) in this delivery; Ctrl+Enter records them.", nullptr, int(m_stagedRows.size()));
    if (s.entry.reason.isEmpty())
        accept(tr("Staged: %1. %2").arg(what, next));
    else
        warn(tr("Staged: %1 — %2. %3").arg(what, reasonLabel(s.entry.reason), next));
    return true;
}

void ReceivingStation::fillStaged()
{
    QList<QVariantList> out;
    for (const Staged &s : m_stagedRows) {
        const bool shortLine = isShort(s.entry.reason);
        out.append({s.entry.label, s.entry.sku, formatQuantity(s.qty), s.entry.uom, s.entry.lotName,
            s.entry.expiry.isValid() ? s.entry.expiry.toString(Qt::ISODate) : QString(), s.entry.reason,
            s.entry.reason.isEmpty() ? QString() : reasonLabel(s.entry.reason),
            shortLine ? QString() : locationName(s.locationId),
            shortLine                                   ? QStringLiteral("short")
                : ops::goesToQuarantine(s.entry.reason) ? QStringLiteral("quarantine")
                                                        : QStringLiteral("receive")});
    }
    m_staged->setRows(std::move(out));
}

bool ReceivingStation::undoLast()
{
    if (m_stagedRows.isEmpty()) {
        refuse(tr("Nothing is staged: there is nothing to undo."));
        return false;
    }
    return removeStaged(int(m_stagedRows.size()) - 1);
}

bool ReceivingStation::removeStaged(int row)
{
    if (row < 0 || row >= m_stagedRows.size())
        return false;
    const Staged s = m_stagedRows.takeAt(row);
    fillStaged();
    fillLines();
    Q_EMIT entryChanged(); // what is still expected
    accept(
        tr("Taken back: %1 %2 of %3 (nothing was recorded).").arg(formatQuantity(s.qty), s.entry.uom, s.entry.label));
    return true;
}

QString ReceivingStation::describeRecord() const
{
    Milli toStock = 0, toQuarantine = 0, missing = 0;
    int over = 0, wrong = 0;
    for (const Staged &s : m_stagedRows) {
        if (isShort(s.entry.reason))
            missing += s.qty;
        else if (ops::goesToQuarantine(s.entry.reason))
            toQuarantine += s.qty;
        else
            toStock += s.qty;
        over += s.entry.reason == QLatin1String(ops::kReasonOver);
        wrong += s.entry.reason == QLatin1String(ops::kReasonWrongItem);
    }
    QStringList parts;
    parts << tr("Record %n line(s) of %1:", nullptr, int(m_stagedRows.size())).arg(m_header.reference);
    if (toStock)
        parts << tr("• %1 units received at %2").arg(formatQuantity(toStock), locationName(m_header.dockLocationId));
    if (toQuarantine)
        parts << tr("• %1 units received at quarantine %2 (not available to pick)")
                     .arg(formatQuantity(toQuarantine), locationName(m_header.quarantineLocationId));
    if (missing)
        parts << tr("• %1 units reported missing").arg(formatQuantity(missing));
    if (over)
        parts << tr("• %n line(s) over the ordered quantity, reported", nullptr, over);
    if (wrong)
        parts << tr("• %n line(s) of items not on the receipt, reported", nullptr, wrong);
    parts << tr("They are saved on this computer at once and sent with the next sync; a recorded line is "
                "corrected by a supervisor, not here.");
    return parts.join(u'\n');
}

bool ReceivingStation::recordDelivery()
{
    if (m_stagedRows.isEmpty()) {
        refuse(tr("Nothing is staged: scan the items of the delivery first."));
        return false;
    }
    if (!requireRole(ops::Kind::Receive))
        return false;
    const int total = int(m_stagedRows.size());
    int recorded = 0;
    while (!m_stagedRows.isEmpty()) {
        const Staged &s = m_stagedRows.front();
        bool ok = false;
        if (isShort(s.entry.reason)) {
            ok = record(ops::ReportDiscrepancy {s.entry.lineId, s.qty, s.entry.reason, {}});
        } else {
            const ops::Receive receive {s.entry.lineId, s.entry.productId, s.locationId, s.qty,
                {s.entry.lotId, s.entry.lotId ? QString() : s.entry.lotName}, s.entry.expiry, 0, s.entry.reason, {}};
            ok = record(receive, receive.effects());
            if (ok) {
                m_printable.append(QVariantMap {{QStringLiteral("productId"), s.entry.productId},
                    {QStringLiteral("sku"), s.entry.sku}, {QStringLiteral("name"), s.entry.label},
                    {QStringLiteral("uom"), s.entry.uom}, {QStringLiteral("lot"), s.entry.lotName},
                    {QStringLiteral("expiry"),
                        s.entry.expiry.isValid() ? s.entry.expiry.toString(Qt::ISODate) : QString()},
                    {QStringLiteral("qty"), formatQuantity(s.qty)}, {QStringLiteral("qtyMilli"), s.qty},
                    {QStringLiteral("locationId"), s.locationId},
                    {QStringLiteral("quarantine"), ops::goesToQuarantine(s.entry.reason)},
                    {QStringLiteral("reason"), s.entry.reason}});
                m_printableReceiptId = m_header.id;
            }
        }
        if (!ok)
            break;
        m_stagedRows.removeFirst();
        ++recorded;
    }
    const QString failure = message();
    fillStaged();
    reload();
    fillReceipts();
    if (recorded > 0)
        Q_EMIT printableChanged();
    if (!m_stagedRows.isEmpty()) {
        refuse(tr("Recorded %1 of %2 lines; the other %3 are still in this delivery. %4")
                   .arg(recorded)
                   .arg(total)
                   .arg(m_stagedRows.size())
                   .arg(failure));
        return false;
    }
    accept(tr("Recorded: %n line(s) of %1 are saved on this computer and go to the server with the next sync.", nullptr,
        recorded)
               .arg(m_header.reference));
    return true;
}

QString ReceivingStation::describeFinish(bool backorder) const
{
    int open = 0;
    Milli units = 0;
    for (const store::ReceiptLine &l : m_lineRows) {
        if (l.remaining() > 0) {
            ++open;
            units += l.remaining();
        }
    }
    if (open == 0)
        return tr("Every line of %1 is received: the receipt is closed.").arg(m_header.reference);
    const QString still = tr("%n line(s) still expect", nullptr, open);
    const QString supplier = m_header.supplier.isEmpty() ? tr("the supplier") : m_header.supplier;
    return backorder ? tr("%1 %2 units: they go to a backorder, a new receipt that stays expected from %3.")
                           .arg(still, formatQuantity(units), supplier)
                     : tr("%1 %2 units: they are closed: nothing more is expected from %3 on %4.")
                           .arg(still, formatQuantity(units), supplier, m_header.reference);
}

bool ReceivingStation::finish(bool backorder)
{
    if (!m_header.id) {
        refuse(tr("Open a receipt first."));
        return false;
    }
    if (!m_stagedRows.isEmpty()) {
        refuse(tr("%n line(s) of this delivery are not recorded yet: record them (Ctrl+Enter) or take them back "
                  "before finishing.",
            nullptr, int(m_stagedRows.size())));
        return false;
    }
    if (!ops::mayValidate(m_ctx.session.roles(), u"receipt")) {
        refuse(tr("Your user may not finish receipts: it needs the role receiver."));
        return false;
    }
    const QString consequence = describeFinish(backorder);
    const ops::ValidateTransfer validate {
        m_header.id, backorder ? ops::ValidateTransfer::Mode::Backorder : ops::ValidateTransfer::Mode::CloseShort};
    if (!record(validate))
        return false;
    const QString reference = m_header.reference;
    const QVariantList printable = m_printable;
    close(true);
    m_printable = printable; // the labels of what was received stay printable after the finish
    accept(tr("%1 is finished. %2").arg(reference, consequence));
    Q_EMIT finished();
    return true;
}

bool ReceivingStation::confirmAttach()
{
    if (m_attachCode.isEmpty() || !m_attachProductId) {
        refuse(tr("No barcode is waiting to be attached."));
        return false;
    }
    if (!requireRole(ops::Kind::AttachBarcode))
        return false;
    const ops::AttachBarcode attach {m_attachProductId, m_attachCode, QStringLiteral("unit"), kMilliPerUnit};
    if (!record(attach))
        return false;
    const QString code = m_attachCode, label = m_attachProductLabel;
    cancelAttach();
    accept(tr("Attached: %1 is now a barcode of %2 (one unit per scan). The server learns it with the next sync.")
               .arg(code, label));
    return true;
}

void ReceivingStation::cancelAttach()
{
    if (m_attachCode.isEmpty())
        return;
    m_attachCode.clear();
    m_attachProductId = 0;
    m_attachProductLabel.clear();
    Q_EMIT attachChanged();
}

bool ReceivingStation::printLabels()
{
    if (m_printable.isEmpty()) {
        refuse(tr("Nothing received at this sitting yet: record the delivery first, then print its labels."));
        return false;
    }
    Q_EMIT labelsRequested(m_printableReceiptId, m_printable);
    accept(tr("%n label line(s) sent to printing.", nullptr, int(m_printable.size())));
    return true;
}

} // namespace stockhand::ui
