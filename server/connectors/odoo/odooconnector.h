// The Odoo connector as the server and its operators use it (docs/odoo.md): the [odoo] settings of the INI
// file, and check / import / export / status over one transport and the server's storage (SQLite or
// PostgreSQL: the connector reads and writes through storage/odoostore.h).
#pragma once

#include "odooexport.h"
#include "odooimport.h"

#include "servercore.h"
#include "storage/odoostore.h"

#include <QDateTime>

namespace stockhand::odoo {

struct OdooConfig
{
    OdooSettings settings; // url, database, login, key (or key_file: its first line)
    QHash<QString, QString> warehouses; // "WH:WH1,CHIC1:WH2" (Odoo code -> ours); empty = all, same codes
    int importMinutes = 15; // the server's worker: incremental import every N minutes (0 = off)
    int exportSeconds = 60; // pending exports every N seconds (0 = off)
    int reconcileHours = 24; // a full reconcile every N hours (0 = off)
    int batch = 1000;
    int overlapSeconds = 300;
    bool enabled() const { return !settings.url.isEmpty(); }
};

// A supervisor's (or the operator's) retry of an export Odoo refused (docs/odoo.md, "Retry"): by its export
// key ("op:<uuid>", "adjustment:<id>") or its exception ("exception:<id>"). The export goes back to pending
// and its exception is resolved when the export then succeeds. Errors: odoo.unknown-export, odoo.not-refused,
// odoo.other-warehouse (callerWarehouse: 0 = every warehouse). userId 0: the operator (stockhand-server).
Result<QString> retryRefusedExport(server::storage::Storage &storage, const QString &keyOrException, qint64 userId,
    const QString &login, qint64 callerWarehouse, const QDateTime &now);
// POST /v1/odoo/retry {"key": "..."} or {"exception_id": N}, a supervisor's or admin's proven request, on this
// server's core (stockhand-server serve when [odoo] has a url; the tests).
void installOdooEndpoints(server::ServerCore &server);

// Reads the [odoo] section of the INI file (relative key_file paths are relative to the file).
Result<OdooConfig> loadOdooConfig(const QString &iniPath);

class OdooConnector
{
public:
    // On the storage's own connection (use it on the thread that owns the storage).
    OdooConnector(OdooTransport &transport, server::storage::Storage &storage, OdooConfig config);
    // Logs in and reads Odoo's version: a line for the operator.
    Result<QString> check();
    Result<OdooImportSummary> importNow(bool full, const QDateTime &now);
    Result<OdooExportSummary> exportNow(const QDateTime &now);
    // Cursors and the export log, for the operator.
    Result<QString> status();
    OdooClient &client() { return m_client; }

private:
    OdooConfig m_config;
    OdooClient m_client;
    Result<std::unique_ptr<server::OdooStore>> m_store;
};

} // namespace stockhand::odoo
