#include "adjustmenttable.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace stockhand::ui {

AdjustmentTableModel::AdjustmentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int AdjustmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AdjustmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> AdjustmentTableModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {Qt::ToolTipRole, "toolTip"}, {SortRole, "sortValue"}, {ToneRole, "tone"},
        {CheckedRole, "checked"}, {AdjustmentIdRole, "adjustmentId"}, {AlignRightRole, "alignRight"},
        {DecidableRole, "decidable"}};
}

QString AdjustmentTableModel::placeText(const store::PendingAdjustment &a)
{
    return a.locationName.isEmpty() || a.locationBarcode.contains(a.locationName)
        ? a.locationBarcode
        : a.locationBarcode + QStringLiteral(" · ") + a.locationName;
}

QString AdjustmentTableModel::productText(const store::PendingAdjustment &a)
{
    return a.sku + QStringLiteral(" · ") + a.productName;
}

QString AdjustmentTableModel::varianceText(const store::PendingAdjustment &a)
{
    const Milli v = a.variance();
    return (v > 0 ? QStringLiteral("+") : QString()) + formatQuantity(v) + u' ' + a.uom;
}

qint64 AdjustmentTableModel::varianceCents(const store::PendingAdjustment &a)
{
    return qint64(std::llround(double(a.variance()) * double(a.unitValueCents) / double(kMilliPerUnit)));
}

double AdjustmentTableModel::variancePercent(const store::PendingAdjustment &a)
{
    if (a.book <= 0)
        return a.variance() == 0 ? 0.0 : 100.0;
    return 100.0 * double(a.variance()) / double(a.book);
}

QString AdjustmentTableModel::valueText(qint64 cents)
{
    const QLocale locale;
    return (cents > 0 ? QStringLiteral("+") : QString()) + locale.toString(double(cents) / 100.0, 'f', 2);
}

QString AdjustmentTableModel::statusText(const store::AdjustmentDecision &d)
{
    if (d.kind.isEmpty())
        return tr("Waiting for you");
    QString what;
    if (d.kind == u"approve_adjustment")
        what = tr("Approval");
    else if (d.kind == u"reject_adjustment")
        what = tr("Rejection");
    else
        what = tr("Recount request");
    if (d.state == u"pending")
        return tr("%1 not sent yet").arg(what);
    if (d.state == u"rejected")
        return tr("%1 refused: %2").arg(what, d.error);
    return tr("%1 accepted").arg(what);
}

bool AdjustmentTableModel::decidable(const store::AdjustmentDecision &d)
{
    return d.kind.isEmpty() || d.state == u"rejected";
}

namespace {

QString timeText(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")) : QString();
}

QString stateWord(const QString &state)
{
    if (state == u"pending")
        return AdjustmentTableModel::tr("pending");
    if (state == u"approved")
        return AdjustmentTableModel::tr("approved");
    return AdjustmentTableModel::tr("rejected");
}

} // namespace

QVariant AdjustmentTableModel::display(const store::PendingAdjustment &a, int column) const
{
    switch (column) {
    case Select:
        return QString();
    case Location:
        return placeText(a);
    case Product:
        return productText(a);
    case Lot:
        return a.lotName;
    case Book:
        return formatQuantity(a.book);
    case Counted:
        return formatQuantity(a.counted);
    case Variance:
        return varianceText(a);
    case Percent:
        if (a.book <= 0)
            return tr("book 0");
        return QString(QLocale().toString(variancePercent(a), 'f', 1) + QStringLiteral(" %"));
    case Value:
        return valueText(varianceCents(a));
    case CountedBy:
        return a.countedByAssignee ? tr("%1 (assigned)").arg(a.countedBy) : a.countedBy;
    case CountedAt:
        return timeText(a.countedAt);
    case MovedSince: {
        const Milli m = a.movedSince();
        if (m == 0)
            return tr("none");
        return QString((m > 0 ? QStringLiteral("+") : QString()) + formatQuantity(m) + u' ' + a.uom);
    }
    case OtherCounts: {
        QStringList parts;
        for (const store::SamePlaceCount &c : a.samePlace)
            parts << tr("%1 %2").arg(formatQuantity(c.counted), stateWord(c.state));
        const QString others = parts.join(QStringLiteral(", "));
        if (!a.recount)
            return others;
        return others.isEmpty() ? tr("Recount") : tr("Recount · %1").arg(others);
    }
    case Status:
        return statusText(a.decision);
    }
    return {};
}

