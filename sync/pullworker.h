// Applies feed pages on the sync thread with its own store connection, in the order they arrive. Each pull
// job hands its pages with its own cancel flag: after a page fails (or the job is gone), the later pages of
// that job are dropped (they would skip what failed).
#pragma once

#include "pageapplier.h"
#include "snapshotfile.h"

#include <QObject>

#include <atomic>
#include <memory>

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
    using CancelFlag = std::shared_ptr<std::atomic_bool>;
    // Runs on the worker thread. Sets `cancelled` when the page fails.
    Applied apply(const FeedPage &page, bool snapshot, bool first, const CancelFlag &cancelled);

    struct Imported
    {
        bool ok = false;
        bool fileRefused = false; // the file failed its checks (checksum, schema, meta): take the pages
        qint64 rows = 0;
        Error error;
    };
    // Runs on the worker thread: checks the downloaded snapshot file's checksum, unpacks it next to the
    // store, checks its meta against `info` and this device's schema, and moves its tables into the store
    // in one transaction (store::importSnapshotFile). The download and the unpacked file are removed after,
    // whatever the outcome, except when the store failed (busy): the download is kept for the next try.
    Imported importSnapshotFile(const QString &downloaded, const SnapshotFileInfo &info);
    const QString &storePath() const { return m_storePath; }

private:
    Status openApplier();

    QString m_storePath;
    std::unique_ptr<PageApplier> m_applier;
};

} // namespace stockhand::sync
