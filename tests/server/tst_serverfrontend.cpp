// The HTTP front end of the real stockhand-server process against clients that try to exhaust it: big
// bodies without a token are refused from their headers while the client still sends, 200 of them at
// once leave the process's memory and /health alone, slow headers, idle connections and stalled bodies
// are closed after their timeouts, one address gets only so many connections, and bodies past the budget
// are turned away with 503. A valid device is served throughout.
#include "serverfixture.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace stockhand;
using namespace stockhand::server;
using namespace stockhand::server::test;

namespace {

// One client sending a request with a big body in pieces (never more than 256 KiB queued), until the
// server answers or closes; it stops sending when the answer's headers are in. A head that says
// "Transfer-Encoding: chunked" gets its body framed as 64 KiB chunks.
class BodySender : public QObject
{
public:
    BodySender(quint16 port, const QByteArray &head, qint64 bodyBytes)
        : m_head(head)
        , m_total(bodyBytes)
        , m_chunked(head.contains("Transfer-Encoding: chunked"))
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            m_socket.write(m_head);
            topUp();
        });
        connect(&m_socket, &QTcpSocket::bytesWritten, this, [this] { topUp(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_answer += m_socket.readAll();
            if (answered() && m_sentWhenAnswered < 0)
                m_sentWhenAnswered = m_queued - m_socket.bytesToWrite();
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_closed = true; });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { m_closed = true; });
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    }
    bool answered() const { return m_answer.contains("\r\n\r\n"); }
    bool finished() const { return answered() || m_closed; }
    int status() const { return answered() ? m_answer.mid(9, 3).toInt() : 0; }
    QByteArray answer() const { return m_answer; }
    qint64 sentWhenAnswered() const { return m_sentWhenAnswered; }
    qint64 total() const { return m_total; }

private:
    void topUp()
    {
        static const QByteArray piece(64 * 1024, 'x');
        while (!answered() && !m_closed && m_queued < m_total && m_socket.bytesToWrite() < 256 * 1024) {
            const qint64 n = std::min<qint64>(piece.size(), m_total - m_queued);
            if (m_chunked)
                m_socket.write(QByteArray::number(n, 16) + "\r\n");
            m_socket.write(piece.constData(), n);
            if (m_chunked)
                m_socket.write(m_queued + n < m_total ? "\r\n" : "\r\n0\r\n\r\n");
            m_queued += n;
        }
    }

    QTcpSocket m_socket;
    QByteArray m_head;
    qint64 m_total;
    qint64 m_queued = 0;
    qint64 m_sentWhenAnswered = -1;
    QByteArray m_answer;
    bool m_closed = false;
    bool m_chunked = false;
};

QByteArray pushHead(qint64 length, const QByteArray &token = {})
{
    QByteArray h = "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    if (!token.isEmpty())
        h += "Authorization: Bearer " + token + "\r\n";
    return h + "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
}

QByteArray chunkedPushHead(const QByteArray &token)
{
    return "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer "
        + token + "\r\nTransfer-Encoding: chunked\r\n\r\n";
}

qint64 rssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

constexpr qint64 kSevenMiB = 7 * 1024 * 1024;

} // namespace

