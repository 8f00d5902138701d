#include "snapshotfilejob.h"

#include "store/snapshotfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace stockhand::sync {

SnapshotFileJob::SnapshotFileJob(const Connection &connection, PullWorker *worker, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_worker(worker)
    , m_storePath(worker->storePath())
{ }

SnapshotFileJob::~SnapshotFileJob()
{
    m_finished = true;
    dropReply();
}

void SnapshotFileJob::dropReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply.clear();
    m_part.close();
}

void SnapshotFileJob::start()
{
    askInfo();
}

void SnapshotFileJob::finish(Done done)
{
    if (m_finished)
        return;
    m_finished = true;
    dropReply();
    Q_EMIT finished(done);
}

void SnapshotFileJob::fallback(const QString &why)
{
    qCInfo(lcSync).noquote() << QStringLiteral("snapshot file not used, taking the row pages: %1").arg(why);
    finish(Done {Outcome::Fallback, {}, 0, {}, 0});
}

void SnapshotFileJob::fail(Decision decision, const QString &error)
{
    finish(Done {Outcome::Failed, JobResult {decision, error}, 0, {}, 0});
}

void SnapshotFileJob::askInfo()
{
    if (m_finished)
        return;
    QNetworkReply *reply = m_connection.network->get(m_connection.request(QStringLiteral("/v1/snapshot-file")));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onInfo(reply); });
}

void SnapshotFileJob::onInfo(QNetworkReply *network)
{
    network->deleteLater();
    m_reply.clear();
    const QByteArray body = network->readAll();
    const Reply reply = Reply::from(network, RequestKind::Other, body);
    Q_EMIT serverReached(reply.httpStatus != 0);
    if (reply.httpStatus == 404 || reply.httpStatus == 405 || reply.httpStatus == 400) {
        // An older server without the endpoint, snapshot files off, or a build that failed.
        fallback(reply.describe(QStringLiteral("snapshot file"), network->errorString()));
        return;
    }
    if (const Decision d = classify(reply); d != Decision::Proceed) {
        fail(d, reply.describe(QStringLiteral("snapshot file"), network->errorString()));
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (reply.httpStatus == 202) { // being built: ask again
        const int wait = qBound(50, o.value(QStringLiteral("retry_after_ms")).toInt(500), 5000);
        m_waitedMs += wait;
        if (m_waitedMs > kMaxWaitMs) {
            fallback(QStringLiteral("the server did not finish building it in %1 s").arg(kMaxWaitMs / 1000));
            return;
        }
        QTimer::singleShot(wait, this, &SnapshotFileJob::askInfo);
        return;
    }
    m_info.id = o.value(QStringLiteral("id")).toString();
    m_info.encoding = o.value(QStringLiteral("encoding")).toString();
    m_info.size = o.value(QStringLiteral("size")).toInteger();
    m_info.sha256 = o.value(QStringLiteral("sha256")).toString().toLatin1();
    m_info.epoch = o.value(QStringLiteral("epoch")).toString();
    m_info.cursor = o.value(QStringLiteral("cursor")).toInteger();
    m_info.rows = o.value(QStringLiteral("rows")).toInteger();
    m_info.schema = o.value(QStringLiteral("schema")).toInt();
    m_info.warehouseId = o.value(QStringLiteral("warehouse_id")).toInteger();
    static const QRegularExpression safeId(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!safeId.match(m_info.id).hasMatch() || m_info.size <= 0 || m_info.sha256.size() != 64
        || m_info.epoch.isEmpty()) {
        fallback(QStringLiteral("the server's answer does not describe a file"));
        return;
    }
    if (m_info.encoding != u"zstd") {
        fallback(QStringLiteral("encoding %1 is not one this device reads").arg(m_info.encoding));
        return;
    }
    if (m_info.schema != store::snapshotSchemaVersion()) {
        fallback(QStringLiteral("the file is made for device schema %1, this device has %2")
                     .arg(m_info.schema)
                     .arg(store::snapshotSchemaVersion()));
        return;
    }
    download();
}

namespace {
constexpr qint64 kDownloadBufferBytes = 1 << 20;
}

void SnapshotFileJob::download()
{
    removeSnapshotLeftovers(m_storePath, m_info.id);
    m_part.setFileName(snapshotPartPath(m_storePath, m_info.id));
    const qint64 have = m_part.size();
    if (have > m_info.size)
        m_part.remove();
    if (m_part.exists() && have == m_info.size) { // complete before an interruption
        import();
        return;
    }
    if (!m_part.open(QIODevice::WriteOnly | QIODevice::Append)) {
        fallback(QStringLiteral("the download cannot be written next to the store"));
        return;
    }
    QNetworkRequest request
        = m_connection.request(QStringLiteral("/v1/snapshot-file/data"), {{QStringLiteral("id"), m_info.id}});
    m_rangeAsked = m_part.size() > 0;
    if (m_rangeAsked)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_part.size()) + '-');
    m_statusChecked = false;
    m_writeFailed = false;
    QNetworkReply *reply = m_connection.network->get(request);
    // The network thread reads no further ahead than this: without a bound it takes the socket's bytes as
    // fast as loopback or a LAN gives them and queues them for this thread, and a 70 MB file sat in memory.
    reply->setReadBufferSize(kDownloadBufferBytes);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &SnapshotFileJob::onData);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onDownloaded(reply); });
}

