#include "supervisorconsole.h"

#include "ops/adjustment.h"
#include "ops/exception.h"
#include "ops/policy.h"

#include <QLocale>

#include "pickflow.h"
#include "receiveflow.h"
#include "session.h"
#include "signinflow.h"
#include "store/adjustments.h"
#include "store/catalog.h"
#include "store/usersessions.h"
#include "syncengine.h"
#include "syncstatus.h"
#include <cmath>

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
    m_exceptions->addSource(
        std::make_unique<ServerExceptionSource>(context.store, [&context] { return context.session.warehouseId(); }));
    // Unsorted until a header click: the store's order (by location, product, id) keeps recounts beside their
    // originals, and a reset of 10,000 rows does not sort them again.
}

bool SupervisorConsole::signIn(const QString &loginOrBadge, const QString &password)
{
    if (m_signingIn)
        return false;
    auto user = store::userByBadgeOrLogin(m_ctx.store.db(), loginOrBadge.trimmed());
    if (!user) {
        refuse(tr("%1 is not known on this device.").arg(loginOrBadge.trimmed()));
        return false;
    }
    if (!ops::isSupervisor(user->roles)) {
        if (!user->roles.contains(QLatin1String("receiver"))) {
            refuse(tr("%1 is not a supervisor or a receiving clerk: this computer is for supervisors and receiving "
                      "clerks.")
                       .arg(user->name));
            return false;
        }
        // A receiving clerk: badge + PIN checked on this computer, offline, as on a handheld.
        auto clerk = store::checkBadgeAndPin(m_ctx.store.db(), user->badge, password);
        if (!clerk) {
            refuse(clerk.error().code == u"user.wrong-pin" ? tr("Wrong PIN.") : clerk.error().message);
            return false;
        }
        startSession(*clerk);
        return true;
    }
    sync::SyncEngine *engine = m_ctx.sync ? m_ctx.sync->engine() : nullptr;
    if (!engine || !engine->enrolled()) {
        // No server: a live session of this device, else the PINs a standalone store holds.
        if (unlockOffline(*user, password))
            return true;
        m_signIn.cancel();
        m_signIn.scan(user->badge);
        if (m_signIn.step() != SignInFlow::Pin || !m_signIn.enterPin(password)) {
            refuse(m_signIn.message().isEmpty() ? tr("Wrong password.") : m_signIn.message());
            m_signIn.cancel();
            return false;
        }
        startSession(*user);
        return true;
    }
    m_signingIn = true;
    Q_EMIT signingInChanged();
    clearMessage(); // the page says "checking with the server" while signingIn
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(engine, &sync::SyncEngine::userSignInFinished, this,
        [this, connection, who = *user, password](bool ok, qint64 userId, const QString &code, const QString &error) {
            disconnect(*connection);
            m_signingIn = false;
            Q_EMIT signingInChanged();
            if (ok && userId == who.id) {
                startSession(who);
                return;
            }
            if (code == u"signin.invalid") {
                refuse(tr("Wrong login or password."));
            } else if (code == u"signin.locked") {
                refuse(tr("Too many wrong passwords: this login or this computer is locked for a while. An "
                          "administrator can unlock it now (stockhand-server user unlock)."));
            } else if (code.isEmpty() || code.startsWith(u"network")) {
                // No answer from the server: a session of this device that lives still opens offline.
                if (unlockOffline(who, password))
                    return;
                refuse(tr("The server cannot be reached. A supervisor signs in online once; for the next 12 "
                          "hours the console then opens on this computer with the same password, also offline."));
            } else {
                refuse(tr("The server refused the sign-in: %1").arg(error));
            }
        });
    engine->signInUser(user->login, password);
    return false;
}

bool SupervisorConsole::unlockOffline(const store::UserInfo &user, const QString &password)
{
    auto session = store::UserSessions(m_ctx.store.db(), m_ctx.clock).unlock(user.id, password);
    if (!session || !session->has_value())
        return false;
    startSession(user);
    return true;
}

void SupervisorConsole::startSession(const store::UserInfo &user)
{
    m_signIn.cancel();
    if (Status s = m_ctx.session.start(user.id, user.name, user.roles, user.warehouseId); !s) {
        fail(s.error());
        return;
    }
    refresh();
    accept(tr("Signed in as %1.").arg(user.name));
    Q_EMIT signedIn();
}

