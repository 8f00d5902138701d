#include "syncengine.h"

#include "outboxsync.h"
#include "pullworker.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <QUrlQuery>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "stockhand.sync", QtInfoMsg)

namespace stockhand::sync {

namespace {

// The end line of a page says where to go on; read it without parsing the page.
QJsonObject endLine(const QByteArray &page)
{
    qsizetype end = page.size();
    while (end > 0 && page[end - 1] == '\n')
        --end;
    const qsizetype start = page.lastIndexOf('\n', end - 1) + 1;
    const QJsonObject o = QJsonDocument::fromJson(page.mid(start, end - start)).object();
    return o.value(QStringLiteral("type")).toString() == u"end" ? o : QJsonObject();
}

QPair<QString, QString> serverError(const QByteArray &body)
{
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    return {e.value(QStringLiteral("code")).toString(), e.value(QStringLiteral("message")).toString()};
}

} // namespace

SyncEngine::SyncEngine(store::DeviceStore &store, QNetworkAccessManager *network, SyncConfig config, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_config(config)
{
    m_pushLimit = m_config.pushBatch;
    m_server = QUrl(m_store.meta(QStringLiteral("server_url")).value());
    m_token = m_store.meta(QStringLiteral("device_token")).value().toUtf8();
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (const QString pem = m_store.meta(QStringLiteral("server_ca_pem")).value(); !pem.isEmpty())
        m_ssl.addCaCertificates(QSslCertificate::fromData(pem.toUtf8(), QSsl::Pem));
    m_worker = new PullWorker(m_store.db().path());
    m_worker->moveToThread(&m_workerThread);
    connect(&m_workerThread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_workerThread.setObjectName(QStringLiteral("stockhand-sync"));
    m_workerThread.start();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(m_config.debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_periodic.setInterval(m_config.periodicMs);
    connect(&m_periodic, &QTimer::timeout, this, &SyncEngine::syncNow);
    refreshHealth();
}

SyncEngine::~SyncEngine()
{
    stop();
    if (m_pageReply)
        m_pageReply->abort();
    m_workerThread.quit();
    m_workerThread.wait();
}

void SyncEngine::setServer(const QUrl &url)
{
    m_server = url;
    (void)m_store.setMeta(QStringLiteral("server_url"), url.toString());
}

Status SyncEngine::setCaCertificatesPem(const QByteArray &pem)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certs.isEmpty())
        return makeError("tls.no-certificate", QStringLiteral("No PEM certificate found in what was given."));
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.addCaCertificates(certs);
    return m_store.setMeta(QStringLiteral("server_ca_pem"), QString::fromUtf8(pem));
}

QNetworkRequest SyncEngine::request(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_server;
    url.setPath(url.path() + path);
    QUrlQuery q;
    q.setQueryItems(query);
    url.setQuery(q);
    QNetworkRequest r(url);
    r.setTransferTimeout(m_config.transferTimeoutMs);
    if (url.scheme() == u"https")
        r.setSslConfiguration(m_ssl);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_token);
    return r;
}

void SyncEngine::enrol(const QString &code, const QString &deviceName)
{
    QNetworkReply *reply = m_network->post(request(QStringLiteral("/v1/enrol")),
        QJsonDocument(QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("device_name"), deviceName}})
            .toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        setOnline(status != 0);
        const QByteArray body = reply->readAll();
        if (status != 200) {
            const QString message = serverError(body).second;
            Q_EMIT enrolFinished(false, message.isEmpty() ? reply->errorString() : message);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        const QString token = o.value(QStringLiteral("token")).toString();
        if (token.isEmpty()) {
            Q_EMIT enrolFinished(false, QStringLiteral("The server's answer holds no token."));
            return;
        }
        db::Transaction tx(m_store.db());
        Status s = tx.begun();
        if (s)
            s = m_store.setMeta(QStringLiteral("device_token"), token);
        if (s)
            s = m_store.setMeta(QStringLiteral("server_device_id"), o.value(QStringLiteral("device_id")).toString());
        if (s)
            s = m_store.setMeta(
                QStringLiteral("warehouse_id"), QString::number(o.value(QStringLiteral("warehouse_id")).toInteger()));
        if (s)
            s = tx.commit();
        if (!s) {
            Q_EMIT enrolFinished(false, s.error().message);
            return;
        }
        m_token = token.toUtf8();
        m_authRequired = false;
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
                    syncNow(); // connectivity regained: the sync itself is the cheap probe
                else
                    setOnline(false);
            });
    }
    syncNow();
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
    if (m_running) {
        m_again = true;
        return;
    }
    if (m_server.isEmpty() || m_token.isEmpty() || m_authRequired) {
        m_lastError = m_authRequired ? QStringLiteral("The server no longer accepts this device: enrol it again.")
                                     : QStringLiteral("This device is not enrolled with a server yet.");
        Q_EMIT healthChanged();
        Q_EMIT syncFinished(false);
        return;
    }
    m_retry.stop();
    m_running = true;
    m_again = false;
    Q_EMIT healthChanged();
    push();
}

