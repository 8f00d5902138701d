// The receiving station of the desktop profile (docs/ui.md, "Receiving station"): a clerk at a desk with a
// keyboard-wedge scanner finds the expected receipt, receives one delivery line by line — each confirmed
// entry is staged in "this delivery" (Enter confirms, Esc cancels, Ctrl+Z takes the last staged line
// back) — and records the delivery as operations of core/ops through the device store's outbox, offline
// like a handheld. Discrepancies are physical facts, never refused: short (report_discrepancy), over,
// wrong item, and damaged / expiry too short / quality hold, which are received at the warehouse's
// quarantine location. The receipt is finished with a backorder or closed short behind a confirmation
// that states the consequence in numbers. Staged lines live in memory only (see docs/ui.md).
#pragma once

#include "flowbase.h"
#include "listmodelbase.h"
#include "store/receipts.h"

#include <QDate>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

// A list of the station (receipts, lines, staged entries): rows of values by role name.
class StationRowsModel : public ListModelBase
{
    Q_OBJECT
    QML_ANONYMOUS

public:
    StationRowsModel(QByteArrayList roleNames, QObject *parent);
    using ListModelBase::setRows;
};

class ReceivingStation : public FlowBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(stockhand::ui::StationRowsModel *receipts READ receipts CONSTANT)
    Q_PROPERTY(stockhand::ui::StationRowsModel *lines READ lines CONSTANT)
    Q_PROPERTY(stockhand::ui::StationRowsModel *staged READ staged CONSTANT)
    Q_PROPERTY(QVariantList reasons READ reasons NOTIFY reasonsChanged)
    Q_PROPERTY(QString searchText READ searchText NOTIFY searchChanged)
    Q_PROPERTY(QString searchProduct READ searchProduct NOTIFY searchChanged)
    Q_PROPERTY(qint64 receiptId READ receiptId NOTIFY receiptChanged)
    Q_PROPERTY(QString reference READ reference NOTIFY receiptChanged)
    Q_PROPERTY(QString supplier READ supplier NOTIFY receiptChanged)
    Q_PROPERTY(QString origin READ origin NOTIFY receiptChanged)
    Q_PROPERTY(QString scheduled READ scheduled NOTIFY receiptChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY receiptChanged)
    Q_PROPERTY(bool hasQuarantine READ hasQuarantine NOTIFY receiptChanged)
    Q_PROPERTY(bool entryActive READ entryActive NOTIFY entryChanged)
    Q_PROPERTY(QString entryProduct READ entryProduct NOTIFY entryChanged)
    Q_PROPERTY(QString entryQty READ entryQty NOTIFY entryChanged)
    Q_PROPERTY(QString entryUom READ entryUom NOTIFY entryChanged)
    Q_PROPERTY(QString entryLot READ entryLot NOTIFY entryChanged)
    Q_PROPERTY(QString entryExpiry READ entryExpiry NOTIFY entryChanged)
    Q_PROPERTY(QString entryReason READ entryReason NOTIFY entryChanged)
    Q_PROPERTY(QString entryExpected READ entryExpected NOTIFY entryChanged)
    Q_PROPERTY(QString entryWhere READ entryWhere NOTIFY entryChanged)
    Q_PROPERTY(bool entryNeedsLot READ entryNeedsLot NOTIFY entryChanged)
    Q_PROPERTY(bool expiryShort READ expiryShort NOTIFY entryChanged)
    Q_PROPERTY(int minShelfLifeDays READ minShelfLifeDays WRITE setMinShelfLifeDays NOTIFY settingsChanged)
    Q_PROPERTY(QString attachCode READ attachCode NOTIFY attachChanged)
    Q_PROPERTY(QString attachProduct READ attachProduct NOTIFY attachChanged)
    Q_PROPERTY(int printableCount READ printableCount NOTIFY printableChanged)

