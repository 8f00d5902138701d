// Against the real stockhand-server process over 127.0.0.1: concurrent clients, retries, role checks,
// kill -9 in the middle of a batch, graceful shutdown, new-work notification, HTTPS.
#include "gzip.h"
#include "serverfixture.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <array>
#include <csignal>

using namespace stockhand;
using namespace stockhand::server;
using namespace stockhand::server::test;

class TestServerProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->setUp(), qPrintable(m_f->lastError));
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(m_f->database(), m_f->processArgs()), qPrintable(m_server->lastError));
    }
    void cleanup()
    {
        m_server.reset();
        m_f.reset();
    }

    void concurrentClientsPushOverlappingOperations_data()
    {
        QTest::addColumn<int>("servers");
        QTest::newRow("one server process") << 1;
        // Nothing assumes a single process: two servers on one database file still apply each uuid once.
        QTest::newRow("two server processes, one database") << 2;
    }

    void concurrentClientsPushOverlappingOperations()
    {
        QFETCH(int, servers);
        ServerProcess second;
        if (servers == 2)
            QVERIFY2(second.start(m_f->database(), m_f->processArgs()), qPrintable(second.lastError));
        std::array<ServerProcess *, 2> targets {m_server.get(), servers == 2 ? &second : m_server.get()};
        constexpr int kOps = 640, kClients = 32, kWindow = 100, kBatch = 20;
        const QJsonArray pool = movePool(kOps, 1);
        QList<QByteArray> tokens {m_f->token().toLatin1()};
        for (int d = 1; d < 4; ++d)
            tokens.append(m_f->enrolDevice(1, QStringLiteral("hh-%1").arg(d)).toLatin1());
        const Milli before = m_f->quant(m_f->world().binB, m_f->world().product);
        const std::array<Milli, 2> booked = bookedOutsideMoves();

        // Every client sends its own window of the pool in batches; windows overlap five-fold.
        struct Client
        {
            std::unique_ptr<QNetworkAccessManager> nam;
            QList<QJsonArray> batches;
            int next = 0;
        };
        std::vector<Client> clients(kClients);
        QHash<QString, int> appliedCount;
        int statusErrors = 0, running = 0;
        QEventLoop loop;
        std::function<void(int)> sendNext = [&](int c) {
            Client &cl = clients[size_t(c)];
            if (cl.next == cl.batches.size()) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            QNetworkRequest req(targets[size_t(c % 2)]->url(QStringLiteral("/v1/push")));
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            req.setRawHeader("Authorization", "Bearer " + tokens[c % tokens.size()]);
            const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("operations"), cl.batches[cl.next++]}})
                                        .toJson(QJsonDocument::Compact);
            QNetworkReply *reply = cl.nam->post(req, body);
            connect(reply, &QNetworkReply::finished, this, [&, reply, c] {
                reply->deleteLater();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    ++statusErrors;
                const QJsonArray results
                    = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("results")).toArray();
                for (const QJsonValue &v : results) {
                    const QJsonObject o = v.toObject();
                    if (o.value(QStringLiteral("status")) == QLatin1String("applied"))
                        ++appliedCount[o.value(QStringLiteral("uuid")).toString()];
                    else if (o.value(QStringLiteral("status")) != QLatin1String("duplicate"))
                        ++statusErrors;
                    else
                        appliedCount[o.value(QStringLiteral("uuid")).toString()] += 0;
                }
                sendNext(c);
            });
        };
        for (int c = 0; c < kClients; ++c) {
            clients[size_t(c)].nam = std::make_unique<QNetworkAccessManager>();
            for (int b = 0; b < kWindow / kBatch; ++b) {
                QJsonArray batch;
                for (int k = 0; k < kBatch; ++k)
                    batch.append(pool.at((c * kOps / kClients + b * kBatch + k) % kOps));
                clients[size_t(c)].batches.append(batch);
            }
        }
        running = kClients;
        for (int c = 0; c < kClients; ++c)
            sendNext(c);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit); // safety net only
        loop.exec();
        QCOMPARE(running, 0);
        QCOMPARE(statusErrors, 0);
        // Each operation was applied exactly once, whoever sent it first; every other copy was a duplicate.
        QCOMPARE(appliedCount.size(), kOps);
        for (auto it = appliedCount.cbegin(); it != appliedCount.cend(); ++it)
            QCOMPARE(it.value(), 1);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), kOps);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM stock_move WHERE kind = 'move'"), kOps);
        QCOMPARE(m_f->quant(m_f->world().binB, m_f->world().product), before + units(kOps));
        verifyDatabaseWhole();
        QCOMPARE(bookedOutsideMoves(), booked);
    }

    void sameBatchThreeTimesIsAppliedOnce()
    {
        QNetworkAccessManager nam;
        const QByteArray body = batchBody(movePool(50, 2));
        const Milli before = m_f->quant(m_f->world().binB, m_f->world().product);
        QJsonArray firstResults;
        for (int round = 0; round < 3; ++round) {
            const HttpResult r
                = httpRequest(nam, "POST", m_server->url(QStringLiteral("/v1/push")), m_f->token().toLatin1(), body);
            QCOMPARE(r.status, 200);
            const QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
            QCOMPARE(results.size(), 50);
            for (const QJsonValue &v : results)
                QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                    round == 0 ? QStringLiteral("applied") : QStringLiteral("duplicate"));
            if (round == 0)
                firstResults = results;
            else
                QCOMPARE(results.at(7).toObject().value(QStringLiteral("result")),
                    firstResults.at(7).toObject().value(QStringLiteral("result")));
        }
        QCOMPARE(m_f->quant(m_f->world().binB, m_f->world().product), before + units(50));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM stock_move WHERE kind = 'move'"), 50);
    }

    void roleViolationsAndBadTokensOverHttp()
    {
        QNetworkAccessManager nam;
        const World &w = m_f->world();
        // A pending adjustment, then a picker tries to approve it.
        QCOMPARE(httpRequest(nam, "POST", m_server->url(QStringLiteral("/v1/push")), m_f->token().toLatin1(),
                     batchBody({ServerFixture::op(QStringLiteral("count"), w.counter,
                         {{QStringLiteral("location_id"), w.binA}, {QStringLiteral("product_id"), w.product},
                             {QStringLiteral("qty"), QStringLiteral("100000")}})}))
                     .status,
            200);
        const qint64 adj = m_f->queryInt("SELECT max(id) FROM adjustment WHERE state = 'pending'");
        QVERIFY(adj > 0);
        const HttpResult r = httpRequest(nam, "POST", m_server->url(QStringLiteral("/v1/push")),
            m_f->token().toLatin1(),
            batchBody({ServerFixture::op(QStringLiteral("approve_adjustment"), w.picker,
                {{QStringLiteral("adjustment_id"), adj}, {QStringLiteral("reason_code"), QStringLiteral("FOUND")}})}));
        QCOMPARE(r.status, 403);
        const QJsonObject res = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(res.value(QStringLiteral("code")).toString(), QStringLiteral("role.forbidden"));
        QCOMPARE(res.value(QStringLiteral("operation")).toObject().value(QStringLiteral("index")).toInt(), 0);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM adjustment WHERE state = 'pending'"), 1);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM stock_move WHERE kind = 'adjustment'"), 0);

        const HttpResult noToken = httpRequest(nam, "POST", m_server->url(QStringLiteral("/v1/push")), {}, "{}");
        QCOMPARE(noToken.status, 401);
        QCOMPARE(noToken.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("auth.missing"));
        const HttpResult junk = httpRequest(
            nam, "POST", m_server->url(QStringLiteral("/v1/push")), m_f->token().toLatin1(), "{\"operations\":[{");
        QCOMPARE(junk.status, 400);
        QCOMPARE(httpRequest(nam, "GET", m_server->url(QStringLiteral("/health"))).status, 200);
        // The log names requests and devices, never the token.
        QVERIFY(!m_server->log().contains(m_f->token().toLatin1()));
        QVERIFY(m_server->log().contains("req="));
    }

    void badInputOverHttp_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("malformed json") << QByteArray("{\"operations\": [") << QByteArray() << 400
                                        << QStringLiteral("request.malformed-json");
        QTest::newRow("unknown kind") << QByteArray(
            R"({"operations":[{"uuid":"7b0f6f4e-9a51-4c8e-8d4e-3f3b9c1d2e04","seq":1,"kind":"x","user_id":4,"payload":{}}]})")
                                      << QByteArray() << 400 << QStringLiteral("request.unknown-kind");
        QTest::newRow("oversize body") << QByteArray(9 * 1024 * 1024, ' ') << QByteArray() << 413
                                       << QStringLiteral("request.too-large");
        QTest::newRow("gzip bomb") << gzipCompress(QByteArray(64 * 1024 * 1024, '['), 9) << QByteArray("gzip") << 413
                                   << QStringLiteral("request.too-large");
        QTest::newRow("gzip junk") << QByteArray("not gzip") << QByteArray("gzip") << 400
                                   << QStringLiteral("request.bad-encoding");
        QTest::newRow("unknown encoding")
            << QByteArray("{}") << QByteArray("br") << 415 << QStringLiteral("request.bad-encoding");
    }

    void badInputOverHttp()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, encoding);
        QFETCH(int, status);
        QFETCH(QString, code);
        QNetworkAccessManager nam;
        QNetworkRequest req(m_server->url(QStringLiteral("/v1/push")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Authorization", "Bearer " + m_f->token().toLatin1());
        if (!encoding.isEmpty())
            req.setRawHeader("Content-Encoding", encoding);
        QNetworkReply *reply = nam.post(req, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit); // safety net only
        if (!reply->isFinished())
            loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        const QJsonObject error
            = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        reply->deleteLater();
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), 0);
        QCOMPARE(httpRequest(nam, "GET", m_server->url(QStringLiteral("/health"))).status, 200);
    }

    void killNineMidBatchThenRetriesComplete_data()
    {
        QTest::addColumn<int>("killAfterOps"); // 0: kill -9 from outside once the body is sent
        QTest::newRow("inside the transaction after op 1") << 1;
        QTest::newRow("inside the transaction after op 500") << 500;
        QTest::newRow("inside the transaction after op 999") << 999;
        QTest::newRow("from outside once the body is sent") << 0;
    }

    void killNineMidBatchThenRetriesComplete()
    {
        QFETCH(int, killAfterOps);
        constexpr int kOps = 1000;
        const Milli before = m_f->quant(m_f->world().binB, m_f->world().product);
        const std::array<Milli, 2> booked = bookedOutsideMoves();
        const QByteArray body = batchBody(movePool(kOps, 100));
        if (killAfterOps > 0) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("STOCKHAND_FAULT_KILL_AFTER_OPS"), QString::number(killAfterOps));
            m_server = std::make_unique<ServerProcess>();
            QVERIFY2(m_server->start(m_f->database(), m_f->processArgs(), env), qPrintable(m_server->lastError));
        }
        QNetworkAccessManager nam;
        QNetworkRequest req(m_server->url(QStringLiteral("/v1/push")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Authorization", "Bearer " + m_f->token().toLatin1());
        QNetworkReply *reply = nam.post(req, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (killAfterOps == 0) {
            // The moment the whole body is on the wire the server is parsing or applying it: kill it there.
            connect(reply, &QNetworkReply::uploadProgress, &loop, [&](qint64 sent, qint64 total) {
                if (total > 0 && sent == total)
                    loop.quit();
            });
        }
        loop.exec();
        const bool answered = reply->isFinished() && reply->error() == QNetworkReply::NoError;
        if (killAfterOps == 0) {
            m_server->kill9();
        } else {
            if (m_server->process().state() != QProcess::NotRunning)
                QVERIFY(m_server->process().waitForFinished(30000)); // it kills itself mid-batch
            QCOMPARE(m_server->process().exitStatus(), QProcess::CrashExit);
            QVERIFY(!answered);
        }
        reply->deleteLater();
        // All or nothing: the batch is in the log and the books whole, or not at all (it is whole only
        // when the server answered before the kill).
        const qint64 logged = answered ? kOps : 0;
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), logged);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM stock_move WHERE kind = 'move'"), logged);
        QCOMPARE(m_f->quant(m_f->world().binB, m_f->world().product), before + units(logged));
        verifyDatabaseWhole();
        QCOMPARE(bookedOutsideMoves(), booked);
        // Restart; the device retries the same batch and it completes exactly once.
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(m_f->database(), m_f->processArgs()), qPrintable(m_server->lastError));
        for (int attempt = 0; attempt < 2; ++attempt) {
            const HttpResult retry
                = httpRequest(nam, "POST", m_server->url(QStringLiteral("/v1/push")), m_f->token().toLatin1(), body);
            QCOMPARE(retry.status, 200);
            const QJsonArray results = retry.json().value(QStringLiteral("results")).toArray();
            QCOMPARE(results.size(), kOps);
            QCOMPARE(results.last().toObject().value(QStringLiteral("status")).toString(),
                attempt == 0 && !answered ? QStringLiteral("applied") : QStringLiteral("duplicate"));
        }
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), kOps);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM stock_move WHERE kind = 'move'"), kOps);
        QCOMPARE(m_f->quant(m_f->world().binB, m_f->world().product), before + units(kOps));
        verifyDatabaseWhole();
        QCOMPARE(bookedOutsideMoves(), booked);
    }

    void newWorkReachesALongPollWithinASecond()
    {
        QNetworkAccessManager pollNam, pushNam;
        const HttpResult session
            = httpRequest(pollNam, "GET", m_server->url(QStringLiteral("/v1/session")), m_f->token().toLatin1());
        QCOMPARE(session.status, 200);
        const qint64 cursor = session.json().value(QStringLiteral("cursor")).toInteger();
        QNetworkRequest req(m_server->url(QStringLiteral("/v1/notify?cursor=%1&timeout=20000").arg(cursor)));
        req.setRawHeader("Authorization", "Bearer " + m_f->token().toLatin1());
        QNetworkReply *poll = pollNam.get(req);
        QElapsedTimer sincePush;
        const HttpResult pushed = httpRequest(pushNam, "POST", m_server->url(QStringLiteral("/v1/push")),
            m_f->token().toLatin1(), batchBody(movePool(1, 3)));
        sincePush.start();
        QCOMPARE(pushed.status, 200);
        QEventLoop loop;
        connect(poll, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit); // safety net only
        if (!poll->isFinished())
            loop.exec();
        QVERIFY(poll->isFinished());
        QVERIFY2(sincePush.elapsed() < 1000, qPrintable(QString::number(sincePush.elapsed())));
        const QJsonObject o = QJsonDocument::fromJson(poll->readAll()).object();
        QCOMPARE(o.value(QStringLiteral("changed")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("cursor")).toInteger() > cursor);
        poll->deleteLater();
    }

    void sigtermAnswersParkedPollsAndExitsCleanly()
    {
        QNetworkAccessManager nam;
        const HttpResult session
            = httpRequest(nam, "GET", m_server->url(QStringLiteral("/v1/session")), m_f->token().toLatin1());
        const qint64 cursor = session.json().value(QStringLiteral("cursor")).toInteger();
        QNetworkRequest req(m_server->url(QStringLiteral("/v1/notify?cursor=%1&timeout=30000").arg(cursor)));
        req.setRawHeader("Authorization", "Bearer " + m_f->token().toLatin1());
        QNetworkReply *poll = nam.get(req);
        // A push on another connection proves the poll's request has been read before we stop the server:
        // requests are handled in arrival order on one thread.
        QNetworkAccessManager other;
        QCOMPARE(httpRequest(other, "GET", m_server->url(QStringLiteral("/health"))).status, 200);
        QCOMPARE(m_server->terminate(), 0);
        QEventLoop loop;
        connect(poll, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit); // safety net only
        if (!poll->isFinished())
            loop.exec();
        QVERIFY(poll->isFinished());
        QVERIFY(m_server->log().contains("shutting down"));
        QVERIFY(m_server->log().contains("stopped"));
        poll->deleteLater();
    }

    void sigtermDuringAPushCommitsAllOrNothing()
    {
        constexpr int kOps = 1000;
        const Milli before = m_f->quant(m_f->world().binB, m_f->world().product);
        QNetworkAccessManager nam;
        QNetworkRequest req(m_server->url(QStringLiteral("/v1/push")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Authorization", "Bearer " + m_f->token().toLatin1());
        QNetworkReply *reply = nam.post(req, batchBody(movePool(kOps, 7)));
        QEventLoop loop;
        connect(reply, &QNetworkReply::uploadProgress, &loop, [&](qint64 sent, qint64 total) {
            if (total > 0 && sent == total)
                loop.quit();
        });
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        ::kill(pid_t(m_server->process().processId()), SIGTERM);
        if (!reply->isFinished()) {
            QEventLoop done;
            connect(reply, &QNetworkReply::finished, &done, &QEventLoop::quit);
            QTimer::singleShot(30000, &done, &QEventLoop::quit); // safety net only
            done.exec();
        }
        QVERIFY(reply->isFinished());
        QVERIFY(m_server->process().waitForFinished(30000) || m_server->process().state() == QProcess::NotRunning);
        QCOMPARE(m_server->process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server->process().exitCode(), 0);
        // Answered: everything is in. Not answered (the request was not read before the signal): nothing is.
        const bool answered = reply->error() == QNetworkReply::NoError;
        const qint64 logged = m_f->queryInt("SELECT count(*) FROM op_log");
        QCOMPARE(logged, answered ? kOps : 0);
        QCOMPARE(m_f->quant(m_f->world().binB, m_f->world().product), before + units(logged));
        reply->deleteLater();
    }

    void httpsServesWithCertificateFromConfig()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem")), key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        // On PostgreSQL the configuration also names the database and a session key file.
        const QStringList config = m_f->processArgs(dir.filePath(QStringLiteral("server.ini")),
            "[server]\nhttp_port=0\nhttps_port=auto\ntls_certificate=cert.pem\ntls_key=key.pem\n");
        QCOMPARE(config.size(), 2);
        ServerProcess tls;
        QVERIFY2(tls.start(m_f->database(), config + QStringList {QStringLiteral("--port"), QStringLiteral("0")}),
            qPrintable(tls.lastError));
        QCOMPARE(tls.scheme(), QStringLiteral("https"));
        QNetworkAccessManager nam;
        QCOMPARE(httpRequest(nam, "GET", tls.url(QStringLiteral("/v1/session")), m_f->token().toLatin1()).status, 200);
        // A snapshot page is read on a reader thread, then answered (gzip) over TLS by the main thread.
        const HttpResult page
            = httpRequest(nam, "GET", tls.url(QStringLiteral("/v1/snapshot?limit=1000")), m_f->token().toLatin1());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body
            == m_f->request("GET", QStringLiteral("/v1/snapshot"), {}, m_f->token(),
                      {{QStringLiteral("limit"), QStringLiteral("1000")}})
                   .body);
    }

