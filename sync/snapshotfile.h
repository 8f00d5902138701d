// The device's side of a snapshot file (docs/sync-protocol.md, "Snapshot file"): what the server announced,
// and the checks and the unpacking between the download and the store's import (core/store/snapshotfile.h,
// which holds the SQL). Runs on the sync worker thread.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace stockhand::sync {

// The answer of GET /v1/snapshot-file.
struct SnapshotFileInfo
{
    QString id;
    QString encoding; // "zstd"
    qint64 size = 0; // bytes to download
    QByteArray sha256; // hex, of the downloaded bytes
    QString epoch;
    qint64 cursor = 0;
    qint64 rows = 0;
    int schema = 0; // the device schema version of its tables
    qint64 warehouseId = 0;
};

// Where a download of this file goes: next to the store, named by the file's id (so a resumed download
// never mixes two files).
QString snapshotPartPath(const QString &storePath, const QString &id);
// Removes the downloads and unpacked files of other ids than `keepId` ("" = all) next to the store.
void removeSnapshotLeftovers(const QString &storePath, const QString &keepId = QString());

// The SHA-256 of the file (hex), read in blocks.
Result<QByteArray> sha256OfFile(const QString &path);
// Unpacks a zstd file into `to` (replaced); sync.snapshot-corrupt when it does not decompress.
Status unzstdFile(const QString &from, const QString &to);

} // namespace stockhand::sync
