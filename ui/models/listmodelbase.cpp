#include "listmodelbase.h"

namespace stockhand::ui {

ListModelBase::ListModelBase(QByteArrayList roleNames, QObject *parent)
    : QAbstractListModel(parent)
    , m_roleNames(std::move(roleNames))
{ }

int ListModelBase::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ListModelBase::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = role - (Qt::UserRole + 1);
    if (role == Qt::DisplayRole)
        return m_rows.at(index.row()).value(0);
    if (column < 0 || column >= m_roleNames.size())
        return {};
    return m_rows.at(index.row()).value(column);
}

QHash<int, QByteArray> ListModelBase::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roleNames.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roleNames.at(i));
    return names;
}

QVariant ListModelBase::value(int row, const QByteArray &roleName) const
{
    const qsizetype column = m_roleNames.indexOf(roleName);
    if (row < 0 || row >= m_rows.size() || column < 0)
        return {};
    return m_rows.at(row).value(column);
}

void ListModelBase::setRows(QList<QVariantList> rows)
{
    const bool countChange = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChange)
        Q_EMIT countChanged();
}

void ListModelBase::updateRow(int row, QVariantList values)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row] = std::move(values);
    Q_EMIT dataChanged(index(row), index(row));
}

} // namespace stockhand::ui
