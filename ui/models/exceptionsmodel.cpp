#include "exceptionsmodel.h"

#include "session.h"
#include "store/exceptionview.h"

#include <QLocale>
#include <QTimeZone>

namespace stockhand::ui {

ExceptionsModel::ExceptionsModel(UiContext &context, QObject *parent)
    : ListModelBase({"kind", "code", "message", "advice", "time", "sequence", "exceptionId", "title", "what", "about",
                        "userName", "actionKind", "actionId", "actionText", "transferKind"},
        parent)
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

QString ExceptionsModel::advice(const QString &code, bool supervisor)
{
    if (!supervisor)
        return advice(code);
    if (code.startsWith(u"role."))
        return tr("The worker's user may not do this. Do it yourself, or give them the role.");
    if (code == u"op.transfer-closed")
        return tr("Someone closed this transfer before this arrived. Check the goods and correct the stock if needed.");
    if (code == u"op.product-mismatch" || code == u"op.wrong-transfer-kind")
        return tr("The task changed on the server. Have the line done again after the sync.");
    if (code.startsWith(u"op.unknown-"))
        return tr("The device's data was older than the server's. Sync, then have it done again.");
    if (code == u"op.invalid-quantity" || code == u"op.missing-field" || code == u"op.wrong-type")
        return tr("The device sent something the server cannot read. Report it to IT with this screen.");
    if (code == u"op.depends-on-rejected")
        return tr("Deal with the earlier refused operation first: this one only follows it.");
    if (code == u"op.same-location")
        return tr("Nothing moved. Have the goods put away again.");
    return tr("Check the place and the goods, correct the stock if needed, then mark it as seen.");
}

QString ExceptionsModel::what(const QString &code)
{
    static const struct
    {
        const char *code;
        const char *text;
    } sentences[] = {
        {"op.unknown-location", QT_TR_NOOP("The server does not know this location.")},
        {"op.unknown-product", QT_TR_NOOP("The server does not know this product.")},
        {"op.unknown-lot", QT_TR_NOOP("The server does not know this lot.")},
        {"op.unknown-package", QT_TR_NOOP("The server does not know this pallet or package.")},
        {"op.unknown-transfer", QT_TR_NOOP("The server does not know this task.")},
        {"op.unknown-line", QT_TR_NOOP("The server does not know this line of the task.")},
        {"op.unknown-count-line", QT_TR_NOOP("The server does not know this count line.")},
        {"op.unknown-reason", QT_TR_NOOP("The server does not know the reason that was chosen.")},
        {"op.unknown-adjustment", QT_TR_NOOP("The server does not know the adjustment this decision was about.")},
        {"op.unknown-exception", QT_TR_NOOP("The server does not know the exception this decision was about.")},
        {"op.unknown-policy", QT_TR_NOOP("The server does not know the rule this decision was about.")},
        {"op.transfer-closed", QT_TR_NOOP("The task was already closed when this arrived.")},
        {"op.product-mismatch", QT_TR_NOOP("The product no longer belongs to this line.")},
        {"op.wrong-transfer-kind", QT_TR_NOOP("The task is not of the kind this action needs.")},
        {"op.invalid-quantity", QT_TR_NOOP("The quantity was not valid.")},
        {"op.invalid-sscc", QT_TR_NOOP("The pallet label (SSCC) was not valid.")},
        {"op.missing-field", QT_TR_NOOP("The device sent an incomplete operation.")},
        {"op.wrong-type", QT_TR_NOOP("The device sent an incomplete operation.")},
        {"op.invalid", QT_TR_NOOP("The device sent an incomplete operation.")},
        {"op.same-location", QT_TR_NOOP("Source and destination were the same place.")},
        {"op.depends-on-rejected", QT_TR_NOOP("Not done: an earlier operation it follows was refused.")},
        {"op.note-required", QT_TR_NOOP("The decision needs a note.")},
        {"op.nothing-to-count", QT_TR_NOOP("There was nothing to count there.")},
        {"op.adjustment-decided", QT_TR_NOOP("Another supervisor has decided this adjustment already.")},
        {"op.exception-resolved", QT_TR_NOOP("Another supervisor has resolved this exception already.")},
        {"role.forbidden", QT_TR_NOOP("Your user may not do this.")},
        {"role.over-limit", QT_TR_NOOP("The quantity is more than your role may book alone.")},
        {"role.other-warehouse", QT_TR_NOOP("This belongs to another warehouse.")},
        // What the server reports to supervisors (exception kinds).
        {"over_pick", QT_TR_NOOP("More was picked than the line asked for.")},
        {"over_receipt", QT_TR_NOOP("More was received than expected.")},
        {"short_pick", QT_TR_NOOP("Less was picked than the line asked for.")},
        {"unexpected_item", QT_TR_NOOP("An item was received that the receipt did not expect.")},
        {"putaway_deviation", QT_TR_NOOP("Goods were put away somewhere else than suggested.")},
        {"line_picked_by_two_devices", QT_TR_NOOP("Two devices picked the same line.")},
    };
    for (const auto &s : sentences) {
        if (code == QLatin1StringView(s.code))
            return tr(s.text);
    }
    if (code.startsWith(u"op.") || code.startsWith(u"role."))
        return tr("The server refused this.");
    return tr("The server reported a difference to check.");
}

QString ExceptionsModel::title(const QString &opKind)
{
    if (opKind == u"pick")
        return tr("Pick refused");
    if (opKind == u"short_pick")
        return tr("Short pick refused");
    if (opKind == u"receive")
        return tr("Receipt refused");
    if (opKind == u"move")
        return tr("Move refused");
    if (opKind == u"count")
        return tr("Count refused");
    if (opKind == u"validate_transfer")
        return tr("Closing the task refused");
    if (opKind.isEmpty())
        return tr("Problem reported");
    return tr("Action refused");
}

QString ExceptionsModel::localTime(const QString &iso, const QDateTime &now)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return iso;
    t = t.toLocalTime();
    const QLocale locale;
    const QString time = t.time().toString(QStringLiteral("HH:mm"));
    if (t.date() == now.toLocalTime().date())
        return time;
    return locale.toString(t.date(), QLocale::ShortFormat) + u' ' + time;
}

