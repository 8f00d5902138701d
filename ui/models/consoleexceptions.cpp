#include "consoleexceptions.h"

#include "exceptionsmodel.h"
#include "store/devicestore.h"
#include "store/exceptionview.h"
#include "store/serverexceptions.h"

#include "domain/quantity.h"

#include <algorithm>

namespace stockhand::ui {

namespace {

QString placeOf(const store::ExceptionEntry &e)
{
    if (!e.locationId)
        return {};
    return e.locationName.isEmpty() || e.locationBarcode.contains(e.locationName)
        ? e.locationBarcode
        : e.locationBarcode + QStringLiteral(" · ") + e.locationName;
}

} // namespace

Result<QList<ExceptionItem>> DeviceInboxSource::load()
{
    auto entries = store::exceptionEntries(m_store.db(), true);
    if (!entries)
        return entries.error();
    QList<ExceptionItem> items;
    items.reserve(entries->size());
    for (const store::ExceptionEntry &e : std::as_const(*entries)) {
        ExceptionItem i;
        i.source = name();
        i.id = e.id;
        i.kind = e.code == u"op.depends-on-rejected" ? QStringLiteral("follows_rejected")
                                                     : QStringLiteral("rejected_operation");
        i.open = !e.resolved;
        i.title = e.opKind.isEmpty()
            ? ConsoleExceptionsModel::kindLabel(i.kind)
            : ConsoleExceptionsModel::tr("%1: %2").arg(
                ConsoleExceptionsModel::kindLabel(i.kind), ConsoleExceptionsModel::opKindLabel(e.opKind));
        i.detail = e.message;
        QStringList about;
        if (e.transferId)
            about << e.transferReference;
        if (const QString place = placeOf(e); !place.isEmpty())
            about << place;
        if (e.productId)
            about << e.sku + QStringLiteral(" · ") + e.productName;
        if (!e.userName.isEmpty())
            about << ConsoleExceptionsModel::tr("by %1").arg(e.userName);
        i.about = about.join(QStringLiteral(" — "));
        i.advice = ExceptionsModel::advice(e.code);
        i.area = e.zone;
        i.time = e.createdLocal;
        i.transferId = e.transferId;
        i.transferKind = e.transferKind;
        i.locationId = e.locationId;
        i.productId = e.productId;
        items.append(std::move(i));
    }
    return items;
}

Result<QList<ExceptionItem>> ServerExceptionSource::load()
{
    auto entries = store::serverExceptionEntries(m_store.db(), m_warehouseId ? m_warehouseId() : 0, true);
    if (!entries)
        return entries.error();
    QList<ExceptionItem> items;
    items.reserve(entries->size());
    for (const store::ServerExceptionEntry &e : std::as_const(*entries)) {
        ExceptionItem i;
        i.source = name();
        i.id = e.id;
        i.kind = e.kind == u"line_picked_by_two_devices" ? QStringLiteral("two_devices") : e.kind;
        i.open = e.open && !e.resolvedHere;
        if (e.resolvedHere && e.open)
            i.stateText = ConsoleExceptionsModel::tr("Resolution sent");
        else if (!e.open && e.resolution == u"recount")
            i.stateText = ConsoleExceptionsModel::tr("Recount requested by %1").arg(e.resolvedByName);
        else if (!e.open)
            i.stateText = ConsoleExceptionsModel::tr("Acknowledged by %1").arg(e.resolvedByName);
        i.title = ConsoleExceptionsModel::kindLabel(i.kind);
        if (e.qty)
            i.title = ConsoleExceptionsModel::tr("%1: %2").arg(i.title, formatQuantity(Milli(e.qty)));
        i.detail = e.resolutionNote.isEmpty()
            ? e.message
            : ConsoleExceptionsModel::tr("%1\nNote: %2").arg(e.message, e.resolutionNote);
        QStringList about;
        if (e.transferId)
            about << e.transferReference;
        if (e.locationId)
            about << (e.locationName.isEmpty() || e.locationBarcode.contains(e.locationName)
                    ? e.locationBarcode
                    : e.locationBarcode + QStringLiteral(" · ") + e.locationName);
        if (e.productId)
            about << e.sku + QStringLiteral(" · ") + e.productName;
        if (!e.lotName.isEmpty())
            about << ConsoleExceptionsModel::tr("lot %1").arg(e.lotName);
        if (!e.userName.isEmpty())
            about << ConsoleExceptionsModel::tr("by %1").arg(e.userName);
        i.about = about.join(QStringLiteral(" — "));
        i.advice = i.open ? ConsoleExceptionsModel::tr("Request a recount of the place, or acknowledge it with a note "
                                                       "saying what you found. Every device sees the resolution.")
                          : QString();
        i.area = e.zone;
        i.time = e.createdAt;
        i.transferId = e.transferId;
        i.transferKind = e.transferKind;
        i.locationId = e.locationId;
        i.productId = e.productId;
        items.append(std::move(i));
    }
    return items;
}

Status ServerExceptionSource::acknowledge(qint64)
{
    return makeError("exception.needs-decision",
        ConsoleExceptionsModel::tr("The server's exceptions are resolved by a supervisor's decision, with a note."));
}

Status DeviceInboxSource::acknowledge(qint64 id)
{
    auto done = m_store.outbox().resolveException(id);
    if (!done)
        return done.error();
    if (!*done)
        return makeError("exception.unknown", ConsoleExceptionsModel::tr("This exception is no longer open."));
    return {};
}

ConsoleExceptionsModel::ConsoleExceptionsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ConsoleExceptionsModel::addSource(std::unique_ptr<ExceptionSource> source)
{
    m_sources.push_back(std::move(source));
}

int ConsoleExceptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QHash<int, QByteArray> ConsoleExceptionsModel::roleNames() const
{
    return {{SourceRole, "source"}, {ExceptionIdRole, "exceptionId"}, {KindRole, "kind"}, {KindLabelRole, "kindLabel"},
        {OpenRole, "open"}, {StateLabelRole, "stateLabel"}, {TitleRole, "title"}, {DetailRole, "detail"},
        {AboutRole, "about"}, {AdviceRole, "advice"}, {AreaRole, "area"}, {TimeRole, "time"},
        {TransferIdRole, "transferId"}, {CanRecountRole, "canRecount"}, {CanOpenTransferRole, "canOpenTransfer"}};
}

QVariant ConsoleExceptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExceptionItem &i = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return i.title;
    case SourceRole:
        return i.source;
    case ExceptionIdRole:
        return i.id;
    case KindRole:
        return i.kind;
    case KindLabelRole:
        return kindLabel(i.kind);
    case OpenRole:
        return i.open;
    case StateLabelRole:
        return !i.stateText.isEmpty() ? i.stateText : i.open ? tr("Open") : tr("Acknowledged");
    case DetailRole:
        return i.detail;
    case AboutRole:
        return i.about;
    case AdviceRole:
        return i.advice;
    case AreaRole:
        return i.area;
    case TimeRole:
        return i.time;
    case TransferIdRole:
        return i.transferId;
    case CanRecountRole:
        return i.locationId > 0 && (i.source != u"server" || i.open);
    case CanOpenTransferRole:
        return i.transferId > 0 && (i.transferKind == u"pick" || i.transferKind == u"receipt");
    }
    return {};
}

