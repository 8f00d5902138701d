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
    // The sync engine sets every rejection (and what follows a rejected operation) aside in the outbox's inbox.
    QList<QVariantList> rows;
    if (auto open = m_ctx.store.outbox().openExceptions(store::Outbox::Order::NewestFirst, 500)) {
        for (const store::DeviceException &e : *open)
            rows.append({e.opKind, e.code, e.message, advice(e.code), e.createdLocal, e.opSeq, e.id});
    }
    setRows(std::move(rows));
}

bool ExceptionsModel::resolve(int row)
{
    const qint64 id = value(row, "exceptionId").toLongLong();
    if (!id || !m_ctx.store.outbox().resolveException(id).valueOr(false))
        return false;
    refresh();
    Q_EMIT resolved();
    return true;
}

} // namespace stockhand::ui
