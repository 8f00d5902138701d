// The device's sync engine: pushes the outbox in order, pulls the server's feed, and keeps its health
// visible. The device never needs the server's answer to keep working; sync only moves facts.
#pragma once

#include "errorclass.h"
#include "store/devicestore.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace stockhand::sync {

class PullWorker;

struct SyncConfig
{
    int pushBatch = 500; // operations per push request (the server takes up to 1,000)
    int pageRows = 20000; // rows per feed page
    int backoffBaseMs = 1000; // first retry after about this long (jittered)
    int backoffCapMs = 60000; // retries never wait longer than this
    int debounceMs = 300; // after a new operation
    int periodicMs = 60000; // sync at least this often while running
    int transferTimeoutMs = 30000;
    int notifyTimeoutMs = 25000; // long poll for new work
    bool notify = true; // keep a long poll open while online
    int outboxKeepDays = 7; // acknowledged operations are kept this long (a restored server gets them again)
    int outboxKeepAtLeast = 10000; // ...and at least this many of the newest
};

class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool online READ online NOTIFY healthChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY healthChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY healthChanged)
    Q_PROPERTY(bool authRequired READ authRequired NOTIFY healthChanged)
    Q_PROPERTY(qint64 pendingCount READ pendingCount NOTIFY healthChanged)
    Q_PROPERTY(qint64 oldestPendingAgeSeconds READ oldestPendingAgeSeconds NOTIFY healthChanged)
    Q_PROPERTY(QDateTime lastSyncTime READ lastSyncTime NOTIFY healthChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY healthChanged)
    Q_PROPERTY(qint64 exceptionCount READ exceptionCount NOTIFY healthChanged)
    Q_PROPERTY(qint64 progressRows READ progressRows NOTIFY progressChanged)
    Q_PROPERTY(qint64 progressTotal READ progressTotal NOTIFY progressChanged)
    Q_PROPERTY(int progressPercent READ progressPercent NOTIFY progressChanged)

public:
    SyncEngine(
        store::DeviceStore &store, QNetworkAccessManager *network, SyncConfig config = {}, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setServer(const QUrl &url);
    QUrl server() const { return m_server; }
    // Certificate authorities to trust for an https server (PEM; a site's own CA or a self-signed server
    // certificate), added to the system's. Kept in the store for later syncs.
    Status setCaCertificatesPem(const QByteArray &pem);

    // Trades a one-time enrolment code for this device's token (kept in the store, never logged).
    void enrol(const QString &code, const QString &deviceName);
    // Push then pull, now. While a sync runs, another one is queued (never two at once).
    void syncNow();
    // A worker's action was recorded: sync shortly (debounced).
    void operationRecorded();
    // Automatic triggers: periodic timer, reachability changes, the server's new-work notification.
    void start();
    void stop();

    bool online() const { return m_online; }
    bool syncing() const { return m_running; }
    bool enrolled() const { return !m_token.isEmpty(); }
    bool authRequired() const { return m_authRequired; }
    qint64 pendingCount() const { return m_pending; }
    qint64 oldestPendingAgeSeconds() const { return m_oldestAge; }
    QDateTime lastSyncTime() const { return m_lastSync; }
    QString lastError() const { return m_lastError; }
    qint64 exceptionCount() const { return m_exceptions; }
    qint64 progressRows() const { return m_progressRows; }
    qint64 progressTotal() const { return m_progressTotal; }
    int progressPercent() const;
    int consecutiveFailures() const { return m_failures; }
    int retryDelayMs() const { return m_retryDelayMs; } // the delay chosen after the last failure

    // Re-reads pending count, oldest age and exceptions from the store.
    void refreshHealth();

Q_SIGNALS:
    void healthChanged();
    void progressChanged();
    void enrolFinished(bool ok, const QString &error);
    void syncFinished(bool ok);
    void newWorkNotified();

private:
    QNetworkRequest request(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    void push();
    void onPushFinished(QNetworkReply *reply, const QList<Operation> &sent);
    void pull();
    void requestPage();
    void onPageReceived(QNetworkReply *reply, quint64 pullId);
    void onPageApplied(quint64 pullId, bool last, qint64 rows, qint64 done, qint64 total);
    void onPageFailed(quint64 pullId, const QString &code, const QString &message);
    void finish(bool ok, const QString &error = QString(), FailureClass cls = FailureClass::None);
    void startNotify();
    void setOnline(bool online);
    bool handleHttpFailure(QNetworkReply *reply, const char *what);

    store::DeviceStore &m_store;
    QNetworkAccessManager *m_network;
    SyncConfig m_config;
    QUrl m_server;
    QByteArray m_token;
    QSslConfiguration m_ssl;

    QThread m_workerThread;
    PullWorker *m_worker = nullptr;

    QTimer m_debounce, m_periodic, m_retry;
    QPointer<QNetworkReply> m_notifyReply;
    QPointer<QNetworkReply> m_pageReply;
    bool m_running = false, m_again = false, m_started = false;
    bool m_online = false, m_authRequired = false;
    int m_failures = 0, m_retryDelayMs = 0;
    int m_pushLimit = 0; // shrinks to 1 to isolate an operation the server cannot parse

    // The pull in progress.
    quint64 m_pullId = 0;
    bool m_snapshot = false, m_firstPage = false, m_lastRequested = false;
    QString m_next;
    qint64 m_cursor = 0;
    QString m_epoch;
    int m_pagesInFlight = 0;

    qint64 m_pending = 0, m_oldestAge = 0, m_exceptions = 0;
    qint64 m_progressRows = 0, m_progressTotal = 0;
    QDateTime m_lastSync;
    QString m_lastError;
};

// Runs one sync and waits for it in a local event loop (the CLI and test tools); true when it succeeded.
bool syncAndWait(SyncEngine &engine);

} // namespace stockhand::sync