void ConsoleExceptionsModel::refresh()
{
    QList<ExceptionItem> all;
    QStringList errors;
    for (const auto &source : m_sources) {
        auto items = source->load();
        if (!items) {
            errors << tr("%1: %2").arg(source->name(), items.error().message);
            continue;
        }
        all.append(std::move(items).value());
    }
    m_lastError = errors.join(u'\n');
    // Newest first across the sources (ISO times compare as text).
    std::stable_sort(
        all.begin(), all.end(), [](const ExceptionItem &a, const ExceptionItem &b) { return a.time > b.time; });
    setItems(std::move(all));
}

void ConsoleExceptionsModel::setItems(QList<ExceptionItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
    Q_EMIT countChanged();
}

Status ConsoleExceptionsModel::acknowledge(int row)
{
    if (row < 0 || row >= m_items.size())
        return makeError("exception.unknown", tr("No such exception."));
    const ExceptionItem item = m_items.at(row);
    for (const auto &source : m_sources) {
        if (source->name() == item.source) {
            SH_TRY(source->acknowledge(item.id));
            refresh();
            return {};
        }
    }
    return makeError("exception.source", tr("The source of this exception is not connected."));
}

QString ConsoleExceptionsModel::kindLabel(const QString &kind)
{
    if (kind == u"over_pick")
        return tr("Over-pick");
    if (kind == u"negative_stock")
        return tr("Negative stock");
    if (kind == u"unknown_lot")
        return tr("Unknown lot");
    if (kind == u"two_devices")
        return tr("Two devices on one line");
    if (kind == u"unexpected_item")
        return tr("Unexpected item");
    if (kind == u"over_receipt")
        return tr("Over-receipt");
    if (kind == u"short_pick")
        return tr("Short pick");
    if (kind == u"putaway_deviation")
        return tr("Putaway deviation");
    if (kind == u"transfer_closed")
        return tr("Work on a closed transfer");
    if (kind == u"follows_rejected")
        return tr("After a refused operation");
    if (kind == u"rejected_operation")
        return tr("Refused by the server");
    return kind;
}

