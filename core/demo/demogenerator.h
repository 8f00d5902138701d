// A deterministic demo distributor (same seed -> same rows, on every platform): warehouses, bins,
// products with EAN-13/UPC-A unit barcodes and GTIN-14 case/pallet barcodes, lots, serials, quants, open
// receipts and picks, count tasks, reason codes and users for every role.
#pragma once

#include "db/database.h"

namespace stockhand::demo {

// The password `stockhand-server seed` gives the demo's supervisors and admin (docs/cli.md).
constexpr const char *kDemoSupervisorPassword = "demo-supervisor";

struct DemoOptions
{
    quint64 seed = 20261126;
    int warehouses = 3;
    int products = 20000;
    int binsPerWarehouse = 1700; // ~5k bins in all
    int receipts = 200;
    int picks = 1000;
    int countTasks = 50;
    bool users = true;
    // The target is a device store: also write its own columns (schema v3: the reason note policy, who
    // counted an adjustment). The server's database has no such columns.
    bool deviceStore = false;
    // Pending count adjustments for the supervisor console, spread over the warehouses (needs deviceStore).
    int pendingAdjustments = 0;
    int pinIterations = 60000;
    // Standalone demo stores (init-demo, the screens' tests) give supervisors and the admin the demo PIN too;
    // the server's seed does not: their verifier never reaches a device (docs/security.md), they sign in
    // with a password the server checks.
    bool supervisorPins = true;
    QString demoPin = QStringLiteral("1234"); // every demo user's PIN (documented in the README)
};

struct DemoSummary
{
    qint64 warehouses = 0, locations = 0, products = 0, barcodes = 0, lots = 0, quants = 0;
    qint64 transfers = 0, transferLines = 0, countTasks = 0, countLines = 0, users = 0;
};

// Writes the demo world into the world tables of `db` (device store or server database) in one
// transaction. The tables must be empty.
Result<DemoSummary> generateDemo(db::Database &db, const DemoOptions &options);

} // namespace stockhand::demo
