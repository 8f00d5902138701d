// The lines of the transfer on screen (pick, receive) and the locations of a count task.
#pragma once

#include "listmodelbase.h"
#include "store/counttasks.h"
#include "transferlines.h"

#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

class LineModel : public ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a flow")
    Q_PROPERTY(int currentRow READ currentRow NOTIFY currentRowChanged) // the list keeps it in view

public:
    enum Roles {
        LineIdRole = Qt::UserRole + 1,
        SkuRole,
        ProductNameRole,
        LocationRole,
        DestinationRole,
        LotRole,
        ExpectedRole,
        DoneRole,
        RemainingRole,
        StatusRole, // open, done, short, skipped
        CurrentRole,
        ReferenceRole,
        PendingRole, // on the current line: scanned or typed, not confirmed yet ("" when nothing)
    };
    Q_ENUM(Roles)

    explicit LineModel(QObject *parent = nullptr);
    // Open lines first (the current one on top of them), then the finished ones: the worker's next lines
    // are in view, done lines apart at the end.
    void setLines(const QList<TransferLine> &lines, qint64 currentLineId, Milli pending = 0);
    int currentRow() const { return m_currentRow; }

Q_SIGNALS:
    void currentRowChanged();

private:
    int m_currentRow = -1;
};

// A location of a count task, as the store reads it (core/store/counttasks.h).
using store::CountLocation;

class CountLineModel : public ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the count flow")

public:
    enum Roles { LineIdRole = Qt::UserRole + 1, LocationRole, ProductRole, CountedRole, CurrentRole };
    Q_ENUM(Roles)

    explicit CountLineModel(QObject *parent = nullptr);
    void setLines(const QList<CountLocation> &lines, qint64 currentLineId);
};

QString lineStateName(TransferLine::State state);

} // namespace stockhand::ui
