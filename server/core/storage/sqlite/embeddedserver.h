// The embedded server: a ServerCore over the SQLite backend. Its database is reachable here only, for the
// embedded backend's bulk admin tools (init, seed, import, user add: admin.h) and for tests; the rules,
// the push path and the feed see storage::Storage alone (they are compiled without the db/ headers).
#pragma once

#include "db/database.h"
#include "servercore.h"
#include "storage/sqlite/sqlitestorage.h"

namespace stockhand::server {

// The key user-session secrets are derived from, kept in PATH.session-key beside the database (mode 0600,
// base64): a copy of the database alone yields no session secret. Made on first use when `create`.
Result<QByteArray> loadOrCreateSessionKey(const QString &databasePath, bool create);

class EmbeddedServer final : public ServerCore
{
public:
    // The SQLite file at path (created or migrated); config.sessionKey, when empty, from PATH.session-key.
    static Result<std::unique_ptr<EmbeddedServer>> open(
        const QString &path, const Clock &clock, CoreConfig config = {}, db::OpenOptions options = {});

    storage::SqliteStorage &sqlite() { return m_sqlite; }
    db::Database &db() { return m_sqlite.database(); }

private:
    EmbeddedServer(std::unique_ptr<storage::SqliteStorage> storage, const Clock &clock, CoreConfig config);

    storage::SqliteStorage &m_sqlite;
};

} // namespace stockhand::server
