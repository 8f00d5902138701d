#include "connection.h"

#include "domain/devicereport.h"

#include <QUrlQuery>

namespace stockhand::sync {

QNetworkRequest Connection::request(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = server;
    url.setPath(url.path() + path);
    QUrlQuery q;
    q.setQueryItems(query);
    url.setQuery(q);
    QNetworkRequest r(url);
    r.setTransferTimeout(transferTimeoutMs);
    if (url.scheme() == u"https")
        r.setSslConfiguration(ssl);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token);
    if (!deviceReport.isEmpty())
        r.setRawHeader(DeviceReport::kHeader, deviceReport);
    return r;
}

} // namespace stockhand::sync