void SyncEngine::push()
{
    auto batch = nextPushBatch(m_store, m_pushLimit);
    if (!batch) {
        finish(false, batch.error().message, FailureClass::RetryLater);
        return;
    }
    if (batch->operations.isEmpty()) {
        m_pushLimit = m_config.pushBatch;
        pull();
        return;
    }
    QNetworkReply *reply = m_network->post(request(QStringLiteral("/v1/push")), batch->body);
    const QList<Operation> sent = batch->operations;
    connect(reply, &QNetworkReply::finished, this, [this, reply, sent] { onPushFinished(reply, sent); });
}

bool SyncEngine::handleHttpFailure(QNetworkReply *reply, const char *what)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    setOnline(status != 0);
    const FailureClass cls = classifyFailure(reply->error(), status);
    if (cls == FailureClass::None)
        return false;
    const auto [code, message] = serverError(reply->peek(4096));
    const QString text
        = QStringLiteral("%1 failed: %2").arg(QLatin1String(what), message.isEmpty() ? reply->errorString() : message);
    finish(false, text, cls);
    return true;
}

void SyncEngine::onPushFinished(QNetworkReply *reply, const QList<Operation> &sent)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 400 || status == 413) {
        // The batch as a whole was refused: find the operation that cannot be parsed and set it aside,
        // so that it never blocks the others.
        setOnline(true);
        const auto [code, message] = serverError(reply->readAll());
        if (sent.size() > 1) {
            m_pushLimit = 1;
        } else if (Status s = rejectLocally(m_store, sent.first(), code, message); !s) {
            finish(false, s.error().message, FailureClass::RetryLater);
            return;
        } else {
            m_pushLimit = m_config.pushBatch;
            refreshHealth();
        }
        push();
        return;
    }
    if (status == 403) {
        // A user's roles do not allow one operation (they changed on the server since this device last
        // synced): the server names it and refuses the batch. That operation is set aside with the
        // server's code, the others go up again.
        const QByteArray body = reply->readAll();
        const auto [code, message] = serverError(body);
        const QUuid uuid = QUuid::fromString(QJsonDocument::fromJson(body)
                                                 .object()
                                                 .value(QStringLiteral("error"))
                                                 .toObject()
                                                 .value(QStringLiteral("operation"))
                                                 .toObject()
                                                 .value(QStringLiteral("uuid"))
                                                 .toString());
        const auto named
            = std::find_if(sent.cbegin(), sent.cend(), [&](const Operation &op) { return op.uuid == uuid; });
        if (!uuid.isNull() && named != sent.cend()) {
            setOnline(true);
            if (Status s = rejectLocally(m_store, *named, code, message); !s) {
                finish(false, s.error().message, FailureClass::RetryLater);
                return;
            }
            refreshHealth();
            push();
            return;
        }
    }
    if (handleHttpFailure(reply, "push"))
        return;
    auto outcome = recordPushResults(m_store, sent, reply->readAll());
    if (!outcome) {
        finish(false, outcome.error().message, FailureClass::RetryLater);
        return;
    }
    qCDebug(lcSync) << "push:" << outcome->applied << "applied," << outcome->duplicates << "duplicates,"
                    << outcome->rejected << "rejected";
    refreshHealth();
    push(); // the next batch, or the pull when the outbox is empty
}

