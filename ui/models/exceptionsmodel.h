// The device's exceptions inbox (device_exception, written by the sync engine) as the handheld shows it:
// operations the server rejected and those that follow a rejected one, each as a sentence in the worker's
// language, with the names of what it was about (transfer, location, product), the local time, advice for
// the signed-in user's role and the thing to open.
//
// Who sees what: a supervisor (or admin) sees every open entry of the device. Any other user sees only
// the entries about their own operations (they can redo or check them); entries about other users'
// operations or about no operation are for a supervisor, so a picker never has an alarm they cannot act on.
#pragma once

#include "listmodelbase.h"
#include "uicontext.h"

#include <QtQml/qqmlregistration.h>

namespace stockhand::store {
struct ExceptionEntry;
}

namespace stockhand::ui {

class ExceptionsModel : public ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    // The signed-in user reads every entry (a supervisor or admin) or only their own.
    Q_PROPERTY(bool supervisorView READ supervisorView NOTIFY countChanged)

public:
    enum Roles {
        KindRole = Qt::UserRole + 1,
        CodeRole,
        MessageRole,
        AdviceRole,
        TimeRole,
        SequenceRole,
        ExceptionIdRole,
        TitleRole, // "Pick refused"
        WhatRole, // one sentence per code, never the code itself
        AboutRole, // "WH1/PICK/00001 — A01-02-3-04 — SKU-0001 · Bolt M6"
        UserNameRole, // who recorded the operation
        ActionKindRole, // what the action opens: "transfer", "location", "product" or ""
        ActionIdRole,
        ActionTextRole, // "Open pick WH1/PICK/00001"
        TransferKindRole // pick, receipt, ...
    };
    Q_ENUM(Roles)

    ExceptionsModel(UiContext &context, QObject *parent = nullptr);
    Q_INVOKABLE void refresh();
    // The worker has seen it: it leaves this device's inbox (and the badge); the supervisor console still
    // lists it as acknowledged.
    Q_INVOKABLE bool resolve(int row);
    bool supervisorView() const;

    // What a worker should do about a rejection code.
    static QString advice(const QString &code);
    // What the signed-in user should do: a supervisor is told what to decide, not to ask a supervisor.
    static QString advice(const QString &code, bool supervisor);
    // What happened, one sentence per code (never the raw code).
    static QString what(const QString &code);
    // "Pick refused", "Receipt refused", ... (or "Problem reported" when about no operation).
    static QString title(const QString &opKind);
    // The device's ISO time (UTC, with milliseconds) as local time for the floor: "14:05" today, else the
    // short date and the time; never seconds or milliseconds.
    static QString localTime(const QString &iso, const QDateTime &now);

Q_SIGNALS:
    void resolved();

private:
    QVariantList row(const store::ExceptionEntry &e, bool supervisor) const;

    UiContext &m_ctx;
};

} // namespace stockhand::ui
