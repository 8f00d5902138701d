// The supervisor console of the desktop profile: the approvals table (pending count adjustments) and the
// exceptions list, with the decisions a supervisor takes on them. Every decision is an operation of
// core/ops recorded through the device store's outbox, exactly as the handheld flows record theirs; the
// server's verdict comes back through the outbox (the table's Decision column) and the feed.
#pragma once

#include "adjustmenttable.h"
#include "consoleexceptions.h"
#include "flowbase.h"
#include "kpimodel.h"
#include "reasonmodel.h"

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
    Q_PROPERTY(stockhand::ui::KpiModel *kpis READ kpis CONSTANT)
    Q_PROPERTY(QString openTransferKind READ openTransferKind NOTIFY transferOpened)

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
    KpiModel *kpis() { return m_kpis; }
    QString openTransferKind() const { return m_openTransferKind; }

    // The one place the console signs a supervisor in (today: badge + PIN, checked offline; a server-issued
    // session replaces the check here). A user without the supervisor or admin role is refused.
    Q_INVOKABLE bool signIn(const QString &badge, const QString &pin);

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

    // Exceptions, by the row of the exceptions list (ConsoleExceptionsModel, not the filter).
    Q_INVOKABLE QString describeExceptionRecount(int listRow) const;
    Q_INVOKABLE bool recountForException(int listRow);
    Q_INVOKABLE bool openTransfer(int listRow); // on the pick or receiving view model (its lines)
    Q_INVOKABLE void closeTransfer();
    Q_INVOKABLE bool acknowledge(int listRow);

Q_SIGNALS:
    void transferOpened();
    void decided(); // a decision was recorded

protected:
    void handleScan(const scan::Resolution &resolution) override;

private:
    QList<qint64> decidableIds(const QVariantList &ids, int decision);

    SignInFlow &m_signIn;
    PickFlow &m_pick;
    ReceiveFlow &m_receive;
    AdjustmentTableModel *m_table;
    AdjustmentFilterModel *m_filter;
    ConsoleExceptionsModel *m_exceptions;
    ExceptionFilterModel *m_exceptionFilter;
    ReasonModel *m_reasons;
    KpiModel *m_kpis;
    QString m_openTransferKind;
};

} // namespace stockhand::ui