void SnapshotFileJob::onData()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206) {
        return; // an error body: read in onDownloaded
    }
    if (!m_statusChecked) {
        m_statusChecked = true;
        if (status == 200 && m_part.size() > 0) // the whole file after all: start over
            m_part.resize(0);
    }
    const QByteArray chunk = m_reply->readAll();
    if (!m_writeFailed && m_part.write(chunk) != chunk.size())
        m_writeFailed = true;
}

void SnapshotFileJob::onDownloaded(QNetworkReply *network)
{
    network->deleteLater();
    onData();
    m_reply.clear();
    m_part.close();
    const QByteArray body = network->readAll();
    const Reply reply = Reply::from(network, RequestKind::Other, body);
    Q_EMIT serverReached(reply.httpStatus != 0);
    if (m_writeFailed) {
        fallback(QStringLiteral("the download could not be written next to the store"));
        return;
    }
    if ((reply.httpStatus == 404 || reply.httpStatus == 416) && m_retries < 1) {
        // The file was replaced (or the server restarted), or the range does not fit: start again.
        ++m_retries;
        m_part.remove();
        askInfo();
        return;
    }
    if (reply.httpStatus == 404 || reply.httpStatus == 416) {
        m_part.remove();
        fallback(reply.describe(QStringLiteral("snapshot file"), network->errorString()));
        return;
    }
    if (const Decision d = classify(reply); d != Decision::Proceed) {
        // The part stays: the next sync resumes it with Range.
        fail(d, reply.describe(QStringLiteral("snapshot file"), network->errorString()));
        return;
    }
    if (m_part.size() != m_info.size) {
        fail(classify(Reply::local(RequestKind::Feed, QStringLiteral("feed.truncated"), QString())),
            QStringLiteral("The snapshot file arrived cut short; the download resumes."));
        return;
    }
    import();
}

void SnapshotFileJob::import()
{
    QPointer<SnapshotFileJob> self(this);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, self, path = m_part.fileName(), info = m_info] {
        const PullWorker::Imported r = w->importSnapshotFile(path, info);
        QMetaObject::invokeMethod(self.data(), [self, r, info] {
            if (!self)
                return;
            if (r.ok) {
                qCInfo(lcSync).noquote() << QStringLiteral(
                    "snapshot file %1: %2 rows imported, following the feed from %3")
                                                .arg(info.id)
                                                .arg(r.rows)
                                                .arg(info.cursor);
                self->finish(Done {Outcome::Imported, {}, r.rows, info.epoch, info.cursor});
            } else if (r.fileRefused) {
                self->fallback(r.error.message);
            } else {
                self->fail(classify(Reply::local(RequestKind::Feed, r.error.code, r.error.message)),
                    QStringLiteral("Importing the snapshot file failed: ") + r.error.message);
            }
        });
    });
}

} // namespace stockhand::sync