bool ExceptionsModel::supervisorView() const
{
    const QStringList roles = m_ctx.session.roles();
    return roles.contains(QStringLiteral("supervisor")) || roles.contains(QStringLiteral("admin"));
}

QVariantList ExceptionsModel::row(const store::ExceptionEntry &e, bool supervisor) const
{
    QStringList about;
    if (e.transferId)
        about << e.transferReference;
    if (e.locationId) {
        about << (e.locationName.isEmpty() || e.locationBarcode.contains(e.locationName)
                ? e.locationBarcode
                : e.locationBarcode + QStringLiteral(" · ") + e.locationName);
    }
    if (e.productId)
        about << e.sku + QStringLiteral(" · ") + e.productName;
    QString actionKind, actionText;
    qint64 actionId = 0;
    // The task is what a worker redoes; a place or a product is what a supervisor checks.
    if (e.transferId && (e.transferKind == u"pick" || e.transferKind == u"receipt")) {
        actionKind = QStringLiteral("transfer");
        actionId = e.transferId;
        actionText = e.transferKind == u"pick" ? tr("Open pick %1").arg(e.transferReference)
                                               : tr("Open receipt %1").arg(e.transferReference);
    } else if (e.locationId) {
        actionKind = QStringLiteral("location");
        actionId = e.locationId;
        actionText = tr("Show location %1").arg(e.locationBarcode);
    } else if (e.productId) {
        actionKind = QStringLiteral("product");
        actionId = e.productId;
        actionText = tr("Show product %1").arg(e.sku);
    }
    return {e.opKind, e.code, e.message, advice(e.code, supervisor), localTime(e.createdLocal, m_ctx.clock.now()),
        e.opSeq, e.id, title(e.opKind), what(e.code), about.join(QStringLiteral(" — ")), e.userName, actionKind,
        actionId, actionText, e.transferKind};
}

void ExceptionsModel::refresh()
{
    // The sync engine sets every rejection (and what follows a rejected operation) aside in the outbox's inbox.
    QList<QVariantList> rows;
    const bool supervisor = supervisorView();
    const qint64 me = m_ctx.session.userId();
    if (me) {
        if (auto open = store::exceptionEntries(m_ctx.store.db(), false, 500)) {
            for (const store::ExceptionEntry &e : std::as_const(*open)) {
                if (supervisor || (e.userId && e.userId == me))
                    rows.append(row(e, supervisor));
            }
        }
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
