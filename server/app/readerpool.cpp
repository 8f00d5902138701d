#include "readerpool.h"

#include "errors.h"
#include "storage/postgresql/pgadmin.h"

#include <QLoggingCategory>

namespace stockhand::server {

namespace {

Q_LOGGING_CATEGORY(lcReaders, "stockhand.server.readers", QtInfoMsg)

} // namespace

ReaderPool::ReaderPool(QString databasePath, const Clock &clock, const CoreConfig &config, int threads,
    std::shared_ptr<FeedCaches> feedCaches)
    : m_path(std::move(databasePath))
    , m_clock(clock)
    , m_config(config)
    , m_feedCaches(std::move(feedCaches))
{
    for (int i = 0; i < threads; ++i) {
        m_threads.emplace_back(QThread::create([this] { run(); }));
        m_threads.back()->setObjectName(QStringLiteral("reader-%1").arg(i + 1));
        m_threads.back()->start();
    }
}

ReaderPool::~ReaderPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_work.notify_all();
    for (auto &t : m_threads)
        t->wait();
}

bool ReaderPool::serves(const Request &request)
{
    return request.method == "GET"
        && (request.path == QLatin1String("/v1/snapshot") || request.path == QLatin1String("/v1/changes"));
}

void ReaderPool::submit(const Request &request, QObject *context, std::function<void(Response)> done)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(Job {request, context, std::move(done)});
    }
    m_work.notify_one();
}

void ReaderPool::waitForDone()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_jobs.empty() && m_running == 0; });
}

void ReaderPool::run()
{
    std::unique_ptr<ServerCore> core; // this thread's own: opened on the first job, closed on the way out
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_work.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                return; // the pool ends
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            ++m_running;
        }
        Response answer = compute(core, job.request);
        QMetaObject::invokeMethod(
            job.context,
            [done = std::move(job.done), answer = std::move(answer)]() mutable { done(std::move(answer)); },
            Qt::QueuedConnection);
        {
            std::lock_guard lock(m_mutex);
            --m_running;
        }
        m_idle.notify_all();
    }
}

Response ReaderPool::compute(std::unique_ptr<ServerCore> &core, const Request &request) const
{
    qCDebug(lcReaders).noquote() << QStringLiteral("req=%1 reading").arg(request.requestId);
    if (!core) {
        // Read-only: a reader can never take the write lock from the main thread's pushes.
        db::OpenOptions options;
        options.create = false;
        options.readOnly = true;
        auto opened = openServer(m_path, m_clock, m_config, options);
        if (!opened) {
            qWarning().noquote()
                << QStringLiteral("reader thread: cannot open the database: %1").arg(opened.error().toString());
            return errorResponse(makeError("server.storage", QStringLiteral("Read failed; retry.")));
        }
        core = std::move(opened.value());
        core->shareFeedCaches(m_feedCaches);
    }
    return core->handle(request);
}

} // namespace stockhand::server
