// A list model whose rows are QVariantLists, one value per role in the order of the subclass's role enum
// (which starts at Qt::UserRole + 1). Subclasses load rows from the store and call setRows().
#pragma once

#include <QAbstractListModel>
#include <QByteArrayList>
#include <QList>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

class ListModelBase : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    ListModelBase(QByteArrayList roleNames, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    // The value of `role` in `row` (for tests and C++ callers).
    Q_INVOKABLE QVariant value(int row, const QByteArray &roleName) const;

Q_SIGNALS:
    void countChanged();

protected:
    void setRows(QList<QVariantList> rows);
    void updateRow(int row, QVariantList values);

private:
    QByteArrayList m_roleNames;
    QList<QVariantList> m_rows;
};

} // namespace stockhand::ui
