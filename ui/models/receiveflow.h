// Receiving: scan the receipt (or its PO) -> scan items -> quantity (GS1 AI 30/37, packaging or pad)
// -> lot and expiry when tracked (GS1 AI 10/17, or prompted). Unexpected items and over-receipts are
// recorded and flagged; the receipt is finished with a backorder or closed short.
#pragma once

#include "flowbase.h"
#include "linemodel.h"
#include "store/catalog.h"

#include <QDate>
#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

class ReceiveFlow : public FlowBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(QString reference READ reference NOTIFY transferChanged)
    Q_PROPERTY(QString product READ product NOTIFY itemChanged)
    Q_PROPERTY(QString quantity READ quantity NOTIFY itemChanged)
    Q_PROPERTY(QString expected READ expected NOTIFY itemChanged)
    Q_PROPERTY(QString lot READ lot NOTIFY itemChanged)
    Q_PROPERTY(QString expiry READ expiry NOTIFY itemChanged)
    Q_PROPERTY(bool unexpected READ unexpected NOTIFY itemChanged)
    Q_PROPERTY(bool overReceipt READ overReceipt NOTIFY itemChanged)
    Q_PROPERTY(int openLines READ openLines NOTIFY itemChanged)
    Q_PROPERTY(stockhand::ui::LineModel *lines READ lines CONSTANT)

public:
    enum Step { Idle, Item, Quantity, Lot, Expiry };
    Q_ENUM(Step)

    ReceiveFlow(UiContext &context, QObject *parent = nullptr);

    Q_INVOKABLE bool start(qint64 transferId);
    Q_INVOKABLE void setQuantity(const QString &text);
    Q_INVOKABLE bool confirmQuantity();
    Q_INVOKABLE bool enterLot(const QString &name);
    Q_INVOKABLE bool enterExpiry(const QString &isoDate); // "2027-03-31"; empty = no expiry
    Q_INVOKABLE void cancelItem();
    Q_INVOKABLE bool validate(bool backorder);
    Q_INVOKABLE void leave();

    QString reference() const { return m_reference; }
    QString product() const { return m_productLabel; }
    QString quantity() const { return m_qty ? formatQuantity(m_qty) : QString(); }
    QString expected() const;
    QString lot() const { return m_lotName; }
    QString expiry() const { return m_expiry.isValid() ? m_expiry.toString(Qt::ISODate) : QString(); }
    bool unexpected() const { return m_productId && !m_lineId; }
    bool overReceipt() const;
    int openLines() const;
    LineModel *lines() { return &m_model; }
    qint64 transferId() const { return m_transferId; }
    bool quantityEnabled() const override { return stepEnum() == Quantity; }
    QString openQuantity() const override { return expected(); }
    bool decimals() const override { return m_tracking != u"serial" && measuredUnit(m_uom); }

Q_SIGNALS:
    void transferChanged();
    void itemChanged();
    void finished();

protected:
    void handleScan(const scan::Resolution &r) override;
    scan::ScanContext scanContext() const override;
    std::optional<Confirmation> consequence(const QString &action) override;
    bool perform(const QString &action) override;
    QString expectedScan() const override;

private:
    bool filledByScans() const; // a receipt line's remaining quantity, reached by scans, and the site auto-confirms
    const TransferLine *matchedLine() const;
    bool reload();
    void onItem(const scan::Resolution &r);
    void onLot(const scan::Resolution &r);
    bool afterQuantity();
    bool recordReceive();
    void resetItem();
    Step stepEnum() const { return Step(step()); }

    LineModel m_model;
    qint64 m_transferId = 0;
    QString m_reference;
    QList<TransferLine> m_lines;
    qint64 m_locationId = 0; // the receiving dock
    qint64 m_productId = 0;
    QString m_productLabel, m_tracking, m_uom;
    qint64 m_lineId = 0; // 0: not on this receipt
    Milli m_qty = 0;
    qint64 m_lotId = 0;
    QString m_lotName;
    QDate m_expiry;
    bool m_expiryAsked = false;
};

} // namespace stockhand::ui
