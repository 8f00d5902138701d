#include "exceptionsmodel.h"

namespace stockhand::ui {

ExceptionsModel::ExceptionsModel(UiContext &context, QObject *parent)
    : ListModelBase({"kind", "code", "message", "advice", "time", "sequence"}, parent)
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
    if (code == u"op.same-location")
        return tr("Source and destination were the same. Put the goods away again.");
    return tr("Show this to a supervisor.");
}

void ExceptionsModel::refresh()
{
    QList<QVariantList> rows;
    auto &db = m_ctx.store.db();
    auto rejected = db.prepare("SELECT kind, ifnull(error_code, ''), ifnull(error_message, ''), local_time, seq "
                               "FROM outbox WHERE state = 'rejected' ORDER BY seq DESC LIMIT 200");
    if (rejected) {
        for (auto row = rejected->step(); row.ok() && *row; row = rejected->step()) {
            const QString code = rejected->text(1);
            rows.append(
                {rejected->text(0), code, rejected->text(2), advice(code), rejected->text(3), rejected->int64(4)});
        }
    }
    auto reported = db.prepare("SELECT ifnull(o.kind, ''), e.code, e.message, e.created_local, ifnull(e.op_seq, 0) "
                               "FROM device_exception e LEFT JOIN outbox o ON o.seq = e.op_seq "
                               "WHERE e.resolved = 0 ORDER BY e.id DESC LIMIT 200");
    if (reported) {
        for (auto row = reported->step(); row.ok() && *row; row = reported->step()) {
            const QString code = reported->text(1);
            rows.append(
                {reported->text(0), code, reported->text(2), advice(code), reported->text(3), reported->int64(4)});
        }
    }
    setRows(std::move(rows));
}

} // namespace stockhand::ui