QString ConsoleExceptionsModel::opKindLabel(const QString &opKind)
{
    if (opKind == u"pick")
        return tr("pick");
    if (opKind == u"short_pick")
        return tr("short pick");
    if (opKind == u"receive")
        return tr("receipt");
    if (opKind == u"move")
        return tr("move");
    if (opKind == u"count")
        return tr("count");
    if (opKind == u"validate_transfer")
        return tr("closing a transfer");
    if (opKind == u"approve_adjustment")
        return tr("approval");
    if (opKind == u"reject_adjustment")
        return tr("rejection");
    if (opKind == u"request_recount")
        return tr("recount request");
    return opKind;
}

ExceptionFilterModel::ExceptionFilterModel(ConsoleExceptionsModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_list(source)
{
    setSourceModel(source);
    setSortRole(ConsoleExceptionsModel::TimeRole); // the sources give newest first: sorted only when asked
    connect(this, &QAbstractItemModel::modelReset, this, &ExceptionFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &ExceptionFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ExceptionFilterModel::countChanged);
    connect(source, &QAbstractItemModel::modelReset, this, &ExceptionFilterModel::refreshChoices);
}

void ExceptionFilterModel::changed()
{
    invalidateRowsFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

void ExceptionFilterModel::setKind(const QString &kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        changed();
    }
}

void ExceptionFilterModel::setState(const QString &state)
{
    if (state != m_state) {
        m_state = state;
        changed();
    }
}

void ExceptionFilterModel::setArea(const QString &area)
{
    if (area != m_area) {
        m_area = area;
        changed();
    }
}

void ExceptionFilterModel::setFilterText(const QString &text)
{
    const QString t = text.trimmed();
    if (t != m_text) {
        m_text = t;
        changed();
    }
}

int ExceptionFilterModel::sourceRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return mapToSource(index(row, 0)).row();
}

void ExceptionFilterModel::refreshChoices()
{
    QStringList kinds, areas;
    for (int i = 0; i < m_list->count(); ++i) {
        const ExceptionItem &e = m_list->at(i);
        if (!kinds.contains(e.kind))
            kinds << e.kind;
        if (!e.area.isEmpty() && !areas.contains(e.area))
            areas << e.area;
    }
    kinds.sort();
    areas.sort();
    QVariantList choices;
    for (const QString &k : std::as_const(kinds))
        choices.append(
            QVariantMap {{QStringLiteral("kind"), k}, {QStringLiteral("label"), ConsoleExceptionsModel::kindLabel(k)}});
    if (choices != m_kinds || areas != m_areas) {
        m_kinds = choices;
        m_areas = areas;
        Q_EMIT choicesChanged();
    }
}

bool ExceptionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const ExceptionItem &e = m_list->at(sourceRow);
    if (!m_kind.isEmpty() && e.kind != m_kind)
        return false;
    if (m_state == u"open" && !e.open)
        return false;
    if (m_state == u"acknowledged" && e.open)
        return false;
    if (!m_area.isEmpty() && e.area != m_area)
        return false;
    if (m_text.isEmpty())
        return true;
    return e.title.contains(m_text, Qt::CaseInsensitive) || e.about.contains(m_text, Qt::CaseInsensitive)
        || e.detail.contains(m_text, Qt::CaseInsensitive);
}

} // namespace stockhand::ui
