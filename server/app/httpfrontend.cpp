#include "httpfrontend.h"

#include "errors.h"
#include "storage/postgresql/pgadmin.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <microhttpd.h>

#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cstring>
#include <set>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace stockhand::server {

// One request on its way. Made by the front end's thread when the headers are in, deleted there when the
// request is done; in between, while the connection is suspended, the main thread owns it.
struct Exchange
{
    quint64 id = 0;
    MHD_Connection *connection = nullptr;
    Request request;
    QElapsedTimer started;
    bool refused = false; // answered by the front end's thread: the rest of the body is not read
    bool bodyAnnounced = false; // a Content-Length above 0 or a chunked body
    qint64 limit = 0; // the most body bytes this request may send
    qint64 reserved = 0; // bytes of the body budget held
    std::atomic<bool> answered {false}; // by the main thread: queue `reply` when the connection resumes
    unsigned status = 0;
    MHD_Response *reply = nullptr;
    bool counted = false; // in HttpFrontend::m_sending
};

namespace {

Q_LOGGING_CATEGORY(lcHttp, "stockhand.server.http", QtInfoMsg)
// One line per push group (its size, the time to apply it and to commit it), for tuning.
Q_LOGGING_CATEGORY(lcGroups, "stockhand.server.groups", QtWarningMsg)

// How long a connection refused before its body was read is drained after the answer, at most.
constexpr qint64 kLingerMs = 2000;
constexpr size_t kMaxLingering = 1024;

// An unauthenticated request (enrolment, /health) carries at most this much: an enrolment is a code and a name.
constexpr qint64 kAnonymousBodyBytes = 64 * 1024;

std::set<HttpFrontend *> &frontends()
{
    static std::set<HttpFrontend *> all;
    return all;
}

QString processTag()
{
    static const QString tag = QString::number(QRandomGenerator::system()->generate() & 0xffffff, 16);
    return tag;
}

QByteArray header(MHD_Connection *c, const char *name)
{
    const char *v = MHD_lookup_connection_value(c, MHD_HEADER_KIND, name);
    return v ? QByteArray(v) : QByteArray();
}

MHD_Result collectQuery(void *cls, MHD_ValueKind, const char *key, const char *value)
{
    // Unescaped here, as QUrlQuery(FullyDecoded) did: %XX only, a '+' stays a '+'.
    static_cast<QList<QPair<QString, QString>> *>(cls)->append(
        {QUrl::fromPercentEncoding(QByteArray(key)), value ? QUrl::fromPercentEncoding(QByteArray(value)) : QString()});
    return MHD_YES;
}

// MHD leaves the path and the query as sent; collectQuery and headers() decode them.
size_t keepEscaped(void *, MHD_Connection *, char *s)
{
    return std::strlen(s);
}

void logFromMhd(void *, const char *format, va_list ap)
{
    char line[512];
    std::vsnprintf(line, sizeof line, format, ap);
    qCDebug(lcHttp).noquote() << QString::fromLocal8Bit(line).trimmed();
}

MHD_Response *toMhd(Response &r, const QString &requestId)
{
    MHD_Response *m = nullptr;
    if (!r.filePath.isEmpty()) { // a snapshot file: streamed from disk, MHD closes the descriptor
        const int fd = ::open(QFile::encodeName(r.filePath).constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0)
            m = MHD_create_response_from_fd_at_offset64(quint64(r.fileLength), fd, quint64(r.fileOffset));
        if (!m) {
            if (fd >= 0)
                ::close(fd);
            r = errorResponse(makeError("snapshot-file.gone", QStringLiteral("The file is gone: ask again.")));
        }
    }
    if (!m) {
        auto *body = new QByteArray(std::move(r.body));
        m = MHD_create_response_from_buffer_with_free_callback_cls(
            size_t(body->size()), body->data(), [](void *cls) { delete static_cast<QByteArray *>(cls); }, body);
    }
    for (const auto &[name, value] : std::as_const(r.headers))
        MHD_add_response_header(m, name.constData(), value.constData());
    MHD_add_response_header(m, "Content-Type", r.contentType.constData());
    if (!r.contentEncoding.isEmpty())
        MHD_add_response_header(m, "Content-Encoding", r.contentEncoding.constData());
    if (!requestId.isEmpty())
        MHD_add_response_header(m, "X-Request-Id", requestId.toLatin1().constData());
    if (r.status == 503)
        MHD_add_response_header(m, "Retry-After", "1");
    return m;
}

// A client whose Nagle holds back the end of a body waits for our ACK (40 ms per request otherwise); Linux
// clears TCP_QUICKACK by itself, so it is armed again whenever data arrives.
void quickAck(MHD_Connection *c)
{
    if (const MHD_ConnectionInfo *i = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD)) {
        const int one = 1;
        ::setsockopt(i->connect_fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof(one));
    }
}

