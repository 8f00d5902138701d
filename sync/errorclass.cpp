#include "errorclass.h"

#include "domain/operation.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stockhand::sync {

Reply Reply::from(QNetworkReply *reply, RequestKind request, const QByteArray &body)
{
    Reply r;
    r.request = request;
    r.error = reply->error();
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (r.httpStatus >= 400) {
        const QJsonObject e = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
        r.code = e.value(QStringLiteral("code")).toString();
        r.message = e.value(QStringLiteral("message")).toString();
        r.operation
            = canonicalUuid(e.value(QStringLiteral("operation")).toObject().value(QStringLiteral("uuid")).toString());
    }
    if (r.message.isEmpty() && r.error != QNetworkReply::NoError)
        r.message = reply->errorString();
    return r;
}

Reply Reply::local(RequestKind request, const QString &code, const QString &message)
{
    Reply r;
    r.request = request;
    r.httpStatus = 200;
    r.code = code;
    r.message = message;
    return r;
}

QString Reply::describe(const QString &what, const QString &networkErrorText) const
{
    const QString text = message.isEmpty() ? networkErrorText : message;
    return what.isEmpty() ? text : QStringLiteral("%1 failed: %2").arg(what, text);
}

Decision classify(const Reply &r)
{
    const int s = r.httpStatus;
    if (s == 401)
        return Decision::Reenrol;
    if (s == 408 || s == 429 || s >= 500)
        return Decision::RetryLater;
    if (r.request == RequestKind::Push && (s == 400 || s == 413))
        return r.batch.size() > 1 ? Decision::ShrinkBatch : Decision::SetAsideOne;
    if (r.request == RequestKind::Push && s == 403 && !r.operation.isEmpty() && r.batch.contains(r.operation))
        return Decision::SetAsideOne;
    if (r.request == RequestKind::Feed && s == 409)
        return Decision::Resync;
    if (s >= 400)
        return Decision::Fatal;
    // No usable answer: refused, reset, timeout, TLS, DNS, proxy, a body cut off...
    if (r.error != QNetworkReply::NoError || (s != 0 && (s < 200 || s >= 300)))
        return Decision::RetryLater;
    // An answer arrived; a failure on this side (applying it, the store) may remain.
    if (r.code.isEmpty())
        return Decision::Proceed;
    if (r.request == RequestKind::Feed && r.code == u"feed.epoch-changed")
        return Decision::Resync;
    return Decision::RetryLater;
}

const char *decisionName(Decision d)
{
    switch (d) {
    case Decision::Proceed:
        return "proceed";
    case Decision::RetryLater:
        return "retry-later";
    case Decision::SetAsideOne:
        return "set-aside-one";
    case Decision::ShrinkBatch:
        return "shrink-batch";
    case Decision::Resync:
        return "resync";
    case Decision::Reenrol:
        return "reenrol";
    case Decision::Fatal:
        return "fatal";
    }
    return "?";
}

} // namespace stockhand::sync