bool SupervisorConsole::signOut()
{
    const qint64 userId = m_ctx.session.userId();
    const bool supervisor = ops::isSupervisor(m_ctx.session.roles());
    if (!m_ctx.session.signOut()) {
        refuse(m_ctx.session.lastError());
        return false;
    }
    sync::SyncEngine *engine = m_ctx.sync ? m_ctx.sync->engine() : nullptr;
    if (!supervisor)
        return true; // a receiving clerk: no server session to revoke
    if (engine && userId)
        engine->signOutUser(userId); // revoked on the server when it answers; forgotten here at once
    else if (userId)
        (void)store::UserSessions(m_ctx.store.db(), m_ctx.clock).remove(userId);
    return true;
}

bool SupervisorConsole::sessionAlive()
{
    sync::SyncEngine *engine = m_ctx.sync ? m_ctx.sync->engine() : nullptr;
    if (!engine || !engine->enrolled())
        return true; // no server to convince
    auto session = store::UserSessions(m_ctx.store.db(), m_ctx.clock).live(m_ctx.session.userId());
    if (session && session->has_value())
        return true;
    refuse(tr("Your supervisor session on this computer has ended: sign out and sign in again (online) before "
              "deciding. Decisions already saved are sent as they are."));
    return false;
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
    if (!requireRole(kind) || !sessionAlive())
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
    // The approval limit (the server's rule, user_policy): above it an admin decides. Said here, before
    // anything is recorded, instead of coming back refused.
    if (!m_ctx.session.roles().contains(QStringLiteral("admin"))) {
        auto limit = store::approvalLimitCents(m_ctx.store.db(), m_ctx.session.userId());
        if (!limit) {
            fail(limit.error());
            return false;
        }
        if (*limit) {
            QStringList over;
            for (qint64 id : ids) {
                const store::PendingAdjustment &a = m_table->at(m_table->rowOf(id));
                if (qAbs(AdjustmentTableModel::varianceCents(a)) > **limit)
                    over << AdjustmentTableModel::placeText(a);
            }
            if (!over.isEmpty()) {
                refuse(tr("%1 of these are worth more than your approval limit of %2: an administrator decides them "
                          "(%3). Uncheck them to approve the others.")
                           .arg(over.size())
                           .arg(QLocale().toString(double(**limit) / 100.0, 'f', 2),
                               over.mid(0, 3).join(QStringLiteral(", "))));
                return false;
            }
        }
    }
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

QVariantList SupervisorConsole::countPolicies() const
{
    QVariantList out;
    auto rows = store::countPolicies(m_ctx.store.db(), m_ctx.session.warehouseId());
    if (!rows)
        return out;
    for (const store::CountPolicyRow &p : std::as_const(*rows)) {
        const QString group = p.userGroup.isEmpty() ? tr("every counter") : tr("group “%1”").arg(p.userGroup);
        out.append(
            QVariantMap {{QStringLiteral("group"), p.userGroup}, {QStringLiteral("allWarehouses"), p.warehouseId == 0},
                {QStringLiteral("scope"),
                    p.warehouseId == 0 ? tr("Every warehouse, %1").arg(group) : tr("This warehouse, %1").arg(group)},
                {QStringLiteral("maxQty"), p.maxQty < 0 ? QString() : formatQuantity(p.maxQty)},
                {QStringLiteral("maxPercent"), p.maxPercent < 0 ? QString() : QLocale().toString(p.maxPercent, 'g', 6)},
                {QStringLiteral("maxValue"),
                    p.maxValueCents < 0 ? QString() : QLocale().toString(double(p.maxValueCents) / 100.0, 'f', 2)}});
    }
    return out;
}

bool SupervisorConsole::setCountPolicy(
    const QString &group, bool allWarehouses, const QString &maxQty, const QString &maxPercent, const QString &maxValue)
{
    if (!requireRole(ops::Kind::SetCountPolicy) || !sessionAlive())
        return false;
    if (allWarehouses && !m_ctx.session.roles().contains(QStringLiteral("admin"))) {
        refuse(tr("Only an administrator sets the thresholds of every warehouse."));
        return false;
    }
    ops::SetCountPolicy p;
    p.userGroup = group.trimmed();
    p.allWarehouses = allWarehouses;
    if (!maxQty.trimmed().isEmpty()) {
        const std::optional<Milli> q = parseQuantity(maxQty.trimmed());
        if (!q || *q < 0) {
            refuse(tr("“%1” is not a quantity.").arg(maxQty));
            return false;
        }
        p.maxQty = *q;
    }
    bool ok = true;
    if (!maxPercent.trimmed().isEmpty()) {
        p.maxPercent = QLocale().toDouble(maxPercent.trimmed(), &ok);
        if (!ok)
            p.maxPercent = maxPercent.trimmed().toDouble(&ok);
        if (!ok || p.maxPercent < 0) {
            refuse(tr("“%1” is not a percentage.").arg(maxPercent));
            return false;
        }
    }
    if (!maxValue.trimmed().isEmpty()) {
        double v = QLocale().toDouble(maxValue.trimmed(), &ok);
        if (!ok)
            v = maxValue.trimmed().toDouble(&ok);
        if (!ok || v < 0) {
            refuse(tr("“%1” is not an amount.").arg(maxValue));
            return false;
        }
        p.maxValueCents = qint64(std::llround(v * 100.0));
    }
    if (p.maxQty < 0 && p.maxPercent < 0 && p.maxValueCents < 0) {
        refuse(tr("Give at least one threshold, or remove the policy."));
        return false;
    }
    if (!record(p))
        return false;
    Q_EMIT decided();
    accept(tr("Thresholds saved. They are sent with the next sync and apply to the counts the server receives "
              "after them."));
    return true;
}

bool SupervisorConsole::removeCountPolicy(const QString &group, bool allWarehouses)
{
    if (!requireRole(ops::Kind::SetCountPolicy) || !sessionAlive())
        return false;
    if (allWarehouses && !m_ctx.session.roles().contains(QStringLiteral("admin"))) {
        refuse(tr("Only an administrator sets the thresholds of every warehouse."));
        return false;
    }
    ops::SetCountPolicy p;
    p.userGroup = group.trimmed();
    p.allWarehouses = allWarehouses;
    p.remove = true;
    if (!record(p))
        return false;
    Q_EMIT decided();
    accept(tr("Removal saved: once the server has it, the next wider thresholds apply."));
    return true;
}

QString SupervisorConsole::approvalLimitText() const
{
    if (!m_ctx.session.signedIn() || m_ctx.session.roles().contains(QStringLiteral("admin")))
        return {};
    auto limit = store::approvalLimitCents(m_ctx.store.db(), m_ctx.session.userId());
    if (!limit || !*limit)
        return {};
    return tr("Your approval limit: %1 per adjustment (above it, an administrator decides).")
        .arg(QLocale().toString(double(**limit) / 100.0, 'f', 2));
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
    if (listRow < 0 || listRow >= m_exceptions->count() || !m_exceptions->at(listRow).locationId) {
        refuse(tr("This exception names no location to count."));
        return false;
    }
    const ExceptionItem e = m_exceptions->at(listRow);
    const bool server = e.source == u"server";
    if (!requireRole(server ? ops::Kind::ResolveException : ops::Kind::RequestRecount) || !sessionAlive())
        return false;
    if (server && !e.open) {
        refuse(tr("This exception is resolved already."));
        return false;
    }
    // A server exception is resolved by its recount (the server creates the task and records who asked);
    // a refused operation of this device asks for a recount of its place.
    if (server ? !record(ops::ResolveException {e.id, ops::ResolveException::Action::Recount, QString()})
               : !record(ops::RequestRecount {0, e.locationId, e.productId}))
        return false;
    m_exceptions->refresh();
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

bool SupervisorConsole::needsNote(int listRow) const
{
    return listRow >= 0 && listRow < m_exceptions->count() && m_exceptions->at(listRow).source == u"server";
}

bool SupervisorConsole::acknowledge(int listRow, const QString &note)
{
    if (!m_ctx.session.signedIn()) {
        refuse(tr("Sign in first."));
        return false;
    }
    if (needsNote(listRow)) {
        const ExceptionItem e = m_exceptions->at(listRow);
        if (!e.open) {
            refuse(tr("This exception is resolved already."));
            return false;
        }
        if (note.trimmed().isEmpty()) {
            refuse(tr("Say in a note what you found or did: every device sees it with the resolution."));
            return false;
        }
        if (!requireRole(ops::Kind::ResolveException) || !sessionAlive())
            return false;
        if (!record(ops::ResolveException {e.id, ops::ResolveException::Action::Acknowledge, note.trimmed()}))
            return false;
        m_exceptions->refresh();
        Q_EMIT decided();
        accept(tr("Acknowledgement saved: it is sent with the next sync and every device sees it."));
        return true;
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
