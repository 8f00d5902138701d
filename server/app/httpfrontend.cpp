#include "httpfrontend.h"

#include "errors.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUrlQuery>

#include <algorithm>
#include <set>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace stockhand::server {

namespace {

std::set<HttpFrontend *> &frontends()
{
    static std::set<HttpFrontend *> all;
    return all;
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QString processTag()
{
    static const QString tag = QString::number(QRandomGenerator::system()->generate() & 0xffffff, 16);
    return tag;
}

} // namespace

void wakeAllFrontends()
{
    for (HttpFrontend *f : frontends())
        f->checkWaiters();
}

HttpFrontend::HttpFrontend(ServerCore &core, ReaderPool *readers, QString scheme, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_core(core)
    , m_readers(readers)
    , m_scheme(std::move(scheme))
{
    frontends().insert(this);
    connect(this, &QObject::destroyed, this, [this] { frontends().erase(this); });
    m_clock.start();
    // Writes by other processes (import, another server) reach long polls within this period.
    m_waitTimer.setInterval(200);
    connect(&m_waitTimer, &QTimer::timeout, this, &HttpFrontend::checkWaiters);
}

HttpFrontend::~HttpFrontend()
{
    // A job still running would post its answer to a destroyed object; answers already posted are
    // discarded with this object's events.
    if (m_readers)
        m_readers->waitForDone();
}

void HttpFrontend::stopListening()
{
    const auto all = servers();
    for (QTcpServer *s : all)
        s->close();
}

int HttpFrontend::flushAll(int waitMs)
{
    const auto sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *s : sockets) {
        s->flush();
        while (waitMs > 0 && s->bytesToWrite() > 0 && s->state() == QAbstractSocket::ConnectedState
            && s->waitForBytesWritten(waitMs)) { }
    }
    return int(sockets.size());
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    Request request;
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path();
    request.query = httpRequest.query().queryItems(QUrl::FullyDecoded);
    request.authorization = httpRequest.value("authorization");
    request.userSession = httpRequest.value("x-stockhand-user-session");
    request.contentEncoding = httpRequest.value("content-encoding");
    request.acceptEncoding = httpRequest.value("accept-encoding");
    request.deviceReport = httpRequest.value("x-stockhand-device-report");
    request.body = httpRequest.body();
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    const QString given = QString::fromLatin1(httpRequest.value("x-request-id"));
    request.requestId = validId.match(given).hasMatch()
        ? given
        : processTag() + QLatin1Char('-') + QString::number(++m_requestCounter);

    // Answers go out at once (no Nagle), and the next request's segments are acknowledged at once (a
    // client whose Nagle holds back the end of a body waits for our ACK: 40 ms per request otherwise).
    // Linux clears TCP_QUICKACK again by itself, so it is re-armed whenever data arrives on the connection.
    static const char *const armed = "stockhand-quickack";
    if (!socket->property(armed).toBool()) {
        socket->setProperty(armed, true);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            const int one = 1;
            ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof(one));
        });
    }
    const int one = 1;
    ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof(one));
    const bool toReader = m_readers && ReaderPool::serves(request);
    if (toReader || hasDeferred(socket)) {
        Deferred &d = m_deferred.emplace_back(
            Deferred {++m_deferredCounter, QPointer<QTcpSocket>(socket), makeResponder(httpRequest, socket),
                request.requestId, request.method, request.path, timer, false, Response {}});
        if (toReader) {
            // The device's report is written here, on the writable connection; readers only read.
            m_core.recordDeviceReport(request);
            request.deviceReport.clear();
            m_readers->submit(request, this, [this, id = d.id](Response r) { readerAnswered(id, std::move(r)); });
            return true;
        }
        // Behind a reader's answer on this connection (a pipelining client): computed now, sent in turn.
        d.response = m_core.handle(request);
        if (d.response.wait) { // no parking behind another answer: the poll is answered as it stands
            const QString deviceId = d.response.deviceId;
            d.response = m_core.notifyAnswer(d.response.waitFor);
            d.response.deviceId = deviceId;
        }
        d.ready = true;
        if (request.method == "POST")
            wakeAllFrontends();
        return true;
    }
    Response response = m_core.handle(request);
    QHttpServerResponder responder = makeResponder(httpRequest, socket);
    if (response.wait) {
        m_parked.push_back(Parked {std::move(responder), QPointer<QTcpSocket>(socket), response.waitFor,
            m_clock.elapsed() + response.waitFor.timeoutMs, request.requestId, response.deviceId, timer});
        if (!m_waitTimer.isActive())
            m_waitTimer.start();
        return true;
    }
    send(responder, response, request.requestId);
    logLine(request.requestId, request.method, request.path, response, timer.elapsed());
    if (request.method == "POST")
        wakeAllFrontends();
    return true;
}

