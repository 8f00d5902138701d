#include "taskmodels.h"

#include "session.h"
#include "stock.h"

namespace stockhand::ui {

namespace {

// Transfers this device has already validated are no longer work, even before the server said so.
constexpr const char *kNotValidated = "NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'validate_transfer' "
                                      "AND o.state != 'rejected' AND json_extract(o.payload, '$.transfer_id') = t.id)";

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
        auto st = db.prepare(std::string("SELECT count(*) FROM transfer t WHERE t.warehouse_id = ?1 AND t.kind = ?2 "
                                         "AND t.state IN ('open', 'in_progress') AND ")
            + kNotValidated);
        qint64 n = 0;
        if (st && st->bind(1, wh).bind(2, transferKind(kind)).step().ok())
            n = st->int64(0);
        rows.append(
            {kind, n, m_ctx.session.hasRole(kind == u"pick" ? QStringLiteral("picker") : QStringLiteral("receiver"))});
    }
    qint64 putaway = 0;
    if (auto recv = receivingLocation(db, wh); recv && *recv) {
        if (auto stock = stockAt(db, *recv))
            putaway = stock->size();
    }
    rows.append({QStringLiteral("putaway"), putaway,
        m_ctx.session.hasRole(QStringLiteral("receiver")) || m_ctx.session.hasRole(QStringLiteral("picker"))});
    qint64 counts = 0;
    if (auto st = db.prepare("SELECT count(*) FROM count_task WHERE warehouse_id = ?1 AND state IN ('open', "
                             "'in_progress')");
        st && st->bind(1, wh).step().ok())
        counts = st->int64(0);
    rows.append({QStringLiteral("count"), counts, m_ctx.session.hasRole(QStringLiteral("counter"))});
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
    const bool counts = m_kind == u"count";
    const std::string sql = counts
        ? std::string("SELECT c.id, c.reference, '', (SELECT count(*) FROM count_line WHERE task_id = c.id), "
                      "(SELECT count(*) FROM count_line l WHERE l.task_id = c.id AND l.state = 'open' AND NOT "
                      "EXISTS (SELECT 1 FROM active_effect a WHERE a.target = 'count_line' AND a.line_id = l.id)), "
                      "c.kind = 'recount' FROM count_task c WHERE c.warehouse_id = ?1 AND ?2 = ?2 "
                      "AND c.state IN ('open', 'in_progress') ORDER BY c.kind = 'recount' DESC, c.reference LIMIT 500")
        : std::string("SELECT t.id, t.reference, trim(ifnull(t.origin, '') || ' · ' || ifnull(p.name, ''), ' ·'), "
                      "(SELECT count(*) FROM transfer_line WHERE transfer_id = t.id), "
                      "(SELECT count(*) FROM transfer_line_view v WHERE v.transfer_id = t.id "
                      "AND v.qty_done_view < v.qty_expected), 0 "
                      "FROM transfer t LEFT JOIN partner p ON p.id = t.partner_id WHERE t.warehouse_id = ?1 "
                      "AND t.kind = ?2 AND t.state IN ('open', 'in_progress') AND ")
            + kNotValidated + " ORDER BY t.scheduled, t.reference LIMIT 500";
    QList<QVariantList> rows;
    auto st = db.prepare(sql);
    if (st) {
        st->bind(1, wh).bind(2, transferKind(m_kind));
        for (auto row = st->step(); row.ok() && *row; row = st->step())
            rows.append({st->int64(0), st->text(1), st->text(2), st->int64(3), st->int64(4), st->int64(5) != 0});
    }
    setRows(std::move(rows));
}

} // namespace stockhand::ui
