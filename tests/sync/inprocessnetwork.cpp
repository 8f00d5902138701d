#include "inprocessnetwork.h"

#include "domain/devicereport.h"
#include "domain/requestproof.h"

#include <QFile>
#include <QTimer>
#include <QUrlQuery>

namespace stockhand::test {

InProcessReply::InProcessReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, QObject *parent)
    : QNetworkReply(parent)
{
    setOperation(op);
    setRequest(request);
    setUrl(request.url());
    open(QIODevice::ReadOnly);
}

void InProcessReply::respond(const server::Response &response, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, response] {
        if (m_finished)
            return;
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, response.status);
        setHeader(QNetworkRequest::ContentTypeHeader, response.contentType);
        m_body = response.body;
        if (response.status >= 400)
            setError(response.status == 401  ? AuthenticationRequiredError
                    : response.status >= 500 ? InternalServerError
                                             : ProtocolInvalidOperationError,
                QStringLiteral("HTTP %1").arg(response.status));
        Q_EMIT metaDataChanged();
        Q_EMIT readyRead();
        finishNow();
    });
}

void InProcessReply::failWith(NetworkError error, const QString &text, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, error, text] {
        if (m_finished)
            return;
        setError(error, text);
        Q_EMIT errorOccurred(error);
        finishNow();
    });
}

void InProcessReply::hang()
{
    // What QNetworkAccessManager does for its own replies: the transfer timeout aborts the request.
    if (const int timeout = request().transferTimeout(); timeout > 0)
        failWith(OperationCanceledError, QStringLiteral("Operation canceled (transfer timeout)"), timeout);
}

void InProcessReply::abort()
{
    if (m_finished)
        return;
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    finishNow();
}

void InProcessReply::finishNow()
{
    m_finished = true;
    setFinished(true);
    Q_EMIT finished();
}

qint64 InProcessReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 InProcessReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, m_body.size() - m_offset);
    if (n <= 0)
        return m_finished ? -1 : 0;
    memcpy(data, m_body.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

InProcessNetwork::InProcessNetwork(server::ServerCore *core, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_core(core)
{ }

QNetworkReply *InProcessNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    auto *reply = new InProcessReply(op, request, this);
    server::Request r;
    r.method = op == PostOperation ? QByteArrayLiteral("POST")
        : op == CustomOperation    ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
                                   : QByteArrayLiteral("GET");
    r.path = request.url().path();
    for (const auto &[k, v] : QUrlQuery(request.url()).queryItems(QUrl::FullyDecoded))
        r.query.append({k, v});
    r.authorization = request.rawHeader("Authorization");
    r.deviceReport = request.rawHeader(DeviceReport::kHeader);
    r.userSession = request.rawHeader(kUserSessionHeader);
    r.range = request.rawHeader("Range");
    r.body = outgoingData ? outgoingData->readAll() : QByteArray();
    r.requestId = QStringLiteral("test-%1").arg(m_counts.value(r.path));
    const int index = m_counts[r.path]++;
    const Fault fault = faults ? faults(r.path, index) : Fault::None;
    switch (fault) {
    case Fault::DropRequest:
        reply->failWith(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"), 0);
        return reply;
    case Fault::Hang:
        reply->hang();
        return reply;
    case Fault::Http500:
        reply->respond(server::errorResponse(500, QStringLiteral("server.internal"), QStringLiteral("injected")), 0);
        return reply;
    case Fault::Http404:
        reply->respond(
            server::errorResponse(404, QStringLiteral("http.not-found"), QStringLiteral("No such page.")), 0);
        return reply;
    default:
        break;
    }
    server::Response response = m_core->handle(r); // the server commits here
    if (response.wait)
        response = m_core->notifyAnswer(response.waitFor);
    if (fault == Fault::DropResponse) {
        reply->failWith(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed"), 0);
        return reply;
    }
    if (!response.filePath.isEmpty()) { // a snapshot file: the range asked for, as the front end streams it
        QFile file(response.filePath);
        if (file.open(QIODevice::ReadOnly) && file.seek(response.fileOffset))
            response.body = file.read(response.fileLength);
    }
    if (fault == Fault::TruncateBody)
        response.body.truncate(response.body.size() / 2);
    reply->respond(response, fault == Fault::Slow ? 50 : 0);
    return reply;
}

} // namespace stockhand::test
