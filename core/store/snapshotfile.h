// A snapshot file (docs/sync-protocol.md, "Snapshot file"): a SQLite database that holds exactly the
// device's world tables (the columns of the device schema, no indexes, no triggers) with the rows of one
// warehouse's scope, and a snapshot_meta table that says which state of the server it is. The server
// builds it (server/core/storage/sqlite/sqlitesnapshotfile.cpp) with the schema made here, so that the two
// ends cannot drift; the device checks it and moves its tables into the store in one transaction.
#pragma once

#include "db/database.h"

namespace stockhand::store {

constexpr int kSnapshotFileFormat = 1;

// What a snapshot file says about itself (its snapshot_meta table).
struct SnapshotFileMeta
{
    int format = 0; // kSnapshotFileFormat
    int schemaVersion = 0; // the device schema version its tables are made for
    QString epoch; // the server epoch
    qint64 cursor = 0; // the feed position it is consistent with: pull /v1/changes from here
    qint64 warehouseId = 0; // the scope
    qint64 rows = 0; // rows in all tables
};

// The device schema version this program's snapshot files are made for and accepts.
int snapshotSchemaVersion();

// Creates, in the database attached as `schemaName` ("main" for a connection of its own), the world
// tables of the device schema (store::replicatedTables(), columns as the device has them) and snapshot_meta.
Status createSnapshotFileSchema(db::Database &db, const char *schemaName = "main");
// The columns of a world table in the device schema, comma-separated, in table order.
QString snapshotColumns(const QString &table);
Status writeSnapshotFileMeta(db::Database &db, const SnapshotFileMeta &meta, const char *schemaName = "main");
// Opens the file read-only and reads its meta; store.snapshot-file when it is not a snapshot file.
Result<SnapshotFileMeta> readSnapshotFileMeta(const QString &path);

// Replaces the replica with the file's tables in ONE transaction on the store's connection (ATTACH +
// INSERT ... SELECT): the world tables are emptied and filled, the pull position set to the file's epoch
// and cursor, a row-page snapshot in progress forgotten, and the effects of operations acknowledged before
// this pull retired (the outbox and pending operations stay, as with every resync). Returns the rows moved.
// The file must have been checked (readSnapshotFileMeta) against `expected`; it is checked again inside.
Result<qint64> importSnapshotFile(db::Database &store, const QString &path, const SnapshotFileMeta &expected);

} // namespace stockhand::store