class TestServerFrontend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->setUp(), qPrintable(m_f->lastError));
    }
    void cleanup()
    {
        m_server.reset();
        m_f.reset();
    }

    void bigBodiesAreRefusedFromTheirHeaders_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("no token") << pushHead(kSevenMiB) << kSevenMiB << 401 << QByteArray("auth.missing");
        QTest::newRow("unknown token") << pushHead(kSevenMiB, "not-a-token") << kSevenMiB << 401
                                       << QByteArray("auth.invalid");
        QTest::newRow("unknown path") << QByteArray(
            "POST /v1/upload HTTP/1.1\r\nHost: x\r\nContent-Length: 7340032\r\n\r\n")
                                      << kSevenMiB << 404 << QByteArray("request.not-found");
        QTest::newRow("wrong method") << QByteArray(
            "PUT /v1/enrol HTTP/1.1\r\nHost: x\r\nContent-Length: 7340032\r\n\r\n")
                                      << kSevenMiB << 405 << QByteArray("request.method");
        QTest::newRow("enrolment body over 64 KiB")
            << QByteArray("POST /v1/enrol HTTP/1.1\r\nHost: x\r\nContent-Length: 7340032\r\n\r\n") << kSevenMiB << 413
            << QByteArray("request.too-large");
        // With a valid token (the test fills it in): Content-Length over max_body_bytes.
        QTest::newRow("valid token, over the limit")
            << QByteArray() << qint64(9 * 1024 * 1024) << 413 << QByteArray("request.too-large");
        // With a valid token, a chunked body (no length to refuse from): answered as soon as it passes the limit.
        QTest::newRow("valid token, chunked past the limit")
            << QByteArray("chunked") << qint64(32 * 1024 * 1024) << 413 << QByteArray("request.too-large");
    }

    void bigBodiesAreRefusedFromTheirHeaders()
    {
        QFETCH(QByteArray, head);
        QFETCH(qint64, length);
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        QVERIFY(startServer());
        if (head.isEmpty())
            head = pushHead(length, m_f->token().toLatin1());
        else if (head == "chunked")
            head = chunkedPushHead(m_f->token().toLatin1());
        BodySender client(m_server->port(), head, length);
        QTRY_VERIFY_WITH_TIMEOUT(client.finished(), 30000);
        QCOMPARE(client.status(), status);
        QVERIFY2(client.answer().contains(code), client.answer().constData());
        // The answer came while the client was still sending: the server did not wait for the body.
        QVERIFY2(client.sentWhenAnswered() >= 0 && client.sentWhenAnswered() < client.total(),
            qPrintable(QString::number(client.sentWhenAnswered())));
        QVERIFY(client.answer().contains("Connection: close"));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), 0);
        QNetworkAccessManager nam;
        QCOMPARE(httpRequest(nam, "GET", m_server->url(QStringLiteral("/health"))).status, 200);
    }

    void twoHundredAttackersLeaveMemoryAndTheDeviceAlone()
    {
        QVERIFY(startServer("max_connections_per_address = 1000\n"));
        const qint64 pid = m_server->process().processId();
        const qint64 before = rssKiB(pid);
        QVERIFY(before > 0);
        qint64 peak = before;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { peak = std::max(peak, rssKiB(pid)); });
        sampler.start(20);
        std::vector<std::unique_ptr<BodySender>> attackers;
        for (int i = 0; i < 200; ++i)
            attackers.push_back(std::make_unique<BodySender>(m_server->port(), pushHead(kSevenMiB), kSevenMiB));
        // The valid device, meanwhile: /health, its session and a push are answered.
        QNetworkAccessManager nam;
        QElapsedTimer health;
        health.start();
        QCOMPARE(httpRequest(nam, "GET", m_server->url(QStringLiteral("/health"))).status, 200);
        const qint64 healthMs = health.elapsed();
        QCOMPARE(
            httpRequest(nam, "GET", m_server->url(QStringLiteral("/v1/session")), m_f->token().toLatin1()).status, 200);
        QCOMPARE(httpRequest(nam, "POST", m_server->url(QStringLiteral("/v1/push")), m_f->token().toLatin1(),
                     QByteArray("{\"operations\":[]}"))
                     .status,
            200);
        const auto allDone = [&] {
            return std::all_of(attackers.cbegin(), attackers.cend(), [](const auto &a) { return a->finished(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allDone(), 60000);
        int refused = 0;
        for (const auto &a : attackers)
            refused += a->status() == 401 ? 1 : 0;
        sampler.stop();
        peak = std::max(peak, rssKiB(pid));
        qInfo("200 unauthenticated clients of 7 MiB: RSS %lld KiB before, peak %lld KiB; %d answered 401; "
              "/health during the attack %lld ms",
            before, peak, refused, healthMs);
        QCOMPARE(refused, 200);
        QVERIFY2(peak < 150 * 1024, qPrintable(QString::number(peak)));
        QCOMPARE(httpRequest(nam, "GET", m_server->url(QStringLiteral("/health"))).status, 200);
    }

    void slowHeadersIdleConnectionsAndStalledBodiesAreClosed()
    {
        QVERIFY(startServer("header_timeout_seconds = 1\nbody_timeout_seconds = 2\nidle_timeout_seconds = 3\n"));
        const auto closedAfter = [this](const QByteArray &send, bool readAnswer) -> qint64 {
            QTcpSocket s;
            s.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
            if (!s.waitForConnected(10000))
                return -1;
            s.write(send);
            QElapsedTimer t;
            t.start();
            if (readAnswer) {
                QByteArray answer;
                while (!answer.contains("\r\n\r\n") && s.waitForReadyRead(10000))
                    answer += s.readAll();
                if (!answer.startsWith("HTTP/1.1 200"))
                    return -2;
                t.restart();
            }
            while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 20000)
                s.waitForDisconnected(20000 - int(t.elapsed()));
            return s.state() == QAbstractSocket::UnconnectedState ? t.elapsed() : -3;
        };
        // Headers that stop half-way: closed after header_timeout.
        const qint64 slowHeaders = closedAfter("GET /health HTTP/1.1\r\nHost: 127.", false);
        QVERIFY2(slowHeaders >= 900 && slowHeaders < 5000, qPrintable(QString::number(slowHeaders)));
        // A body that stalls: closed after body_timeout.
        const qint64 stalled = closedAfter(pushHead(1000, m_f->token().toLatin1()) + "{\"operations\"", false);
        QVERIFY2(stalled >= 1900 && stalled < 7000, qPrintable(QString::number(stalled)));
        // A kept-alive connection with nothing more to ask: closed after idle_timeout.
        const qint64 idle = closedAfter("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", true);
        QVERIFY2(idle >= 2900 && idle < 8000, qPrintable(QString::number(idle)));
        QNetworkAccessManager nam;
        QCOMPARE(
            httpRequest(nam, "GET", m_server->url(QStringLiteral("/v1/session")), m_f->token().toLatin1()).status, 200);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), 0);
    }

    void oneAddressGetsOnlyItsConnections()
    {
        QVERIFY(startServer("max_connections_per_address = 3\n"));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<QTcpSocket>());
            held.back()->connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
            QVERIFY(held.back()->waitForConnected(10000));
            held.back()->write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QVERIFY(held.back()->waitForReadyRead(10000)); // kept alive: the connection stays counted
            held.back()->readAll();
        }
        QTcpSocket fourth;
        fourth.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(fourth.waitForConnected(10000)); // the kernel accepts; the server closes it at once
        fourth.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(fourth.state() == QAbstractSocket::UnconnectedState, 10000);
        QVERIFY(fourth.readAll().isEmpty());
        held.front()->disconnectFromHost();
        held.erase(held.begin());
        QNetworkAccessManager nam;
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest(nam, "GET", m_server->url(QStringLiteral("/health"))).status, 200, 10000);
    }

    void bodiesPastTheBudgetAreTurnedAway()
    {
        // The smallest budget allowed: one body of max_body_bytes (8 MiB).
        QVERIFY(startServer("body_budget_bytes = 8388608\n"));
        const QByteArray token = m_f->token().toLatin1();
        const qint64 five = 5 * 1024 * 1024;
        QTcpSocket first;
        first.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(first.waitForConnected(10000));
        first.write(pushHead(five, token) + "{\"operations\":[]}"); // holds 5 MiB of the budget
        QVERIFY(first.waitForBytesWritten(10000));
        // The first request's headers are in once a request sent after them is answered (one thread reads all).
        QNetworkAccessManager nam;
        QCOMPARE(httpRequest(nam, "GET", m_server->url(QStringLiteral("/health"))).status, 200);
        BodySender second(m_server->port(), pushHead(five, token), five);
        QTRY_VERIFY_WITH_TIMEOUT(second.finished(), 30000);
        QCOMPARE(second.status(), 503);
        QVERIFY(second.answer().contains("server.busy"));
        QVERIFY(second.answer().contains("Retry-After: 1"));
        QVERIFY(second.sentWhenAnswered() < five);
        // The first body gives its budget back when its request is done; then a push of that size is taken.
        first.abort();
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest(nam, "POST", m_server->url(QStringLiteral("/v1/push")), token,
                                      QByteArray("{\"operations\":[]}") + QByteArray(five, ' '))
                                      .status,
            200, 20000);
    }

private:
    // The real process with these [http] settings; false (and lastError said) when it did not start.
    bool startServer(const QByteArray &http = {})
    {
        // On PostgreSQL the configuration also names the database and a session key file.
        QStringList extra = m_f->processArgs();
        if (!http.isEmpty()) {
            extra = m_f->processArgs(m_dir.filePath(QStringLiteral("server.ini")), "[http]\n" + http);
            if (extra.isEmpty())
                return false;
        }
        m_server = std::make_unique<ServerProcess>();
        if (m_server->start(m_f->database(), extra))
            return true;
        qWarning("%s", qPrintable(m_server->lastError));
        return false;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ServerFixture> m_f;
    std::unique_ptr<ServerProcess> m_server;
};

QTEST_GUILESS_MAIN(TestServerFrontend)
#include "tst_serverfrontend.moc"
