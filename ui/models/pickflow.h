// Guided picking: lines in pick-sequence order; for each: location -> product or packaging -> quantity
// (GS1 AI 30/37, the packaging quantity, or the pad) -> lot/serial when tracked. Wrong scans are refused;
// a line can be short-picked with a reason or skipped and come back; the transfer is then validated.
#pragma once

#include "flowbase.h"
#include "linemodel.h"
#include "reasonmodel.h"

#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

class PickFlow : public FlowBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(QString reference READ reference NOTIFY transferChanged)
    Q_PROPERTY(stockhand::ui::LineView current READ current NOTIFY lineChanged)
    Q_PROPERTY(QString quantity READ quantity NOTIFY lineChanged)
    Q_PROPERTY(QString lot READ lot NOTIFY lineChanged)
    Q_PROPERTY(int openLines READ openLines NOTIFY lineChanged)
    Q_PROPERTY(int batchSize READ batchSize NOTIFY transferChanged)
    Q_PROPERTY(stockhand::ui::LineModel *lines READ lines CONSTANT)
    Q_PROPERTY(stockhand::ui::ReasonModel *reasons READ reasons CONSTANT)

public:
    enum Step { Idle, Location, Product, Quantity, Lot, Finished };
    Q_ENUM(Step)

    PickFlow(UiContext &context, QObject *parent = nullptr);

    Q_INVOKABLE bool start(qint64 transferId);
    // Several orders in one walk: their lines merged in pick-sequence order; validate closes each.
    Q_INVOKABLE bool startBatch(const QVariantList &transferIds);
    Q_INVOKABLE void setQuantity(const QString &text); // from the pad
    Q_INVOKABLE bool confirmQuantity();
    // The screens ask first (request("short:<reason>"), request("skip"), request("finish")): these do it.
    Q_INVOKABLE bool shortPick(const QString &reasonCode);
    Q_INVOKABLE void skip();
    // Closes the transfer: what is still open goes to a backorder, or is closed short.
    Q_INVOKABLE bool validate(bool backorder);
    Q_INVOKABLE void leave();

    QString reference() const { return m_reference; }
    LineView current() const;
    QString quantity() const { return m_qty ? formatQuantity(m_qty) : QString(); }
    QString lot() const { return m_lotName; }
    int openLines() const;
    LineModel *lines() { return &m_model; }
    ReasonModel *reasons() { return &m_reasons; }
    qint64 transferId() const { return m_transferIds.value(0); }
    QList<qint64> transferIds() const { return m_transferIds; }
    int batchSize() const { return int(m_transferIds.size()); }
    bool quantityEnabled() const override { return stepEnum() == Quantity; }
    QString openQuantity() const override;
    bool decimals() const override;

Q_SIGNALS:
    void transferChanged();
    void lineChanged();
    void finished();

protected:
    void handleScan(const scan::Resolution &r) override;
    scan::ScanContext scanContext() const override;
    std::optional<Confirmation> consequence(const QString &action) override;
    bool perform(const QString &action) override;
    QString expectedScan() const override;

private:
    std::optional<Milli> shortPickQuantity(const QString &reasonCode); // refuses when it cannot be short
    TransferLine *line();
    bool reload();
    void nextLine();
    void publish();
    void onProduct(const scan::Resolution &r);
    void onLot(const scan::Resolution &r);
    bool checkLot(qint64 lotId, const QString &name);
    bool recordPick(Milli qty);
    void resetLine();

    PickFlow::Step stepEnum() const { return Step(step()); }

    LineModel m_model;
    ReasonModel m_reasons;
    QList<qint64> m_transferIds;
    QString m_reference;
    QList<TransferLine> m_lines;
    QSet<qint64> m_skipped;
    qint64 m_currentId = 0;
    qint64 m_atLocation = 0; // the location the picker has confirmed
    Milli m_qty = 0;
    qint64 m_lotId = 0;
    QString m_lotName;
    friend class PickConsequences;
};

} // namespace stockhand::ui
