// Home: open work by kind. Task lists: the open transfers (picks, receipts) or count tasks to choose from.
#pragma once

#include "listmodelbase.h"
#include "uicontext.h"

#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

class TaskSummaryModel : public ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(int revision READ revision NOTIFY refreshed) // bindings on countOf() depend on it

public:
    enum Roles { KindRole = Qt::UserRole + 1, CountRole, AllowedRole };
    Q_ENUM(Roles)

    TaskSummaryModel(UiContext &context, QObject *parent = nullptr);
    Q_INVOKABLE void refresh();
    Q_INVOKABLE int countOf(const QString &kind) const;
    int revision() const { return m_revision; }

Q_SIGNALS:
    void refreshed();

private:
    UiContext &m_ctx;
    int m_revision = 0;
};

class TaskListModel : public ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged) // pick, receive, count

public:
    enum Roles { TaskIdRole = Qt::UserRole + 1, ReferenceRole, DetailRole, LinesRole, OpenLinesRole, RecountRole };
    Q_ENUM(Roles)

    TaskListModel(UiContext &context, QObject *parent = nullptr);
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    Q_INVOKABLE void refresh();
    // The ids of the first n tasks (a batch of picks in list order).
    Q_INVOKABLE QVariantList firstIds(int n) const;

Q_SIGNALS:
    void kindChanged();

private:
    UiContext &m_ctx;
    QString m_kind = QStringLiteral("pick");
};

} // namespace stockhand::ui
