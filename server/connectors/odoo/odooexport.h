// Export to Odoo, exactly once (docs/odoo.md, "Export"): validated receipts and picks (move lines with the
// floor's quantities, lots and destinations, button_validate, the backorder wizard as the floor decided) and
// approved count adjustments (inventory_quantity, then action_apply_inventory; never stock.quant.quantity).
//
// An export log keyed by our operation (or adjustment) records each one's state. Every step is idempotent:
// quantities are absolute, a picking already done in Odoo is not validated again, a quant already at the
// counted quantity is not applied again; so an export interrupted anywhere (Odoo down, kill -9) is simply run
// again. Odoo unreachable: the export stays pending with a backoff and the run stops (order kept); Odoo's
// refusal: the export is marked refused and a supervisor exception carries Odoo's message.
#pragma once

#include "odooclient.h"
#include "storage/odoostore.h"

#include <QDateTime>

namespace stockhand::odoo {

struct OdooExportOptions
{
    int backoffSeconds = 30; // the first retry; doubled per attempt
    int maxBackoffSeconds = 3600;
};

struct OdooExportSummary
{
    int done = 0;
    int refused = 0;
    int retryLater = 0; // Odoo unreachable: pending with a backoff
    int notDue = 0; // waiting for their backoff
    QString lastError;
    QString text() const;
};

class OdooExporter
{
public:
    OdooExporter(OdooClient &client, server::OdooStore &store, OdooExportOptions options = {});
    Result<OdooExportSummary> run(const QDateTime &now);

private:
    Status exportTransfer(const server::OdooPendingExport &e);
    Status exportAdjustment(const server::OdooPendingExport &e);
    Status exportMove(const server::OdooPendingExport &e);
    Status absorbQuants(const QList<qint64> &odooProductIds);
    Status mapBackorder(const server::OdooPendingExport &e);
    // Odoo's picking is our transfer from now on, its moves our lines by product.
    Status mapPicking(qint64 odooPicking, qint64 ourTransfer);

    OdooClient &m_client;
    server::OdooStore &m_store;
    OdooExportOptions m_options;
};

} // namespace stockhand::odoo
