// The wire to Odoo behind one interface (docs/odoo.md): the connector's logic never sees HTTP. Odoo 17
// speaks JSON-RPC on POST /jsonrpc (JsonRpcTransport); Odoo 19 deprecates it for /json/2 with bearer keys,
// which becomes a second implementation of the same call. Recording and replay wrap any transport
// (transcript.h), so the suite runs the same logic live, while recording, and from committed transcripts.
#pragma once

#include "result.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace stockhand::odoo {

// Errors: odoo.unreachable (no answer: connection refused, timeout, a non-200 status; retry later),
// odoo.refused (Odoo answered with an error object: the message is Odoo's, data.name its exception class),
// odoo.malformed (an answer that is not JSON-RPC).
class OdooTransport
{
public:
    virtual ~OdooTransport() = default;
    // service "common" or "object", method "login", "version", "execute_kw"; args as Odoo takes them.
    // A method that returned None answers a null QJsonValue.
    virtual Result<QJsonValue> call(const QString &service, const QString &method, const QJsonArray &args) = 0;
};

inline bool isUnreachable(const Error &e)
{
    return e.code == QLatin1String("odoo.unreachable");
}

} // namespace stockhand::odoo
