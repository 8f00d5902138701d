#include "db/migrator.h"

#include <QFileInfo>

namespace stockhand::db {

Status checkIdentity(Database &db, const SchemaDescription &schema)
{
    // Reading the header is the first access: a file that is not SQLite fails here, before anything
    // could be written to it.
    auto appId = db.queryInt("PRAGMA application_id");
    if (!appId) {
        Error e = appId.error();
        e.code = QStringLiteral("store.unreadable");
        e.message = QStringLiteral("%1 is not a readable Stockhand %2 (%3). The file was left untouched.")
                        .arg(db.path(), QString::fromLatin1(schema.kind), appId.error().message);
        return e;
    }
    auto version = db.queryInt("PRAGMA user_version");
    auto tables = db.queryInt("SELECT count(*) FROM sqlite_schema");
    if (!version || !tables)
        return makeError(
            "store.unreadable", QStringLiteral("%1 cannot be read; the file was left untouched.").arg(db.path()));

    if (*appId != schema.applicationId && !(*appId == 0 && *tables == 0)) {
        return makeError("store.foreign",
            QStringLiteral("%1 is an SQLite database of another program (application id %2), not a "
                           "Stockhand %3. The file was left untouched.")
                .arg(db.path())
                .arg(*appId)
                .arg(QString::fromLatin1(schema.kind)));
    }
    if (*version > schema.latestVersion()) {
        return makeError("store.too-new",
            QStringLiteral("%1 has schema version %2, written by a newer Stockhand; this program knows "
                           "versions up to %3. Install the newer program; the file was left untouched.")
                .arg(db.path())
                .arg(*version)
                .arg(schema.latestVersion()));
    }
    return {};
}

Status migrate(Database &db, const SchemaDescription &schema)
{
    auto current = db.queryInt("PRAGMA user_version");
    if (!current)
        return current.error();
    for (const MigrationStep &step : schema.steps) {
        if (step.version <= *current)
            continue;
        Transaction tx(db);
        SH_TRY(tx.begun());
        // Another process may have migrated while we waited for the write lock.
        auto now = db.queryInt("PRAGMA user_version");
        if (!now)
            return now.error();
        if (*now >= step.version)
            continue;
        if (Status s = step.apply(db); !s) {
            Error e = s.error();
            e.message = QStringLiteral("Schema step %1 (%2) failed: %3")
                            .arg(step.version)
                            .arg(QString::fromLatin1(step.description), e.message);
            return e;
        }
        SH_TRY(db.exec("PRAGMA application_id=" + std::to_string(schema.applicationId) + ";"));
        SH_TRY(db.exec("PRAGMA user_version=" + std::to_string(step.version) + ";"));
        SH_TRY(tx.commit());
    }
    return {};
}

Result<std::unique_ptr<Database>> openAndMigrate(
    const QString &path, const OpenOptions &options, const SchemaDescription &schema)
{
    if (!options.create && !QFileInfo::exists(path))
        return makeError("store.missing", QStringLiteral("%1 does not exist.").arg(path));
    auto db = Database::openUnconfigured(path, options);
    if (!db)
        return db.error();
    SH_TRY(checkIdentity(**db, schema));
    SH_TRY((*db)->configure());
    if (!options.readOnly)
        SH_TRY(migrate(**db, schema));
    return std::move(db).value();
}

} // namespace stockhand::db
