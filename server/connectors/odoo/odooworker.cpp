#include "odooworker.h"

#include "clock.h"
#include "jsonrpctransport.h"
#include "storage/postgresql/pgadmin.h"

#include <QDebug>

namespace stockhand::odoo {

OdooWorker::OdooWorker(QString database, server::CoreConfig coreConfig, OdooConfig config)
    : m_database(std::move(database))
    , m_coreConfig(std::move(coreConfig))
    , m_config(std::move(config))
{ }

OdooWorker::~OdooWorker()
{
    stop();
}

void OdooWorker::start()
{
    m_thread = std::thread([this] { run(); });
}

void OdooWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void OdooWorker::run()
{
    SystemClock clock;
    auto server = server::openServer(m_database, clock, m_coreConfig);
    if (!server) {
        qWarning().noquote() << "odoo: cannot open the database:" << server.error().toString();
        return;
    }
    JsonRpcTransport transport(QUrl(m_config.settings.url));
    OdooConnector connector(transport, server.value()->storage(), m_config);
    QDateTime nextExport, nextImport, nextReconcile;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    nextExport = start;
    nextImport = start;
    nextReconcile = start.addSecs(qint64(m_config.reconcileHours) * 3600);
    for (;;) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_config.exportSeconds > 0 && now >= nextExport) {
            auto r = connector.exportNow(now);
            if (!r)
                qWarning().noquote() << "odoo export failed:" << r.error().toString();
            else if (r->done || r->refused || r->retryLater)
                qInfo().noquote() << "odoo export:" << r->text();
            nextExport = now.addSecs(m_config.exportSeconds);
        }
        if (m_config.importMinutes > 0 && now >= nextImport) {
            const bool full = m_config.reconcileHours > 0 && now >= nextReconcile;
            auto r = connector.importNow(full, now);
            if (!r)
                qWarning().noquote() << "odoo import failed:" << r.error().toString();
            else
                qInfo().noquote() << (full ? "odoo full reconcile:" : "odoo import:") << r->text();
            nextImport = now.addSecs(qint64(m_config.importMinutes) * 60);
            if (full)
                nextReconcile = now.addSecs(qint64(m_config.reconcileHours) * 3600);
        }
        QDateTime next = nextExport;
        if (m_config.exportSeconds <= 0 || (m_config.importMinutes > 0 && nextImport < next))
            next = nextImport;
        const qint64 waitMs = std::max<qint64>(100, QDateTime::currentDateTimeUtc().msecsTo(next));
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, std::chrono::milliseconds(waitMs), [this] { return m_stop; }))
            return;
    }
}

} // namespace stockhand::odoo
