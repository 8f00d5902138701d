#include "snapshotfiles.h"

#include "errors.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QUuid>

#include <zstd.h>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <memory>

namespace stockhand::server {

namespace {

Q_LOGGING_CATEGORY(lcSnapshotFiles, "stockhand.server.snapshotfiles", QtInfoMsg)

struct CCtxDeleter
{
    void operator()(ZSTD_CCtx *c) const { ZSTD_freeCCtx(c); }
};

// Compresses `from` into `to` with zstd and returns the SHA-256 (hex) of what was written.
Result<QByteArray> compressFile(const QString &from, const QString &to, int level, qint64 *written)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError("snapshot-file.io", QStringLiteral("Cannot open the snapshot file for compression."));
    std::unique_ptr<ZSTD_CCtx, CCtxDeleter> cctx(ZSTD_createCCtx());
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_checksumFlag, 1);
    ZSTD_CCtx_setPledgedSrcSize(cctx.get(), quint64(in.size()));
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QByteArray inBuf(qsizetype(ZSTD_CStreamInSize()) * 4, Qt::Uninitialized);
    QByteArray outBuf(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized);
    *written = 0;
    auto emit = [&](ZSTD_outBuffer &o) -> bool {
        if (o.pos == 0)
            return true;
        sha.addData(QByteArrayView(outBuf.constData(), qsizetype(o.pos)));
        *written += qint64(o.pos);
        return out.write(outBuf.constData(), qint64(o.pos)) == qint64(o.pos);
    };
    for (;;) {
        const qint64 n = in.read(inBuf.data(), inBuf.size());
        if (n < 0)
            return makeError("snapshot-file.io", QStringLiteral("Reading the snapshot file failed."));
        const bool last = n < inBuf.size();
        ZSTD_inBuffer input {inBuf.constData(), size_t(n), 0};
        const ZSTD_EndDirective mode = last ? ZSTD_e_end : ZSTD_e_continue;
        for (;;) {
            ZSTD_outBuffer output {outBuf.data(), size_t(outBuf.size()), 0};
            const size_t remaining = ZSTD_compressStream2(cctx.get(), &output, &input, mode);
            if (ZSTD_isError(remaining))
                return makeError("snapshot-file.io",
                    QStringLiteral("zstd: %1").arg(QString::fromLatin1(ZSTD_getErrorName(remaining))));
            if (!emit(output))
                return makeError("snapshot-file.io", QStringLiteral("Writing the snapshot file failed."));
            if (last ? remaining == 0 : input.pos == input.size)
                break;
        }
        if (last)
            break;
    }
    if (!out.flush())
        return makeError("snapshot-file.io", QStringLiteral("Writing the snapshot file failed."));
    return sha.result().toHex();
}

// "bytes=N-" or "bytes=N-M" -> [first, last]; false for anything else.
bool parseRange(const QByteArray &header, qint64 size, qint64 *first, qint64 *last)
{
    const QByteArray h = header.trimmed();
    if (!h.startsWith("bytes=") || h.contains(','))
        return false;
    const QByteArray spec = h.mid(6);
    const qsizetype dash = spec.indexOf('-');
    if (dash <= 0)
        return false;
    bool ok = false;
    *first = spec.left(dash).toLongLong(&ok);
    if (!ok || *first < 0)
        return false;
    const QByteArray end = spec.mid(dash + 1);
    *last = size - 1;
    if (!end.isEmpty()) {
        *last = qMin(end.toLongLong(&ok), size - 1);
        if (!ok)
            return false;
    }
    return *first < size && *first <= *last;
}

} // namespace