Response busy(const QString &message)
{
    return errorResponse(makeError("server.busy", message));
}

} // namespace

struct MhdCallbacks
{
    static MHD_Result request(void *cls, MHD_Connection *connection, const char *url, const char *method, const char *,
        const char *data, size_t *size, void **context)
    {
        auto *front = static_cast<HttpFrontend *>(cls);
        quickAck(connection);
        auto *ex = static_cast<Exchange *>(*context);
        if (!ex) { // the headers are in
            ex = new Exchange;
            *context = ex;
            ex->id = ++front->m_exchangeCounter;
            ex->connection = connection;
            ex->started.start();
            ex->request.path = QUrl::fromPercentEncoding(QByteArray(url));
            front->headers(*ex, connection, method);
            return MHD_YES;
        }
        if (ex->answered) { // resumed by the main thread with its answer
            const MHD_Result r = MHD_queue_response(connection, ex->status, ex->reply);
            MHD_destroy_response(ex->reply);
            ex->reply = nullptr;
            return r;
        }
        if (*size > 0) {
            const size_t n = *size;
            *size = 0;
            return ex->refused || front->body(*ex, connection, data, n) ? MHD_YES : MHD_NO;
        }
        if (!ex->refused)
            front->complete(*ex, connection);
        return MHD_YES;
    }

    static void connection(void *cls, MHD_Connection *c, void **, MHD_ConnectionNotificationCode code)
    {
        if (code != MHD_CONNECTION_NOTIFY_CLOSED)
            return;
        auto *front = static_cast<HttpFrontend *>(cls);
        const MHD_ConnectionInfo *i = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
        if (!i)
            return;
        {
            std::lock_guard lock(front->m_mutex);
            if (front->m_lingerWanted.erase(i->connect_fd) == 0 || front->m_stopping)
                return;
        }
        // MHD closes its descriptor next; with unread data that would send a reset, which may make the
        // client drop the answer it has not read yet. A copy keeps the socket open: FIN now, drain, close.
        const int fd = ::dup(i->connect_fd);
        if (fd < 0)
            return;
        ::shutdown(fd, SHUT_WR);
        QMetaObject::invokeMethod(
            front, [front, fd] { front->linger(fd); }, Qt::QueuedConnection);
    }

    static void completed(void *cls, MHD_Connection *, void **context, MHD_RequestTerminationCode)
    {
        if (auto *ex = static_cast<Exchange *>(*context)) {
            *context = nullptr;
            static_cast<HttpFrontend *>(cls)->done(ex);
        }
    }
};

bool BodyBudget::reserve(qint64 bytes)
{
    qint64 used = m_used.load();
    do {
        if (used + bytes > m_limit)
            return false;
    } while (!m_used.compare_exchange_weak(used, used + bytes));
    return true;
}

void wakeAllFrontends()
{
    for (HttpFrontend *f : frontends())
        f->checkWaiters();
}