QVariant AdjustmentTableModel::sortValue(const store::PendingAdjustment &a, int column) const
{
    switch (column) {
    case Select:
        return m_checked.contains(a.id);
    case Location:
        return a.locationBarcode;
    case Product:
        return a.sku;
    case Lot:
        return a.lotName;
    case Book:
        return a.book;
    case Counted:
        return a.counted;
    case Variance:
        return a.variance();
    case Percent:
        return variancePercent(a);
    case Value:
        return varianceCents(a);
    case CountedBy:
        return a.countedBy;
    case CountedAt:
        return a.countedAt;
    case MovedSince:
        return a.movedSince();
    case OtherCounts:
        return qint64(a.samePlace.size()) + (a.recount ? 1 : 0);
    case Status:
        return QString(a.decision.kind + u' ' + a.decision.state);
    }
    return {};
}

QVariant AdjustmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::PendingAdjustment &a = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(a, column);
    case Qt::ToolTipRole:
        if (column == Location)
            return placeText(a);
        if (column == Product)
            return productText(a);
        if (column == MovedSince)
            return tr("Moves since the count do not change the variance: it is taken at the counted time.");
        if (column == Status)
            return statusText(a.decision);
        if (column == CountedAt)
            return QDateTime::fromString(a.countedAt, Qt::ISODate).toLocalTime().toString(Qt::ISODate);
        if (column == OtherCounts && (a.recount || !a.samePlace.isEmpty()))
            return tr("Other counts of the same location, product and lot, with their state.");
        return {};
    case SortRole:
        return sortValue(a, column);
    case ToneRole:
        if (column == Variance || column == Value || column == Percent)
            return a.variance() > 0 ? QStringLiteral("gain") : QStringLiteral("loss");
        if (column == Status && !a.decision.kind.isEmpty())
            return a.decision.state == u"rejected" ? QStringLiteral("refused") : QStringLiteral("busy");
        return QString();
    case CheckedRole:
        return m_checked.contains(a.id);
    case AdjustmentIdRole:
        return a.id;
    case AlignRightRole:
        return column >= Book && column <= Value;
    case DecidableRole:
        return decidable(a.decision);
    }
    return {};
}

QVariant AdjustmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Select:
        return QString();
    case Location:
        return tr("Location");
    case Product:
        return tr("Product");
    case Lot:
        return tr("Lot");
    case Book:
        return tr("Book at count");
    case Counted:
        return tr("Counted");
    case Variance:
        return tr("Variance");
    case Percent:
        return tr("%");
    case Value:
        return tr("Value");
    case CountedBy:
        return tr("Counted by");
    case CountedAt:
        return tr("Counted at");
    case MovedSince:
        return tr("Moved since");
    case OtherCounts:
        return tr("Other counts here");
    case Status:
        return tr("Decision");
    }
    return {};
}

void AdjustmentTableModel::setAdjustments(QList<store::PendingAdjustment> rows)
{
    const bool countChange = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    m_search.clear();
    m_search.reserve(m_rows.size());
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const store::PendingAdjustment &a = m_rows.at(i);
        m_search.append(QStringList {a.locationBarcode, a.locationName, a.sku, a.productName, a.lotName, a.countedBy}
                            .join(u'\n')
                            .toLower());
        m_rowById.insert(a.id, i);
    }
    const qsizetype checkedBefore = m_checked.size();
    for (auto it = m_checked.begin(); it != m_checked.end();) {
        const int row = m_rowById.value(*it, -1);
        if (row < 0 || !decidable(m_rows.at(row).decision))
            it = m_checked.erase(it);
        else
            ++it;
    }
    endResetModel();
    if (countChange)
        Q_EMIT countChanged();
    if (checkedBefore != m_checked.size())
        Q_EMIT checkedChanged();
}

int AdjustmentTableModel::rowOf(qint64 adjustmentId) const
{
    return m_rowById.value(adjustmentId, -1);
}

void AdjustmentTableModel::setChecked(qint64 adjustmentId, bool checked)
{
    const int row = rowOf(adjustmentId);
    if (row < 0 || checked == m_checked.contains(adjustmentId))
        return;
    if (checked && !decidable(m_rows.at(row).decision))
        return;
    if (checked)
        m_checked.insert(adjustmentId);
    else
        m_checked.remove(adjustmentId);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {CheckedRole});
    Q_EMIT checkedChanged();
}

QList<qint64> AdjustmentTableModel::checkedIds() const
{
    QList<qint64> ids;
    for (const store::PendingAdjustment &a : m_rows) {
        if (m_checked.contains(a.id))
            ids.append(a.id);
    }
    return ids;
}

