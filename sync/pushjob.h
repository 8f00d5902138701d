// Pushes the outbox batch by batch (docs/sync-protocol.md, "Push"), records each answer in the store, and
// decides through the one classifier what a failure means: shrink the batch to find an operation the server
// cannot read, set one aside, or stop. Ends with exactly one finished().
#pragma once

#include "connection.h"
#include "store/devicestore.h"

#include <QObject>
#include <QPointer>

namespace stockhand::sync {

class PushJob : public QObject
{
    Q_OBJECT
public:
    PushJob(store::DeviceStore &store, const Connection &connection, int batchSize, QObject *parent = nullptr);
    ~PushJob() override;

    void start();

Q_SIGNALS:
    void batchDone(); // the outbox changed (answers recorded, an operation set aside)
    void serverReached(bool reached);
    void finished(const stockhand::sync::JobResult &result);

private:
    void pushBatch();
    void onReply(QNetworkReply *reply, const QList<Operation> &sent);
    void finish(Decision decision, const QString &error = QString());

    store::DeviceStore &m_store;
    const Connection &m_connection;
    const int m_batchSize;
    int m_limit; // shrinks to 1 to isolate an operation the server cannot parse
    QPointer<QNetworkReply> m_reply;
    bool m_finished = false;
};

} // namespace stockhand::sync
