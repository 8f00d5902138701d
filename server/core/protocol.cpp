#include "protocol.h"

#include <QJsonDocument>

namespace stockhand::server {

QString Request::queryValue(const QString &key, const QString &fallback) const
{
    for (const auto &kv : query) {
        if (kv.first == key)
            return kv.second;
    }
    return fallback;
}

Response jsonResponse(int status, const QJsonObject &object)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

Response errorResponse(int status, const QString &code, const QString &message)
{
    return jsonResponse(status,
        QJsonObject {{QStringLiteral("error"),
            QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

} // namespace stockhand::server
