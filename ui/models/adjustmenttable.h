// The supervisor's approvals table: every pending count adjustment of the device's warehouse as a table
// (one column per figure), and the sorting/filtering proxy the QML TableView shows. Rows come from
// core/store (store::pendingAdjustments); the view model writes no SQL.
#pragma once

#include "store/adjustments.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

class AdjustmentTableModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the supervisor console")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int checkedCount READ checkedCount NOTIFY checkedChanged)

public:
    enum Column {
        Select,
        Location,
        Product,
        Lot,
        Book,
        Counted,
        Variance,
        Percent,
        Value,
        CountedBy,
        CountedAt,
        MovedSince,
        OtherCounts,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Roles {
        SortRole = Qt::UserRole + 1, // the raw value the column sorts by
        ToneRole, // "", "gain", "loss", "busy", "refused": how the cell is coloured
        CheckedRole,
        AdjustmentIdRole,
        AlignRightRole,
        DecidableRole // no decision of this device is on its way
    };

    explicit AdjustmentTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces every row (a model reset); checks of rows that are still there stay.
    void setAdjustments(QList<store::PendingAdjustment> rows);
    const store::PendingAdjustment &at(int row) const { return m_rows.at(row); }
    int rowOf(qint64 adjustmentId) const; // -1 when not shown
    int count() const { return int(m_rows.size()); }
    // The lower-case text a filter matches: location, product, lot and counter.
    const QString &searchText(int row) const { return m_search.at(row); }

    void setChecked(qint64 adjustmentId, bool checked);
    QList<qint64> checkedIds() const; // in table (source) order
    int checkedCount() const { return int(m_checked.size()); }
    void clearChecks();
    // Whether source row a sorts before row b by this column (typed values, no QVariant: the sort of
    // 10,000 rows calls it ~130,000 times).
    bool lessThan(int a, int b, int column) const;
    // The language changed: every cell and header is asked for again.
    void retranslate();

    // Texts of the cells (also used by the confirmation that names what is decided).
    static QString placeText(const store::PendingAdjustment &a);
    static QString productText(const store::PendingAdjustment &a);
    static QString varianceText(const store::PendingAdjustment &a);
    static QString valueText(qint64 cents);
    static qint64 varianceCents(const store::PendingAdjustment &a);
    static double variancePercent(const store::PendingAdjustment &a); // a book of 0 counts as 100 %
    static QString statusText(const store::AdjustmentDecision &d);
    static bool decidable(const store::AdjustmentDecision &d);

Q_SIGNALS:
    void countChanged();
    void checkedChanged();

private:
    QVariant display(const store::PendingAdjustment &a, int column) const;
    QVariant sortValue(const store::PendingAdjustment &a, int column) const;

    QList<store::PendingAdjustment> m_rows;
    QStringList m_search;
    QHash<qint64, int> m_rowById;
    QSet<qint64> m_checked;
};

// What the table shows: the rows matching the filter text and the warehouse area, sorted by a column
// (a click on a header sorts by it; a second click reverses).
class AdjustmentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the supervisor console")
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterChanged)
    Q_PROPERTY(QString area READ area WRITE setArea NOTIFY filterChanged)
    Q_PROPERTY(QStringList areas READ areas NOTIFY areasChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int sortColumn READ sortColumnValue NOTIFY sortChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)

public:
    explicit AdjustmentFilterModel(AdjustmentTableModel *source, QObject *parent = nullptr);

    AdjustmentTableModel *table() const { return m_table; }
    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    QString area() const { return m_area; }
    void setArea(const QString &area); // "" = every area
    QStringList areas() const { return m_areas; }
    int count() const { return rowCount(); }
    int sortColumnValue() const { return sortColumn(); }
    bool sortAscending() const { return sortOrder() == Qt::AscendingOrder; }

    // A header click: sorts by the column, or reverses the order when it already sorts by it.
    Q_INVOKABLE void sortByColumn(int column);
    Q_INVOKABLE qint64 adjustmentId(int row) const;
    Q_INVOKABLE bool isChecked(int row) const;
    Q_INVOKABLE void setChecked(int row, bool checked);
    Q_INVOKABLE void checkAllShown(bool checked); // every row the filter shows
    Q_INVOKABLE int rowOf(qint64 adjustmentId) const;
    void refreshAreas();

Q_SIGNALS:
    void filterChanged();
    void areasChanged();
    void countChanged();
    void sortChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AdjustmentTableModel *m_table;
    QString m_text;
    QString m_area;
    QStringList m_areas;
};

} // namespace stockhand::ui
