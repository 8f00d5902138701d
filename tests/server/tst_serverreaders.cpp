// Snapshot and changes pages on the reader threads of the real stockhand-server process (127.0.0.1): a
// push is answered while a big page is being read, pages stay whole and equal to the single-threaded
// answer, SIGTERM still answers a page in flight. Orders of events are asserted, never durations.
#include "serverfixture.h"
#include "serverprocess.h"

#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <csignal>

using namespace stockhand;
using namespace stockhand::server;
using namespace stockhand::server::test;

namespace {

constexpr int kProducts = 50000; // the snapshot of warehouse 1: about 250,000 rows
constexpr int kPageRows = 100000; // the largest page a client may ask for

struct Page
{
    int rows = 0; // data rows
    bool ended = false; // the end line arrived
    QString next;
    qint64 totalRows = -1; // on a first page
};

Page parsePage(const QByteArray &body)
{
    Page p;
    const QList<QByteArray> lines = body.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith('[')) {
            ++p.rows;
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("snapshot")) {
            p.totalRows = o.value(QStringLiteral("total_rows")).toInteger(-1);
        } else if (type == QLatin1String("end")) {
            p.ended = true;
            p.next = o.value(QStringLiteral("next")).toString();
        }
    }
    return p;
}

QList<QPair<QString, QString>> pageQuery(const QString &from)
{
    QList<QPair<QString, QString>> q {{QStringLiteral("limit"), QString::number(kPageRows)}};
    if (!from.isEmpty())
        q.append({QStringLiteral("from"), from});
    return q;
}

} // namespace

class TestServerReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->setUp(kProducts), qPrintable(m_f->lastError));
        // One move first: the quants the pushes below change exist from then on, so no page changes size.
        // The source holds plenty, so no move raises an exception (exceptions are replicated rows too).
        const World &w = m_f->world();
        QVERIFY(m_f->exec(QStringLiteral("DELETE FROM quant WHERE location_id = %1 AND product_id = %2; INSERT INTO "
                                         "quant(location_id, product_id, qty) VALUES (%1, %2, 1000000000)")
                              .arg(w.binA)
                              .arg(w.product)));
        int status = 0;
        m_f->push({moveOp()}, QString(), &status);
        QCOMPARE(status, 200);
    }
    void cleanup() { m_server.reset(); }

    void pushIsAnsweredWhileABigPageIsRead()
    {
        QVERIFY2(startServer(), qPrintable(m_server->lastError));
        QNetworkAccessManager pullNam, pushNam;
        QString from;
        qint64 rows = 0, total = -1;
        int round = 0;
        do {
            const QByteArray pageId = "page-" + QByteArray::number(round);
            const QByteArray pushId = "push-" + QByteArray::number(round);
            QNetworkReply *page = send(pullNam, "GET", QStringLiteral("/v1/snapshot"), pageQuery(from), pageId);
            // The push leaves once a reader thread has started on the page.
            QVERIFY(waitForLog("req=" + pageId + " reading"));
            QNetworkReply *push = send(pushNam, "POST", QStringLiteral("/v1/push"), {}, pushId,
                QJsonDocument(QJsonObject {{QStringLiteral("operations"), QJsonArray {moveOp()}}})
                    .toJson(QJsonDocument::Compact));
            const QList<QNetworkReply *> order = finishOrder({page, push});
            QCOMPARE(order.size(), 2);
            QVERIFY2(order.first() == push, "the push finished after the page that was requested before it");
            // The server answered the push first (the access log is written on its main thread, in order).
            const QByteArray pushLine = "req=" + pushId + " http POST /v1/push status=200";
            const QByteArray pageLine = "req=" + pageId + " http GET /v1/snapshot status=200";
            QVERIFY(waitForLog(pushLine));
            QVERIFY(waitForLog(pageLine));
            QVERIFY(m_server->log().indexOf(pushLine) < m_server->log().indexOf(pageLine));
            const QJsonObject pushed = QJsonDocument::fromJson(push->readAll()).object();
            QCOMPARE(
                pushed.value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("status")),
                QStringLiteral("applied"));

            // The page is whole, and has the rows the single-threaded core in this process answers.
            QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            const Page p = parsePage(page->readAll());
            QVERIFY(p.ended);
            if (round == 0)
                total = p.totalRows;
            const Page single = parsePage(
                m_f->request("GET", QStringLiteral("/v1/snapshot"), {}, m_f->token(), pageQuery(from)).body);
            QCOMPARE(p.rows, single.rows);
            QCOMPARE(p.next, single.next);
            if (!p.next.isEmpty())
                QCOMPARE(p.rows, kPageRows);
            page->deleteLater();
            push->deleteLater();
            rows += p.rows;
            from = p.next;
            ++round;
        } while (!from.isEmpty());
        QVERIFY(round >= 3);
        QCOMPARE(rows, total);
    }

    void pagesEqualTheSingleThreadedAnswer_data()
    {
        QTest::addColumn<QString>("config"); // an INI file's [server] section
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<int>("threads");
        QTest::newRow("default: 2 reader threads") << QString() << QStringList() << 2;
        QTest::newRow("1 reader thread from the config file")
            << QStringLiteral("reader_threads=1") << QStringList() << 1;
        QTest::newRow("the config file: no feed caches") << QStringLiteral("feed_cache_rows=0") << QStringList() << 2;
        QTest::newRow("flag: no reader threads, the main thread reads")
            << QString() << QStringList {QStringLiteral("--reader-threads"), QStringLiteral("0")} << 0;
    }

    void pagesEqualTheSingleThreadedAnswer()
    {
        QFETCH(QString, config);
        QFETCH(QStringList, flags);
        QFETCH(int, threads);
        QTemporaryDir dir;
        if (!config.isEmpty()) {
            // On PostgreSQL the configuration also names the database and a session key file.
            const QStringList args
                = m_f->processArgs(dir.filePath(QStringLiteral("server.ini")), "[server]\n" + config.toLatin1() + '\n');
            QCOMPARE(args.size(), 2);
            flags += args;
        }
        QVERIFY2(startServer(flags), qPrintable(m_server->lastError));
        QVERIFY(waitForLog("reader threads " + QByteArray::number(threads) + '\n'));
        // Two devices pull the whole snapshot side by side (both readers busy); every page of each is
        // byte for byte the page the single-threaded core answers (gzip on the wire, inflated by the client).
        QNetworkAccessManager first, second;
        QString from;
        int pages = 0;
        do {
            const QByteArray id = "both-" + QByteArray::number(pages);
            QNetworkReply *a = send(first, "GET", QStringLiteral("/v1/snapshot"), pageQuery(from), id + "-a");
            QNetworkReply *b = send(second, "GET", QStringLiteral("/v1/snapshot"), pageQuery(from), id + "-b");
            QCOMPARE(finishOrder({a, b}).size(), 2);
            const QByteArray single
                = m_f->request("GET", QStringLiteral("/v1/snapshot"), {}, m_f->token(), pageQuery(from)).body;
            for (QNetworkReply *r : {a, b}) {
                QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
                QVERIFY(r->rawHeader("Content-Encoding").isEmpty() || r->error() == QNetworkReply::NoError);
                QVERIFY(r->readAll() == single);
                r->deleteLater();
            }
            from = parsePage(single).next;
            ++pages;
        } while (!from.isEmpty());
        QVERIFY(pages >= 3);

        // A page of the change feed from the start.
        const QList<QPair<QString, QString>> query {
            {QStringLiteral("cursor"), QStringLiteral("0")}, {QStringLiteral("limit"), QString::number(kPageRows)}};
        QNetworkReply *changes = send(first, "GET", QStringLiteral("/v1/changes"), query, "changes-0");
        QCOMPARE(finishOrder({changes}).size(), 1);
        QCOMPARE(changes->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray body = changes->readAll();
        QVERIFY(body.size() > 1000000);
        QVERIFY(body == m_f->request("GET", QStringLiteral("/v1/changes"), {}, m_f->token(), query).body);
        changes->deleteLater();

        // Reader threads read exactly when there are some.
        QVERIFY(waitForLog("req=changes-0 http GET /v1/changes status=200"));
        QCOMPARE(m_server->log().contains("req=changes-0 reading"), threads > 0);
    }

    void sigtermAnswersAPageInFlight()
    {
        QVERIFY2(startServer(), qPrintable(m_server->lastError));
        QNetworkAccessManager nam;
        QNetworkReply *page = send(nam, "GET", QStringLiteral("/v1/snapshot"), pageQuery(QString()), "page-term");
        QVERIFY(waitForLog("req=page-term reading"));
        ::kill(pid_t(m_server->process().processId()), SIGTERM);
        QCOMPARE(finishOrder({page}).size(), 1);
        QCOMPARE(page->error(), QNetworkReply::NoError);
        QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const Page p = parsePage(page->readAll());
        QVERIFY(p.ended);
        QCOMPARE(p.rows, kPageRows);
        page->deleteLater();
        QVERIFY(m_server->process().waitForFinished(60000) || m_server->process().state() == QProcess::NotRunning);
        QCOMPARE(m_server->process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server->process().exitCode(), 0); // ASan would abort: abort_on_error=1
        m_server->process().waitForReadyRead(0);
        const QByteArray log = m_server->log() + m_server->process().readAllStandardError();
        const qsizetype answered = log.indexOf("req=page-term http GET /v1/snapshot status=200");
        QVERIFY(answered > 0);
        QVERIFY(log.indexOf("shutting down") > 0);
        QVERIFY(answered < log.indexOf("stopped"));
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        // HTTP/1.1: answers on one connection go out in request order, even when the first one is read on a
        // reader thread and the second (health, a push) is answered by the main thread at once.
        QVERIFY2(startServer(), qPrintable(m_server->lastError));
        const QByteArray auth = "Authorization: Bearer " + m_f->token().toLatin1() + "\r\n";
        const QByteArray push = QJsonDocument(QJsonObject {{QStringLiteral("operations"), QJsonArray {moveOp()}}})
                                    .toJson(QJsonDocument::Compact);
        QByteArray requests = "GET /v1/snapshot?limit=" + QByteArray::number(kPageRows)
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: first\r\n" + auth + "\r\n";
        requests += "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: second\r\n\r\n";
        requests += "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: third\r\n" + auth
            + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(push.size()) + "\r\n\r\n"
            + push;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(30000));
        socket.write(requests);
        QByteArray received;
        QList<QPair<QByteArray, QByteArray>> answers; // request id, body
        QEventLoop loop;
        auto parse = [&] {
            received += socket.readAll();
            for (;;) {
                const qsizetype end = received.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = received.left(end).toLower();
                const qsizetype at = head.indexOf("content-length: ");
                if (at < 0)
                    return;
                const qint64 length = head.mid(at + 16, head.indexOf('\r', at) - at - 16).toLongLong();
                if (received.size() < end + 4 + length)
                    return;
                const qsizetype idAt = head.indexOf("x-request-id: ");
                answers.append(
                    {head.mid(idAt + 14, head.indexOf('\r', idAt) - idAt - 14), received.mid(end + 4, length)});
                received.remove(0, end + 4 + length);
                if (answers.size() == 3)
                    loop.quit();
            }
        };
        connect(&socket, &QTcpSocket::readyRead, &loop, parse);
        connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit); // safety net only
        loop.exec();
        QCOMPARE(answers.size(), 3);
        QCOMPARE(answers.at(0).first, QByteArray("first"));
        QCOMPARE(answers.at(1).first, QByteArray("second"));
        QCOMPARE(answers.at(2).first, QByteArray("third"));
        QCOMPARE(parsePage(answers.at(0).second).rows, kPageRows);
        QCOMPARE(QJsonDocument::fromJson(answers.at(1).second).object().value(QStringLiteral("status")),
            QStringLiteral("ok"));
        QCOMPARE(QJsonDocument::fromJson(answers.at(2).second)
                     .object()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status")),
            QStringLiteral("applied"));
    }

    void readerThreadsAndFeedCacheMustBeNumbers_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("value");
        QTest::newRow("reader threads: many") << QStringLiteral("--reader-threads") << QStringLiteral("many");
        QTest::newRow("feed cache rows: lots") << QStringLiteral("--feed-cache-rows") << QStringLiteral("lots");
        QTest::newRow("feed cache rows: -1") << QStringLiteral("--feed-cache-rows") << QStringLiteral("-1");
    }

    void readerThreadsAndFeedCacheMustBeNumbers()
    {
        QFETCH(QString, flag);
        QFETCH(QString, value);
        QProcess p;
        p.start(serverBinary(), {QStringLiteral("serve"), QStringLiteral("--db"), m_f->database(), flag, value});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("config.invalid"));
    }

