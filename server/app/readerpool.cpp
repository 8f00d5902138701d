#include "readerpool.h"

#include <QLoggingCategory>

#include <memory>

namespace stockhand::server {

namespace {

Q_LOGGING_CATEGORY(lcReaders, "stockhand.server.readers", QtInfoMsg)

// The core of the reader thread running this code: opened on its first job, destroyed when the thread ends.
thread_local std::unique_ptr<ServerCore> t_core;

} // namespace

ReaderPool::ReaderPool(QString databasePath, const Clock &clock, const CoreConfig &config, int threads)
    : m_path(std::move(databasePath))
    , m_clock(clock)
    , m_config(config)
{
    m_pool.setMaxThreadCount(threads);
    m_pool.setExpiryTimeout(-1); // threads (and their open cores) live as long as the pool
}

ReaderPool::~ReaderPool()
{
    m_pool.waitForDone();
}

bool ReaderPool::serves(const Request &request)
{
    return request.method == "GET"
        && (request.path == QLatin1String("/v1/snapshot") || request.path == QLatin1String("/v1/changes"));
}

void ReaderPool::submit(const Request &request, QObject *context, std::function<void(Response)> done)
{
    m_pool.start([this, request, context, done = std::move(done)]() mutable {
        Response answer = compute(request);
        QMetaObject::invokeMethod(
            context, [done = std::move(done), answer = std::move(answer)]() mutable { done(std::move(answer)); },
            Qt::QueuedConnection);
    });
}

void ReaderPool::waitForDone()
{
    m_pool.waitForDone();
}

Response ReaderPool::compute(const Request &request)
{
    qCDebug(lcReaders).noquote() << QStringLiteral("req=%1 reading").arg(request.requestId);
    if (!t_core) {
        // Read-only: a reader can never take the write lock from the main thread's pushes.
        db::OpenOptions options;
        options.create = false;
        options.readOnly = true;
        auto core = ServerCore::open(m_path, m_clock, m_config, options);
        if (!core) {
            qWarning().noquote()
                << QStringLiteral("reader thread: cannot open the database: %1").arg(core.error().toString());
            return errorResponse(503, QStringLiteral("server.storage"), QStringLiteral("Read failed; retry."));
        }
        t_core = std::move(core.value());
    }
    return t_core->handle(request);
}

} // namespace stockhand::server