public:
    enum Step { List, Receipt };
    Q_ENUM(Step)

    explicit ReceivingStation(UiContext &context, QObject *parent = nullptr);

    StationRowsModel *receipts() { return m_receipts; }
    StationRowsModel *lines() { return m_lines; }
    StationRowsModel *staged() { return m_staged; }
    QVariantList reasons() const;
    QString searchText() const { return m_searchText; }
    QString searchProduct() const { return m_searchProductLabel; }
    qint64 receiptId() const { return m_header.id; }
    QString reference() const { return m_header.reference; }
    QString supplier() const { return m_header.supplier; }
    QString origin() const { return m_header.origin; }
    QString scheduled() const { return m_header.scheduled; }
    QString progressText() const;
    bool hasQuarantine() const { return m_header.quarantineLocationId != 0; }
    bool entryActive() const { return m_entry.productId != 0; }
    QString entryProduct() const { return m_entry.label; }
    QString entryQty() const { return m_entryQty; }
    QString entryUom() const { return m_entry.uom; }
    QString entryLot() const { return m_entry.lotName; }
    QString entryExpiry() const { return m_entry.expiry.isValid() ? m_entry.expiry.toString(Qt::ISODate) : QString(); }
    QString entryReason() const { return m_entry.reason; }
    QString entryExpected() const;
    QString entryWhere() const;
    bool entryNeedsLot() const { return entryActive() && m_entry.tracking != u"none" && !isShort(m_entry.reason); }
    bool expiryShort() const;
    int minShelfLifeDays() const { return m_minShelfLifeDays; }
    void setMinShelfLifeDays(int days);
    QString attachCode() const { return m_attachCode; }
    QString attachProduct() const { return m_attachProductLabel; }
    int printableCount() const { return int(m_printable.size()); }

    // The receipts list: text (reference, PO, supplier, SKU or product name); a scanned product code finds
    // the receipts that expect it (scan()).
    Q_INVOKABLE void search(const QString &text);
    Q_INVOKABLE void refresh();
    void retranslate(); // the language changed: every text of the lists again
    Q_INVOKABLE bool open(qint64 receiptId);
    Q_INVOKABLE bool openRow(int row);
    // Back to the list; refused while staged lines are not recorded unless `discardStaged` (the page asks).
    Q_INVOKABLE bool close(bool discardStaged = false);

    // The entry being typed: product by SKU (or a scan), quantity, lot, expiry, discrepancy reason.
    Q_INVOKABLE bool selectProduct(const QString &skuOrCode);
    Q_INVOKABLE void setQuantity(const QString &text);
    Q_INVOKABLE void setLot(const QString &name);
    Q_INVOKABLE bool setExpiry(const QString &isoDate); // "2027-03-31"; empty = none
    Q_INVOKABLE bool setReason(const QString &code); // "" = none, or a constant of core/ops/receive.h
    Q_INVOKABLE bool confirmEntry(); // Enter: staged in "this delivery"
    Q_INVOKABLE void cancelEntry(); // Esc
    Q_INVOKABLE bool undoLast(); // Ctrl+Z: the last staged line back (nothing was recorded)
    Q_INVOKABLE bool removeStaged(int row);

    // What "Record delivery" will record, in words and numbers; then records it (one operation per line).
    Q_INVOKABLE QString describeRecord() const;
    Q_INVOKABLE bool recordDelivery();
    // The finish confirmation ("2 lines still expect 17 units: they go to a backorder"), then the
    // validate_transfer operation. Refused while staged lines are not recorded.
    Q_INVOKABLE QString describeFinish(bool backorder) const;
    Q_INVOKABLE bool finish(bool backorder);

    // An unknown barcode scanned while a product is in the entry: "this barcode is <product>".
    Q_INVOKABLE bool confirmAttach();
    Q_INVOKABLE void cancelAttach();

    // The labels of what was recorded at this sitting (product/lot labels, a logistic label per pallet):
    // emits labelsRequested; the label printing model (ui/labels) answers it.
    Q_INVOKABLE bool printLabels();

Q_SIGNALS:
    void searchChanged();
    void receiptChanged();
    void entryChanged();
    void settingsChanged();
    void attachChanged();
    void printableChanged();
    void reasonsChanged();
    void finished(); // the receipt was validated
    // lines: [{productId, sku, name, uom, lot, expiry (ISO), qty (text), qtyMilli, locationId, quarantine,
    // reason}], one per received line (short reports print nothing).
    void labelsRequested(qint64 receiptId, const QVariantList &lines);

protected:
    void handleScan(const scan::Resolution &resolution) override;
    scan::ScanContext scanContext() const override;

private:
    struct Entry
    {
        qint64 productId = 0;
        qint64 lineId = 0; // 0: not on this receipt
        QString label, sku, name, uom, tracking;
        qint64 lotId = 0;
        QString lotName;
        QDate expiry;
        QString reason;
    };
    struct Staged
    {
        Entry entry;
        Milli qty = 0;
        qint64 locationId = 0;
    };

    static bool isShort(const QString &reason);
    bool reload();
    void fillReceipts();
    void fillLines();
    void fillStaged();
    void resetEntry();
    bool beginEntry(qint64 productId, Milli qty, const scan::Resolution *scan);
    void onListScan(const scan::Resolution &r);
    void onReceiptScan(const scan::Resolution &r);
    const store::ReceiptLine *lineOf(qint64 lineId) const;
    Milli stagedOn(qint64 lineId) const; // received quantity staged on a line
    QString reasonLabel(const QString &code) const;
    QString locationName(qint64 locationId) const;
    void say(const QString &message, bool warning);

    StationRowsModel *m_receipts;
    StationRowsModel *m_lines;
    StationRowsModel *m_staged;
    QString m_searchText;
    qint64 m_searchProductId = 0;
    QString m_searchProductLabel;
    store::ReceiptHeader m_header;
    QList<store::ReceiptLine> m_lineRows;
    Entry m_entry;
    QString m_entryQty;
    QList<Staged> m_stagedRows;
    QVariantList m_printable; // what was received at this sitting (labelsRequested)
    qint64 m_printableReceiptId = 0;
    QString m_attachCode;
    qint64 m_attachProductId = 0;
    QString m_attachProductLabel;
    int m_minShelfLifeDays = 30;
};

} // namespace stockhand::ui
