// The Odoo connector as the server and its operators use it (docs/odoo.md): the [odoo] settings of the INI
// file, and check / import / export / status over one transport and the server's database.
#pragma once

#include "odooexport.h"
#include "odooimport.h"

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

// Reads the [odoo] section of the INI file (relative key_file paths are relative to the file).
Result<OdooConfig> loadOdooConfig(const QString &iniPath);

class OdooConnector
{
public:
    OdooConnector(OdooTransport &transport, db::Database &db, OdooConfig config);
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
    server::OdooStore m_store;
};

} // namespace stockhand::odoo
