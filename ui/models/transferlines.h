// A transfer line as a screen shows it. The lines themselves (the server's state plus this device's pending
// effects) come from the device store: core/store/transferlines.h.
#pragma once

#include "store/transferlines.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

// The device's one transfer line struct and its queries live in the store (core/store/transferlines.h).
using store::loadTransfer;
using store::loadTransferLines;
using store::TransferHeader;
using store::TransferLine;

// The current line for a screen (a value type: QML reads its fields).
class LineView
{
    Q_GADGET
    QML_VALUE_TYPE(lineView)
    Q_PROPERTY(qint64 lineId MEMBER lineId)
    Q_PROPERTY(QString sku MEMBER sku)
    Q_PROPERTY(QString productName MEMBER productName)
    Q_PROPERTY(QString uom MEMBER uom)
    Q_PROPERTY(bool tracked MEMBER tracked)
    Q_PROPERTY(QString location MEMBER location)
    Q_PROPERTY(QString destination MEMBER destination)
    Q_PROPERTY(QString lot MEMBER lot)
    Q_PROPERTY(QString expected MEMBER expected)
    Q_PROPERTY(QString done MEMBER done)
    Q_PROPERTY(QString remaining MEMBER remaining)
    Q_PROPERTY(QString reference MEMBER reference)

public:
    static LineView from(const TransferLine &line);
    qint64 lineId = 0;
    QString sku, productName, uom;
    bool tracked = false;
    QString location, destination, lot, expected, done, remaining, reference;
    bool operator==(const LineView &o) const = default;
};

} // namespace stockhand::ui
