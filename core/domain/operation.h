// What a worker did: one struct for an operation on the device (its outbox row), on the wire (the push
// request) and on the server (its operation log row). docs/operations.md, docs/sync-protocol.md "Push".
#pragma once

#include "clock.h"
#include "ops/effect.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace stockhand {

// Pending on the device until the server answers; on the server a logged operation is Applied or Rejected.
enum class OpState { Pending, Applied, Duplicate, Rejected };
QString opStateName(OpState s);
std::optional<OpState> opStateFromName(QStringView name);

// An operation before it has been recorded: the store assigns sequence, uuid, device and time.
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
    QString uuid; // made on the device, canonical text (canonicalUuid()); the server applies each uuid once
    QString kind;
    QJsonObject payload;
    qint64 userId = 0;
    QString deviceId;
    QString localTime; // the device's clock when the worker acted, ISO 8601 with ms (it may be wrong); may be empty
    OpState state = OpState::Pending;
    QString errorCode;
    QString errorMessage;
    // A supervisor's proof (kinds of supervisor authority, ops::needsSession): the user session the server
    // issued to this user on this device, and an HMAC-SHA256 under that session's secret of this very
    // operation (proofMessage()), base64url. Both empty when the operation carries none.
    QString sessionId;
    QString sessionProof;

    QDateTime localDateTime() const { return QDateTime::fromString(localTime, Qt::ISODateWithMs); }

    // What the proof signs: uuid, kind, user_id, local_time and the payload as compact JSON (keys sorted,
    // as QJsonDocument writes them), one per line. A proof therefore cannot be moved to another operation,
    // user, time or payload.
    QByteArray proofMessage() const;
    // HMAC-SHA256 of proofMessage() under the session secret, base64url without padding.
    QString proofUnder(const QByteArray &sessionSecret) const;
    // Constant-time comparison of sessionProof with proofUnder(sessionSecret).
    bool proofValid(const QByteArray &sessionSecret) const;

    // The wire form of a pushed operation: uuid, seq, kind, user_id, local_time, payload, and
    // "session": {"id", "proof"} when it carries a proof.
    QJsonObject toJson() const;
    // The one reader of that form (the server's, before anything is written). The uuid comes back in its
    // canonical spelling and local_time as UTC with milliseconds (clock.h utcTime()); an unknown kind, a missing or
    // mistyped field is an error (request.invalid-uuid, request.wrong-type, request.unknown-kind) whose
    // message names the operation by its index in the request ("operations[3].seq must be ...").
    static Result<Operation> fromJson(const QJsonObject &o, qsizetype index);
};

// "0190f3a2-7c1e-7d3b-9a41-5f0c2e8b1d77": lower-case hex in 8-4-4-4-12 groups, not the nil UUID - what
// QUuid::toString(WithoutBraces) writes. Any other spelling QUuid reads is rewritten; empty when none.
QString canonicalUuid(QStringView text);
bool isCanonicalUuid(QStringView text);

} // namespace stockhand