void SyncEngine::pull()
{
    auto gen = m_store.meta(QStringLiteral("pull_gen"), QStringLiteral("0"));
    Status s = gen ? m_store.setMeta(QStringLiteral("pull_gen"), QString::number(gen->toLongLong() + 1))
                   : Status(gen.error());
    auto epoch = m_store.meta(QStringLiteral("epoch"));
    auto cursor = m_store.meta(QStringLiteral("cursor"), QStringLiteral("0"));
    auto next = m_store.meta(QStringLiteral("snapshot_next"));
    if (!s || !epoch || !cursor || !next) {
        finish(false, QStringLiteral("The store cannot be read: ") + (s ? QString() : s.error().message),
            FailureClass::RetryLater);
        return;
    }
    ++m_pullId;
    m_epoch = *epoch;
    m_cursor = cursor->toLongLong();
    m_snapshot = m_epoch.isEmpty();
    m_next = *next;
    m_firstPage = m_snapshot && m_next.isEmpty();
    m_lastRequested = false;
    m_pagesInFlight = 0;
    requestPage();
}

void SyncEngine::requestPage()
{
    QList<QPair<QString, QString>> q {{QStringLiteral("limit"), QString::number(m_config.pageRows)}};
    QString path;
    if (m_snapshot) {
        path = QStringLiteral("/v1/snapshot");
        if (!m_next.isEmpty())
            q.append({QStringLiteral("from"), m_next});
    } else {
        path = QStringLiteral("/v1/changes");
        q.append({QStringLiteral("cursor"), QString::number(m_cursor)});
        q.append({QStringLiteral("epoch"), m_epoch});
    }
    QNetworkReply *reply = m_network->get(request(path, q));
    m_pageReply = reply;
    const quint64 pullId = m_pullId;
    connect(reply, &QNetworkReply::finished, this, [this, reply, pullId] { onPageReceived(reply, pullId); });
}

void SyncEngine::onPageReceived(QNetworkReply *reply, quint64 pullId)
{
    reply->deleteLater();
    if (pullId != m_pullId || !m_running)
        return;
    m_pageReply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 409 && !m_snapshot) {
        // The server was reset or restored: resync from a snapshot; pending operations stay.
        setOnline(true);
        qCInfo(lcSync) << "server epoch changed: full resync";
        if (Status st = requeueAcknowledged(m_store); !st) {
            finish(false, st.error().message, FailureClass::RetryLater);
            return;
        }
        m_again = true; // push what the restored server may have lost once the snapshot is in
        (void)m_store.setMeta(QStringLiteral("epoch"), QString());
        m_epoch.clear();
        m_snapshot = true;
        m_firstPage = true;
        m_next.clear();
        ++m_pullId;
        requestPage();
        return;
    }
    if (handleHttpFailure(reply, m_snapshot ? "snapshot" : "changes"))
        return;
    const QByteArray page = reply->readAll();
    const QJsonObject end = endLine(page);
    if (end.isEmpty()) {
        finish(false, QStringLiteral("A feed page arrived cut short; it will be fetched again."),
            FailureClass::RetryLater);
        return;
    }
    const bool snapshot = m_snapshot;
    const bool first = m_firstPage;
    m_firstPage = false;
    bool last;
    if (snapshot) {
        m_next = end.value(QStringLiteral("next")).toString();
        last = m_next.isEmpty();
    } else {
        m_cursor = end.value(QStringLiteral("cursor")).toInteger();
        last = !end.value(QStringLiteral("more")).toBool();
    }
    m_lastRequested = last;
    ++m_pagesInFlight;
    QPointer<SyncEngine> self(this);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, self, pullId, snapshot, first, page] {
        const PullWorker::Applied a = w->apply(pullId, snapshot, first, page);
        QMetaObject::invokeMethod(self.data(), [self, pullId, a] {
            if (!self)
                return;
            if (a.ok)
                self->onPageApplied(pullId, a.last, a.outcome.rows, a.outcome.snapshotDone, a.outcome.snapshotTotal);
            else
                self->onPageFailed(pullId, a.error.code, a.error.message);
        });
    });
    // Fetch the next page while this one is applied (at most two pages wait in memory).
    if (!last && m_pagesInFlight < 2)
        requestPage();
}

void SyncEngine::onPageApplied(quint64 pullId, bool last, qint64 rows, qint64 done, qint64 total)
{
    if (pullId != m_pullId)
        return;
    --m_pagesInFlight;
    if (m_snapshot) {
        m_progressRows = done;
        m_progressTotal = total;
    } else {
        m_progressRows += rows;
    }
    Q_EMIT progressChanged();
    if (last && m_snapshot) {
        // The snapshot is complete: follow the feed from its cursor (changes made while it was taken).
        auto cursor = m_store.meta(QStringLiteral("cursor"), QStringLiteral("0"));
        auto epoch = m_store.meta(QStringLiteral("epoch"));
        if (!cursor || !epoch) {
            finish(false, QStringLiteral("The store cannot be read."), FailureClass::RetryLater);
            return;
        }
        m_snapshot = false;
        m_cursor = cursor->toLongLong();
        m_epoch = *epoch;
        m_lastRequested = false;
        ++m_pullId;
        requestPage();
        return;
    }
    if (last) {
        finish(true);
        return;
    }
    if (!m_pageReply && !m_lastRequested)
        requestPage();
}

