// Numbered schema steps under PRAGMA user_version, each applied in its own transaction.
#pragma once

#include "db/database.h"

#include <functional>
#include <vector>

namespace stockhand::db {

struct MigrationStep
{
    int version; // the user_version after this step
    const char *description; // for logs and errors
    std::function<Status(Database &)> apply;
};

struct SchemaDescription
{
    qint32 applicationId; // PRAGMA application_id that marks our files
    const char *kind; // "device store", "server database" (for messages)
    std::vector<MigrationStep> steps; // in ascending version order, starting at 1
    int latestVersion() const { return steps.empty() ? 0 : steps.back().version; }
};

// Checks that the file is ours (or empty) and not newer than this program, without writing to it.
Status checkIdentity(Database &db, const SchemaDescription &schema);

// Upgrades to the latest version. Call after checkIdentity() and Database::configure().
Status migrate(Database &db, const SchemaDescription &schema);

// checkIdentity + configure + migrate: what every owner of a database does on open.
Result<std::unique_ptr<Database>> openAndMigrate(
    const QString &path, const OpenOptions &options, const SchemaDescription &schema);

} // namespace stockhand::db
