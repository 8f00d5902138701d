// Putaway: scan a received item (or a package) at the receiving dock -> the suggested destination (the
// product's home location, else an empty bin in its zone) -> scan the destination to confirm, or scan
// another bin and give a reason for the override.
#pragma once

#include "flowbase.h"
#include "reasonmodel.h"
#include "stock.h"
#include "store/putaway.h"

#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

class PutawayFlow : public FlowBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(QString item READ item NOTIFY itemChanged)
    Q_PROPERTY(QString quantity READ quantity NOTIFY itemChanged)
    Q_PROPERTY(QString suggestion READ suggestion NOTIFY itemChanged)
    Q_PROPERTY(QString overrideLocation READ overrideLocation NOTIFY itemChanged)
    Q_PROPERTY(stockhand::ui::ReasonModel *reasons READ reasons CONSTANT)

public:
    enum Step { Item, Destination, Override };
    Q_ENUM(Step)

    PutawayFlow(UiContext &context, QObject *parent = nullptr);

    Q_INVOKABLE void begin(); // the screen opens: the dock of the session's warehouse
    Q_INVOKABLE void setQuantity(const QString &text);
    Q_INVOKABLE bool overrideWith(const QString &reasonCode);
    Q_INVOKABLE void cancel();

    QString item() const { return m_itemLabel; }
    QString quantity() const;
    QString suggestion() const { return m_suggestionName; }
    QString overrideLocation() const { return m_overrideName; }
    ReasonModel *reasons() { return &m_reasons; }
    qint64 suggestionId() const { return m_suggestionId; }
    bool quantityEnabled() const override { return stepEnum() == Destination && m_rows.size() == 1; }
    QString openQuantity() const override { return m_atDock ? formatQuantity(m_atDock) : QString(); }
    bool decimals() const override { return measuredUnit(m_uom); }

Q_SIGNALS:
    void itemChanged();

protected:
    void handleScan(const scan::Resolution &r) override;
    scan::ScanContext scanContext() const override;
    QString expectedScan() const override;

private:
    void onItem(const scan::Resolution &r);
    void onDestination(const scan::Resolution &r);
    Status suggest();
    bool recordMoves(qint64 toLocationId, const QString &reason);
    Step stepEnum() const { return Step(step()); }

    ReasonModel m_reasons;
    qint64 m_dock = 0;
    qint64 m_fromLocation = 0;
    QList<StockRow> m_rows; // what moves: one row for an item, every row of a package
    QString m_itemLabel;
    QString m_uom;
    Milli m_atDock = 0; // of the one item scanned (not a package): what "All" moves
    qint64 m_suggestionId = 0;
    qint64 m_lineId = 0; // the server's putaway line this item is worked against (0: none)
    QString m_suggestionName;
    qint64 m_overrideId = 0;
    QString m_overrideName;
};

} // namespace stockhand::ui