void SyncEngine::onPageFailed(quint64 pullId, const QString &code, const QString &message)
{
    if (pullId != m_pullId)
        return;
    if (code == u"feed.epoch-changed") { // restored during the snapshot: start it again next time
        (void)m_store.db().exec("DELETE FROM meta WHERE key IN ('snapshot_next', 'epoch')");
        (void)requeueAcknowledged(m_store);
    }
    finish(false, QStringLiteral("Applying the server's changes failed: ") + message, FailureClass::RetryLater);
}

void SyncEngine::finish(bool ok, const QString &error, FailureClass cls)
{
    ++m_pullId; // pages still on their way belong to no pull now
    if (m_pageReply)
        m_pageReply->abort();
    m_running = false;
    if (ok) {
        m_failures = 0;
        m_retryDelayMs = 0;
        m_lastSync = m_store.clock().now();
        m_lastError.clear();
        (void)m_store.setMeta(QStringLiteral("last_sync"), m_lastSync.toString(Qt::ISODateWithMs));
        if (auto purged = m_store.purgeAcknowledged(m_config.outboxKeepDays, m_config.outboxKeepAtLeast); !purged)
            qCWarning(lcSync) << "purging acknowledged operations failed:" << purged.error().message;
    } else {
        m_lastError = error;
        qCWarning(lcSync) << "sync failed:" << failureClassName(cls) << error;
        if (cls == FailureClass::Reauthenticate) {
            m_authRequired = true;
        } else {
            ++m_failures;
            const qint64 ceiling
                = qMin<qint64>(m_config.backoffCapMs, qint64(m_config.backoffBaseMs) << qMin(m_failures - 1, 20));
            m_retryDelayMs = int(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
            m_retry.start(m_retryDelayMs);
        }
    }
    refreshHealth();
    Q_EMIT syncFinished(ok);
    if (ok && m_again)
        QMetaObject::invokeMethod(this, &SyncEngine::syncNow, Qt::QueuedConnection);
    else if (ok && m_started && m_config.notify)
        startNotify();
}

void SyncEngine::startNotify()
{
    if (m_notifyReply)
        return;
    QNetworkRequest r = request(QStringLiteral("/v1/notify"),
        {{QStringLiteral("cursor"), QString::number(m_cursor)},
            {QStringLiteral("timeout"), QString::number(m_config.notifyTimeoutMs)}});
    r.setTransferTimeout(m_config.notifyTimeoutMs + 10000);
    QNetworkReply *reply = m_network->get(r);
    m_notifyReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_notifyReply.clear();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 || !m_started)
            return; // the periodic sync and the retry timer take over
        if (QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("changed")).toBool()) {
            Q_EMIT newWorkNotified();
            syncNow();
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
    auto pending = m_store.pendingCount();
    auto exceptions = m_store.db().queryInt("SELECT count(*) FROM device_exception WHERE resolved = 0");
    auto oldest = m_store.db().prepare("SELECT min(local_time) FROM outbox WHERE state = 'pending'");
    m_pending = pending ? *pending : m_pending;
    m_exceptions = exceptions ? *exceptions : m_exceptions;
    m_oldestAge = 0;
    if (oldest && oldest->step().value() && !oldest->isNull(0)) {
        const QDateTime t = QDateTime::fromString(oldest->text(0), Qt::ISODateWithMs);
        m_oldestAge = qMax<qint64>(0, t.secsTo(m_store.clock().now()));
    }
    if (!m_lastSync.isValid()) {
        auto last = m_store.meta(QStringLiteral("last_sync"));
        if (last && !last->isEmpty())
            m_lastSync = QDateTime::fromString(*last, Qt::ISODateWithMs);
    }
    Q_EMIT healthChanged();
}

int SyncEngine::progressPercent() const
{
    if (m_progressTotal <= 0)
        return m_running ? 0 : 100;
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
