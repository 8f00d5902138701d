#include "syncengine.h"

#include "domain/devicereport.h"
#include "pulljob.h"
#include "pullworker.h"
#include "pushjob.h"
#include "store/meta.h"
#include "store/sscc.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslError>

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>
#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcSync, "stockhand.sync", QtInfoMsg)

namespace stockhand::sync {

using store::MetaKey;

SyncEngine::SyncEngine(store::DeviceStore &store, QNetworkAccessManager *network, SyncConfig config, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_config(config)
{
    const store::Meta meta = m_store.meta();
    m_connection.network = network;
    m_connection.transferTimeoutMs = m_config.transferTimeoutMs;
    // An unreadable store leaves the device unconfigured: syncs say so instead of guessing.
    m_connection.server = QUrl(meta.text(MetaKey::ServerUrl).valueOr(QString()));
    m_connection.token = meta.text(MetaKey::DeviceToken).valueOr(QString()).toUtf8();
    if (const QString pem = meta.text(MetaKey::ServerCaPem).valueOr(QString()); !pem.isEmpty())
        m_connection.ssl.addCaCertificates(QSslCertificate::fromData(pem.toUtf8(), QSsl::Pem));
    m_worker = new PullWorker(m_store.db().path());
    m_worker->moveToThread(&m_workerThread);
    connect(&m_workerThread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_workerThread.setObjectName(QStringLiteral("stockhand-sync"));
    m_workerThread.start();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(m_config.debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SyncEngine::autoSync);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::autoSync);
    m_periodic.setInterval(m_config.periodicMs);
    connect(&m_periodic, &QTimer::timeout, this, &SyncEngine::autoSync);
    refreshHealth();
}

SyncEngine::~SyncEngine()
{
    stop();
    delete m_push; // aborts its request
    delete m_pull; // aborts its request; its pages still queued on the worker are dropped
    m_workerThread.quit();
    m_workerThread.wait();
}

bool SyncEngine::syncing() const
{
    return m_push || m_pull || m_ssccReply;
}

void SyncEngine::setServer(const QUrl &url)
{
    m_connection.server = url;
    (void)m_store.meta().set(MetaKey::ServerUrl, url.toString());
}

Status SyncEngine::setCaCertificatesPem(const QByteArray &pem)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certs.isEmpty())
        return makeError("tls.no-certificate", QStringLiteral("No PEM certificate found in what was given."));
    m_connection.ssl = QSslConfiguration::defaultConfiguration();
    m_connection.ssl.addCaCertificates(certs);
    return m_store.meta().set(MetaKey::ServerCaPem, QString::fromUtf8(pem));
}

namespace {

// The certificate of the chain with this SHA-256 fingerprint (hex), if any.
std::optional<QSslCertificate> pinnedIn(const QList<QSslCertificate> &chain, const QString &fingerprint)
{
    for (const QSslCertificate &c : chain) {
        if (QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex()) == fingerprint)
            return c;
    }
    return std::nullopt;
}

} // namespace

