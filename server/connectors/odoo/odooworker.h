// The connector inside `stockhand-server serve` (docs/odoo.md, "When"): a thread of its own with its own
// connection to the database (the SQLite file or PostgreSQL, openServer()) and its own network access, which exports
// what is pending every export_seconds, imports incrementally every import_minutes and runs a full reconcile every
// reconcile_hours. An import or export that fails is logged and tried again at its next turn (an export
// Odoo could not take waits for its backoff); the key is never logged.
#pragma once

#include "odooconnector.h"

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace stockhand::odoo {

class OdooWorker
{
public:
    // database: what [server] database names; coreConfig: the serving core's (its session key).
    OdooWorker(QString database, server::CoreConfig coreConfig, OdooConfig config);
    ~OdooWorker(); // stops and joins
    void start();
    void stop();

private:
    void run();

    QString m_database;
    server::CoreConfig m_coreConfig;
    OdooConfig m_config;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
};

} // namespace stockhand::odoo
