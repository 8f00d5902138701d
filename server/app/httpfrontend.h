// The thin HTTP(S) front end: translates Qt HttpServer requests into server-core Requests, hands snapshot
// and changes pages to the reader threads, parks long polls until the feed moves, writes one access-log
// line per request (request id, never a token). Sockets and responders stay on the main thread.
#pragma once

#include "readerpool.h"
#include "servercore.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <list>

namespace stockhand::server {

class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // readers may be null: then every request is answered by core on this thread.
    HttpFrontend(ServerCore &core, ReaderPool *readers, QString scheme, QObject *parent = nullptr);
    // Waits for the reader jobs (they post their answers to this object).
    ~HttpFrontend() override;

    // Answers every parked long poll now (at shutdown).
    void releaseWaiters();
    // Wakes long polls whose warehouse feed moved or whose time ran out.
    void checkWaiters();
    // Stops accepting connections.
    void stopListening();
    // Hands every answer already written to a socket to the kernel (before the process exits).
    // Returns the number of open connections. With waitMs, blocks until each socket's answer is written
    // (at most waitMs per socket): for the last flush before the process ends.
    int flushAll(int waitMs = 0);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Parked
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        Wait wait;
        qint64 deadlineMs;
        QString requestId;
        QString deviceId;
        QElapsedTimer started;
    };
    // A request whose answer is not written yet: computed by a reader, or queued behind such an answer on
    // the same connection (HTTP/1.1 answers go out in request order).
    struct Deferred
    {
        quint64 id;
        QPointer<QTcpSocket> socket;
        QHttpServerResponder responder;
        QString requestId;
        QByteArray method;
        QString path;
        QElapsedTimer started;
        bool ready = false;
        Response response;
    };
    bool hasDeferred(const QTcpSocket *socket) const;
    void readerAnswered(quint64 id, Response response);
    // Writes the answers of this connection that are ready and next in line.
    void sendReady(const QTcpSocket *socket);
    void send(QHttpServerResponder &responder, const Response &response, const QString &requestId);
    void logLine(const QString &requestId, const QByteArray &method, const QString &path, const Response &response,
        qint64 ms) const;

    ServerCore &m_core;
    ReaderPool *m_readers;
    QString m_scheme;
    std::list<Parked> m_parked;
    std::list<Deferred> m_deferred; // in arrival order
    quint64 m_deferredCounter = 0;
    QTimer m_waitTimer;
    QElapsedTimer m_clock;
    quint64 m_requestCounter = 0;
};

// Called by every front end after a request that may have written: wakes the long polls of all of them.
void wakeAllFrontends();

} // namespace stockhand::server