SnapshotFiles::SnapshotFiles(storage::Storage &storage, const Clock &clock, SnapshotFileConfig config)
    : m_storage(storage)
    , m_clock(clock)
    , m_config(std::move(config))
{
    if (m_config.directory.isEmpty())
        return;
    QDir top(m_config.directory);
    if (!top.exists())
        QDir().mkpath(m_config.directory);
    // Files of the layout before instance directories.
    for (const QString &f : top.entryList({QStringLiteral("wh*")}, QDir::Files))
        top.remove(f);
    // Instances that are gone: their lock can be taken (a lock whose process is not running is stale).
    for (const QString &name : top.entryList({QStringLiteral("i-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        QLockFile other(top.filePath(name + QStringLiteral(".lock")));
        other.setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
        if (other.tryLock(0)) {
            QDir(top.filePath(name)).removeRecursively();
            other.unlock(); // removes the lock file
        }
    }
    const QString instance = QStringLiteral("i-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_lock = std::make_unique<QLockFile>(top.filePath(instance + QStringLiteral(".lock")));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0) || !top.mkpath(instance)) {
        qCWarning(lcSnapshotFiles, "snapshot files off: cannot make %s", qPrintable(top.filePath(instance)));
        return;
    }
    m_dir = top.filePath(instance);
}

SnapshotFiles::~SnapshotFiles()
{
    waitForBuilds();
    for (auto &[warehouse, scope] : m_scopes) {
        if (scope.builder.joinable())
            scope.builder.join();
    }
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively(); // then the lock goes with m_lock
}

void SnapshotFiles::waitForBuilds()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_building == 0; });
}

int SnapshotFiles::builds() const
{
    std::lock_guard lock(m_mutex);
    return m_builds;
}

Response SnapshotFiles::info(qint64 warehouseId, const QString &epoch, qint64 latestCursor)
{
    if (m_dir.isEmpty())
        return errorResponse(
            makeError("snapshot-file.off", QStringLiteral("This server hands out no snapshot files: use the pages.")));
    std::lock_guard lock(m_mutex);
    Scope &scope = m_scopes[warehouseId];
    if (const std::optional<File> &f = scope.current; f && f->epoch == epoch
        && latestCursor - f->cursor <= m_config.maxCursorDistance
        && f->builtAt.secsTo(m_clock.now()) <= m_config.maxAgeSeconds) {
        return jsonResponse(200,
            QJsonObject {{QStringLiteral("id"), f->id}, {QStringLiteral("encoding"), QStringLiteral("zstd")},
                {QStringLiteral("size"), f->size}, {QStringLiteral("raw_size"), f->rawSize},
                {QStringLiteral("sha256"), QString::fromLatin1(f->sha256)}, {QStringLiteral("epoch"), f->epoch},
                {QStringLiteral("cursor"), f->cursor}, {QStringLiteral("rows"), f->rows},
                {QStringLiteral("schema"), f->schemaVersion}, {QStringLiteral("warehouse_id"), warehouseId}});
    }
    if (!scope.lastError.isEmpty()) {
        // The last build failed: this device takes the pages; the next one tries again.
        const QString error = scope.lastError;
        scope.lastError.clear();
        return errorResponse(makeError("snapshot-file.failed", error));
    }
    if (!scope.building) {
        scope.building = true;
        ++m_building;
        const QString id
            = QStringLiteral("wh%1-%2").arg(warehouseId).arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
        if (scope.builder.joinable())
            scope.builder.join(); // it ended: `building` is cleared as its last step
        scope.builder = std::thread([this, warehouseId, id] { build(warehouseId, id); });
    }
    return jsonResponse(202,
        QJsonObject {{QStringLiteral("status"), QStringLiteral("building")},
            {QStringLiteral("retry_after_ms"), m_config.retryAfterMs}});
}

