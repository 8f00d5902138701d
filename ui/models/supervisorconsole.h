// The supervisor console of the desktop profile: the approvals table (pending count adjustments) and the
// exceptions list, with the decisions a supervisor takes on them. Every decision is an operation of
// core/ops recorded through the device store's outbox, exactly as the handheld flows record theirs; the
// server's verdict comes back through the outbox (the table's Decision column) and the feed.
#pragma once

#include "adjustmenttable.h"
#include "consoleexceptions.h"
#include "flowbase.h"
#include "reasonmodel.h"
#include "store/users.h"

namespace stockhand::ui {

class SignInFlow;
class PickFlow;
class ReceiveFlow;

class SupervisorConsole : public FlowBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(stockhand::ui::AdjustmentFilterModel *adjustments READ adjustments CONSTANT)
    Q_PROPERTY(stockhand::ui::AdjustmentTableModel *adjustmentTable READ adjustmentTable CONSTANT)
    Q_PROPERTY(stockhand::ui::ExceptionFilterModel *exceptions READ exceptions CONSTANT)
    Q_PROPERTY(stockhand::ui::ReasonModel *reasons READ reasons CONSTANT)
    Q_PROPERTY(QString openTransferKind READ openTransferKind NOTIFY transferOpened)
    Q_PROPERTY(bool signingIn READ signingIn NOTIFY signingInChanged)

public:
    enum Decision { Approve, Reject, Recount };
    Q_ENUM(Decision)

    SupervisorConsole(
        UiContext &context, SignInFlow &signIn, PickFlow &pick, ReceiveFlow &receive, QObject *parent = nullptr);

    AdjustmentFilterModel *adjustments() { return m_filter; }
    AdjustmentTableModel *adjustmentTable() { return m_table; }
    ExceptionFilterModel *exceptions() { return m_exceptionFilter; }
    ConsoleExceptionsModel *exceptionList() { return m_exceptions; }
    ReasonModel *reasons() { return m_reasons; }
    QString openTransferKind() const { return m_openTransferKind; }

    // The one place the console signs a supervisor in (docs/security.md): login or badge, and password.
    // On a device with a server the server checks the password and issues the session that proves the
    // supervisor's decisions (12 h by default); while that session lives, the same supervisor takes it up
    // again on this computer with the same password, also offline. A store without a server (a standalone
    // demo) checks badge + PIN as the handheld does. A user without the supervisor or admin role is
    // refused. true when signed in at once; false when refused (message) or when the server's answer is
    // awaited (signingIn; then signedIn() or a message).
    Q_INVOKABLE bool signIn(const QString &loginOrBadge, const QString &password);
    bool signingIn() const { return m_signingIn; }
    // Signs out here and revokes the session on the server (refused while decisions wait to be sent: they
    // need the session alive when they arrive).
    Q_INVOKABLE bool signOut();

    // Reloads the table and the exceptions from the store (after a sync, a decision, a sign-in).
    Q_INVOKABLE void refresh();
    // The language changed: headers, cells and the exceptions' texts again.
    void retranslate();

    // Empty when the reason and note satisfy the reason policy for that decision, else what is missing:
    // an approval needs a reason of kind adjustment; a rejection may go without; a reason whose policy
    // requires a note (reason_code.note_required) needs one.
    Q_INVOKABLE QString reasonProblem(int decision, const QString &reasonCode, const QString &note) const;
    // The confirmation that names what is decided (nothing irreversible happens on one click).
    Q_INVOKABLE QString describe(int decision, const QVariantList &adjustmentIds, const QString &reasonCode) const;
    Q_INVOKABLE QVariantList checkedIds() const;

    // Record the decisions (one operation per adjustment); false and a message when refused.
    Q_INVOKABLE bool approve(const QVariantList &adjustmentIds, const QString &reasonCode, const QString &note);
    Q_INVOKABLE bool reject(qint64 adjustmentId, const QString &reasonCode, const QString &note);
    Q_INVOKABLE bool requestRecount(qint64 adjustmentId);

    // The count thresholds (auto-approve policy) that apply in this warehouse, most specific first, as the
    // page shows them: [{group, allWarehouses, scope, maxQty, maxPercent, maxValue}] (text; "" = off).
    Q_INVOKABLE QVariantList countPolicies() const;
    // Sets the thresholds of a scope (the operation set_count_policy; the server applies it to counts it
    // receives afterwards). Empty text = that threshold off; maxValue in the currency ("50.00"). Only an
    // admin sets those of every warehouse.
    Q_INVOKABLE bool setCountPolicy(const QString &group, bool allWarehouses, const QString &maxQty,
        const QString &maxPercent, const QString &maxValue);
    Q_INVOKABLE bool removeCountPolicy(const QString &group, bool allWarehouses);
    // "Your approval limit: 500.00" or "" (none, or an admin).
    Q_INVOKABLE QString approvalLimitText() const;

    // Exceptions, by the row of the exceptions list (ConsoleExceptionsModel, not the filter).
    Q_INVOKABLE QString describeExceptionRecount(int listRow) const;
    Q_INVOKABLE bool recountForException(int listRow);
    Q_INVOKABLE bool openTransfer(int listRow); // on the pick or receiving view model (its lines)
    Q_INVOKABLE void closeTransfer();
    // A device inbox entry is acknowledged here; a server exception is resolved by an operation the server
    // records (who, when, the note) and every device sees: the note is required then.
    Q_INVOKABLE bool acknowledge(int listRow, const QString &note = QString());
    Q_INVOKABLE bool needsNote(int listRow) const; // a server exception: acknowledging needs a note

Q_SIGNALS:
    void transferOpened();
    void decided(); // a decision was recorded
    void signingInChanged();
    void signedIn();

protected:
    void handleScan(const scan::Resolution &resolution) override;

private:
    void startSession(const store::UserInfo &user);
    bool unlockOffline(const store::UserInfo &user, const QString &password);
    // A decision needs the supervisor's live session on a device with a server (else the server refuses it).
    bool sessionAlive();
    QList<qint64> decidableIds(const QVariantList &ids, int decision);

    SignInFlow &m_signIn;
    PickFlow &m_pick;
    ReceiveFlow &m_receive;
    AdjustmentTableModel *m_table;
    AdjustmentFilterModel *m_filter;
    ConsoleExceptionsModel *m_exceptions;
    ExceptionFilterModel *m_exceptionFilter;
    ReasonModel *m_reasons;
    QString m_openTransferKind;
    bool m_signingIn = false;
};

} // namespace stockhand::ui
