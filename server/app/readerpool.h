// Reader threads for the long read-only requests (GET /v1/snapshot, GET /v1/changes), so that a big page
// does not hold up pushes on the main thread. Each thread owns its own ServerCore on the same database
// file (SQLite WAL: readers never block the writer), opened read-only, lazily, in that thread, and closed
// in that thread when the pool ends.
#pragma once

#include "servercore.h"

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace stockhand::server {

class ReaderPool
{
public:
    ReaderPool(QString databasePath, const Clock &clock, const CoreConfig &config, int threads);
    // Waits for running jobs; then each thread closes its core and ends.
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
    Response compute(const Request &request);

    QString m_path;
    const Clock &m_clock;
    CoreConfig m_config;
    QThreadPool m_pool; // last: its threads end (closing their cores) before the members above go
};

} // namespace stockhand::server
