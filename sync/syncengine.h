// The device's sync engine: pushes the outbox in order, pulls the server's feed, and keeps its health
// visible. The device never needs the server's answer to keep working; sync only moves facts.
#pragma once

#include "connection.h"
#include "store/devicestore.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace stockhand::sync {

class PullWorker;
class PushJob;
class PullJob;

struct SyncConfig
{
    int pushBatch = 500; // operations per push request (the server takes up to 1,000)
    int pageRows = 20000; // rows per feed page
    bool snapshotFile = true; // a first sync asks for the server's snapshot file before the row pages
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
    Q_PROPERTY(bool fatal READ fatal NOTIFY healthChanged)
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
    QUrl server() const { return m_connection.server; }
    // Certificate authorities to trust for an https server (PEM; a site's own CA or a self-signed server
    // certificate), added to the system's. Kept in the store for later syncs.
    Status setCaCertificatesPem(const QByteArray &pem);

    // Trades a one-time enrolment code for this device's token (kept in the store, never logged).
    // pinnedCaFingerprint (lowercase hex SHA-256, from an enrolment QR code): over https, the server's
    // certificate chain must hold a certificate with that fingerprint; one the system does not trust is
    // then trusted (kept in the store as the server's CA, like setCaCertificatesPem) and no other is.
    void enrol(const QString &code, const QString &deviceName, const QString &pinnedCaFingerprint = QString());
    // A supervisor or admin signs in online (POST /v1/user-session, docs/security.md): the session is kept
    // in the store (store/usersessions.h) and proves the user's decisions to the server while it lives.
    // Ends with userSignInFinished; the password is neither kept nor logged.
    void signInUser(const QString &login, const QString &password);
    // Revokes the user's session on the server and forgets it here (forgotten here even when offline).
    // Ends with userSignOutFinished.
    void signOutUser(qint64 userId);
    // A request of supervisor authority (the fleet, the KPIs, enrolment codes: docs/security.md), signed
    // under the user's live session on this device (core/domain/requestproof.h). `done` gets the server's
    // reply (httpStatus 0 = unreachable) and body; with no live session it gets session.required at once,
    // without going to the network.
    using SupervisorReplyHandler = std::function<void(const Reply &reply, const QByteArray &body)>;
    void supervisorRequest(qint64 userId, const QByteArray &method, const QString &path,
        const QList<QPair<QString, QString>> &query, const QByteArray &body, SupervisorReplyHandler done);
    // Push then pull, now (also after a fatal failure: a person asked). While a sync runs, another one is
    // queued (never two at once).
    void syncNow();
    // A worker's action was recorded: sync shortly (debounced).
    void operationRecorded();
    // Automatic triggers: periodic timer, reachability changes, the server's new-work notification.
    void start();
    void stop();

    bool online() const { return m_online; }
    bool syncing() const;
    bool enrolled() const { return !m_connection.token.isEmpty(); }
    bool authRequired() const { return m_authRequired; }
    // The last sync failed in a way retrying cannot mend (lastError says why): automatic syncs stop until
    // someone asks for one (syncNow).
    bool fatal() const { return m_fatal; }
    bool retryScheduled() const { return m_retry.isActive(); }
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
    // code: the server's error code (signin.invalid, signin.locked, ...) or empty.
    void userSignInFinished(bool ok, qint64 userId, const QString &code, const QString &error);
    void userSignOutFinished(bool ok, const QString &error);
    void syncFinished(bool ok);
    void newWorkNotified();

private:
    void autoSync(); // the timers, reachability and the server's notification: not after a fatal failure
    void startSync();
    void startPush();
    void startPull();
    void onPushFinished(const JobResult &result);
    void onPullFinished(const JobResult &result);
    // After a good pull: SSCC ranges for labels when this device runs low (POST /v1/sscc-ranges,
    // docs/sync-protocol.md). Its failure does not fail the sync: the next sync asks again.
    void startSscc();
    void onPageApplied(bool snapshot, qint64 rows, qint64 done, qint64 total);
    void finish(const JobResult &result);
    void startNotify();
    void setOnline(bool online);

    store::DeviceStore &m_store;
    SyncConfig m_config;
    Connection m_connection;

    QThread m_workerThread;
    PullWorker *m_worker = nullptr;

    // The job running now (at most one of them); a sync is running while one exists.
    QPointer<PushJob> m_push;
    QPointer<PullJob> m_pull;
    QPointer<QNetworkReply> m_ssccReply;
    // The server's [sscc] refill_below from its last answer; -1 = not asked yet by this engine (the first
    // good sync asks, so a prefix configured later is learned when the app starts again).
    qint64 m_ssccRefillBelow = -1;
    int m_resyncs = 0; // epoch changes met in this sync (one resync per sync)

    QTimer m_debounce, m_periodic, m_retry;
    QPointer<QNetworkReply> m_notifyReply;
    bool m_again = false, m_started = false;
    bool m_online = false, m_authRequired = false, m_fatal = false;
    int m_failures = 0, m_retryDelayMs = 0;

    qint64 m_pending = 0, m_oldestAge = 0, m_exceptions = 0;
    qint64 m_progressRows = 0, m_progressTotal = 0;
    QDateTime m_lastSync;
    QString m_lastError;
    QString m_lastErrorCode; // "sync.<decision>" of the last failed sync, for the device report
};

// Runs one sync and waits for it in a local event loop (the CLI and test tools); true when it succeeded.
bool syncAndWait(SyncEngine &engine);

} // namespace stockhand::sync
