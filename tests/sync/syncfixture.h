// Test fixtures for sync: a site (the real server core on a real SQLite file, seeded with a small demo)
// and devices (a real device store + the real sync engine) connected through InProcessNetwork.
#pragma once

#include "inprocessnetwork.h"
#include "storage/sqlite/embeddedserver.h"
#include "syncengine.h"

#include <QTemporaryDir>

namespace stockhand::test {

struct Site
{
    explicit Site(const QString &dir, server::CoreConfig config = {});
    void restart(); // close and reopen the same file (a server restart)
    // supervisor1-wh1 (user 8) and admin sign in online with this password (docs/security.md).
    static inline const QString kSupervisorPassword = QStringLiteral("site-supervisor-password");
    QString path;
    server::CoreConfig config;
    ManualClock clock;
    std::unique_ptr<server::EmbeddedServer> core;
};

struct DeviceUnderTest
{
    DeviceUnderTest(Site &site, const QString &storePath, sync::SyncConfig config = testConfig());
    static sync::SyncConfig testConfig();

    bool enrol(qint64 warehouseId = 1);
    bool sync(); // one sync, waited for; true when it succeeded

    Site &site;
    ManualClock clock;
    std::unique_ptr<store::DeviceStore> store;
    std::unique_ptr<InProcessNetwork> network;
    std::unique_ptr<sync::SyncEngine> engine;
};

// A digest of the world rows the device of `warehouseId` should hold, read the same way on both ends.
QByteArray worldDigest(db::Database &db, qint64 warehouseId);

// Every row of every world table (store::replicatedTables()), in key order, as text: what two replicas of
// one warehouse must agree on whichever way they synced.
QByteArray replicaDump(db::Database &db);

// Records a pick of `qty` units for a pick line, with its local effects (as the picking screen does).
Result<Operation> recordPick(store::DeviceStore &store, qint64 lineId, Milli qty, qint64 userId);
// Records a move of one unit of product between two locations.
Result<Operation> recordMove(
    store::DeviceStore &store, qint64 productId, qint64 from, qint64 to, Milli qty, qint64 userId);
// The id of a user with `role` in the warehouse.
qint64 userWithRole(db::Database &db, const char *role, qint64 warehouseId);

} // namespace stockhand::test
