#include "taskmodels.h"

#include "ops/kinds.h"
#include "session.h"
#include "stock.h"
#include "store/tasks.h"

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
    : ListModelBase({"taskId", "reference", "detail", "lines", "openLines", "recount"}, parent)
    , m_ctx(context)
{ }

QVariantList TaskListModel::firstIds(int n) const
{
    QVariantList ids;
    for (int row = 0; row < count() && row < n; ++row)
        ids.append(value(row, "taskId"));
    return ids;
}

void TaskListModel::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    Q_EMIT kindChanged();
    refresh();
}

void TaskListModel::refresh()
{
    auto &db = m_ctx.store.db();
    const qint64 wh = m_ctx.session.warehouseId();
    auto tasks
        = m_kind == u"count" ? store::openCountTasks(db, wh) : store::openTransfers(db, wh, transferKind(m_kind));
    QList<QVariantList> rows;
    if (tasks) {
        for (const store::TaskRow &t : std::as_const(*tasks))
            rows.append({t.id, t.reference, t.detail, t.lines, t.openLines, t.recount});
    }
    setRows(std::move(rows));
}

} // namespace stockhand::ui
