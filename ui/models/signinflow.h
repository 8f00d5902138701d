// Sign-in on a shared device: scan the badge, type the PIN. Checked offline against the PIN hashes in
// the store (PBKDF2, core/auth/pinhash.h).
#pragma once

#include "flowbase.h"
#include "session.h"

namespace stockhand::ui {

class SignInFlow : public FlowBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(QString candidateName READ candidateName NOTIFY stepChanged)

public:
    enum Step { Badge, Pin };
    Q_ENUM(Step)

    SignInFlow(UiContext &context, QObject *parent = nullptr);

    QString candidateName() const { return m_name; }
    Q_INVOKABLE bool enterPin(const QString &pin);
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void signedIn();

protected:
    void handleScan(const scan::Resolution &resolution) override;
    scan::ScanContext scanContext() const override;

private:
    qint64 m_userId = 0;
    QString m_name;
};

} // namespace stockhand::ui
