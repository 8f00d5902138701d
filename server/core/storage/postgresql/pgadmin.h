// The PostgreSQL backend's admin tools (stockhand-server init, seed, user add, user password) and the
// one function that opens a server on what `[server] database` names.
//
// Bulk loads go through COPY: `seed` generates the demo world into a scratch SQLite server database with
// the embedded backend's generator (one definition of the demo) and copies its tables in, table by table
// (copyFromSqlite). Not on PostgreSQL yet (they answer storage.unsupported): import of CSV/JSON, import-ops
// goes through the rules and works; user group / limit, policy, site, the Odoo connector.
#pragma once

#include "db/database.h"
#include "demo/demogenerator.h"
#include "servercore.h"
#include "storage/postgresql/pgconnection.h"
#include "storage/sqlite/admin.h"

namespace stockhand::server::pg {

// Copies the world tables and the users' credentials and policies of a SQLite server database into the
// PostgreSQL one (which must not hold those rows yet), in one transaction, with COPY.
Status copyFromSqlite(db::Database &src, Connection &dst);

// `seed`: the demo world (demo/demogenerator.h) with `password` for admin and each supervisor1-whN.
Result<demo::DemoSummary> seed(Connection &c, const demo::DemoOptions &options, const QString &password,
    int passwordIterations, const QString &at);

// `user add` and `user password` (the SQLite backend's admin.h, the same checks).
Result<qint64> addUser(Connection &c, const NewUser &user);
Status setUserPassword(Connection &c, const QString &login, const QString &password, int iterations, const QString &at);

} // namespace stockhand::server::pg

namespace stockhand::server {

// A server on `[server] database`: a postgresql:// URL (the PostgreSQL backend; the session key from
// sessionKeyFile, made when missing and `options.readOnly` is false), else the path of a SQLite file
// (EmbeddedServer; its key beside it).
Result<std::unique_ptr<ServerCore>> openServer(const QString &database, const Clock &clock, CoreConfig config,
    db::OpenOptions options = {}, const QString &sessionKeyFile = {});

// The backend's connection of a server opened on PostgreSQL (nullptr for SQLite).
pg::Connection *postgresConnection(ServerCore &core);

} // namespace stockhand::server
