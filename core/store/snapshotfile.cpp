#include "store/snapshotfile.h"

#include "store/devicestore.h"
#include "store/feedwriter.h"
#include "store/meta.h"
#include "store/outbox.h"

#include <QHash>

#include <limits>

namespace stockhand::store {

namespace {

// The world tables as the device schema makes them: read once from an in-memory store migrated by the
// device's own steps, so that a new device schema version changes the snapshot file with it.
struct WorldTables
{
    Error error;
    bool ok = false;
    QHash<QString, QString> createSql; // table -> "CREATE TABLE name (...)"
    QHash<QString, QString> columns; // table -> "a, b, c"
};

const WorldTables &worldTables()
{
    static const WorldTables tables = [] {
        WorldTables w;
        db::OpenOptions o;
        o.durability = db::Durability::Normal;
        auto db = db::openAndMigrate(QStringLiteral(":memory:"), o, deviceSchema());
        if (!db) {
            w.error = db.error();
            return w;
        }
        for (const QString &name : replicatedTables()) {
            auto st = (*db)->prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1");
            if (!st) {
                w.error = st.error();
                return w;
            }
            st->bind(1, name);
            auto row = st->step();
            if (!row || !*row) {
                w.error = makeError("store.snapshot-file", QStringLiteral("No world table %1.").arg(name));
                return w;
            }
            w.createSql.insert(name, st->text(0));
            auto cols = (*db)->prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
            if (!cols) {
                w.error = cols.error();
                return w;
            }
            cols->bind(1, name);
            QStringList names;
            for (;;) {
                auto r = cols->step();
                if (!r) {
                    w.error = r.error();
                    return w;
                }
                if (!*r)
                    break;
                names << cols->text(0);
            }
            w.columns.insert(name, names.join(QStringLiteral(", ")));
        }
        w.ok = true;
        return w;
    }();
    return tables;
}

QString quoted(const QString &text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

constexpr qint64 kImportCacheKiB = 16 * 1024;

constexpr const char *kMetaKeys[] = {"format", "schema_version", "epoch", "cursor", "warehouse_id", "rows"};

} // namespace

int snapshotSchemaVersion()
{
    return deviceSchema().latestVersion();
}

QString snapshotColumns(const QString &table)
{
    return worldTables().columns.value(table);
}

Status createSnapshotFileSchema(db::Database &db, const char *schemaName)
{
    const WorldTables &w = worldTables();
    if (!w.ok)
        return w.error;
    const QString schema = QString::fromLatin1(schemaName) + QLatin1Char('.');
    for (const QString &name : replicatedTables()) {
        QString sql = w.createSql.value(name);
        // "CREATE TABLE name (" -> "CREATE TABLE schema.name ("
        sql.replace(0, int(qstrlen("CREATE TABLE ")), QStringLiteral("CREATE TABLE ") + schema);
        SH_TRY(db.exec(sql.toStdString()));
    }
    return db.exec(QString(QStringLiteral("CREATE TABLE ") + schema
        + QStringLiteral("snapshot_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))
                       .toStdString());
}

Status writeSnapshotFileMeta(db::Database &db, const SnapshotFileMeta &meta, const char *schemaName)
{
    const QString values[] = {QString::number(meta.format), QString::number(meta.schemaVersion), meta.epoch,
        QString::number(meta.cursor), QString::number(meta.warehouseId), QString::number(meta.rows)};
    const std::string sql
        = std::string("INSERT OR REPLACE INTO ") + schemaName + ".snapshot_meta(key, value) VALUES (?1, ?2)";
    for (size_t i = 0; i < std::size(kMetaKeys); ++i) {
        auto st = db.prepare(sql);
        if (!st)
            return st.error();
        st->bind(1, QString::fromLatin1(kMetaKeys[i]));
        st->bind(2, values[i]);
        SH_TRY(st->run());
    }
    return {};
}

namespace {

Result<SnapshotFileMeta> readMeta(db::Database &db, const char *schemaName)
{
    auto st = db.prepare(std::string("SELECT key, value FROM ") + schemaName + ".snapshot_meta");
    if (!st)
        return makeError("store.snapshot-file", QStringLiteral("Not a snapshot file: %1").arg(st.error().message));
    QHash<QString, QString> values;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        values.insert(st->text(0), st->text(1));
    }
    SnapshotFileMeta m;
    m.format = values.value(QStringLiteral("format")).toInt();
    m.schemaVersion = values.value(QStringLiteral("schema_version")).toInt();
    m.epoch = values.value(QStringLiteral("epoch"));
    m.cursor = values.value(QStringLiteral("cursor")).toLongLong();
    m.warehouseId = values.value(QStringLiteral("warehouse_id")).toLongLong();
    m.rows = values.value(QStringLiteral("rows")).toLongLong();
    if (m.format != kSnapshotFileFormat || m.epoch.isEmpty())
        return makeError("store.snapshot-file",
            QStringLiteral("The snapshot file's meta is not format %1.").arg(kSnapshotFileFormat));
    return m;
}

// SQLite runs an INSERT … SELECT into a table with triggers (product: its full-text index) through a
// temporary table of the whole SELECT, in memory with temp_store=MEMORY: 60 MiB for a million products.
// Such a table is copied in slices of rowids, each slice's temporary table small; the others in one statement.
constexpr int kSliceRows = 20000;

Result<qint64> copyTable(db::Database &store, const QString &table, const QString &cols)
{
    const std::string insert = QString(QStringLiteral("INSERT INTO main.") + table + u'(' + cols
        + QStringLiteral(") SELECT ") + cols + QStringLiteral(" FROM snapshot_file.") + table)
                                   .toStdString();
    auto triggers = store.prepare("SELECT count(*) FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = ?1");
    if (!triggers)
        return triggers.error();
    triggers->bind(1, table);
    auto row = triggers->step();
    if (!row)
        return row.error();
    if (!*row || triggers->int64(0) == 0) {
        SH_TRY(store.exec(insert));
        return qint64(store.changes());
    }
    const std::string table8 = table.toStdString();
    const qint64 start = std::numeric_limits<qint64>::min();
    qint64 rows = 0;
    qint64 after = start; // the last rowid copied
    for (;;) {
        // The slice's last rowid (none: the rest of the table is one slice).
        auto bound = store.prepare("SELECT rowid FROM snapshot_file." + table8
            + " WHERE rowid > ?1 ORDER BY rowid LIMIT 1 OFFSET " + std::to_string(kSliceRows - 1));
        if (!bound)
            return bound.error();
        bound->bind(1, after);
        auto b = bound->step();
        if (!b)
            return b.error();
        const bool lastSlice = !*b;
        const qint64 last = lastSlice ? 0 : bound->int64(0);
        auto slice = store.prepare(insert + " WHERE rowid > ?1" + (lastSlice ? "" : " AND rowid <= ?2"));
        if (!slice)
            return slice.error();
        slice->bind(1, after);
        if (!lastSlice)
            slice->bind(2, last);
        SH_TRY(slice->run());
        rows += store.changes();
        if (lastSlice)
            return rows;
        after = last;
    }
}

} // namespace

Result<SnapshotFileMeta> readSnapshotFileMeta(const QString &path)
{
    db::OpenOptions o;
    o.create = false;
    o.readOnly = true;
    auto db = db::Database::openUnconfigured(path, o);
    if (!db)
        return makeError(
            "store.snapshot-file", QStringLiteral("The snapshot file cannot be opened: %1").arg(db.error().message));
    return readMeta(**db, "main");
}

Result<qint64> importSnapshotFile(db::Database &store, const QString &path, const SnapshotFileMeta &expected)
{
    const WorldTables &w = worldTables();
    if (!w.ok)
        return w.error;
    SH_TRY(store.exec(
        QString(QStringLiteral("ATTACH ") + quoted(path) + QStringLiteral(" AS snapshot_file")).toStdString()));
    struct Detach
    {
        db::Database &db;
        ~Detach() { (void)db.exec("DETACH snapshot_file"); }
    } detach {store};
    auto meta = readMeta(store, "snapshot_file");
    if (!meta)
        return meta.error();
    if (meta->schemaVersion != expected.schemaVersion || meta->epoch != expected.epoch
        || meta->cursor != expected.cursor || meta->warehouseId != expected.warehouseId)
        return makeError("store.snapshot-file", QStringLiteral("The snapshot file is not the one announced."));
    // A bounded page cache for the copy: a million products' rows go through it once, in key order, and a
    // bigger cache only holds more of what is already written (measured: no slower at 16 MiB than at 64 MiB).
    auto cacheKiB = store.queryInt("PRAGMA main.cache_size");
    if (!cacheKiB)
        return cacheKiB.error();
    SH_TRY(store.exec("PRAGMA main.cache_size=-" + std::to_string(kImportCacheKiB)));
    SH_TRY(store.exec("PRAGMA snapshot_file.cache_size=-1024"));
    struct RestoreCache
    {
        db::Database &db;
        qint64 size;
        ~RestoreCache() { (void)db.exec("PRAGMA main.cache_size=" + std::to_string(size)); }
    } restoreCache {store, *cacheKiB};
    qint64 rows = 0;
    {
        db::Transaction tx(store);
        SH_TRY(tx.begun());
        for (const QString &t : replicatedTables()) {
            const QString cols = w.columns.value(t);
            SH_TRY(store.exec(QString(QStringLiteral("DELETE FROM main.") + t).toStdString()));
            auto copied = copyTable(store, t, cols);
            if (!copied)
                return copied.error();
            rows += *copied;
        }
        Meta m(store);
        auto pullGen = m.integer(MetaKey::PullGen);
        if (!pullGen)
            return pullGen.error();
        SH_TRY(m.set(MetaKey::Epoch, meta->epoch));
        SH_TRY(m.set(MetaKey::Cursor, meta->cursor));
        SH_TRY(m.remove({MetaKey::SnapshotNext, MetaKey::SnapshotEpoch, MetaKey::SnapshotCursor, MetaKey::SnapshotTotal,
            MetaKey::SnapshotRows}));
        SH_TRY(Outbox::retireAcknowledgedEffects(store, *pullGen));
        SH_TRY(tx.commit());
    }
    return rows;
}

} // namespace stockhand::store
