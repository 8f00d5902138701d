// Enrolling a handheld by scanning the enrolment QR code a supervisor issued (docs/operations.md): on the
// sign-in page of a device that is not enrolled, "Enrol this device" waits for the code (camera or
// scanner), shows the server and the CA fingerprint it carries, and enrols only on confirmation, pinning
// that fingerprint over HTTPS (SyncEngine::enrol). A damaged or foreign code gets a clear message.
#pragma once

#include "domain/enrolmentpayload.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

class UiContext;

class EnrolFlow : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(bool available READ available NOTIFY changed) // a sync engine without a token
    Q_PROPERTY(int step READ step NOTIFY changed)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY changed)
    Q_PROPERTY(QString fingerprint READ fingerprint NOTIFY changed) // "sha256:…" or empty
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)

public:
    enum Step { Idle, Scan, Confirm, Enrolling, Done };
    Q_ENUM(Step)

    EnrolFlow(UiContext &context, QObject *parent = nullptr);

    bool available() const;
    int step() const { return m_step; }
    QString serverUrl() const { return m_payload.serverUrl; }
    QString fingerprint() const { return formatFingerprint(m_payload.caFingerprint); }
    QString code() const { return m_payload.code; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }
    // Whether scans go here now (waiting for the code), or this scan is an enrolment code anyway.
    bool wantsScan(const QString &data) const;

    Q_INVOKABLE void start(); // "Enrol this device": wait for the code
    Q_INVOKABLE void scan(const QString &data);
    Q_INVOKABLE void confirm(); // enrol with what the code says
    Q_INVOKABLE void cancel();
    void retranslate() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();
    void enrolled();

private:
    void set(Step step, const QString &message, bool failed);

    UiContext &m_ctx;
    int m_step = Idle;
    EnrolmentPayload m_payload;
    QString m_message;
    bool m_failed = false;
};

} // namespace stockhand::ui
