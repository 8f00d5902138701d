#include "supervisorconsole.h"

#include "ops/adjustment.h"
#include "pickflow.h"
#include "receiveflow.h"
#include "session.h"
#include "signinflow.h"
#include "store/adjustments.h"
#include "store/catalog.h"

namespace stockhand::ui {

namespace {
constexpr int kListedInConfirmation = 8; // the rest is counted
}

SupervisorConsole::SupervisorConsole(
    UiContext &context, SignInFlow &signIn, PickFlow &pick, ReceiveFlow &receive, QObject *parent)
    : FlowBase(context, parent)
    , m_signIn(signIn)
    , m_pick(pick)
    , m_receive(receive)
    , m_table(new AdjustmentTableModel(this))
    , m_filter(new AdjustmentFilterModel(m_table, this))
    , m_exceptions(new ConsoleExceptionsModel(this))
    , m_exceptionFilter(new ExceptionFilterModel(m_exceptions, this))
    , m_reasons(new ReasonModel(context, QStringLiteral("adjustment"), this))
    , m_kpis(new KpiModel(context, this))
{
    connect(&context.session, &Session::changed, m_kpis, &KpiModel::loadStored);
    m_exceptions->addSource(std::make_unique<DeviceInboxSource>(context.store));
    // Unsorted until a header click: the store's order (by location, product, id) keeps recounts beside their
    // originals, and a reset of 10,000 rows does not sort them again.
}

bool SupervisorConsole::signIn(const QString &badge, const QString &pin)
{
    m_signIn.cancel();
    m_signIn.scan(badge);
    if (m_signIn.step() != SignInFlow::Pin) {
        refuse(m_signIn.message().isEmpty() ? tr("This badge is not known on this device.") : m_signIn.message());
        return false;
    }
    if (!m_signIn.enterPin(pin)) {
        refuse(m_signIn.message());
        m_signIn.cancel();
        return false;
    }
    if (!ops::isSupervisor(m_ctx.session.roles())) {
        const QString name = m_ctx.session.userName();
        m_ctx.session.signOut();
        refuse(tr("%1 is not a supervisor: the console is for supervisors and administrators.").arg(name));
        return false;
    }
    refresh();
    accept(tr("Signed in as %1.").arg(m_ctx.session.userName()));
    return true;
}

void SupervisorConsole::refresh()
{
    m_reasons->refresh();
    auto rows = store::pendingAdjustments(m_ctx.store.db(), m_ctx.session.warehouseId());
    if (!rows) {
        fail(rows.error());
        return;
    }
    m_table->setAdjustments(std::move(rows).value());
    m_filter->refreshAreas();
    m_exceptions->refresh();
}

void SupervisorConsole::retranslate()
{
    m_table->retranslate();
    m_kpis->retranslate();
    if (m_ctx.session.signedIn())
        m_exceptions->refresh();
}

QString SupervisorConsole::reasonProblem(int decision, const QString &reasonCode, const QString &note) const
{
    if (decision == Recount)
        return {};
    if (reasonCode.isEmpty())
        return decision == Approve ? tr("Choose a reason: an approval needs one.") : QString();
    auto needsNote = store::adjustmentReasonNeedsNote(m_ctx.store.db(), reasonCode);
    if (!needsNote)
        return tr("The store on this device failed: %1").arg(needsNote.error().message);
    if (!*needsNote)
        return tr("%1 is not a reason for count adjustments.").arg(reasonCode);
    if (**needsNote && note.trimmed().isEmpty())
        return tr("The reason %1 needs a note: say what happened.").arg(reasonCode);
    return {};
}

QVariantList SupervisorConsole::checkedIds() const
{
    QVariantList ids;
    for (qint64 id : m_table->checkedIds())
        ids.append(id);
    return ids;
}

QString SupervisorConsole::describe(int decision, const QVariantList &adjustmentIds, const QString &reasonCode) const
{
    QString reasonLabel = reasonCode;
    for (int i = 0; i < m_reasons->count(); ++i) {
        if (m_reasons->value(i, "code").toString() == reasonCode)
            reasonLabel = m_reasons->value(i, "label").toString();
    }
    QStringList lines;
    qint64 totalCents = 0;
    int shown = 0;
    for (const QVariant &v : adjustmentIds) {
        const int row = m_table->rowOf(v.toLongLong());
        if (row < 0)
            continue;
        const store::PendingAdjustment &a = m_table->at(row);
        const qint64 cents = AdjustmentTableModel::varianceCents(a);
        totalCents += cents;
        if (++shown > kListedInConfirmation)
            continue;
        lines << tr("• %1 — %2%3: counted %4 against %5 on the books, %6 (%7)")
                     .arg(AdjustmentTableModel::placeText(a), AdjustmentTableModel::productText(a),
                         a.lotName.isEmpty() ? QString() : tr(", lot %1").arg(a.lotName), formatQuantity(a.counted),
                         formatQuantity(a.book), AdjustmentTableModel::varianceText(a),
                         AdjustmentTableModel::valueText(cents));
    }
    if (shown > kListedInConfirmation)
        lines << tr("… and %1 more.").arg(shown - kListedInConfirmation);
    QString head;
    switch (decision) {
    case Approve:
        head = reasonCode.isEmpty()
            ? tr("Approve %1 count adjustment(s)? The stock on the books changes by each variance (total value %2).")
                  .arg(shown)
                  .arg(AdjustmentTableModel::valueText(totalCents))
            : tr("Approve %1 count adjustment(s) with the reason “%2”? The stock on the books changes by each "
                 "variance (total value %3).")
                  .arg(shown)
                  .arg(reasonLabel, AdjustmentTableModel::valueText(totalCents));
        break;
    case Reject:
        head = reasonCode.isEmpty()
            ? tr("Reject %1 count adjustment(s)? The books stay as they are.").arg(shown)
            : tr("Reject %1 count adjustment(s) with the reason “%2”? The books stay as they are.")
                  .arg(shown)
                  .arg(reasonLabel);
        break;
    default:
        head = tr("Request a recount of %1 place(s)? The count(s) below are set aside and a recount task is "
                  "created.")
                   .arg(shown);
        break;
    }
    return head + u'\n' + lines.join(u'\n');
}

QList<qint64> SupervisorConsole::decidableIds(const QVariantList &ids, int decision)
{
    const ops::Kind kind = decision == Approve ? ops::Kind::ApproveAdjustment
        : decision == Reject                   ? ops::Kind::RejectAdjustment
                                               : ops::Kind::RequestRecount;
    if (!requireRole(kind))
        return {};
    QList<qint64> out;
    for (const QVariant &v : ids) {
        const qint64 id = v.toLongLong();
        const int row = m_table->rowOf(id);
        if (row < 0) {
            refuse(tr("Adjustment %1 is no longer pending on this device.").arg(id));
            return {};
        }
        if (!AdjustmentTableModel::decidable(m_table->at(row).decision)) {
            refuse(tr("A decision on %1 is already on its way to the server.")
                       .arg(AdjustmentTableModel::placeText(m_table->at(row))));
            return {};
        }
        if (!out.contains(id))
            out.append(id);
    }
    if (out.isEmpty())
        refuse(tr("Select the adjustments to decide on first."));
    return out;
}

bool SupervisorConsole::approve(const QVariantList &adjustmentIds, const QString &reasonCode, const QString &note)
{
    const QList<qint64> ids = decidableIds(adjustmentIds, Approve);
    if (ids.isEmpty())
        return false;
    if (const QString problem = reasonProblem(Approve, reasonCode, note); !problem.isEmpty()) {
        refuse(problem);
        return false;
    }
    int done = 0;
    for (qint64 id : ids) {
        if (!record(ops::ApproveAdjustment {id, reasonCode, note.trimmed()}))
            break; // the message says what failed; what was recorded stays
        ++done;
    }
    m_table->clearChecks();
    refresh();
    Q_EMIT decided();
    if (done < ids.size())
        return false;
    accept(
        tr("%1 approval(s) saved. They are sent with the next sync; the table shows the server's answer.").arg(done));
    return true;
}

bool SupervisorConsole::reject(qint64 adjustmentId, const QString &reasonCode, const QString &note)
{
    const QList<qint64> ids = decidableIds({adjustmentId}, Reject);
    if (ids.isEmpty())
        return false;
    if (const QString problem = reasonProblem(Reject, reasonCode, note); !problem.isEmpty()) {
        refuse(problem);
        return false;
    }
    if (!record(ops::RejectAdjustment {adjustmentId, reasonCode, note.trimmed()}))
        return false;
    m_table->setChecked(adjustmentId, false);
    refresh();
    Q_EMIT decided();
    accept(tr("Rejection saved: the books stay as they are once the server has it."));
    return true;
}

bool SupervisorConsole::requestRecount(qint64 adjustmentId)
{
    const QList<qint64> ids = decidableIds({adjustmentId}, Recount);
    if (ids.isEmpty())
        return false;
    if (!record(ops::RequestRecount {adjustmentId, 0, 0}))
        return false;
    m_table->setChecked(adjustmentId, false);
    refresh();
    Q_EMIT decided();
    accept(tr("Recount requested: the server creates a recount task for this place."));
    return true;
}

QString SupervisorConsole::describeExceptionRecount(int listRow) const
{
    if (listRow < 0 || listRow >= m_exceptions->count())
        return {};
    const ExceptionItem &e = m_exceptions->at(listRow);
    return tr("Request a recount for this exception?\n%1\nThe server creates a recount task for the location "
              "(and product) named above.")
        .arg(e.about);
}

bool SupervisorConsole::recountForException(int listRow)
{
    if (!requireRole(ops::Kind::RequestRecount))
        return false;
    if (listRow < 0 || listRow >= m_exceptions->count() || !m_exceptions->at(listRow).locationId) {
        refuse(tr("This exception names no location to count."));
        return false;
    }
    const ExceptionItem &e = m_exceptions->at(listRow);
    if (!record(ops::RequestRecount {0, e.locationId, e.productId}))
        return false;
    Q_EMIT decided();
    accept(tr("Recount requested: the server creates a recount task."));
    return true;
}

bool SupervisorConsole::openTransfer(int listRow)
{
    if (listRow < 0 || listRow >= m_exceptions->count())
        return false;
    const ExceptionItem &e = m_exceptions->at(listRow);
    bool opened = false;
    if (e.transferKind == u"pick") {
        opened = m_pick.start(e.transferId);
        if (!opened)
            refuse(m_pick.message());
    } else if (e.transferKind == u"receipt") {
        opened = m_receive.start(e.transferId);
        if (!opened)
            refuse(m_receive.message());
    } else {
        refuse(tr("This exception names no pick or receipt."));
    }
    if (!opened)
        return false;
    m_openTransferKind = e.transferKind;
    Q_EMIT transferOpened();
    return true;
}

void SupervisorConsole::closeTransfer()
{
    if (m_openTransferKind == u"pick")
        m_pick.leave();
    else if (m_openTransferKind == u"receipt")
        m_receive.leave();
    m_openTransferKind.clear();
    Q_EMIT transferOpened();
}

bool SupervisorConsole::acknowledge(int listRow)
{
    if (!m_ctx.session.signedIn()) {
        refuse(tr("Sign in first."));
        return false;
    }
    if (auto done = m_exceptions->acknowledge(listRow); !done) {
        refuse(done.error().message);
        return false;
    }
    Q_EMIT decided();
    accept(tr("Acknowledged on this device."));
    return true;
}

void SupervisorConsole::handleScan(const scan::Resolution &r)
{
    // A scan narrows the table to what was scanned.
    QString text;
    if (r.kind == scan::EntityKind::Location || r.kind == scan::EntityKind::Lot)
        text = r.match.code;
    else if (r.kind == scan::EntityKind::Product)
        text = r.match.label.section(QStringLiteral(" · "), 0, 0);
    if (text.isEmpty()) {
        warn(tr("Scan a location, product or lot to find its counts."));
        return;
    }
    m_filter->setFilterText(text);
    accept(tr("Showing the counts of %1.").arg(r.match.label.isEmpty() ? text : r.match.label));
}

} // namespace stockhand::ui