HttpFrontend::HttpFrontend(ServerCore &core, ReaderPool *readers, BodyBudget &budget, QString scheme, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_readers(readers)
    , m_budget(budget)
    , m_scheme(std::move(scheme))
    , m_maxBodyBytes(core.config().maxBodyBytes)
{
    frontends().insert(this);
    m_clock.start();
    // Writes by other processes (import, another server) reach long polls within this period.
    m_waitTimer.setInterval(200);
    connect(&m_waitTimer, &QTimer::timeout, this, &HttpFrontend::checkWaiters);
    // Commits of other processes wake the long polls of every front end at once where the backend announces
    // them (one notifier per process: the first front end's).
    if (std::none_of(frontends().cbegin(), frontends().cend(),
            [](const HttpFrontend *f) { return f->m_feedNotifier != nullptr; }))
        watchFeed();
    m_lingerTimer.setInterval(250);
    connect(&m_lingerTimer, &QTimer::timeout, this, [this] { closeLingering(kLingerMs); });
}

void HttpFrontend::watchFeed()
{
    const int fd = m_core.storage().feedNotifySocket();
    if (m_feedNotifier && m_feedNotifier->socket() == fd)
        return;
    if (m_feedNotifier) // the listening connection was lost and opened again (or not: the timer polls)
        m_feedNotifier.release()->deleteLater();
    if (fd < 0)
        return;
    m_feedNotifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connect(m_feedNotifier.get(), &QSocketNotifier::activated, this, [this] {
        const bool announced = m_core.storage().consumeFeedNotifications();
        watchFeed();
        if (announced)
            wakeAllFrontends();
    });
}

HttpFrontend::~HttpFrontend()
{
    frontends().erase(this);
    // A job still running would post its answer to a destroyed object; answers already posted are
    // discarded with this object's events.
    if (m_readers)
        m_readers->waitForDone();
    stop(0);
}

Result<quint16> HttpFrontend::start(const QHostAddress &address, quint16 port, const HttpLimits &limits,
    const QString &databasePath, const QByteArray &certificatePem, const QByteArray &keyPem)
{
    m_limits = limits;
    m_certificatePem = certificatePem;
    m_keyPem = keyPem;
    db::OpenOptions options;
    options.create = false;
    options.readOnly = true; // token lookups only
    options.cacheSizeKiB = 2048;
    auto gate = openServer(databasePath, m_core.clock(), m_core.config(), options);
    if (!gate)
        return gate.error();
    m_gate = std::move(gate.value());

    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    sockaddr_storage ss {};
    socklen_t length = 0;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&ss);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        const Q_IPV6ADDR ip = address.toIPv6Address();
        std::memcpy(&a->sin6_addr, &ip, sizeof(ip));
        length = sizeof(sockaddr_in6);
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&ss);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    const auto cannotListen = [&] {
        return makeError("serve.listen", QStringLiteral("Cannot listen on %1:%2.").arg(address.toString()).arg(port));
    };
    m_listenFd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    const int one = 1;
    if (m_listenFd < 0 || ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) != 0
        || ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&ss), length) != 0 || ::listen(m_listenFd, 1024) != 0
        || ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&ss), &length) != 0)
        return cannotListen();
    const quint16 bound
        = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&ss)->sin6_port : reinterpret_cast<sockaddr_in *>(&ss)->sin_port);

    unsigned flags = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    if (v6)
        flags |= MHD_USE_IPv6;
    std::vector<MHD_OptionItem> o {
        {MHD_OPTION_EXTERNAL_LOGGER, reinterpret_cast<intptr_t>(&logFromMhd), nullptr},
        {MHD_OPTION_LISTEN_SOCKET, m_listenFd, nullptr},
        {MHD_OPTION_CONNECTION_LIMIT, limits.maxConnections, nullptr},
        {MHD_OPTION_PER_IP_CONNECTION_LIMIT, limits.maxConnectionsPerAddress, nullptr},
        {MHD_OPTION_CONNECTION_TIMEOUT, limits.headerTimeoutSecs, nullptr},
        {MHD_OPTION_NOTIFY_COMPLETED, reinterpret_cast<intptr_t>(&MhdCallbacks::completed), this},
        {MHD_OPTION_NOTIFY_CONNECTION, reinterpret_cast<intptr_t>(&MhdCallbacks::connection), this},
        {MHD_OPTION_UNESCAPE_CALLBACK, reinterpret_cast<intptr_t>(&keepEscaped), nullptr},
    };
    if (!m_certificatePem.isEmpty()) {
        flags |= MHD_USE_TLS;
        o.push_back({MHD_OPTION_HTTPS_MEM_CERT, 0, const_cast<char *>(m_certificatePem.constData())});
        o.push_back({MHD_OPTION_HTTPS_MEM_KEY, 0, const_cast<char *>(m_keyPem.constData())});
    }
    o.push_back({MHD_OPTION_END, 0, nullptr});
    m_daemon = MHD_start_daemon(
        flags, 0, nullptr, nullptr, &MhdCallbacks::request, this, MHD_OPTION_ARRAY, o.data(), MHD_OPTION_END);
    if (!m_daemon)
        return m_certificatePem.isEmpty()
            ? cannotListen()
            : makeError("config.tls", QStringLiteral("The TLS certificate or key was refused (GnuTLS)."));
    return bound;
}

