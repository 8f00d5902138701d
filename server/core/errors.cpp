#include "errors.h"

#include <iterator>

namespace stockhand::server {

namespace {

// Exact codes first: the first row that matches wins.
const ErrorRule kRules[] = {
    {"request.too-large", 413, false, nullptr}, {"request.too-many-operations", 413, false, nullptr},
    // Content-Encoding other than gzip or identity; a gzip body that does not inflate is 400 (below).
    {"request.unsupported-encoding", 415, false, "request.bad-encoding"}, {"request.method", 405, false, nullptr},
    {"request.not-found", 404, false, nullptr},
    {"request.range", 416, false, nullptr}, // a Range outside the snapshot file
    {"request.", 400, false, nullptr}, {"auth.", 401, false, nullptr}, {"enrol.", 403, false, nullptr},
    {"role.", 403, false, nullptr}, // a push naming an operation its user may not send
    {"session.", 403, false, nullptr}, // a supervisor's decision without a valid session proof
    {"signin.locked", 429, false, nullptr}, // too many failed sign-ins: wait
    {"signin.", 403, false, nullptr}, {"feed.", 409, false, nullptr},
    {"device.unknown", 404, false, nullptr}, // fleet: no such device in the supervisor's warehouse
    {"warehouse.unknown", 404, false, nullptr},
    {"snapshot-file.", 404, false, nullptr}, // no snapshot file (off, failed to build, replaced): use the pages
    {"fleet.own-device", 409, false, nullptr}, // a device cannot revoke itself
    {"fleet.", 403, false, nullptr}, // another warehouse than the supervisor's
    {"storage.", 503, true, "server.storage"}, {"server.storage", 503, true, nullptr},
    {"server.busy", 503, true, nullptr}, // the front end's budget for bodies in flight is spent: retry
};
const ErrorRule kUnknown = {"", 500, true, "server.internal"};

bool matches(const ErrorRule &rule, const QString &code)
{
    const QLatin1String pattern(rule.code);
    return pattern.endsWith(QLatin1Char('.')) ? code.startsWith(pattern) : code == pattern;
}

} // namespace

const ErrorRule &errorRule(const Error &e)
{
    for (const ErrorRule &rule : kRules) {
        if (matches(rule, e.code))
            return rule;
    }
    return kUnknown;
}

Response errorResponse(const Error &e, const QJsonObject &details)
{
    const ErrorRule &rule = errorRule(e);
    const QString code = rule.sentAs ? QString::fromLatin1(rule.sentAs) : e.code;
    // A storage failure's own message speaks of the database: the device is told what to do instead.
    const QString message = e.code.startsWith(QLatin1String("storage."))
        ? QStringLiteral("Storage failure (%1); nothing was committed: retry.").arg(e.code)
        : e.message;
    QJsonObject error = details;
    error.insert(QStringLiteral("code"), code);
    error.insert(QStringLiteral("message"), message);
    return jsonResponse(rule.status, QJsonObject {{QStringLiteral("error"), error}});
}

OperationFailure operationFailure(const Error &e)
{
    if (!e.code.startsWith(QLatin1String("storage.")))
        return OperationFailure::Rejection;
    return e.code == QLatin1String("storage.constraint") ? OperationFailure::Constraint : OperationFailure::Storage;
}

} // namespace stockhand::server
