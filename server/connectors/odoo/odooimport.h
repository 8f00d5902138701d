// Import from Odoo into the server's store (docs/odoo.md, "Import"): warehouses, locations, products and their
// packagings' barcodes, lots, partners, quants and open pickings with their moves, written through the
// import path of `stockhand-server import` (importJsonObject) with Odoo's ids mapped to ours.
//
// Incremental: per model a cursor (write_date, id); each run re-reads an overlap window before the cursor
// (write_date is the writing transaction's START, so a long transaction commits behind a cursor), pages
// by (write_date, id) (many records share one timestamp), with active_test=False (archived records too), in
// batches. Each page is one transaction together with its cursor. A full reconcile reads everything again and
// compares ids: quants Odoo deleted (a raw SQL cleanup deletes zero quants) are taken back, open pickings that
// vanished or closed in Odoo are cancelled on our side when the floor has not started them.
#pragma once

#include "odooclient.h"
#include "storage/odoostore.h"

#include <QHash>
#include <QJsonArray>

#include <functional>
#include <optional>

namespace stockhand::odoo {

struct OdooImportOptions
{
    int batch = 1000; // records per search_read (500-2000)
    int overlapSeconds = 300;
    bool full = false; // a full reconcile
    // Odoo warehouse code -> our warehouse code; empty: every Odoo warehouse under its own code.
    QHash<QString, QString> warehouses;
};

// Where an Odoo quant is in our world: its location, product and lot mapped to our ids, and its quantity.
// nullopt when its location or product is not ours (another warehouse, or not imported yet). Import and
// export read Odoo's quants the same way through this.
struct OurQuant
{
    qint64 locationId = 0;
    qint64 productId = 0;
    qint64 lotId = 0;
    Milli qty = 0;
};
Result<std::optional<OurQuant>> ourQuant(server::OdooStore &store, const QJsonObject &odooQuant);

struct OdooImportSummary
{
    QHash<QString, int> read; // Odoo records read per model
    qint64 rowsWritten = 0;
    int quantsRemoved = 0; // full reconcile: quants Odoo no longer has
    int transfersClosed = 0; // pickings closed or gone in Odoo, cancelled here
    QString text() const;
};

class OdooImporter
{
public:
    OdooImporter(OdooClient &client, server::OdooStore &store, OdooImportOptions options);
    Result<OdooImportSummary> run(const QString &now);

private:
    using PageHandler = std::function<Status(const QJsonArray &page)>;
    // Each page: `prefetch` (Odoo's reads the page needs, outside any transaction), then `handler` inside the
    // page's write transaction with its cursor, which waits on no Odoo answer.
    Status pageModel(const QString &model, const QJsonArray &domain, QStringList fields, const PageHandler &handler,
        const PageHandler &prefetch = {});
    Result<qint64> mapNatural(const QString &table, qint64 odooId, const std::function<Result<qint64>()> &findOurs);
    Status importWarehouses();
    Status importLocations();
    Status importProducts();
    Status importPackagings();
    Status importLots();
    Status importPartners();
    Status importUsers();
    Status importQuants();
    Status importPickings();
    struct PickingPage
    {
        QJsonArray pickings, moves, types;
    };
    Status fetchPickings(const QList<qint64> &ids); // into m_pickingPage
    Status importPickingIds(); // m_pickingPage, inside the page's transaction
    Status reconcileQuants();

    OdooClient &m_client;
    server::OdooStore &m_store;
    OdooImportOptions m_options;
    OdooImportSummary m_summary;
    QString m_now;
    QJsonArray m_warehouseIds; // Odoo warehouse ids imported
    QHash<qint64, qint64> m_warehouseOf; // Odoo warehouse id -> ours
    QSet<qint64> m_quantsSeen;
    QSet<qint64> m_openPickingsSeen;
    PickingPage m_pickingPage;
};

// Odoo's naive UTC timestamp minus seconds, in Odoo's format.
QString odooTimeMinus(const QString &odooTime, int seconds);

} // namespace stockhand::odoo
