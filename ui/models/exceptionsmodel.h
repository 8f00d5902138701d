// The device's exceptions inbox: operations the server rejected, and exceptions it reported back, each
// with the server's reason and what to do next.
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
    enum Roles { KindRole = Qt::UserRole + 1, CodeRole, MessageRole, AdviceRole, TimeRole, SequenceRole };
    Q_ENUM(Roles)

    ExceptionsModel(UiContext &context, QObject *parent = nullptr);
    Q_INVOKABLE void refresh();

    // What the worker should do about a rejection code.
    static QString advice(const QString &code);

private:
    UiContext &m_ctx;
};

} // namespace stockhand::ui
