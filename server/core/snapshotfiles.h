// Snapshot files (docs/sync-protocol.md, "Snapshot file"; docs/server.md, "Snapshot files"): per warehouse
// scope, one ready-built device database, compressed with zstd, with its SHA-256, handed to every device of
// that warehouse that starts from nothing while it is fresh enough (feed distance and age, configurable).
// A request that finds none fresh starts a build on a thread of its own (one per warehouse at a time) and is
// told to ask again; the storage writes the file from one read (Storage::writeSnapshotFile). The front end
// streams the file from disk with ranges, so a download resumes.
#pragma once

#include "clock.h"
#include "config.h"
#include "protocol.h"
#include "storage/storage.h"

#include <QDateTime>

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

class QLockFile;

namespace stockhand::server {

class SnapshotFiles
{
public:
    // Each process builds in a directory of its own under the configured one (`<directory>/<instance>/`,
    // held by a lock file while the process lives), so that several server processes can share the
    // configured directory; directories left by processes that are gone (their stamps were in their memory)
    // are removed.
    SnapshotFiles(storage::Storage &storage, const Clock &clock, SnapshotFileConfig config);
    // Waits for the builds under way.
    ~SnapshotFiles();
    SnapshotFiles(const SnapshotFiles &) = delete;
    SnapshotFiles &operator=(const SnapshotFiles &) = delete;

    // GET /v1/snapshot-file: the fresh file of the warehouse (200), or 202 while one is built.
    Response info(qint64 warehouseId, const QString &epoch, qint64 latestCursor);
    // GET /v1/snapshot-file/data?id=: the file (or the range asked for) of the device's warehouse.
    Response data(qint64 warehouseId, const Request &request);
    // Blocks until no build runs (tests and benchmarks).
    void waitForBuilds();
    // How many files were built so far (tests: a fresh file is reused).
    int builds() const;

private:
    struct File
    {
        QString id;
        QString path; // the compressed file
        QString epoch;
        qint64 cursor = 0;
        qint64 rows = 0;
        int schemaVersion = 0;
        qint64 size = 0; // compressed bytes
        qint64 rawSize = 0;
        QByteArray sha256; // hex, of the compressed bytes
        QDateTime builtAt;
    };
    struct Scope
    {
        std::optional<File> current;
        std::optional<File> previous; // kept so that a download that started on it can finish
        bool building = false;
        QString lastError;
        std::thread builder; // the last build's thread: joined before the next one starts
    };
    void build(qint64 warehouseId, QString id);
    Result<File> buildFile(qint64 warehouseId, const QString &id);

    storage::Storage &m_storage;
    const Clock &m_clock;
    const SnapshotFileConfig m_config;
    QString m_dir; // this process's directory under m_config.directory; empty = no snapshot files
    std::unique_ptr<QLockFile> m_lock;
    mutable std::mutex m_mutex;
    std::condition_variable m_idle;
    std::map<qint64, Scope> m_scopes;
    int m_building = 0;
    int m_builds = 0;
};

} // namespace stockhand::server