Result<SnapshotFiles::File> SnapshotFiles::buildFile(qint64 warehouseId, const QString &id)
{
    File f;
    f.id = id;
    const QString raw = m_dir + QLatin1Char('/') + id + QStringLiteral(".db");
    f.path = m_dir + QLatin1Char('/') + id + QStringLiteral(".zst");
    struct Remove
    {
        QString path;
        ~Remove() { QFile::remove(path); }
    } removeRaw {raw};
    auto stamp = m_storage.writeSnapshotFile(warehouseId, raw);
    if (!stamp)
        return stamp.error();
    f.epoch = stamp->epoch;
    f.cursor = stamp->cursor;
    f.rows = stamp->rows;
    f.schemaVersion = stamp->schemaVersion;
    f.rawSize = QFileInfo(raw).size();
    auto sha = compressFile(raw, f.path, m_config.zstdLevel, &f.size);
    if (!sha) {
        QFile::remove(f.path);
        return sha.error();
    }
    f.sha256 = *sha;
    f.builtAt = m_clock.now();
    return f;
}

void SnapshotFiles::build(qint64 warehouseId, QString id)
{
#ifdef __linux__
    // A file is background work (a device's first sync waits a little longer); pushes and pulls are not:
    // this thread yields the CPU to them (Linux threads have a nice value of their own). bench_load: three
    // processes building at normal priority on 2 cores held every push up for seconds.
    (void)::setpriority(PRIO_PROCESS, pid_t(::syscall(SYS_gettid)), 10);
#endif
    auto f = buildFile(warehouseId, id);
    std::lock_guard lock(m_mutex);
    Scope &scope = m_scopes[warehouseId];
    scope.building = false;
    if (f) {
        if (scope.previous)
            QFile::remove(scope.previous->path);
        scope.previous = std::move(scope.current);
        scope.current = std::move(f).value();
        ++m_builds;
        qCInfo(lcSnapshotFiles).noquote() << QStringLiteral("snapshot file %1: %2 rows at cursor %3, %4 bytes (%5 raw)")
                                                 .arg(id)
                                                 .arg(scope.current->rows)
                                                 .arg(scope.current->cursor)
                                                 .arg(scope.current->size)
                                                 .arg(scope.current->rawSize);
    } else {
        scope.lastError = f.error().message;
        qCWarning(lcSnapshotFiles).noquote()
            << QStringLiteral("snapshot file for warehouse %1 failed: %2").arg(warehouseId).arg(f.error().toString());
    }
    --m_building;
    m_idle.notify_all();
}

Response SnapshotFiles::data(qint64 warehouseId, const Request &request)
{
    const QString id = request.queryValue(QStringLiteral("id"));
    std::optional<File> file;
    {
        std::lock_guard lock(m_mutex);
        const Scope &scope = m_scopes[warehouseId];
        for (const std::optional<File> *f : {&scope.current, &scope.previous}) {
            if (*f && (*f)->id == id)
                file = **f;
        }
    }
    if (!file)
        return errorResponse(makeError("snapshot-file.gone",
            QStringLiteral("No snapshot file %1 for this device (replaced or never built): ask again.").arg(id)));
    Response r;
    r.contentType = "application/zstd";
    r.filePath = file->path;
    r.headers.append(qMakePair(QByteArray("Accept-Ranges"), QByteArray("bytes")));
    r.headers.append(qMakePair(QByteArray("ETag"), QByteArray('"' + file->sha256 + '"')));
    if (request.range.isEmpty()) {
        r.fileLength = file->size;
        return r;
    }
    qint64 first = 0, last = 0;
    if (!parseRange(request.range, file->size, &first, &last)) {
        Response e = errorResponse(
            makeError("request.range", QStringLiteral("The range is not within the file's %1 bytes.").arg(file->size)));
        e.headers.append(
            qMakePair(QByteArray("Content-Range"), QByteArray("bytes */" + QByteArray::number(file->size))));
        return e;
    }
    r.status = 206;
    r.fileOffset = first;
    r.fileLength = last - first + 1;
    r.headers.append(qMakePair(QByteArray("Content-Range"),
        QByteArray("bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
            + QByteArray::number(file->size))));
    return r;
}

} // namespace stockhand::server
