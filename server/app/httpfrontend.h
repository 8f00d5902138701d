// The thin HTTP(S) front end, on libmicrohttpd (docs/server.md, "The HTTP front end"). Its own thread
// reads every request's headers and decides from them alone: an unknown path or method, a missing or
// unknown device token (one token-hash lookup on a read-only connection), a Content-Length over the limit
// or a body over the budget of bodies in flight are answered at once and the connection closed, before
// the body is read. A request that passes collects its body, then its connection is suspended and the
// request posted to the main thread, where the core answers it as before: snapshot and changes pages on
// the reader threads, long polls parked until the feed moves, one access-log line per request (request
// id, never a token). The answer resumes the connection.
#pragma once

#include "readerpool.h"
#include "serverconfig.h"
#include "servercore.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSocketNotifier>
#include <QTimer>

#include <atomic>
#include <condition_variable>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <set>

struct MHD_Daemon;
struct MHD_Connection;

namespace stockhand::server {

// The bytes of all request bodies in flight, shared by the front ends of one process: a body is counted
// from its headers (its Content-Length, or as a chunked body arrives) until its request is done.
class BodyBudget
{
public:
    explicit BodyBudget(qint64 limit)
        : m_limit(limit)
    { }
    // False (and nothing reserved) when the budget cannot take `bytes` more.
    bool reserve(qint64 bytes);
    void release(qint64 bytes) { m_used -= bytes; }
    qint64 used() const { return m_used; }

private:
    const qint64 m_limit;
    std::atomic<qint64> m_used {0};
};

struct Exchange; // one request on its way: headers, body, answer (httpfrontend.cpp)

class HttpFrontend : public QObject
{
    Q_OBJECT
public:
    // readers may be null: then every request is answered by core on the main thread.
    HttpFrontend(ServerCore &core, ReaderPool *readers, BodyBudget &budget, QString scheme, QObject *parent = nullptr);
    // stop(0) if it still serves; waits for the reader jobs (they post their answers to this object).
    ~HttpFrontend() override;

    // Listens on address:port (0 = any free port) with TLS when certificatePem is given; returns the port.
    Result<quint16> start(const QHostAddress &address, quint16 port, const HttpLimits &limits,
        const QString &databasePath, const QByteArray &certificatePem = {}, const QByteArray &keyPem = {});
    // Answers every parked long poll now (at shutdown).
    void releaseWaiters();
    // Wakes long polls whose warehouse feed moved or whose time ran out.
    void checkWaiters();
    // Watches the backend's commit announcements (Storage::feedNotifySocket), again after a lost connection.
    void watchFeed();
    // Stops accepting connections; a request whose headers arrive from now on is answered 503 at once.
    void stopListening();
    int openConnections() const;
    // The last step: a request still unanswered gets 503 server.busy, every answer is given up to waitMs to
    // reach the client, then every connection is closed and the thread ends.
    void stop(int waitMs);

private:
    friend struct MhdCallbacks; // libmicrohttpd's callbacks (httpfrontend.cpp)
    // On the front end's thread.
    void headers(Exchange &ex, MHD_Connection *connection, const char *method);
    bool body(Exchange &ex, MHD_Connection *connection, const char *data, size_t size);
    void complete(Exchange &ex, MHD_Connection *connection);
    // Answers now, from the headers: the body is not read, the connection closed after the answer.
    void refuse(Exchange &ex, MHD_Connection *connection, Response response);
    // A chunked body past the limit or the budget: the connection is closed at once (returns false).
    bool refuseMidBody(Exchange &ex, MHD_Connection *connection, Response response);
    void wantLinger(MHD_Connection *connection);
    void done(Exchange *ex);
    // On the main thread.
    Exchange *waiting(quint64 id); // a request posted to the main thread and not answered yet, or null
    void dispatch(quint64 id);
    // Group commit: the pushes dispatched since the last drain, applied in one transaction (push.h).
    void drainPushes();
    void answer(quint64 id, Response response);
    void logLine(const Exchange &ex, const Response &response) const;
    // A connection closed after an answer given before its body was read: its descriptor, already shut
    // down for writing, is drained here for a while so that the client reads the answer instead of a reset.
    void linger(int fd);
    void closeLingering(qint64 olderThanMs);

    struct Parked
    {
        quint64 id;
        Wait wait;
        qint64 deadlineMs;
        QString deviceId;
    };

    ServerCore &m_core;
    ReaderPool *m_readers;
    BodyBudget &m_budget;
    QString m_scheme;
    HttpLimits m_limits;
    qint64 m_maxBodyBytes;
    QByteArray m_certificatePem, m_keyPem; // MHD reads them while it starts
    MHD_Daemon *m_daemon = nullptr;
    int m_listenFd = -1;
    std::unique_ptr<ServerCore> m_gate; // the front end thread's own read-only core: token lookups

    mutable std::mutex m_mutex;
    std::condition_variable m_sent; // an answered request is done
    std::map<quint64, Exchange *> m_waiting; // suspended, posted to the main thread, not answered yet
    int m_sending = 0; // answered from the main thread, not yet done
    bool m_stopping = false;
    std::atomic<quint64> m_exchangeCounter {0};
    std::atomic<quint64> m_requestCounter {0};

    std::set<int> m_lingerWanted; // connections refused with their body unread (front end's thread)
    struct Lingering
    {
        int fd;
        std::unique_ptr<QSocketNotifier> notifier;
        qint64 sinceMs;
    };
    std::list<Lingering> m_lingering;
    QTimer m_lingerTimer;

    std::list<Parked> m_parked;
    std::vector<quint64> m_pushes; // dispatched pushes waiting for the next drain (main thread)
    bool m_drainPosted = false;
    QTimer m_waitTimer;
    std::unique_ptr<QSocketNotifier> m_feedNotifier; // the backend's commit announcements (PostgreSQL)
    QElapsedTimer m_clock;
};

// Called by every front end after a request that may have written: wakes the long polls of all of them.
void wakeAllFrontends();

} // namespace stockhand::server