void SyncEngine::enrol(const QString &code, const QString &deviceName, const QString &pinnedCaFingerprint)
{
    const QString pin = pinnedCaFingerprint.toLower();
    QNetworkReply *reply = m_connection.network->post(m_connection.request(QStringLiteral("/v1/enrol")),
        QJsonDocument(QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("device_name"), deviceName}})
            .toJson(QJsonDocument::Compact));
    // Pinning: the CA that signed the server's certificate (or the self-signed certificate itself) must be
    // the one the code names. Errors other than "not trusted" (a wrong host name, an expired certificate)
    // are never ignored.
    auto pinned = std::make_shared<std::optional<QSslCertificate>>();
    auto mismatch = std::make_shared<bool>(false);
    if (!pin.isEmpty() && m_connection.server.scheme() == u"https") {
        connect(reply, &QNetworkReply::sslErrors, this, [reply, pin, pinned, mismatch](const QList<QSslError> &errors) {
            static const QList<QSslError::SslError> untrusted {QSslError::SelfSignedCertificate,
                QSslError::SelfSignedCertificateInChain, QSslError::UnableToGetLocalIssuerCertificate,
                QSslError::UnableToGetIssuerCertificate, QSslError::CertificateUntrusted,
                QSslError::UnableToVerifyFirstCertificate};
            const auto found = pinnedIn(reply->sslConfiguration().peerCertificateChain(), pin);
            const bool onlyUntrusted = std::all_of(
                errors.cbegin(), errors.cend(), [](const QSslError &e) { return untrusted.contains(e.error()); });
            if (found && onlyUntrusted) {
                *pinned = found;
                reply->ignoreSslErrors(errors);
            } else {
                *mismatch = !found;
            }
        });
        connect(reply, &QNetworkReply::encrypted, this, [reply, pin, pinned, mismatch] {
            // A chain the system trusts must still hold the pinned certificate.
            if (const auto found = pinnedIn(reply->sslConfiguration().peerCertificateChain(), pin); !found) {
                *mismatch = true;
                reply->abort();
            } else if (!pinned->has_value()) {
                *pinned = found;
            }
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, pinned, mismatch] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const Reply r = Reply::from(reply, RequestKind::Other, body);
        setOnline(r.httpStatus != 0);
        if (*mismatch) {
            Q_EMIT enrolFinished(false,
                QStringLiteral("The server's certificate does not match the CA fingerprint of the enrolment code: "
                               "nothing was sent. Check the server address, or ask for a new code."));
            return;
        }
        if (r.httpStatus != 200) {
            Q_EMIT enrolFinished(false, r.describe(QString(), reply->errorString()));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        const QString token = o.value(QStringLiteral("token")).toString();
        if (token.isEmpty()) {
            Q_EMIT enrolFinished(false, QStringLiteral("The server's answer holds no token."));
            return;
        }
        if (pinned->has_value()) {
            if (Status s = setCaCertificatesPem(pinned->value().toPem()); !s) {
                Q_EMIT enrolFinished(false, s.error().message);
                return;
            }
        }
        const Status s = store::saveEnrolment(m_store.db(),
            {token, o.value(QStringLiteral("device_id")).toString(),
                qint64(o.value(QStringLiteral("warehouse_id")).toInteger())});
        if (!s) {
            Q_EMIT enrolFinished(false, s.error().message);
            return;
        }
        m_connection.token = token.toUtf8();
        m_authRequired = false;
        m_fatal = false;
        Q_EMIT healthChanged();
        Q_EMIT enrolFinished(true, QString());
    });
}

void SyncEngine::start()
{
    m_started = true;
    m_periodic.start();
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                if (r == QNetworkInformation::Reachability::Online || r == QNetworkInformation::Reachability::Site
                    || r == QNetworkInformation::Reachability::Local)
                    autoSync(); // connectivity regained: the sync itself is the cheap probe
                else
                    setOnline(false);
            });
    }
    autoSync();
}

void SyncEngine::stop()
{
    m_started = false;
    m_periodic.stop();
    m_debounce.stop();
    m_retry.stop();
    if (m_notifyReply)
        m_notifyReply->abort();
}

void SyncEngine::operationRecorded()
{
    refreshHealth();
    m_debounce.start();
}

void SyncEngine::syncNow()
{
    m_fatal = false; // a person asked: try again
    startSync();
}

void SyncEngine::autoSync()
{
    if (!m_fatal)
        startSync();
}

void SyncEngine::startSync()
{
    if (syncing()) {
        m_again = true;
        return;
    }
    if (m_connection.server.isEmpty() || m_connection.token.isEmpty() || m_authRequired) {
        m_lastError = m_authRequired ? QStringLiteral("The server no longer accepts this device: enrol it again.")
                                     : QStringLiteral("This device is not enrolled with a server yet.");
        Q_EMIT healthChanged();
        Q_EMIT syncFinished(false);
        return;
    }
    m_retry.stop();
    m_again = false;
    m_resyncs = 0;
    startPush();
    Q_EMIT healthChanged();
}

void SyncEngine::startPush()
{
    auto *job = new PushJob(m_store, m_connection, m_config.pushBatch, this);
    m_push = job;
    connect(job, &PushJob::serverReached, this, &SyncEngine::setOnline);
    connect(job, &PushJob::batchDone, this, &SyncEngine::refreshHealth);
    connect(job, &PushJob::finished, this, &SyncEngine::onPushFinished);
    job->start();
}

