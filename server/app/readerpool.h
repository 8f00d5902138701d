// Reader threads for the long read-only requests (GET /v1/snapshot, GET /v1/changes), so that a big page
// does not hold up pushes on the main thread. Each thread owns its own ServerCore on the same database
// file (SQLite WAL: readers never block the writer), opened read-only in that thread on its first job and
// closed in that thread when the pool ends.
#pragma once

#include "servercore.h"

#include <QObject>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace stockhand::server {

class ReaderPool
{
public:
    // The threads' cores share `feedCaches` (the main core's, so that a row is read once per process).
    ReaderPool(QString databasePath, const Clock &clock, const CoreConfig &config, int threads,
        std::shared_ptr<FeedCaches> feedCaches = nullptr);
    // Lets the queued jobs finish, then each thread closes its core and ends, before this returns.
    ~ReaderPool();
    ReaderPool(const ReaderPool &) = delete;
    ReaderPool &operator=(const ReaderPool &) = delete;

    // The requests a reader answers; everything else belongs to the main thread's core.
    static bool serves(const Request &request);
    // Computes the answer on a reader thread, then calls done(answer) in context's thread (queued). The
    // caller keeps context alive until waitForDone() has returned.
    void submit(const Request &request, QObject *context, std::function<void(Response)> done);
    // Blocks until no job runs or waits; their answers are then queued to their contexts.
    void waitForDone();

private:
    struct Job
    {
        Request request;
        QObject *context = nullptr;
        std::function<void(Response)> done;
    };
    void run();
    Response compute(std::unique_ptr<ServerCore> &core, const Request &request) const;

    const QString m_path;
    const Clock &m_clock;
    const CoreConfig m_config;
    const std::shared_ptr<FeedCaches> m_feedCaches;
    std::mutex m_mutex;
    std::condition_variable m_work; // a job was queued, or the pool ends
    std::condition_variable m_idle; // a job was done
    std::deque<Job> m_jobs;
    int m_running = 0;
    bool m_stopping = false;
    std::vector<std::unique_ptr<QThread>> m_threads;
};

} // namespace stockhand::server