private:
    bool startServer(const QStringList &flags = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // "req=ID reading" when a reader thread starts on a request: the event the tests wait for.
        env.insert(
            QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;stockhand.server.readers.debug=true"));
        m_server = std::make_unique<ServerProcess>();
        // A process on PostgreSQL needs a configuration (ServerFixture::processArgs), unless the test gives one.
        return m_server->start(
            m_f->database(), flags.contains(QStringLiteral("--config")) ? flags : flags + m_f->processArgs(), env);
    }

    QNetworkReply *send(QNetworkAccessManager &nam, const QByteArray &method, const QString &path,
        const QList<QPair<QString, QString>> &query, const QByteArray &requestId, const QByteArray &body = {})
    {
        QUrl url = m_server->url(path);
        QUrlQuery q;
        q.setQueryItems(query);
        url.setQuery(q);
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Authorization", "Bearer " + m_f->token().toLatin1());
        req.setRawHeader("X-Request-Id", requestId);
        return nam.sendCustomRequest(req, method, body);
    }

    // Runs the event loop until every reply has finished; returns them in the order they finished.
    QList<QNetworkReply *> finishOrder(const QList<QNetworkReply *> &replies)
    {
        QList<QNetworkReply *> order;
        QEventLoop loop;
        for (QNetworkReply *r : replies) {
            if (r->isFinished()) {
                order.append(r);
                continue;
            }
            connect(r, &QNetworkReply::finished, &loop, [&, r] {
                order.append(r);
                if (order.size() == replies.size())
                    loop.quit();
            });
        }
        QTimer::singleShot(120000, &loop, &QEventLoop::quit); // safety net only
        if (order.size() < replies.size())
            loop.exec();
        return order;
    }

    // Runs the event loop until the server's stderr holds needle.
    bool waitForLog(const QByteArray &needle)
    {
        QEventLoop loop;
        connect(&m_server->process(), &QProcess::readyReadStandardError, &loop, [&] {
            if (m_server->log().contains(needle))
                loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit); // safety net only
        if (!m_server->log().contains(needle))
            loop.exec();
        return m_server->log().contains(needle);
    }

    QJsonObject moveOp()
    {
        const World &w = m_f->world();
        return ServerFixture::op(QStringLiteral("move"), w.receiver,
            {{QStringLiteral("product_id"), w.product}, {QStringLiteral("from_location_id"), w.binA},
                {QStringLiteral("to_location_id"), w.binB}, {QStringLiteral("qty"), 1}},
            ++m_seq);
    }

    std::unique_ptr<ServerFixture> m_f;
    std::unique_ptr<ServerProcess> m_server;
    qint64 m_seq = 0;
};

QTEST_GUILESS_MAIN(TestServerReaders)
#include "tst_serverreaders.moc"
