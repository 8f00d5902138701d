// The common part of every guided flow: scans come in, are resolved against the store, and are either
// accepted (ok sound, next step) or refused (error sound, plain message, step unchanged). A refused scan
// puts the flow in the wrong-scan state (what was expected, what was scanned) until the next valid scan.
// Costly actions go through request() -> a confirmation with the consequence in numbers -> confirm().
#pragma once

#include "feedback.h"
#include "ops/kinds.h"
#include "uicontext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace stockhand::ui {

class FlowBase : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Flows are owned by HandheldApp")
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(stockhand::ui::Feedback::Level messageLevel READ messageLevel NOTIFY messageChanged)
    Q_PROPERTY(QString understood READ understood NOTIFY messageChanged)
    // The message is news: not the plain acknowledgement of a scan that moved to the next step (which
    // the step header already shows). Refusals, warnings and what was recorded are news.
    Q_PROPERTY(bool news READ news NOTIFY messageChanged)
    Q_PROPERTY(int step READ step NOTIFY stepChanged)
    // The last scan was refused: the screen shows it in red until the next valid scan.
    Q_PROPERTY(bool wrongScan READ wrongScan NOTIFY wrongScanChanged)
    Q_PROPERTY(QString wrongExpected READ wrongExpected NOTIFY wrongScanChanged) // what the step wants
    Q_PROPERTY(QString wrongScanned READ wrongScanned NOTIFY wrongScanChanged) // what came instead
    // A costly action waits for the worker's confirmation (request() -> confirm() or cancelConfirmation()).
    Q_PROPERTY(bool confirming READ confirming NOTIFY confirmationChanged)
    Q_PROPERTY(QString confirmAction READ confirmAction NOTIFY confirmationChanged)
    Q_PROPERTY(QString confirmTitle READ confirmTitle NOTIFY confirmationChanged)
    Q_PROPERTY(QString confirmText READ confirmText NOTIFY confirmationChanged)
    Q_PROPERTY(QString confirmLabel READ confirmLabel NOTIFY confirmationChanged)
    Q_PROPERTY(QString confirmAltLabel READ confirmAltLabel NOTIFY confirmationChanged) // empty: one choice
    // Quantity entry: allowed only once the step allows it (the product is scanned); "All N" enters the
    // open quantity; no decimal point for units counted in pieces.
    Q_PROPERTY(bool quantityEnabled READ quantityEnabled NOTIFY quantityRulesChanged)
    Q_PROPERTY(QString openQuantity READ openQuantity NOTIFY quantityRulesChanged)
    Q_PROPERTY(bool decimals READ decimals NOTIFY quantityRulesChanged)
    // After a code that means several things the step does not decide between: what it could be
    // ({kind, label, code}); the worker chooses one (choose()), never the device.
    Q_PROPERTY(QVariantList choices READ choices NOTIFY choicesChanged)

public:
    FlowBase(UiContext &context, QObject *parent);

    // One scan, as the scanner delivered it (symbology identifier and GS1 separators included).
    Q_INVOKABLE void scan(const QString &data);
    // The same from a keyboard-wedge scanner: a scan that resolves only through the scanner's keyboard
    // layout (a US-layout scanner on a German keyboard) is read back through it.
    void wedgeScan(const QString &data);

    QString message() const { return m_message; }
    Feedback::Level messageLevel() const { return m_level; }
    QString understood() const { return m_understood; }
    bool news() const { return m_news; }
    int step() const { return m_step; }
    QVariantList choices() const;
    Q_INVOKABLE void choose(int index);

    bool wrongScan() const { return m_wrongScan; }
    QString wrongExpected() const { return m_wrongExpected; }
    QString wrongScanned() const { return m_wrongScanned; }

    // Asks for a costly action ("skip", "short:<reason>", "finish", "close"): shows its consequence and
    // records nothing; an action that costs nothing now is done at once. False when refused.
    Q_INVOKABLE bool request(const QString &action);
    // Does the requested action (alternative: the second choice, e.g. close short instead of backorder).
    Q_INVOKABLE bool confirm(bool alternative = false);
    Q_INVOKABLE void cancelConfirmation();
    bool confirming() const { return !m_confirm.action.isEmpty(); }
    QString confirmAction() const { return m_confirm.action; }
    QString confirmTitle() const { return m_confirm.title; }
    QString confirmText() const { return m_confirm.text; }
    QString confirmLabel() const { return m_confirm.label; }
    QString confirmAltLabel() const { return m_confirm.altLabel; }

    virtual bool quantityEnabled() const { return false; }
    virtual QString openQuantity() const { return {}; }
    virtual bool decimals() const { return false; }
    // Units measured (kg, l, m, ...) take decimals; anything else is counted in whole pieces.
    static bool measuredUnit(const QString &uom);

Q_SIGNALS:
    void messageChanged();
    void stepChanged();
    void wrongScanChanged();
    void confirmationChanged();
    void quantityRulesChanged();
    void choicesChanged();
    void recorded(); // an operation was recorded durably

protected:
    struct Confirmation
    {
        QString action, title, text, label, altAction, altLabel;
    };
    // The consequence of an action: nullopt when refused (the flow has said why), an empty title when it
    // needs no confirmation (done at once).
    virtual std::optional<Confirmation> consequence(const QString &action)
    {
        Q_UNUSED(action);
        return std::nullopt;
    }
    virtual bool perform(const QString &action)
    {
        Q_UNUSED(action);
        return false;
    }
    // What the current step expects to be scanned ("A01-02-3-04", "SKU-00012"), for the wrong-scan state.
    virtual QString expectedScan() const { return {}; }
    void clearWrongScan();

    virtual void handleScan(const scan::Resolution &resolution) = 0;
    virtual scan::ScanContext scanContext() const { return {}; }
    // The text of the scan being handled (normalised: scan::normalizeInput).
    const QString &lastScan() const { return m_lastScan; }

    void setStep(int step);
    void accept(const QString &message); // ok sound
    void warn(const QString &message); // warning sound, the step goes on
    void refuse(const QString &message); // error sound, nothing changes
    void fail(const Error &error); // a store error: shown, nothing changes
    void clearMessage();
    // Refuses (and returns false) unless the signed-in user may send this kind (core/ops/kinds.h): the
    // server would reject the operation anyway, so the device does not record it.
    bool requireRole(ops::Kind kind);
    // Records an operation of the signed-in user (a core/ops payload) with the effects it predicts, in
    // one durable transaction; on failure the message says so and the result is false.
    template<typename P> bool record(const P &payload, ops::Effects effects = {})
    {
        return recordDraft(ops::draft(payload, 0, std::move(effects)));
    }
    bool recordDraft(OperationDraft draft);
    // The site confirms a line by itself when scans fill its quantity (store::SiteSettings::autoConfirm).
    bool autoConfirm() const { return m_ctx.site().autoConfirm; }

    UiContext &m_ctx;

private:
    void handleInput(const QString &data, bool keyboardWedge);
    void setChoices(const QList<scan::Match> &choices);

    QList<scan::Match> m_choices;

    QString m_lastScan;
    QString m_message;
    QString m_understood;
    Feedback::Level m_level = Feedback::None;
    int m_step = 0;
    bool m_scanning = false;
    bool m_recordedInScan = false;
    bool m_news = false;
    bool m_wrongScan = false;
    QString m_wrongExpected, m_wrongScanned;
    Confirmation m_confirm;
};

} // namespace stockhand::ui
