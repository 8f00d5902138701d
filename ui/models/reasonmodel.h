// Reason codes of one kind (short_pick, putaway_override, discrepancy, adjustment) from the store, each
// labelled in the language on screen (the server's labels per language, else its English label).
#pragma once

#include "listmodelbase.h"
#include "uicontext.h"

#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

class ReasonModel : public ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a flow")

public:
    enum Roles { CodeRole = Qt::UserRole + 1, LabelRole };
    Q_ENUM(Roles)

    ReasonModel(UiContext &context, QString kind, QObject *parent = nullptr);
    Q_INVOKABLE void refresh();
    bool contains(const QString &code) const;

private:
    UiContext &m_ctx;
    QString m_kind;
};

} // namespace stockhand::ui
