// "What is here?": scan or type a location to see its stock, a product (or a lot) to see where it is.
// A flow like the others (scans, messages, a choice when a code means several things), that records nothing.
#pragma once

#include "flowbase.h"
#include "listmodelbase.h"

namespace stockhand::ui {

class PlaceModel : public ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by LookupFlow")

public:
    enum Role { LocationRole = Qt::UserRole + 1, ProductRole, LotRole, PackageRole, QuantityRole };
    explicit PlaceModel(QObject *parent);
    using ListModelBase::setRows;
};

class LookupFlow : public FlowBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(QString title READ title NOTIFY resultChanged)
    Q_PROPERTY(QString kind READ kind NOTIFY resultChanged) // location, product, lot, serial or empty
    // What was looked up, short, for the step's big value: the location name, the SKU, the lot.
    Q_PROPERTY(QString shortName READ shortName NOTIFY resultChanged)
    Q_PROPERTY(stockhand::ui::PlaceModel *places READ places CONSTANT)

public:
    LookupFlow(UiContext &context, QObject *parent);

    QString title() const { return m_title; }
    QString kind() const { return m_kind; }
    QString shortName() const { return m_shortName; }
    PlaceModel *places() { return &m_places; }
    Q_INVOKABLE void clear();
    // Shows a location's stock ("location") or where a product is ("product") as a scan of it would,
    // without a scan: what an exception about that place or product opens. False when the store has no
    // such thing (the message says so).
    Q_INVOKABLE bool show(const QString &kind, qint64 id);

Q_SIGNALS:
    void resultChanged();

protected:
    void handleScan(const scan::Resolution &r) override;

private:
    QString m_title;
    QString m_kind;
    QString m_shortName;
    PlaceModel m_places;
};

} // namespace stockhand::ui
