// The thin HTTP(S) front end: translates Qt HttpServer requests into server-core Requests, parks long
// polls until the feed moves, writes one access-log line per request (request id, never a token).
#pragma once

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
    HttpFrontend(ServerCore &core, QString scheme, QObject *parent = nullptr);

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
    void send(QHttpServerResponder &responder, const Response &response, const QString &requestId);
    void logLine(const QString &requestId, const QByteArray &method, const QString &path, const Response &response,
        qint64 ms) const;

    ServerCore &m_core;
    QString m_scheme;
    std::list<Parked> m_parked;
    QTimer m_waitTimer;
    QElapsedTimer m_clock;
    quint64 m_requestCounter = 0;
};

// Called by every front end after a request that may have written: wakes the long polls of all of them.
void wakeAllFrontends();

} // namespace stockhand::server