void AdjustmentTableModel::clearChecks()
{
    if (m_checked.isEmpty())
        return;
    const QSet<qint64> was = std::exchange(m_checked, {});
    for (qint64 id : was) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {CheckedRole});
    }
    Q_EMIT checkedChanged();
}

namespace {

template<typename T> int order(const T &x, const T &y)
{
    return x < y ? -1 : (y < x ? 1 : 0);
}

} // namespace

bool AdjustmentTableModel::lessThan(int rowA, int rowB, int column) const
{
    const store::PendingAdjustment &a = m_rows.at(rowA), &b = m_rows.at(rowB);
    int c = 0;
    switch (column) {
    case Select:
        c = order(m_checked.contains(a.id), m_checked.contains(b.id));
        break;
    case Location:
        c = a.locationBarcode.compare(b.locationBarcode);
        break;
    case Product:
        c = a.sku.compare(b.sku);
        break;
    case Lot:
        c = a.lotName.compare(b.lotName);
        break;
    case Book:
        c = order(a.book, b.book);
        break;
    case Counted:
        c = order(a.counted, b.counted);
        break;
    case Variance:
        c = order(a.variance(), b.variance());
        break;
    case Percent:
        c = order(variancePercent(a), variancePercent(b));
        break;
    case Value:
        c = order(varianceCents(a), varianceCents(b));
        break;
    case CountedBy:
        c = a.countedBy.compare(b.countedBy);
        break;
    case CountedAt:
        c = a.countedAt.compare(b.countedAt);
        break;
    case MovedSince:
        c = order(a.movedSince(), b.movedSince());
        break;
    case OtherCounts:
        c = order(a.samePlace.size() + (a.recount ? 1 : 0), b.samePlace.size() + (b.recount ? 1 : 0));
        break;
    case Status:
        c = a.decision.kind.compare(b.decision.kind);
        if (c == 0)
            c = a.decision.state.compare(b.decision.state);
        break;
    default:
        break;
    }
    return c != 0 ? c < 0 : rowA < rowB; // ties keep the place order (recounts beside originals)
}

void AdjustmentTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(
            index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

AdjustmentFilterModel::AdjustmentFilterModel(AdjustmentTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_table(source)
{
    setSourceModel(source);
    setSortRole(AdjustmentTableModel::SortRole);
    connect(this, &QAbstractItemModel::rowsInserted, this, &AdjustmentFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &AdjustmentFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &AdjustmentFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &AdjustmentFilterModel::countChanged);
}

void AdjustmentFilterModel::setFilterText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == m_text)
        return;
    m_text = t;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

void AdjustmentFilterModel::setArea(const QString &area)
{
    if (area == m_area)
        return;
    m_area = area;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

void AdjustmentFilterModel::refreshAreas()
{
    QStringList areas;
    for (int i = 0; i < m_table->count(); ++i) {
        const QString &z = m_table->at(i).zone;
        if (!z.isEmpty() && !areas.contains(z))
            areas.append(z);
    }
    areas.sort();
    if (areas != m_areas) {
        m_areas = areas;
        Q_EMIT areasChanged();
    }
}

void AdjustmentFilterModel::sortByColumn(int column)
{
    if (column < 0 || column >= AdjustmentTableModel::ColumnCount)
        return;
    const Qt::SortOrder order
        = sortColumn() == column && sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    sort(column, order);
    Q_EMIT sortChanged();
}

qint64 AdjustmentFilterModel::adjustmentId(int row) const
{
    return data(index(row, 0), AdjustmentTableModel::AdjustmentIdRole).toLongLong();
}

bool AdjustmentFilterModel::isChecked(int row) const
{
    return data(index(row, 0), AdjustmentTableModel::CheckedRole).toBool();
}

void AdjustmentFilterModel::setChecked(int row, bool checked)
{
    m_table->setChecked(adjustmentId(row), checked);
}

void AdjustmentFilterModel::checkAllShown(bool checked)
{
    for (int r = 0; r < rowCount(); ++r)
        m_table->setChecked(adjustmentId(r), checked);
}

int AdjustmentFilterModel::rowOf(qint64 adjustmentId) const
{
    const int source = m_table->rowOf(adjustmentId);
    return source < 0 ? -1 : mapFromSource(m_table->index(source, 0)).row();
}

bool AdjustmentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_area.isEmpty() && m_table->at(sourceRow).zone != m_area)
        return false;
    return m_text.isEmpty() || m_table->searchText(sourceRow).contains(m_text);
}

bool AdjustmentFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_table->lessThan(left.row(), right.row(), left.column());
}

} // namespace stockhand::ui
