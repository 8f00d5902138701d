// OdooTransport over Odoo's JSON-RPC endpoint (POST <url>/jsonrpc) with Qt Network. Blocking: each call runs
// a local event loop until its answer (the connector runs in the CLI or on its own worker thread).
#pragma once

#include "odootransport.h"

#include <QNetworkAccessManager>
#include <QUrl>

namespace stockhand::odoo {

class JsonRpcTransport : public OdooTransport
{
public:
    explicit JsonRpcTransport(const QUrl &baseUrl, int timeoutMs = 60000);
    Result<QJsonValue> call(const QString &service, const QString &method, const QJsonArray &args) override;

private:
    QUrl m_endpoint;
    int m_timeoutMs;
    qint64 m_nextId = 1;
    QNetworkAccessManager m_nam;
};

// The JSON-RPC answer body as a result: `error` -> odoo.refused with data.message (data.name in front),
// no `result` key -> null (Odoo's None). Shared with the tests.
Result<QJsonValue> parseJsonRpcAnswer(const QByteArray &body);

} // namespace stockhand::odoo
