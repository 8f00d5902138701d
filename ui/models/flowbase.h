// The common part of every guided flow: scans come in, are resolved against the store, and are either
// accepted (ok sound, next step) or refused (error sound, plain message, step unchanged).
#pragma once

#include "feedback.h"
#include "ops/kinds.h"
#include "uicontext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

class FlowBase : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Flows are owned by HandheldApp")
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(stockhand::ui::Feedback::Level messageLevel READ messageLevel NOTIFY messageChanged)
    Q_PROPERTY(QString understood READ understood NOTIFY messageChanged)
    Q_PROPERTY(int step READ step NOTIFY stepChanged)
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
    int step() const { return m_step; }
    QVariantList choices() const;
    Q_INVOKABLE void choose(int index);

Q_SIGNALS:
    void messageChanged();
    void stepChanged();
    void choicesChanged();
    void recorded(); // an operation was recorded durably

protected:
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
};

} // namespace stockhand::ui
