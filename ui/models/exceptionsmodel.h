// The device's exceptions inbox (device_exception, written by the sync engine): operations the server
// rejected and those that follow a rejected one, each with the server's reason and what to do next.
#pragma once

#include "listmodelbase.h"
#include "uicontext.h"

#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

class ExceptionsModel : public ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")

public:
    enum Roles {
        KindRole = Qt::UserRole + 1,
        CodeRole,
        MessageRole,
        AdviceRole,
        TimeRole,
        SequenceRole,
        ExceptionIdRole
    };
    Q_ENUM(Roles)

    ExceptionsModel(UiContext &context, QObject *parent = nullptr);
    Q_INVOKABLE void refresh();
    // The worker has dealt with it: it leaves the inbox (and the exceptions badge).
    Q_INVOKABLE bool resolve(int row);

    // What the worker should do about a rejection code.
    static QString advice(const QString &code);

Q_SIGNALS:
    void resolved();

private:
    UiContext &m_ctx;
};

} // namespace stockhand::ui