void HttpFrontend::headers(Exchange &ex, MHD_Connection *c, const char *method)
{
    Request &r = ex.request;
    r.method = method;
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, &collectQuery, &r.query);
    r.authorization = header(c, "Authorization");
    r.userSession = header(c, "X-Stockhand-User-Session");
    r.contentEncoding = header(c, "Content-Encoding");
    r.acceptEncoding = header(c, "Accept-Encoding");
    r.deviceReport = header(c, "X-Stockhand-Device-Report");
    r.range = header(c, "Range");
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    const QString given = QString::fromLatin1(header(c, "X-Request-Id"));
    r.requestId = validId.match(given).hasMatch()
        ? given
        : processTag() + QLatin1Char('-') + QString::number(++m_requestCounter);
    bool lengthOk = false;
    const QByteArray lengthHeader = header(c, "Content-Length");
    const qint64 length = lengthHeader.isEmpty() ? 0 : lengthHeader.trimmed().toLongLong(&lengthOk);
    const bool chunked = header(c, "Transfer-Encoding").toLower().contains("chunked");
    ex.bodyAnnounced = length > 0 || chunked || (!lengthHeader.isEmpty() && !lengthOk);
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return refuse(ex, c, busy(QStringLiteral("The server is shutting down; retry.")));
    }
    // What the core would answer first, decided before a byte of the body is read.
    const std::optional<Endpoint> endpoint = endpointOf(r.path);
    if (!endpoint)
        return refuse(ex, c, errorResponse(makeError("request.not-found", QStringLiteral("No such endpoint."))));
    const auto wrongMethod = [&] {
        return errorResponse(
            makeError("request.method", QStringLiteral("Use %1.").arg(QString::fromLatin1(endpoint->method))));
    };
    if (!endpoint->device && r.method != endpoint->method)
        return refuse(ex, c, wrongMethod());
    if (endpoint->device) {
        auto device = m_gate->devices().authenticate(r.authorization);
        if (!device) // 401 auth.*, or 503 when the storage failed
            return refuse(ex, c, errorResponse(device.error()));
        if (r.method != endpoint->method)
            return refuse(ex, c, wrongMethod());
    }
    ex.limit = endpoint->device ? m_maxBodyBytes : std::min(m_maxBodyBytes, kAnonymousBodyBytes);
    if ((!lengthHeader.isEmpty() && !lengthOk) || length > ex.limit)
        return refuse(ex, c,
            errorResponse(
                makeError("request.too-large", QStringLiteral("The body is larger than %1 bytes.").arg(ex.limit))));
    if (length > 0 || chunked) {
        if (length > 0 && !m_budget.reserve(length))
            return refuse(ex, c, busy(QStringLiteral("Too many requests are sending bodies; retry.")));
        ex.reserved = length;
        r.body.reserve(length);
        MHD_set_connection_option(c, MHD_CONNECTION_OPTION_TIMEOUT, unsigned(m_limits.bodyTimeoutSecs));
    }
}

