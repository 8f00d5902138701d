// The PostgreSQL backend's admin tools (stockhand-server init, seed, user add, user password) and the
// one function that opens a server on what `[server] database` names.
//
// Bulk loads go through COPY: `seed` generates the demo world into a scratch SQLite server database with
// the embedded backend's generator (one definition of the demo) and copies its tables in, table by table
// (copyFromSqlite); `import` parses a file with the one parser (storage/sqlite/importrows.h) and copies its
// rows into a staging table (pgimport.cpp). The Odoo connector's store is pgodoostore.h.
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
Status setUserPin(Connection &c, const QString &login, const QString &pin, int iterations, const QString &badge);
Status setUserGroup(Connection &c, const QString &login, const QString &group);
Status setApprovalLimit(Connection &c, const QString &login, std::optional<qint64> limitCents);
Status setCountPolicy(Connection &c, const CountPolicy &policy); // removeCountPolicy: pgbatch.h
Result<SiteSettingsRecord> siteSettings(
    Connection &c, qint64 warehouseId, std::optional<bool> autoConfirm, std::optional<bool> lotsCaseSensitive);

// `import` (pgimport.cpp): the same files, checks and errors as the SQLite backend's (admin.h), the same rows
// and feed entries; one transaction each. importJsonObject runs inside the caller's open transaction.
Result<ImportSummary> importJson(Connection &c, const QByteArray &json);
Result<ImportSummary> importJsonObject(Connection &c, const QJsonObject &root);
Result<ImportSummary> importCsv(Connection &c, const QString &table, const QByteArray &csv);

} // namespace stockhand::server::pg

namespace stockhand::server {

// A server on `[server] database`: a postgresql:// URL (the PostgreSQL backend; the session key from
// sessionKeyFile, made when missing and `options.readOnly` is false), else the path of a SQLite file
// (EmbeddedServer; its key beside it).
Result<std::unique_ptr<ServerCore>> openServer(const QString &database, const Clock &clock, CoreConfig config,
    db::OpenOptions options = {}, const QString &sessionKeyFile = {});

// The backend's connection of a server opened on PostgreSQL (nullptr for SQLite).
pg::Connection *postgresConnection(ServerCore &core);

// The admin tools of admin.h on the backend `core` runs on (EmbeddedServer: SQLite; else PostgreSQL): what
// the stockhand-server subcommands and the tests of both backends call.
Result<ImportSummary> importJson(ServerCore &core, const QByteArray &json);
Result<ImportSummary> importCsv(ServerCore &core, const QString &table, const QByteArray &csv);
Status setUserPin(ServerCore &core, const QString &login, const QString &pin, int iterations, const QString &badge);
Status setUserGroup(ServerCore &core, const QString &login, const QString &group);
Status setApprovalLimit(ServerCore &core, const QString &login, std::optional<qint64> limitCents);
Status setCountPolicy(ServerCore &core, const CountPolicy &policy);
Result<bool> removeCountPolicy(ServerCore &core, qint64 warehouseId, const QString &group);
Result<SiteSettingsRecord> siteSettings(ServerCore &core, qint64 warehouseId, std::optional<bool> autoConfirm = {},
    std::optional<bool> lotsCaseSensitive = {});

} // namespace stockhand::server
