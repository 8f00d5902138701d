#include "taskmodels.h"

#include "ops/kinds.h"
#include "session.h"
#include "stock.h"
#include "store/tasks.h"

#include <QLocale>

namespace stockhand::ui {

namespace {

QString transferKind(const QString &kind)
{
    return kind == u"receive" ? QStringLiteral("receipt") : kind;
}

} // namespace

TaskSummaryModel::TaskSummaryModel(UiContext &context, QObject *parent)
    : ListModelBase({"kind", "count", "allowed"}, parent)
    , m_ctx(context)
{ }

int TaskSummaryModel::countOf(const QString &kind) const
{
    for (int i = 0; i < count(); ++i) {
        if (value(i, "kind").toString() == kind)
            return value(i, "count").toInt();
    }
    return -1;
}

void TaskSummaryModel::refresh()
{
    auto &db = m_ctx.store.db();
    const qint64 wh = m_ctx.session.warehouseId();
    QList<QVariantList> rows;
    for (const QString &kind : {QStringLiteral("pick"), QStringLiteral("receive")}) {
        auto open = store::openTransferCount(db, wh, transferKind(kind));
        const qint64 n = open ? *open : 0;
        const ops::Kind work = kind == u"pick" ? ops::Kind::Pick : ops::Kind::Receive;
        rows.append({kind, n, ops::rolesAllow(m_ctx.session.roles(), work)});
    }
    qint64 putaway = 0;
    if (auto recv = receivingLocation(db, wh); recv && *recv) {
        if (auto stock = stockAt(db, *recv))
            putaway = stock->size();
    }
    rows.append({QStringLiteral("putaway"), putaway, ops::rolesAllow(m_ctx.session.roles(), ops::Kind::Move)});
    auto openCounts = store::openCountTaskCount(db, wh);
    const qint64 counts = openCounts ? *openCounts : 0;
    rows.append({QStringLiteral("count"), counts, ops::rolesAllow(m_ctx.session.roles(), ops::Kind::Count)});
    setRows(std::move(rows));
    ++m_revision;
    Q_EMIT refreshed();
}

TaskListModel::TaskListModel(UiContext &context, QObject *parent)
    : ListModelBase({"taskId", "reference", "detail", "lines", "openLines", "recount", "urgent", "due", "zone",
                        "resume", "selected"},
        parent)
    , m_ctx(context)
{ }

QVariantList TaskListModel::firstIds(int n) const
{
    QVariantList ids;
    for (int row = 0; row < count() && row < n; ++row)
        ids.append(value(row, "taskId"));
    return ids;
}

QString TaskListModel::resumeReference() const
{
    for (int row = 0; row < count(); ++row) {
        if (value(row, "resume").toBool())
            return value(row, "reference").toString();
    }
    return {};
}

void TaskListModel::toggleSelected(int row)
{
    if (row < 0 || row >= count())
        return;
    const qint64 id = value(row, "taskId").toLongLong();
    QVariantList values;
    for (const char *role : {"taskId", "reference", "detail", "lines", "openLines", "recount", "urgent", "due", "zone",
             "resume", "selected"})
        values.append(value(row, role));
    const bool on = !m_selected.contains(id);
    if (on)
        m_selected.append(id);
    else
        m_selected.removeAll(id);
    values.last() = on;
    updateRow(row, std::move(values));
    Q_EMIT selectionChanged();
}

QVariantList TaskListModel::selectedIds() const
{
    QVariantList ids;
    for (int row = 0; row < count(); ++row) {
        if (value(row, "selected").toBool())
            ids.append(value(row, "taskId"));
    }
    return ids;
}

void TaskListModel::clearSelection()
{
    if (m_selected.isEmpty())
        return;
    m_selected.clear();
    refresh();
}

QString TaskListModel::dueText(const QString &scheduled, const QDateTime &now)
{
    if (scheduled.isEmpty())
        return {};
    const QLocale locale;
    if (scheduled.size() <= 10) { // a date
        const QDate d = QDate::fromString(scheduled, Qt::ISODate);
        if (!d.isValid())
            return scheduled;
        return d == now.toLocalTime().date() ? tr("today") : locale.toString(d, QLocale::ShortFormat);
    }
    QDateTime t = QDateTime::fromString(scheduled, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(scheduled, Qt::ISODate);
    if (!t.isValid())
        return scheduled;
    t = t.toLocalTime();
    const QString time = t.time().toString(QStringLiteral("HH:mm"));
    return t.date() == now.toLocalTime().date() ? time : locale.toString(t.date(), QLocale::ShortFormat) + u' ' + time;
}

void TaskListModel::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    m_selected.clear();
    Q_EMIT selectionChanged();
    Q_EMIT kindChanged();
    refresh();
}

void TaskListModel::refresh()
{
    auto &db = m_ctx.store.db();
    const qint64 wh = m_ctx.session.warehouseId();
    auto tasks
        = m_kind == u"count" ? store::openCountTasks(db, wh) : store::openTransfers(db, wh, transferKind(m_kind));
    m_resumeId = 0;
    if (m_kind != u"count" && m_ctx.session.userId()) {
        if (auto mine = store::transferInProgress(db, wh, transferKind(m_kind), m_ctx.session.userId()))
            m_resumeId = *mine;
    }
    QList<QVariantList> rows;
    QList<qint64> still;
    const QDateTime now = m_ctx.clock.now();
    if (tasks) {
        for (const store::TaskRow &t : std::as_const(*tasks)) {
            const bool selected = m_selected.contains(t.id);
            if (selected)
                still.append(t.id);
            rows.append({t.id, t.reference, t.detail, t.lines, t.openLines, t.recount, t.priority > 0,
                dueText(t.due, now), t.zone, t.id == m_resumeId, selected});
        }
    }
    const bool ticksDropped = still.size() != m_selected.size();
    m_selected = still;
    setRows(std::move(rows));
    if (ticksDropped)
        Q_EMIT selectionChanged();
    Q_EMIT refreshed();
}

} // namespace stockhand::ui