bool HttpFrontend::body(Exchange &ex, MHD_Connection *c, const char *data, size_t size)
{
    const qint64 total = ex.request.body.size() + qint64(size);
    if (total > ex.limit) // a chunked body past the limit
        return refuseMidBody(ex, c,
            errorResponse(
                makeError("request.too-large", QStringLiteral("The body is larger than %1 bytes.").arg(ex.limit))));
    if (total > ex.reserved) {
        if (!m_budget.reserve(total - ex.reserved))
            return refuseMidBody(ex, c, busy(QStringLiteral("Too many requests are sending bodies; retry.")));
        ex.reserved = total;
    }
    ex.request.body.append(data, qsizetype(size));
    return true;
}

bool HttpFrontend::refuseMidBody(Exchange &ex, MHD_Connection *c, Response response)
{
    // A chunked body that passes the limit, or a body the budget cannot hold any more. MHD 0.9.75 takes no
    // answer while a body arrives (MHD_queue_response refuses it, suspended or not), so on plain HTTP the
    // answer is written to the socket here — MHD has nothing of its own to send on it — and the connection
    // closed with a FIN and a short drain (wantLinger), never a reset that could lose the answer. Over TLS
    // the socket belongs to GnuTLS: the connection is closed without an answer; the log says what it was.
    ex.refused = true;
    ex.request.body = QByteArray();
    logLine(ex, response);
    if (m_certificatePem.isEmpty()) {
        if (const MHD_ConnectionInfo *i = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD)) {
            const char *reason = MHD_get_reason_phrase_for(unsigned(response.status));
            QByteArray raw = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + (reason ? reason : "")
                + "\r\nConnection: close\r\nContent-Type: " + response.contentType
                + "\r\nContent-Length: " + QByteArray::number(response.body.size());
            if (!ex.request.requestId.isEmpty())
                raw += "\r\nX-Request-Id: " + ex.request.requestId.toLatin1();
            if (!response.contentEncoding.isEmpty())
                raw += "\r\nContent-Encoding: " + response.contentEncoding;
            if (response.status == 503)
                raw += "\r\nRetry-After: 1";
            raw += "\r\n\r\n" + response.body;
            // Nothing else is queued on this socket: a short answer fits its empty send buffer whole.
            (void)::send(i->connect_fd, raw.constData(), size_t(raw.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
            wantLinger(c);
        }
    }
    return false;
}

void HttpFrontend::wantLinger(MHD_Connection *c)
{
    if (const MHD_ConnectionInfo *i = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD)) {
        std::lock_guard lock(m_mutex);
        m_lingerWanted.insert(i->connect_fd);
    }
}

void HttpFrontend::complete(Exchange &ex, MHD_Connection *c)
{
    // Between this answer and the next request's headers, the connection may idle this long.
    MHD_set_connection_option(c, MHD_CONNECTION_OPTION_TIMEOUT, unsigned(m_limits.idleTimeoutSecs));
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_waiting.emplace(ex.id, &ex);
            MHD_suspend_connection(c);
            QMetaObject::invokeMethod(
                this, [this, id = ex.id] { dispatch(id); }, Qt::QueuedConnection);
            return;
        }
    }
    refuse(ex, c, busy(QStringLiteral("The server is shutting down; retry.")));
}

