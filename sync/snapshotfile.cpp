#include "snapshotfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zstd.h>

#include <memory>

namespace stockhand::sync {

namespace {

struct DCtxDeleter
{
    void operator()(ZSTD_DCtx *c) const { ZSTD_freeDCtx(c); }
};

QString prefixOf(const QString &storePath)
{
    return QFileInfo(storePath).fileName() + QStringLiteral(".snapshot-");
}

} // namespace

QString snapshotPartPath(const QString &storePath, const QString &id)
{
    return storePath + QStringLiteral(".snapshot-") + id + QStringLiteral(".part");
}

void removeSnapshotLeftovers(const QString &storePath, const QString &keepId)
{
    const QFileInfo store(storePath);
    QDir dir = store.absoluteDir();
    const QString prefix = prefixOf(storePath);
    for (const QString &name : dir.entryList({prefix + u'*'}, QDir::Files)) {
        if (keepId.isEmpty() || !name.startsWith(prefix + keepId + u'.'))
            dir.remove(name);
    }
}

Result<QByteArray> sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError("sync.snapshot-io", QStringLiteral("Cannot read the downloaded snapshot file."));
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (!sha.addData(&f))
        return makeError("sync.snapshot-io", QStringLiteral("Cannot read the downloaded snapshot file."));
    return sha.result().toHex();
}

Status unzstdFile(const QString &from, const QString &to)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError("sync.snapshot-io", QStringLiteral("Cannot unpack the snapshot file next to the store."));
    std::unique_ptr<ZSTD_DCtx, DCtxDeleter> dctx(ZSTD_createDCtx());
    QByteArray inBuf(qsizetype(ZSTD_DStreamInSize()) * 4, Qt::Uninitialized);
    QByteArray outBuf(qsizetype(ZSTD_DStreamOutSize()) * 4, Qt::Uninitialized);
    size_t last = 1;
    for (;;) {
        const qint64 n = in.read(inBuf.data(), inBuf.size());
        if (n < 0)
            return makeError("sync.snapshot-io", QStringLiteral("Cannot read the downloaded snapshot file."));
        if (n == 0)
            break;
        ZSTD_inBuffer input {inBuf.constData(), size_t(n), 0};
        for (;;) { // until this block is consumed and the context holds nothing more to write
            ZSTD_outBuffer output {outBuf.data(), size_t(outBuf.size()), 0};
            last = ZSTD_decompressStream(dctx.get(), &output, &input);
            if (ZSTD_isError(last))
                return makeError("sync.snapshot-corrupt",
                    QStringLiteral("The snapshot file does not unpack: %1")
                        .arg(QString::fromLatin1(ZSTD_getErrorName(last))));
            if (out.write(outBuf.constData(), qint64(output.pos)) != qint64(output.pos))
                return makeError("sync.snapshot-io", QStringLiteral("Cannot write the unpacked snapshot file."));
            if (input.pos == input.size && output.pos < output.size)
                break;
        }
    }
    if (last != 0)
        return makeError("sync.snapshot-corrupt", QStringLiteral("The snapshot file ends before its last frame."));
    if (!out.flush())
        return makeError("sync.snapshot-io", QStringLiteral("Cannot write the unpacked snapshot file."));
    return {};
}

} // namespace stockhand::sync
