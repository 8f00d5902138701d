#include "pullworker.h"

#include "store/snapshotfile.h"

#include <QFile>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace stockhand::sync {

Status PullWorker::openApplier()
{
    if (m_applier)
        return {};
    auto applier = PageApplier::open(m_storePath);
    if (!applier)
        return applier.error();
    m_applier = std::move(applier).value();
    return {};
}

PullWorker::Imported PullWorker::importSnapshotFile(const QString &downloaded, const SnapshotFileInfo &info)
{
    Imported r;
    const QString unpacked = m_storePath + QStringLiteral(".snapshot-") + info.id + QStringLiteral(".db");
    auto refuse = [&](const Error &e) {
        r.fileRefused = true;
        r.error = e;
        QFile::remove(downloaded);
        QFile::remove(unpacked);
        return r;
    };
    auto sha = sha256OfFile(downloaded);
    if (!sha)
        return refuse(sha.error());
    if (*sha != info.sha256)
        return refuse(makeError("sync.snapshot-checksum",
            QStringLiteral("The snapshot file's SHA-256 is not the one announced (%1 bytes).")
                .arg(QFile(downloaded).size())));
    if (Status s = unzstdFile(downloaded, unpacked); !s)
        return refuse(s.error());
    auto meta = store::readSnapshotFileMeta(unpacked);
    if (!meta)
        return refuse(meta.error());
    if (meta->schemaVersion != store::snapshotSchemaVersion())
        return refuse(makeError("sync.snapshot-schema",
            QStringLiteral("The snapshot file is made for device schema %1, this device has %2.")
                .arg(meta->schemaVersion)
                .arg(store::snapshotSchemaVersion())));
    if (meta->epoch != info.epoch || meta->cursor != info.cursor || meta->warehouseId != info.warehouseId)
        return refuse(makeError("sync.snapshot-meta", QStringLiteral("The snapshot file is not the one announced.")));
    if (Status opened = openApplier(); !opened) {
        r.error = opened.error();
        QFile::remove(unpacked);
        return r;
    }
    auto rows = store::importSnapshotFile(m_applier->db(), unpacked, *meta);
    QFile::remove(unpacked);
    if (!rows) {
        if (rows.error().code == u"store.snapshot-file")
            return refuse(rows.error());
        r.error = rows.error(); // the store failed: the download stays for the next try
        return r;
    }
    QFile::remove(downloaded);
    r.ok = true;
    r.rows = *rows;
    return r;
}

PullWorker::Applied PullWorker::apply(const FeedPage &page, bool snapshot, bool first, const CancelFlag &cancelled)
{
    Applied a;
    if (cancelled->load()) {
        a.error = makeError("feed.skipped", QStringLiteral("An earlier page of this pull failed."));
        return a;
    }
    if (Status opened = openApplier(); !opened) {
        cancelled->store(true);
        a.error = opened.error();
        return a;
    }
    auto r = m_applier->apply(page, snapshot, first);
    if (!r) {
        cancelled->store(true);
        a.error = r.error();
        return a;
    }
    a.ok = true;
    a.outcome = *r;
    a.last = page.end.last(snapshot);
    return a;
}

} // namespace stockhand::sync