private:
    // The database is whole after a kill -9: SQLite's quick_check of the file; on PostgreSQL amcheck of
    // every B-tree index against its table (bt_index_check with heapallindexed). On both, every
    // operation's uuid is logged once.
    void verifyDatabaseWhole()
    {
        if (m_f->onPostgres()) {
            QVERIFY(m_f->exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS amcheck")));
            QVERIFY(m_f->queryInt("SELECT count(bt_index_check(c.oid, true)) FROM pg_index i JOIN pg_class c ON "
                                  "c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON "
                                  "n.oid = c.relnamespace WHERE a.amname = 'btree' AND n.nspname = 'public'")
                > 10);
        } else {
            QCOMPARE(m_f->queryInt("SELECT count(*) FROM pragma_quick_check WHERE quick_check <> 'ok'"), 0);
        }
        QCOMPARE(
            m_f->queryInt("SELECT count(*) FROM (SELECT uuid FROM op_log GROUP BY uuid HAVING count(*) > 1) d"), 0);
    }
    // The stock of the two bins the moves go between that no stock move explains (the seeded world's):
    // quants and the stock_move books stay equal, whatever was killed when.
    std::array<Milli, 2> bookedOutsideMoves()
    {
        const World &w = m_f->world();
        std::array<Milli, 2> out {};
        const std::array<qint64, 2> bins {w.binA, w.binB};
        for (size_t i = 0; i < bins.size(); ++i) {
            const qint64 moved = m_f->queryInt(
                QStringLiteral("SELECT ifnull(sum(CASE WHEN to_location_id = %1 THEN qty ELSE 0 END), 0) - "
                               "ifnull(sum(CASE WHEN from_location_id = %1 THEN qty ELSE 0 END), 0) FROM stock_move "
                               "WHERE product_id = %2 AND lot_id IS NULL")
                    .arg(bins[i])
                    .arg(w.product));
            out[i] = m_f->quant(bins[i], w.product) - moved;
        }
        return out;
    }

    QJsonArray movePool(int n, int salt)
    {
        const World &w = m_f->world();
        QJsonArray ops;
        for (int i = 0; i < n; ++i)
            ops.append(ServerFixture::op(QStringLiteral("move"), w.receiver,
                {{QStringLiteral("product_id"), w.product}, {QStringLiteral("from_location_id"), w.binA},
                    {QStringLiteral("to_location_id"), w.binB}, {QStringLiteral("qty"), 1}},
                i + 1,
                QStringLiteral("%1-0000-4000-8000-%2")
                    .arg(salt, 8, 10, QLatin1Char('0'))
                    .arg(i, 12, 10, QLatin1Char('0'))));
        return ops;
    }
    static QByteArray batchBody(const QJsonArray &ops)
    {
        return QJsonDocument(QJsonObject {{QStringLiteral("operations"), ops}}).toJson(QJsonDocument::Compact);
    }

    std::unique_ptr<ServerFixture> m_f;
    std::unique_ptr<ServerProcess> m_server;
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_serverprocess.moc"