bool HttpFrontend::hasDeferred(const QTcpSocket *socket) const
{
    return std::any_of(
        m_deferred.cbegin(), m_deferred.cend(), [socket](const Deferred &d) { return d.socket.data() == socket; });
}

void HttpFrontend::readerAnswered(quint64 id, Response response)
{
    const auto it = std::find_if(m_deferred.begin(), m_deferred.end(), [id](const Deferred &d) { return d.id == id; });
    if (it == m_deferred.end()) // the device went away meanwhile: nobody to answer
        return;
    it->response = std::move(response);
    it->ready = true;
    sendReady(it->socket.data());
}

void HttpFrontend::sendReady(const QTcpSocket *socket)
{
    for (auto it = m_deferred.begin(); it != m_deferred.end();) {
        if (!it->socket) { // the device went away: its answer is dropped quietly
            it = m_deferred.erase(it);
            continue;
        }
        if (it->socket.data() != socket) {
            ++it;
            continue;
        }
        if (!it->ready)
            break; // an earlier answer of this connection is still being computed
        if (socket->state() == QAbstractSocket::ConnectedState) {
            send(it->responder, it->response, it->requestId);
            logLine(it->requestId, it->method, it->path, it->response, it->started.elapsed());
        }
        it = m_deferred.erase(it);
    }
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    send(responder, errorResponse(makeError("request.not-found", QStringLiteral("No such endpoint."))), QString());
}

void HttpFrontend::send(QHttpServerResponder &responder, const Response &response, const QString &requestId)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    if (!response.contentEncoding.isEmpty())
        responder.writeHeader("Content-Encoding", response.contentEncoding);
    if (!requestId.isEmpty())
        responder.writeHeader("X-Request-Id", requestId.toLatin1());
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

void HttpFrontend::checkWaiters()
{
    const qint64 now = m_clock.elapsed();
    QHash<qint64, qint64> cursors; // one feed read per warehouse, however many devices wait on it
    for (auto it = m_parked.begin(); it != m_parked.end();) {
        if (!it->socket) { // the device went away
            it = m_parked.erase(it);
            continue;
        }
        if (!cursors.contains(it->wait.warehouseId)) {
            auto c = m_core.warehouseCursor(it->wait.warehouseId);
            cursors.insert(it->wait.warehouseId, c ? c.value() : -1);
        }
        const qint64 cursor = cursors.value(it->wait.warehouseId);
        Response r = cursor < 0 ? errorResponse(makeError("server.storage", QStringLiteral("Read failed; retry.")))
                                : m_core.notifyAnswer(it->wait, cursor);
        const bool changed = cursor < 0 || cursor > it->wait.cursor;
        if (changed || now >= it->deadlineMs) {
            r.deviceId = it->deviceId;
            send(it->responder, r, it->requestId);
            logLine(it->requestId, "GET", QStringLiteral("/v1/notify"), r, it->started.elapsed());
            it = m_parked.erase(it);
        } else {
            ++it;
        }
    }
    if (m_parked.empty())
        m_waitTimer.stop();
}

void HttpFrontend::releaseWaiters()
{
    for (auto &p : m_parked) {
        if (!p.socket)
            continue;
        Response r = m_core.notifyAnswer(p.wait);
        send(p.responder, r, p.requestId);
        p.socket->flush();
    }
    m_parked.clear();
    m_waitTimer.stop();
}

void HttpFrontend::logLine(
    const QString &requestId, const QByteArray &method, const QString &path, const Response &response, qint64 ms) const
{
    // Never the query string's secrets or the body: tokens travel in a header, codes and PINs in bodies.
    qInfo().noquote() << QStringLiteral("req=%1 %2 %3 %4 status=%5 device=%6 bytes=%7 ms=%8")
                             .arg(requestId, m_scheme, QString::fromLatin1(method), path)
                             .arg(response.status)
                             .arg(response.deviceId.isEmpty() ? QStringLiteral("-") : response.deviceId)
                             .arg(response.body.size())
                             .arg(ms);
}

} // namespace stockhand::server
