// What a worker did, as the device records it and the server applies it (docs/operations.md).
#pragma once

#include "ops/effect.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace stockhand {

enum class OpState { Pending, Applied, Duplicate, Rejected };
QString opStateName(OpState s);
std::optional<OpState> opStateFromName(QStringView name);

// An operation before it has been recorded: the store assigns sequence, device and time.
struct OperationDraft
{
    QString kind;
    QJsonObject payload;
    qint64 userId = 0;
    ops::Effects effects {}; // what the device predicts; written with the operation in one transaction
};

struct Operation
{
    qint64 seq = 0; // device sequence: the order of the worker's actions on this device
    QUuid uuid; // made on the device; the server applies each uuid once
    QString kind;
    QJsonObject payload;
    qint64 userId = 0;
    QString deviceId;
    QDateTime localTime; // the device's clock, recorded as is (it may be wrong)
    OpState state = OpState::Pending;
    QString errorCode;
    QString errorMessage;
};

} // namespace stockhand
