#include "pushjob.h"

#include "outboxsync.h"

#include <QLoggingCategory>
#include <QNetworkReply>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace stockhand::sync {

PushJob::PushJob(store::DeviceStore &store, const Connection &connection, int batchSize, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_connection(connection)
    , m_batchSize(batchSize)
    , m_limit(batchSize)
{ }

PushJob::~PushJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void PushJob::start()
{
    pushBatch();
}

void PushJob::finish(Decision decision, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(JobResult {decision, error});
}

void PushJob::pushBatch()
{
    auto batch = m_store.outbox().nextBatch(m_limit);
    if (!batch) {
        finish(classify(Reply::local(RequestKind::Push, batch.error().code, batch.error().message)),
            batch.error().message);
        return;
    }
    if (batch->isEmpty()) {
        finish(Decision::Proceed);
        return;
    }
    const QList<Operation> sent = *batch;
    QNetworkReply *reply
        = m_connection.network->post(m_connection.request(QStringLiteral("/v1/push")), pushRequestBody(sent));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, sent] { onReply(reply, sent); });
}

void PushJob::onReply(QNetworkReply *network, const QList<Operation> &sent)
{
    network->deleteLater();
    m_reply.clear();
    const QByteArray body = network->readAll();
    Reply reply = Reply::from(network, RequestKind::Push, body);
    for (const Operation &op : sent)
        reply.batch.append(op.uuid);
    Q_EMIT serverReached(reply.httpStatus != 0);
    switch (const Decision d = classify(reply)) {
    case Decision::Proceed: {
        auto answers = readPushAnswers(sent, body);
        auto outcome = answers ? m_store.outbox().recordAnswers(*answers) : Result<store::PushOutcome>(answers.error());
        if (!outcome) {
            finish(classify(Reply::local(RequestKind::Push, outcome.error().code, outcome.error().message)),
                outcome.error().message);
            return;
        }
        qCDebug(lcSync) << "push:" << outcome->applied << "applied," << outcome->duplicates << "duplicates,"
                        << outcome->rejected << "rejected";
        Q_EMIT batchDone();
        pushBatch(); // the next batch, or done when the outbox is empty
        return;
    }
    case Decision::ShrinkBatch:
        // The batch as a whole was refused: find the operation that cannot be parsed, one at a time.
        m_limit = 1;
        pushBatch();
        return;
    case Decision::SetAsideOne: {
        // The one operation of a refused batch of one, or the one a 403 names (a user's roles changed on
        // the server since this device last synced): set aside with the server's code, the others go on.
        const auto named = std::find_if(sent.cbegin(), sent.cend(),
            [&](const Operation &op) { return sent.size() == 1 || op.uuid == reply.operation; });
        if (Status s = m_store.outbox().setAside(*named, reply.code, reply.message); !s) {
            finish(classify(Reply::local(RequestKind::Push, s.error().code, s.error().message)), s.error().message);
            return;
        }
        m_limit = m_batchSize;
        Q_EMIT batchDone();
        pushBatch();
        return;
    }
    default:
        finish(d, reply.describe(QStringLiteral("push"), network->errorString()));
        return;
    }
}

} // namespace stockhand::sync
