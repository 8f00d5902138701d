// One table from an error to its answer: every failure the server core sends goes through
// errorResponse(const Error &), every failure of an operation's handler through operationFailure()
// (docs/sync-protocol.md, "How a client classifies a failure"). Storage backends report their failures
// as storage.* codes (storage.busy, storage.full, storage.io, storage.corrupt, storage.constraint,
// storage.failure); nothing here knows a database.
#pragma once

#include "protocol.h"
#include "result.h"

#include <QJsonObject>

namespace stockhand::server {

struct ErrorRule
{
    const char *code; // an error code, or a prefix ending in '.' ("auth.")
    int status; // the HTTP status
    bool retryable; // nothing was committed: the device sends the same request again later
    const char *sentAs; // the code the device sees; nullptr: the error's own code
};

// The row of the table that the error's code matches (exact codes before prefixes; unknown codes: 500).
const ErrorRule &errorRule(const Error &e);

// {"error": {"code": ..., "message": ...}} with the status of the error's rule; details are added to the
// error object ({"operation": {...}} when a push is refused because of one operation).
Response errorResponse(const Error &e, const QJsonObject &details = {});

// What an error returned by an operation's handler means: the rules' own rejection (op.*, role.*, ...),
// a write the data refused (a constraint: the operation is rejected op.invalid), or the storage failing
// (the batch is abandoned and the device retries it).
enum class OperationFailure { Rejection, Constraint, Storage };
OperationFailure operationFailure(const Error &e);

} // namespace stockhand::server
