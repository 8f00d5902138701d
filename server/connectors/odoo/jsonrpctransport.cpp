#include "jsonrpctransport.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace stockhand::odoo {

JsonRpcTransport::JsonRpcTransport(const QUrl &baseUrl, int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
    m_endpoint = baseUrl;
    QString path = m_endpoint.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    m_endpoint.setPath(path + QStringLiteral("jsonrpc"));
}

Result<QJsonValue> parseJsonRpcAnswer(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError("odoo.malformed", QStringLiteral("Odoo's answer is not a JSON-RPC object."));
    const QJsonObject o = doc.object();
    if (o.contains(QStringLiteral("error"))) {
        const QJsonObject e = o.value(QStringLiteral("error")).toObject();
        const QJsonObject data = e.value(QStringLiteral("data")).toObject();
        const QString name = data.value(QStringLiteral("name")).toString();
        QString message = data.value(QStringLiteral("message")).toString();
        if (message.isEmpty())
            message = e.value(QStringLiteral("message")).toString();
        return makeError("odoo.refused", name.isEmpty() ? message : name + QStringLiteral(": ") + message);
    }
    return o.value(QStringLiteral("result")); // absent: the method returned None (Undefined -> null below)
}

Result<QJsonValue> JsonRpcTransport::call(const QString &service, const QString &method, const QJsonArray &args)
{
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Odoo answers Connection: close; say so, one connection per call.
    request.setRawHeader("Connection", "close");
    request.setTransferTimeout(m_timeoutMs);
    const QJsonObject body {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
        {QStringLiteral("method"), QStringLiteral("call")}, {QStringLiteral("id"), m_nextId++},
        {QStringLiteral("params"),
            QJsonObject {{QStringLiteral("service"), service}, {QStringLiteral("method"), method},
                {QStringLiteral("args"), args}}}};
    QNetworkReply *reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netMessage = reply->errorString();
    reply->deleteLater();
    // Never log or return the request body: it carries the key.
    if (netError != QNetworkReply::NoError && status == 0)
        return makeError("odoo.unreachable",
            QStringLiteral("Odoo at %1: %2").arg(m_endpoint.toString(QUrl::RemoveUserInfo), netMessage));
    if (status != 200)
        return makeError("odoo.unreachable",
            QStringLiteral("Odoo at %1 answered HTTP %2.").arg(m_endpoint.toString(QUrl::RemoveUserInfo)).arg(status));
    auto parsed = parseJsonRpcAnswer(answer);
    if (parsed && parsed->isUndefined())
        return QJsonValue(QJsonValue::Null);
    return parsed;
}

} // namespace stockhand::odoo
