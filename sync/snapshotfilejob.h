// The first sync from a snapshot file (docs/sync-protocol.md, "Snapshot file"): asks the server for its
// file (waits while it is built), downloads it next to the store (resuming with Range after an
// interruption), and has the PullWorker check and import it. Ends with one finished(): imported (the pull
// goes on with /v1/changes from the file's cursor), fallback (the row pages: an old server without the
// endpoint, or a file that failed its checks, said in one log line), or failed (the sync's own decision:
// network down, re-enrol ...; the download stays for the next try). Deleting the job aborts it.
#pragma once

#include "connection.h"
#include "pullworker.h"
#include "snapshotfile.h"

#include <QFile>
#include <QObject>
#include <QPointer>

namespace stockhand::sync {

class SnapshotFileJob : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Imported, Fallback, Failed };
    struct Done
    {
        Outcome outcome = Outcome::Failed;
        JobResult result; // Failed: why and what to do
        qint64 rows = 0; // Imported
        QString epoch;
        qint64 cursor = 0;
    };

    SnapshotFileJob(const Connection &connection, PullWorker *worker, QObject *parent = nullptr);
    ~SnapshotFileJob() override;

    void start();

    // How long a device waits for the server to build a file before it takes the pages.
    static constexpr int kMaxWaitMs = 300000;

Q_SIGNALS:
    void serverReached(bool reached);
    void finished(const stockhand::sync::SnapshotFileJob::Done &done);

private:
    void askInfo();
    void onInfo(QNetworkReply *reply);
    void download();
    void onData();
    void onDownloaded(QNetworkReply *reply);
    void import();
    void fallback(const QString &why);
    void fail(Decision decision, const QString &error);
    void finish(Done done);
    void dropReply();

    const Connection &m_connection;
    PullWorker *m_worker;
    const QString m_storePath;
    SnapshotFileInfo m_info;
    QPointer<QNetworkReply> m_reply;
    QFile m_part;
    bool m_rangeAsked = false;
    bool m_statusChecked = false;
    bool m_writeFailed = false;
    int m_waitedMs = 0;
    int m_retries = 0; // a file replaced or a range refused: ask again once
    bool m_finished = false;
};

} // namespace stockhand::sync