void SyncEngine::onPushFinished(const JobResult &result)
{
    m_push->deleteLater();
    m_push.clear();
    if (!result.ok()) {
        finish(result);
        return;
    }
    startPull();
}

void SyncEngine::startPull()
{
    auto *job = new PullJob(m_store, m_connection, m_worker, m_config.pageRows, m_config.snapshotFile, this);
    m_pull = job;
    connect(job, &PullJob::serverReached, this, &SyncEngine::setOnline);
    connect(job, &PullJob::pageApplied, this, &SyncEngine::onPageApplied);
    connect(job, &PullJob::finished, this, &SyncEngine::onPullFinished);
    job->start();
}

void SyncEngine::onPageApplied(bool snapshot, qint64 rows, qint64 done, qint64 total)
{
    if (snapshot) {
        m_progressRows = done;
        m_progressTotal = total;
    } else {
        m_progressRows += rows;
    }
    Q_EMIT progressChanged();
}

void SyncEngine::onPullFinished(const JobResult &result)
{
    m_pull->deleteLater();
    m_pull.clear();
    if (result.decision == Decision::Resync && m_resyncs++ == 0) {
        // The server was reset or restored (new epoch): take a new snapshot now; pending operations stay,
        // and what the server acknowledged goes up again once it is in (the restored server may have lost it).
        Status s = m_store.outbox().requeueAcknowledged();
        if (s)
            s = store::forgetPullPosition(m_store.db());
        if (!s) {
            finish({classify(Reply::local(RequestKind::Other, s.error().code, s.error().message)), s.error().message});
            return;
        }
        m_again = true;
        startPull();
        return;
    }
    if (result.decision == Decision::Resync) // twice in one sync: let the server settle first
        finish({Decision::RetryLater, result.error});
    else if (result.ok())
        startSscc();
    else
        finish(result);
}

void SyncEngine::startSscc()
{
    auto remaining = store::ssccRemaining(m_store.db());
    auto held = store::ssccRanges(m_store.db());
    if (!remaining || !held) {
        qCWarning(lcSync) << "reading the SSCC ranges failed:"
                          << (remaining ? held.error() : remaining.error()).message;
        finish({});
        return;
    }
    if (m_ssccRefillBelow >= 0 && *remaining >= m_ssccRefillBelow) {
        finish({});
        return;
    }
    QJsonArray have;
    for (const SsccRange &r : std::as_const(*held))
        have.append(r.id);
    const QByteArray body
        = QJsonDocument(QJsonObject {{QStringLiteral("have"), have}, {QStringLiteral("remaining"), *remaining}})
              .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_connection.network->post(m_connection.request(QStringLiteral("/v1/sscc-ranges")), body);
    m_ssccReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_ssccReply.clear();
        const QByteArray answer = reply->readAll();
        const Reply r = Reply::from(reply, RequestKind::Other, answer);
        if (classify(r) != Decision::Proceed) {
            qCWarning(lcSync) << "SSCC ranges not fetched:"
                              << r.describe(QStringLiteral("sscc-ranges"), reply->errorString());
            finish({});
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(answer).object();
        QList<SsccRange> ranges;
        for (const QJsonValue &v : o.value(QLatin1String("ranges")).toArray()) {
            const QJsonObject j = v.toObject();
            const qint64 first = j.value(QLatin1String("first")).toInteger();
            ranges.append(SsccRange {j.value(QLatin1String("id")).toInteger(),
                j.value(QLatin1String("extension")).toInt(), j.value(QLatin1String("company_prefix")).toString(), first,
                j.value(QLatin1String("last")).toInteger(), first});
        }
        if (Status s = store::addSsccRanges(m_store.db(), ranges); !s)
            qCWarning(lcSync) << "storing SSCC ranges failed:" << s.error().message;
        else
            m_ssccRefillBelow = o.value(QLatin1String("refill_below")).toInteger();
        finish({});
    });
}

