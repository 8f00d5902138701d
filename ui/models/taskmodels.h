// Home: open work by kind. Task lists: the open transfers (picks, receipts) or count tasks to choose from,
// urgent first, then by due time and zone, with the task this user is in the middle of to resume, and
// (picks) the orders ticked for a batch.
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
    // The task this user is in the middle of (their latest operation was about it), 0 when none.
    Q_PROPERTY(qint64 resumeId READ resumeId NOTIFY refreshed)
    Q_PROPERTY(QString resumeReference READ resumeReference NOTIFY refreshed)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)

public:
    enum Roles {
        TaskIdRole = Qt::UserRole + 1,
        ReferenceRole,
        DetailRole,
        LinesRole,
        OpenLinesRole,
        RecountRole,
        UrgentRole,
        DueRole, // "today", "26.11.", "14:00" ("" = not scheduled)
        ZoneRole,
        ResumeRole, // this user's task in progress
        SelectedRole // ticked for a batch
    };
    Q_ENUM(Roles)

    TaskListModel(UiContext &context, QObject *parent = nullptr);
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    Q_INVOKABLE void refresh();
    // The ids of the first n tasks (a batch of picks in list order).
    Q_INVOKABLE QVariantList firstIds(int n) const;
    qint64 resumeId() const { return m_resumeId; }
    QString resumeReference() const;
    // Batch picking: the picker ticks the orders, then starts them together (in list order).
    Q_INVOKABLE void toggleSelected(int row);
    Q_INVOKABLE QVariantList selectedIds() const;
    Q_INVOKABLE void clearSelection();
    int selectedCount() const { return int(m_selected.size()); }
    // The due time as the list shows it: a time today, else a short date.
    static QString dueText(const QString &scheduled, const QDateTime &now);

Q_SIGNALS:
    void kindChanged();
    void selectionChanged();
    void refreshed();

private:
    UiContext &m_ctx;
    QString m_kind = QStringLiteral("pick");
    qint64 m_resumeId = 0;
    QList<qint64> m_selected; // in the order ticked
};

} // namespace stockhand::ui