void HttpFrontend::refuse(Exchange &ex, MHD_Connection *c, Response response)
{
    ex.refused = true;
    if (ex.bodyAnnounced)
        wantLinger(c);
    logLine(ex, response);
    const auto status = unsigned(response.status);
    MHD_Response *m = toMhd(response, ex.request.requestId);
    MHD_queue_response(c, status, m);
    MHD_destroy_response(m);
}

void HttpFrontend::done(Exchange *ex)
{
    m_budget.release(ex->reserved);
    if (ex->reply) // answered, but the connection ended before the answer was queued
        MHD_destroy_response(ex->reply);
    if (ex->counted) {
        std::lock_guard lock(m_mutex);
        --m_sending;
        m_sent.notify_all();
    }
    delete ex;
}

Exchange *HttpFrontend::waiting(quint64 id)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_waiting.find(id);
    return it == m_waiting.end() ? nullptr : it->second; // none: answered at shutdown meanwhile
}

void HttpFrontend::dispatch(quint64 id)
{
    Exchange *ex = waiting(id);
    if (!ex)
        return;
    Request &request = ex->request;
    if (m_readers && ReaderPool::serves(request)) {
        // The device's report is written here, on the writable connection; readers only read.
        m_core.recordDeviceReport(request);
        request.deviceReport.clear();
        m_readers->submit(request, this, [this, id](Response r) { answer(id, std::move(r)); });
        return;
    }
    if (request.method == "POST" && request.path == QLatin1String("/v1/push")) {
        // Group commit: pushes wait here for the drain posted after them, which takes every push dispatched
        // meanwhile — while a group commits, the pushes that arrive form the next group. A push alone is a
        // group of one, answered as soon as the event loop reaches the drain.
        m_core.recordDeviceReport(request); // outside the group's transaction
        request.deviceReport.clear();
        m_pushes.push_back(id);
        if (!m_drainPosted) {
            m_drainPosted = true;
            QMetaObject::invokeMethod(this, &HttpFrontend::drainPushes, Qt::QueuedConnection);
        }
        return;
    }
    Response response = m_core.handle(request);
    const bool wrote = request.method == "POST";
    request.body = QByteArray(); // read: its memory goes back now, its budget when the request is done
    if (response.wait) {
        m_parked.push_back(
            Parked {id, response.waitFor, m_clock.elapsed() + response.waitFor.timeoutMs, response.deviceId});
        if (!m_waitTimer.isActive())
            m_waitTimer.start();
    } else {
        answer(id, std::move(response));
    }
    if (wrote)
        wakeAllFrontends();
}

void HttpFrontend::drainPushes()
{
    m_drainPosted = false;
    std::vector<quint64> ids;
    ids.swap(m_pushes);
    std::vector<std::pair<quint64, Response>> answers;
    answers.reserve(ids.size());
    QElapsedTimer timer;
    timer.start();
    m_core.beginPushGroup();
    for (quint64 id : ids) {
        Exchange *ex = waiting(id);
        if (!ex)
            continue;
        answers.emplace_back(id, m_core.handle(ex->request));
        ex->request.body = QByteArray(); // read: its memory goes back now, its budget when the request is done
    }
    // No answer leaves before the group is durable.
    const qint64 applied = timer.nsecsElapsed();
    const Status committed = m_core.commitPushGroup();
    qCDebug(lcGroups).noquote() << QStringLiteral("group pushes=%1 apply_us=%2 commit_us=%3")
                                       .arg(answers.size())
                                       .arg(applied / 1000)
                                       .arg((timer.nsecsElapsed() - applied) / 1000);
    for (auto &[id, response] : answers)
        answer(id, committed ? std::move(response) : errorResponse(committed.error()));
    if (!answers.empty())
        wakeAllFrontends();
}

void HttpFrontend::answer(quint64 id, Response response)
{
    Exchange *ex = nullptr;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_waiting.find(id);
        if (it == m_waiting.end())
            return;
        ex = it->second;
        m_waiting.erase(it);
        ex->counted = true;
        ++m_sending;
    }
    logLine(*ex, response);
    ex->status = unsigned(response.status);
    ex->reply = toMhd(response, ex->request.requestId);
    ex->answered = true;
    MHD_resume_connection(ex->connection); // the front end's thread queues the reply and deletes ex after
}

