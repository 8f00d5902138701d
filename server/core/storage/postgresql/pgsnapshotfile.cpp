// The PostgreSQL backend's snapshot file (docs/server.md, "Snapshot files"): a new SQLite file made with
// the device's world schema (store/snapshotfile.h), filled from ONE REPEATABLE READ read of PostgreSQL on
// a connection of its own, in key order and pages of 20,000 rows per table.
#include "feedtables.h"
#include "storage/postgresql/pgfeed.h"
#include "storage/postgresql/pgschema.h"
#include "storage/postgresql/pgstorage.h"
#include "store/snapshotfile.h"

#include <QFile>

namespace stockhand::server::pg {

namespace {

constexpr unsigned kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701;
constexpr int kPage = 20000;

Result<SnapshotFileStamp> writeFile(const QString &conninfo, qint64 warehouseId, const QString &path)
{
    auto pgc = Connection::open(conninfo);
    if (!pgc)
        return pgc.error();
    Connection &c = **pgc;
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    db::OpenOptions o;
    auto file = db::Database::openUnconfigured(path, o);
    if (!file)
        return file.error();
    db::Database &db = **file;
    // A file that is renamed into place only once complete needs no journal.
    SH_TRY(db.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"));
    SH_TRY(store::createSnapshotFileSchema(db));

    SH_TRY(c.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    SnapshotFileStamp stamp;
    // The cursor and the rows come from the same read.
    auto cursor = pgLatestCursor(c, warehouseId);
    if (!cursor)
        return cursor.error();
    stamp.cursor = *cursor;
    auto epoch = c.query("SELECT value FROM server_meta WHERE key = 'epoch'");
    if (!epoch)
        return epoch.error();
    if (!epoch->size())
        return makeError("storage.failure", QStringLiteral("The database has no epoch."));
    stamp.epoch = epoch->text(0, 0);
    SH_TRY(db.exec("BEGIN"));
    for (const FeedTable &t : feedTables()) {
        const int columns = int(std::count(t.columns, t.columns + std::strlen(t.columns), ',')) + 1;
        std::string insert = std::string("INSERT INTO ") + t.name + "(" + t.columns + ") VALUES (";
        for (int i = 1; i <= columns; ++i)
            insert += (i > 1 ? ", ?" : "?") + std::to_string(i);
        insert += ")";
        auto st = db.prepare(insert);
        if (!st)
            return st.error();
        const bool scoped = scopeUsesWarehouse(t);
        const std::string key = t.keyColumn;
        const std::string first = std::string("SELECT ") + t.columns + " FROM " + t.name + " WHERE (" + scopeClause(t)
            + ") ORDER BY " + key + " LIMIT " + std::to_string(kPage);
        const std::string next = std::string("SELECT ") + t.columns + " FROM " + t.name + " WHERE (" + scopeClause(t)
            + ") AND " + key + " > $" + (scoped ? "2" : "1") + " ORDER BY " + key + " LIMIT " + std::to_string(kPage);
        QByteArray after;
        for (bool start = true;; start = false) {
            Params p;
            if (scoped)
                p.add(warehouseId);
            if (!start) {
                if (t.textKey)
                    p.add(QString::fromUtf8(after));
                else
                    p.add(after.toLongLong());
            }
            auto r = c.query(start ? first : next, p);
            if (!r)
                return r.error();
            for (int i = 0; i < r->size(); ++i) {
                for (int col = 0; col < columns; ++col) {
                    if (r->isNull(i, col)) {
                        st->bindNull(col + 1);
                        continue;
                    }
                    switch (r->typeOf(col)) {
                    case kInt8:
                    case kInt4:
                    case kInt2:
                        st->bind(col + 1, r->int64(i, col));
                        break;
                    case kFloat4:
                    case kFloat8:
                        st->bind(col + 1, r->real(i, col));
                        break;
                    case kBytea:
                        st->bindBlob(col + 1, r->bytes(i, col));
                        break;
                    default:
                        st->bind(col + 1, r->text(i, col));
                    }
                }
                SH_TRY(st->run());
                ++stamp.rows;
            }
            if (r->size() < kPage)
                break;
            after = r->raw(r->size() - 1, 0);
        }
    }
    store::SnapshotFileMeta meta;
    meta.format = store::kSnapshotFileFormat;
    meta.schemaVersion = store::snapshotSchemaVersion();
    stamp.schemaVersion = meta.schemaVersion;
    meta.epoch = stamp.epoch;
    meta.cursor = stamp.cursor;
    meta.warehouseId = warehouseId;
    meta.rows = stamp.rows;
    SH_TRY(store::writeSnapshotFileMeta(db, meta));
    SH_TRY(db.exec("COMMIT"));
    (void)c.exec("COMMIT");
    return stamp;
}

} // namespace

Result<SnapshotFileStamp> PgStorage::writeSnapshotFile(qint64 warehouseId, const QString &path)
{
    auto r = writeFile(m_c->conninfo(), warehouseId, path);
    if (!r) {
        Error e = r.error();
        if (!e.code.startsWith(QLatin1String("storage.")))
            e.code = QStringLiteral("storage.failure");
        return e;
    }
    return r;
}

} // namespace stockhand::server::pg
