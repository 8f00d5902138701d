// The common part of every guided flow: scans come in, are resolved against the store, and are either
// accepted (ok sound, next step) or refused (error sound, plain message, step unchanged).
#pragma once

#include "feedback.h"
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

public:
    FlowBase(UiContext &context, QObject *parent);

    // One scan, as the scanner delivered it (symbology identifier and GS1 separators included).
    Q_INVOKABLE void scan(const QString &data);

    QString message() const { return m_message; }
    Feedback::Level messageLevel() const { return m_level; }
    QString understood() const { return m_understood; }
    int step() const { return m_step; }

Q_SIGNALS:
    void messageChanged();
    void stepChanged();
    void recorded(); // an operation was recorded durably

protected:
    virtual void handleScan(const scan::Resolution &resolution) = 0;
    virtual scan::ScanContext scanContext() const { return {}; }
    // The text of the scan being handled (without surrounding white space).
    const QString &lastScan() const { return m_lastScan; }

    void setStep(int step);
    void accept(const QString &message); // ok sound
    void warn(const QString &message); // warning sound, the step goes on
    void refuse(const QString &message); // error sound, nothing changes
    void fail(const Error &error); // a store error: shown, nothing changes
    void clearMessage();
    // Refuses (and returns false) unless the signed-in user has one of the roles (supervisors always do):
    // the server would reject the operation anyway, so the device does not record it.
    bool requireRole(std::initializer_list<const char *> roles);
    // Records an operation; on failure the message says so and the result is false.
    bool record(const QString &kind, const QJsonObject &payload, const ops::Effects &effects);

    UiContext &m_ctx;

private:
    QString m_lastScan;
    QString m_message;
    QString m_understood;
    Feedback::Level m_level = Feedback::None;
    int m_step = 0;
};

// Quantities go into payloads as exact decimal strings ("12.5").
QJsonValue qtyJson(Milli qty);

} // namespace stockhand::ui
