// The embedded backend's snapshot file (docs/server.md, "Snapshot files"): a new SQLite file made with the
// device's world schema (store/snapshotfile.h) is attached to a connection of its own on the server
// database, and filled with INSERT ... SELECT of the feed's columns under the feed's warehouse scope, inside
// ONE transaction that is also one read of the server database (WAL: pushes go on meanwhile).
#include "feedtables.h"
#include "storage/sqlite/serverschema.h"
#include "storage/sqlite/sqliteerror.h"
#include "storage/sqlite/sqlitefeed.h"
#include "storage/sqlite/sqlitestorage.h"
#include "store/snapshotfile.h"

#include <QFile>

namespace stockhand::server::storage {

namespace {

QString quoted(const QString &text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

Result<SnapshotFileStamp> writeFile(const QString &serverPath, qint64 warehouseId, const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    {
        db::OpenOptions o;
        auto file = db::Database::openUnconfigured(path, o);
        if (!file)
            return file.error();
        SH_TRY((*file)->exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"));
        SH_TRY(store::createSnapshotFileSchema(**file));
    }
    db::OpenOptions o;
    o.create = false;
    auto server = db::Database::openUnconfigured(serverPath, o);
    if (!server)
        return server.error();
    db::Database &db = **server;
    // A file that is renamed into place only once complete needs no journal.
    SH_TRY(db.exec(QString(QStringLiteral("ATTACH ") + quoted(path)
        + QStringLiteral(" AS snapshot_file; PRAGMA snapshot_file.journal_mode=OFF; "
                         "PRAGMA snapshot_file.synchronous=OFF; PRAGMA cache_size=-16384;"))
                       .toStdString()));
    SnapshotFileStamp stamp;
    {
        SH_TRY(db.exec("BEGIN"));
        struct Rollback
        {
            db::Database &db;
            bool open = true;
            ~Rollback()
            {
                if (open)
                    (void)db.exec("ROLLBACK");
            }
        } rollback {db};
        // The cursor and the rows come from the same read of the server database.
        auto cursor = sqliteLatestCursor(db, warehouseId);
        if (!cursor)
            return cursor.error();
        stamp.cursor = *cursor;
        auto epoch = db.prepare("SELECT value FROM main.server_meta WHERE key = 'epoch'");
        if (!epoch)
            return epoch.error();
        auto row = epoch->step();
        if (!row || !*row)
            return makeError("storage.failure", QStringLiteral("The database has no epoch."));
        stamp.epoch = epoch->text(0);
        for (const FeedTable &t : feedTables()) {
            const std::string sql = std::string("INSERT INTO snapshot_file.") + t.name + "(" + t.columns + ") SELECT "
                + t.columns + " FROM main." + t.name + " WHERE " + feedScopeClause(t);
            auto st = db.prepare(sql);
            if (!st)
                return st.error();
            if (std::string_view(feedScopeClause(t)).find("?1") != std::string_view::npos)
                st->bind(1, warehouseId);
            SH_TRY(st->run());
            stamp.rows += db.changes();
        }
        store::SnapshotFileMeta meta;
        meta.format = store::kSnapshotFileFormat;
        meta.schemaVersion = store::snapshotSchemaVersion();
        stamp.schemaVersion = meta.schemaVersion;
        meta.epoch = stamp.epoch;
        meta.cursor = stamp.cursor;
        meta.warehouseId = warehouseId;
        meta.rows = stamp.rows;
        SH_TRY(store::writeSnapshotFileMeta(db, meta, "snapshot_file"));
        SH_TRY(db.exec("COMMIT"));
        rollback.open = false;
    }
    (void)db.exec("DETACH snapshot_file"); // the connection closes next anyway
    return stamp;
}

} // namespace

Result<SnapshotFileStamp> SqliteStorage::writeSnapshotFile(qint64 warehouseId, const QString &path)
{
    auto r = writeFile(m_db->path(), warehouseId, path);
    if (!r)
        return storageError(r.error());
    return r;
}

} // namespace stockhand::server::storage