void HttpFrontend::checkWaiters()
{
    const qint64 now = m_clock.elapsed();
    QHash<qint64, qint64> cursors; // one feed read per warehouse, however many devices wait on it
    for (auto it = m_parked.begin(); it != m_parked.end();) {
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
            answer(it->id, std::move(r));
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
    for (Parked &p : m_parked) {
        Response r = m_core.notifyAnswer(p.wait);
        r.deviceId = p.deviceId;
        answer(p.id, std::move(r));
    }
    m_parked.clear();
    m_waitTimer.stop();
}

void HttpFrontend::stopListening()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    if (m_daemon)
        MHD_quiesce_daemon(m_daemon); // the socket itself is closed after the daemon stops
}

int HttpFrontend::openConnections() const
{
    if (!m_daemon)
        return 0;
    const MHD_DaemonInfo *i = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
    return i ? int(i->num_connections) : 0;
}

void HttpFrontend::stop(int waitMs)
{
    if (!m_daemon) {
        if (m_listenFd >= 0)
            ::close(m_listenFd);
        m_listenFd = -1;
        return;
    }
    stopListening();
    std::vector<quint64> left;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &w : m_waiting)
            left.push_back(w.first);
    }
    for (quint64 id : left)
        answer(id, busy(QStringLiteral("The server is shutting down; retry.")));
    m_parked.clear();
    m_waitTimer.stop();
    {
        std::unique_lock lock(m_mutex);
        m_sent.wait_for(lock, std::chrono::milliseconds(waitMs), [this] { return m_sending == 0; });
    }
    MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
    ::close(m_listenFd);
    m_listenFd = -1;
    closeLingering(0);
}

void HttpFrontend::linger(int fd)
{
    if (m_lingering.size() >= kMaxLingering || !m_daemon) {
        ::close(fd);
        return;
    }
    auto notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connect(notifier.get(), &QSocketNotifier::activated, this, [this, fd] {
        static char sink[65536];
        ssize_t n = 0;
        while ((n = ::read(fd, sink, sizeof sink)) > 0) { }
        if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) { // the client closed, or reset
            const auto it
                = std::find_if(m_lingering.begin(), m_lingering.end(), [fd](const Lingering &l) { return l.fd == fd; });
            if (it != m_lingering.end()) {
                it->notifier->setEnabled(false);
                ::close(fd);
                m_lingering.erase(it);
            }
        }
    });
    m_lingering.push_back(Lingering {fd, std::move(notifier), m_clock.elapsed()});
    if (!m_lingerTimer.isActive())
        m_lingerTimer.start();
}

void HttpFrontend::closeLingering(qint64 olderThanMs)
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_lingering.begin(); it != m_lingering.end();) {
        if (now - it->sinceMs >= olderThanMs) {
            it->notifier->setEnabled(false);
            ::close(it->fd);
            it = m_lingering.erase(it);
        } else {
            ++it;
        }
    }
    if (m_lingering.empty())
        m_lingerTimer.stop();
}

void HttpFrontend::logLine(const Exchange &ex, const Response &response) const
{
    // Never the query string's secrets or the body: tokens travel in a header, codes and PINs in bodies.
    qInfo().noquote() << QStringLiteral("req=%1 %2 %3 %4 status=%5 device=%6 bytes=%7 ms=%8")
                             .arg(ex.request.requestId, m_scheme, QString::fromLatin1(ex.request.method),
                                 ex.request.path)
                             .arg(response.status)
                             .arg(response.deviceId.isEmpty() ? QStringLiteral("-") : response.deviceId)
                             .arg(response.body.size())
                             .arg(ex.started.elapsed());
}

} // namespace stockhand::server