void SyncEngine::finish(const JobResult &result)
{
    const bool ok = result.ok();
    if (ok) {
        m_failures = 0;
        m_retryDelayMs = 0;
        m_lastSync = m_store.clock().now();
        m_lastError.clear();
        m_lastErrorCode.clear();
        (void)m_store.meta().set(MetaKey::LastSync, m_lastSync);
        auto &outbox = m_store.outbox();
        if (auto purged = outbox.purgeAcknowledged(m_config.outboxKeepDays, m_config.outboxKeepAtLeast); !purged)
            qCWarning(lcSync) << "purging acknowledged operations failed:" << purged.error().message;
    } else {
        m_lastError = result.error;
        m_lastErrorCode = QStringLiteral("sync.") + QLatin1String(decisionName(result.decision));
        qCWarning(lcSync) << "sync failed:" << decisionName(result.decision) << result.error;
        switch (result.decision) {
        case Decision::Reenrol:
            m_authRequired = true;
            break;
        case Decision::Fatal:
            m_fatal = true; // no retry timer: retrying cannot help; the health says why
            break;
        default: {
            ++m_failures;
            const qint64 ceiling
                = qMin<qint64>(m_config.backoffCapMs, qint64(m_config.backoffBaseMs) << qMin(m_failures - 1, 20));
            m_retryDelayMs = int(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
            m_retry.start(m_retryDelayMs);
            break;
        }
        }
    }
    refreshHealth();
    Q_EMIT syncFinished(ok);
    if (ok && m_again)
        QMetaObject::invokeMethod(this, &SyncEngine::startSync, Qt::QueuedConnection);
    else if (ok && m_started && m_config.notify)
        startNotify();
}

void SyncEngine::startNotify()
{
    if (m_notifyReply)
        return;
    QNetworkRequest r = m_connection.request(QStringLiteral("/v1/notify"),
        {{QStringLiteral("cursor"), QString::number(m_store.meta().integer(MetaKey::Cursor).valueOr(0))},
            {QStringLiteral("timeout"), QString::number(m_config.notifyTimeoutMs)}});
    r.setTransferTimeout(m_config.notifyTimeoutMs + 10000);
    QNetworkReply *reply = m_connection.network->get(r);
    m_notifyReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_notifyReply.clear();
        const QByteArray body = reply->readAll();
        if (classify(Reply::from(reply, RequestKind::Other, body)) != Decision::Proceed || !m_started)
            return; // the periodic sync and the retry timer take over
        if (QJsonDocument::fromJson(body).object().value(QStringLiteral("changed")).toBool()) {
            Q_EMIT newWorkNotified();
            autoSync();
        } else {
            startNotify();
        }
    });
}

void SyncEngine::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT healthChanged();
}

void SyncEngine::refreshHealth()
{
    DeviceReport report;
    report.appVersion = QCoreApplication::applicationVersion();
    if (auto health = m_store.outbox().health()) {
        m_pending = health->pending;
        m_exceptions = health->openExceptions;
        m_oldestAge = health->oldestPending.isValid()
            ? qMax<qint64>(0, health->oldestPending.secsTo(m_store.clock().now()))
            : 0;
        if (health->oldestPending.isValid())
            report.oldestPendingAt = utcTime(health->oldestPending);
    }
    report.pendingOps = m_pending;
    report.lastErrorCode = m_lastErrorCode;
    report.lastErrorMessage = m_lastError;
    m_connection.deviceReport = report.toHeader();
    if (!m_lastSync.isValid())
        m_lastSync = m_store.meta().time(MetaKey::LastSync).valueOr(QDateTime());
    Q_EMIT healthChanged();
}

int SyncEngine::progressPercent() const
{
    if (m_progressTotal <= 0)
        return syncing() ? 0 : 100;
    return int(qMin<qint64>(100, m_progressRows * 100 / m_progressTotal));
}

bool syncAndWait(SyncEngine &engine)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&engine, &SyncEngine::syncFinished, &loop, [&](bool success) {
        ok = success;
        loop.quit();
    });
    QMetaObject::invokeMethod(&engine, &SyncEngine::syncNow, Qt::QueuedConnection);
    loop.exec();
    return ok;
}

} // namespace stockhand::sync
