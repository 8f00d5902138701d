#include "exceptionsmodel.h"

namespace stockhand::ui {

ExceptionsModel::ExceptionsModel(UiContext &context, QObject *parent)
    : ListModelBase({"kind", "code", "message", "advice", "time", "sequence", "exceptionId"}, parent)
    , m_ctx(context)
{ }

QString ExceptionsModel::advice(const QString &code)
{
    if (code.startsWith(u"role."))
        return tr("Your user may not do this. Ask a supervisor to do it or to give you the role.");
    if (code == u"op.transfer-closed")
        return tr("Someone closed this transfer already. Check the goods with a supervisor.");
    if (code == u"op.product-mismatch" || code == u"op.wrong-transfer-kind")
        return tr("The task changed on the server. Wait for the sync and do the line again.");
    if (code.startsWith(u"op.unknown-"))
        return tr("This device does not know the latest data. Wait for the sync, then do it again.");
    if (code == u"op.invalid-quantity" || code == u"op.missing-field" || code == u"op.wrong-type")
        return tr("The device sent something the server cannot read. Report it to IT with this screen.");
    if (code == u"op.depends-on-rejected")
        return tr("An earlier operation on the same line was rejected. Check this one with a supervisor.");
    if (code == u"op.same-location")
        return tr("Source and destination were the same. Put the goods away again.");
    return tr("Show this to a supervisor.");
}

void ExceptionsModel::refresh()
{
    // The sync engine writes every rejection (and what follows a rejected operation) to device_exception.
    QList<QVariantList> rows;
    auto st = m_ctx.store.db().prepare(
        "SELECT ifnull(o.kind, ''), e.code, e.message, e.created_local, ifnull(e.op_seq, 0), e.id "
        "FROM device_exception e LEFT JOIN outbox o ON o.seq = e.op_seq WHERE e.resolved = 0 ORDER BY e.id DESC "
        "LIMIT 500");
    if (st) {
        for (auto row = st->step(); row.ok() && *row; row = st->step()) {
            const QString code = st->text(1);
            rows.append({st->text(0), code, st->text(2), advice(code), st->text(3), st->int64(4), st->int64(5)});
        }
    }
    setRows(std::move(rows));
}

bool ExceptionsModel::resolve(int row)
{
    const qint64 id = value(row, "exceptionId").toLongLong();
    auto st = m_ctx.store.db().prepare("UPDATE device_exception SET resolved = 1 WHERE id = ?1");
    if (!id || !st || !st->bind(1, id).run().ok())
        return false;
    refresh();
    Q_EMIT resolved();
    return true;
}

} // namespace stockhand::ui
