#include "pulljob.h"

#include "store/meta.h"

#include <QLoggingCategory>
#include <QNetworkReply>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace stockhand::sync {

PullJob::PullJob(store::DeviceStore &store, const Connection &connection, PullWorker *worker, int pageRows,
    bool snapshotFile, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_connection(connection)
    , m_worker(worker)
    , m_pageRows(pageRows)
    , m_snapshotFile(snapshotFile)
{ }

PullJob::~PullJob()
{
    m_cancelled->store(true);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void PullJob::start()
{
    auto state = store::beginPull(m_store.db());
    if (!state) {
        finish(classify(Reply::local(RequestKind::Feed, state.error().code, state.error().message)),
            QStringLiteral("The store cannot be read: ") + state.error().message);
        return;
    }
    m_snapshot = state->needsSnapshot();
    m_epoch = state->epoch;
    m_cursor = state->cursor;
    m_next = state->snapshotNext;
    m_firstPage = m_snapshot && m_next.isEmpty();
    if (!m_snapshot) // a snapshot file imported just before a kill may still lie next to the store
        removeSnapshotLeftovers(m_worker->storePath());
    if (m_firstPage && m_snapshotFile) {
        // From nothing (or a resync): the server's ready-built file first, the row pages as the fallback.
        auto *job = new SnapshotFileJob(m_connection, m_worker, this);
        m_fileJob = job;
        connect(job, &SnapshotFileJob::serverReached, this, &PullJob::serverReached);
        connect(job, &SnapshotFileJob::finished, this, &PullJob::onFileDone);
        job->start();
        return;
    }
    requestPage();
}

void PullJob::onFileDone(const SnapshotFileJob::Done &done)
{
    if (m_fileJob)
        m_fileJob->deleteLater();
    m_fileJob.clear();
    switch (done.outcome) {
    case SnapshotFileJob::Outcome::Failed:
        finish(done.result.decision, done.result.error);
        return;
    case SnapshotFileJob::Outcome::Fallback:
        requestPage();
        return;
    case SnapshotFileJob::Outcome::Imported:
        Q_EMIT pageApplied(true, done.rows, done.rows, done.rows);
        // Follow the feed from the file's cursor (changes made since it was built).
        m_snapshot = false;
        m_firstPage = false;
        m_cursor = done.cursor;
        m_epoch = done.epoch;
        m_lastRequested = false;
        requestPage();
        return;
    }
}

void PullJob::finish(Decision decision, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancelled->store(true);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    delete m_fileJob.data();
    Q_EMIT finished(JobResult {decision, error});
}

void PullJob::requestPage()
{
    QList<QPair<QString, QString>> q {{QStringLiteral("limit"), QString::number(m_pageRows)}};
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
    QNetworkReply *reply = m_connection.network->get(m_connection.request(path, q));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPageReceived(reply); });
}

void PullJob::onPageReceived(QNetworkReply *network)
{
    network->deleteLater();
    m_reply.clear();
    QByteArray body = network->readAll();
    const Reply reply = Reply::from(network, RequestKind::Feed, body);
    Q_EMIT serverReached(reply.httpStatus != 0);
    if (const Decision d = classify(reply); d != Decision::Proceed) {
        if (d == Decision::Resync)
            qCInfo(lcSync) << "server epoch changed: full resync";
        finish(d,
            reply.describe(
                m_snapshot ? QStringLiteral("snapshot") : QStringLiteral("changes"), network->errorString()));
        return;
    }
    std::optional<FeedPage> page = readPageEnd(std::move(body));
    if (!page) {
        finish(classify(Reply::local(RequestKind::Feed, QStringLiteral("feed.truncated"), QString())),
            QStringLiteral("A feed page arrived cut short; it will be fetched again."));
        return;
    }
    const bool snapshot = m_snapshot;
    const bool first = m_firstPage;
    const bool last = page->end.last(snapshot);
    m_firstPage = false;
    if (snapshot)
        m_next = page->end.next;
    else
        m_cursor = page->end.cursor;
    m_lastRequested = last;
    ++m_pagesInFlight;
    QPointer<PullJob> self(this);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, self, cancelled = m_cancelled, snapshot, first, page = std::move(*page)] {
            const PullWorker::Applied a = w->apply(page, snapshot, first, cancelled);
            QMetaObject::invokeMethod(self.data(), [self, a] {
                if (self)
                    self->onPageApplied(a);
            });
        });
    // Fetch the next page while this one is applied (at most two pages wait in memory).
    if (!last && m_pagesInFlight < 2)
        requestPage();
}

void PullJob::onPageApplied(const PullWorker::Applied &a)
{
    if (m_finished)
        return;
    if (!a.ok) {
        finish(classify(Reply::local(RequestKind::Feed, a.error.code, a.error.message)),
            QStringLiteral("Applying the server's changes failed: ") + a.error.message);
        return;
    }
    --m_pagesInFlight;
    Q_EMIT pageApplied(m_snapshot, a.outcome.rows, a.outcome.snapshotDone, a.outcome.snapshotTotal);
    if (a.last && m_snapshot) {
        // The snapshot is complete: follow the feed from its cursor (changes made while it was taken).
        m_snapshot = false;
        m_cursor = a.outcome.cursor;
        m_epoch = a.outcome.epoch;
        m_lastRequested = false;
        requestPage();
        return;
    }
    if (a.last) {
        finish(Decision::Proceed);
        return;
    }
    if (!m_reply && !m_lastRequested)
        requestPage();
}

} // namespace stockhand::sync
