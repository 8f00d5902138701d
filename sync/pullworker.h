// Applies feed pages on the sync thread with its own store connection, in the order they arrive; after a
// page of a pull fails, the later pages of that pull are dropped (they would skip what failed).
#pragma once

#include "pageapplier.h"

#include <QObject>

#include <functional>

namespace stockhand::sync {

class PullWorker : public QObject
{
    Q_OBJECT
public:
    explicit PullWorker(QString storePath)
        : m_storePath(std::move(storePath))
    { }

    struct Applied
    {
        bool ok = false;
        bool last = false;
        PageOutcome outcome;
        Error error;
    };
    // Runs on the worker thread.
    Applied apply(quint64 pullId, bool snapshot, bool first, const QByteArray &page);

private:
    QString m_storePath;
    std::unique_ptr<PageApplier> m_applier;
    quint64 m_failedPull = 0;
};

} // namespace stockhand::sync
