// Pulls the server's feed into the replica (docs/sync-protocol.md, "Pull"): a snapshot (resumed where it
// stopped) or the changes after the replica's cursor, page by page. A page's end line is read once, when it
// arrives: it says where the next page starts, which is fetched while the PullWorker thread applies this one
// (at most two pages wait). The position to resume from lives only in the store's meta; what this job holds
// is which page to ask for next. Ends with exactly one finished(); deleting the job aborts it.
#pragma once

#include "connection.h"
#include "pullworker.h"
#include "snapshotfilejob.h"
#include "store/devicestore.h"

#include <QObject>
#include <QPointer>

namespace stockhand::sync {

class PullJob : public QObject
{
    Q_OBJECT
public:
    // `snapshotFile`: a device that starts from nothing first asks for the server's snapshot file
    // (snapshotfilejob.h) and takes the row pages only when there is none or it fails.
    PullJob(store::DeviceStore &store, const Connection &connection, PullWorker *worker, int pageRows,
        bool snapshotFile = true, QObject *parent = nullptr);
    ~PullJob() override;

    void start();

Q_SIGNALS:
    // Rows applied by one page; for a snapshot also all rows applied so far and its total.
    void pageApplied(bool snapshot, qint64 rows, qint64 snapshotDone, qint64 snapshotTotal);
    void serverReached(bool reached);
    void finished(const stockhand::sync::JobResult &result);

private:
    void requestPage();
    void onFileDone(const SnapshotFileJob::Done &done);
    void onPageReceived(QNetworkReply *reply);
    void onPageApplied(const PullWorker::Applied &applied);
    void finish(Decision decision, const QString &error = QString());

    store::DeviceStore &m_store;
    const Connection &m_connection;
    PullWorker *m_worker;
    const int m_pageRows;
    const bool m_snapshotFile;
    QPointer<SnapshotFileJob> m_fileJob;
    // The pages of this job still to be applied are dropped once this is set (a page failed, or the job
    // ended): applying them would skip what failed.
    PullWorker::CancelFlag m_cancelled = std::make_shared<std::atomic_bool>(false);

    // Which page to ask for next (from the end line of the last page received).
    bool m_snapshot = false;
    bool m_firstPage = false;
    QString m_next;
    qint64 m_cursor = 0;
    QString m_epoch;
    bool m_lastRequested = false;
    int m_pagesInFlight = 0;
    QPointer<QNetworkReply> m_reply;
    bool m_finished = false;
};

} // namespace stockhand::sync
