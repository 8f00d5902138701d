// Blind counting: the expected quantities are never shown. Scan the location -> scan items (+1 packaging
// per scan, or a quantity from GS1 or the pad) -> close the location, which records one count per product
// (and a zero for what the books hold there but nobody counted). Recount requests arrive as count tasks.
#pragma once

#include "flowbase.h"
#include "linemodel.h"

#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

class CountedItemsModel : public ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the count flow")

public:
    enum Roles { LabelRole = Qt::UserRole + 1, LotRole, QuantityRole };
    Q_ENUM(Roles)

    struct Item
    {
        qint64 productId = 0;
        qint64 lotId = 0;
        QString label, lotName, uom;
        Milli qty = 0;
    };

    explicit CountedItemsModel(QObject *parent = nullptr);
    void setItems(const QList<Item> &items);
};

class CountFlow : public FlowBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(QString reference READ reference NOTIFY taskChanged)
    Q_PROPERTY(bool recount READ recount NOTIFY taskChanged)
    Q_PROPERTY(QString location READ location NOTIFY lineChanged)
    Q_PROPERTY(QString lastItem READ lastItem NOTIFY lineChanged)
    Q_PROPERTY(QString lastQuantity READ lastQuantity NOTIFY lineChanged)
    Q_PROPERTY(stockhand::ui::CountLineModel *lines READ lines CONSTANT)
    Q_PROPERTY(stockhand::ui::CountedItemsModel *items READ items CONSTANT)

public:
    enum Step { Idle, Location, Items, Finished };
    Q_ENUM(Step)

    CountFlow(UiContext &context, QObject *parent = nullptr);

    Q_INVOKABLE bool start(qint64 taskId);
    Q_INVOKABLE void setQuantity(const QString &text); // the count of the last scanned item
    Q_INVOKABLE bool closeLocation();
    Q_INVOKABLE void leave();

    QString reference() const { return m_reference; }
    bool recount() const { return m_recount; }
    QString location() const;
    QString lastItem() const;
    QString lastQuantity() const;
    CountLineModel *lines() { return &m_lineModel; }
    CountedItemsModel *items() { return &m_itemModel; }
    bool quantityEnabled() const override { return stepEnum() == Items && m_last >= 0; }
    bool decimals() const override { return m_last >= 0 && measuredUnit(m_counted.at(m_last).uom); }
    // Blind: no "All N" (openQuantity stays empty).

Q_SIGNALS:
    void taskChanged();
    void lineChanged();
    void finished();

protected:
    void handleScan(const scan::Resolution &r) override;
    scan::ScanContext scanContext() const override;
    std::optional<Confirmation> consequence(const QString &action) override;
    bool perform(const QString &action) override;
    QString expectedScan() const override;

private:
    // What closing the current location records: the counted items and a zero for each item the books
    // hold there that nobody counted (the count of those in *uncounted).
    Result<QList<CountedItemsModel::Item>> closingItems(int *uncounted);
    bool reload();
    void nextLine();
    void publish();
    void onItem(const scan::Resolution &r);
    CountLocation *line();
    Step stepEnum() const { return Step(step()); }

    CountLineModel m_lineModel;
    CountedItemsModel m_itemModel;
    qint64 m_taskId = 0;
    QString m_reference;
    bool m_recount = false;
    QList<CountLocation> m_lines;
    qint64 m_currentId = 0;
    QList<CountedItemsModel::Item> m_counted;
    int m_last = -1;
};

} // namespace stockhand::ui
