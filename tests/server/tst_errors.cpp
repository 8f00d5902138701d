// One table from an error to its answer (server/core/errors.h), and each backend reporting its failures
// as storage.* codes only: an injected fault never becomes an operation's rejection. On SQLite the fault is
// an I/O error (db::Database::failAfter); on PostgreSQL the server really fails the statement with each
// SQLSTATE the backend maps, or the connection is really lost (pg::Connection::failAfter).
#include "errors.h"
#include "feedtables.h"
#include "pgtestserver.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace stockhand;
using namespace stockhand::server;
using namespace stockhand::server::test;

namespace {

Error error(const QString &code)
{
    return Error {code, QStringLiteral("Something about %1.").arg(code), 0};
}

QJsonObject errorObject(const Response &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
}

// The faults the backend under test can have, one row each (ServerFixture::failAfter): SQLite's I/O
// error; PostgreSQL's failures of each storage code, and the connection lost.
void faultRows()
{
    QTest::addColumn<QByteArray>("sqlState");
    if (!testOnPostgres()) {
        QTest::newRow("I/O error") << QByteArray();
        return;
    }
    QTest::newRow("I/O error 58030") << QByteArray("58030");
    QTest::newRow("serialisation failure 40001") << QByteArray("40001");
    QTest::newRow("deadlock 40P01") << QByteArray("40P01");
    QTest::newRow("disk full 53100") << QByteArray("53100");
    QTest::newRow("statement timeout 57014") << QByteArray("57014");
    QTest::newRow("data corrupted XX001") << QByteArray("XX001");
    QTest::newRow("connection lost") << QByteArray("08006");
}

} // namespace

class TestErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->setUp(60), qPrintable(m_f->lastError));
    }

    void table_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("sent");
        QTest::addColumn<bool>("retryable");
        auto row = [](const char *code, int status, const char *sent, bool retryable) {
            QTest::newRow(code) << QString::fromLatin1(code) << status << QString::fromLatin1(sent) << retryable;
        };
        row("request.malformed-json", 400, "request.malformed-json", false);
        row("request.wrong-type", 400, "request.wrong-type", false);
        row("request.bad-encoding", 400, "request.bad-encoding", false);
        row("request.unsupported-encoding", 415, "request.bad-encoding", false);
        row("request.too-large", 413, "request.too-large", false);
        row("request.too-many-operations", 413, "request.too-many-operations", false);
        row("request.method", 405, "request.method", false);
        row("request.not-found", 404, "request.not-found", false);
        row("auth.missing", 401, "auth.missing", false);
        row("auth.revoked", 401, "auth.revoked", false);
        row("enrol.invalid-code", 403, "enrol.invalid-code", false);
        row("role.forbidden", 403, "role.forbidden", false);
        row("feed.epoch-changed", 409, "feed.epoch-changed", false);
        row("feed.cursor-ahead", 409, "feed.cursor-ahead", false);
        row("storage.busy", 503, "server.storage", true);
        row("storage.full", 503, "server.storage", true);
        row("storage.io", 503, "server.storage", true);
        row("storage.constraint", 503, "server.storage", true);
        row("storage.cannot-undo", 503, "server.storage", true);
        row("server.storage", 503, "server.storage", true);
        row("something.new", 500, "server.internal", true);
    }

    void table()
    {
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(QString, sent);
        QFETCH(bool, retryable);
        const Response r = errorResponse(error(code));
        QCOMPARE(r.status, status);
        QCOMPARE(errorObject(r).value(QStringLiteral("code")).toString(), sent);
        QVERIFY(!errorObject(r).value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(errorRule(error(code)).retryable, retryable);
    }

    void storageMessagesDoNotQuoteTheDatabase()
    {
        const Response r = errorResponse(Error {QStringLiteral("storage.io"), QStringLiteral("disk I/O error"), 0});
        QVERIFY(!errorObject(r).value(QStringLiteral("message")).toString().contains(QLatin1String("disk I/O")));
    }

    void detailsJoinTheErrorObject()
    {
        const Response r = errorResponse(error(QStringLiteral("role.forbidden")),
            QJsonObject {{QStringLiteral("operation"), QJsonObject {{QStringLiteral("index"), 3}}}});
        QCOMPARE(
            errorObject(r).value(QStringLiteral("operation")).toObject().value(QStringLiteral("index")).toInt(), 3);
        QCOMPARE(errorObject(r).value(QStringLiteral("code")).toString(), QStringLiteral("role.forbidden"));
    }

    void operationFailures()
    {
        QCOMPARE(operationFailure(error(QStringLiteral("op.unknown-product"))), OperationFailure::Rejection);
        QCOMPARE(operationFailure(error(QStringLiteral("role.forbidden"))), OperationFailure::Rejection);
        QCOMPARE(operationFailure(error(QStringLiteral("storage.constraint"))), OperationFailure::Constraint);
        QCOMPARE(operationFailure(error(QStringLiteral("storage.busy"))), OperationFailure::Storage);
        QCOMPARE(operationFailure(error(QStringLiteral("storage.io"))), OperationFailure::Storage);
    }

    // Every call of the backend, failing at each of its database calls in turn, fails with a storage code.
    void backendReportsStorageCodes_data() { faultRows(); }
    void backendReportsStorageCodes()
    {
        QFETCH(QByteArray, sqlState);
        storage::Storage &s = m_f->core().storage();
        const QString deviceId = m_f->core().devices().list().value().first().id;
        QStringList codes;
        auto note = [&](const Error &e) { codes.append(e.code); };
        for (int n = 1; n <= 12; ++n) {
            m_f->failAfter(n, sqlState);
            if (Status st = s.ping(); !st)
                note(st.error());
            if (auto e = s.epoch(); !e)
                note(e.error());
            if (auto c = s.latestCursor(1); !c)
                note(c.error());
            if (auto d = s.devices().devices(); !d)
                note(d.error());
            if (auto reader = s.beginFeedRead(); !reader) {
                note(reader.error());
            } else {
                if (auto h = reader.value()->head(); !h)
                    note(h.error());
                if (auto c = reader.value()->countRows(feedTables().front(), 1); !c)
                    note(c.error());
            }
            if (auto batch = s.beginBatch(); !batch) {
                note(batch.error());
            } else {
                storage::Batch &b = *batch.value();
                if (auto u = b.user(m_f->world().picker); !u)
                    note(u.error());
                if (auto a = b.storedAnswer(QStringLiteral("7b0f6f4e-9a51-4c8e-8d4e-3f3b9c1d2e01")); !a)
                    note(a.error());
                if (Status st = b.deviceSeen(deviceId, QStringLiteral("2026-01-01T00:00:00.000Z")); !st)
                    note(st.error());
                if (Status st = b.commit(); !st)
                    note(st.error());
            }
            m_f->failAfter(0);
        }
        QVERIFY(codes.size() >= 10); // each round made one call fail
        for (const QString &code : std::as_const(codes))
            QVERIFY2(code.startsWith(QLatin1String("storage.")), qPrintable(code));
    }

    void aRefusedWriteIsStorageConstraint()
    {
        auto batch = m_f->core().storage().beginBatch();
        QVERIFY(batch.ok());
        storage::Batch &b = *batch.value();
        Operation op;
        const qint64 id = b.nextOperationId().value();
        op.uuid = QStringLiteral("7b0f6f4e-9a51-4c8e-8d4e-3f3b9c1d2e09");
        op.deviceId = m_f->core().devices().list().value().first().id;
        op.seq = 1;
        op.userId = m_f->world().picker;
        op.kind = QStringLiteral("move");
        op.state = OpState::Applied;
        const QString receivedAt = QStringLiteral("2026-01-01T00:00:00.000Z");
        const QByteArray answer = "{\"status\":\"applied\"}";
        QVERIFY(b.logOperation(id, op, receivedAt, answer).ok());
        // the same uuid again: the log refuses it
        const Status again = b.logOperation(id + 1, op, receivedAt, answer);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("storage.constraint"));
        QCOMPARE(operationFailure(again.error()), OperationFailure::Constraint);
    }

    // A storage failure inside an operation's handler aborts the batch (503): it is never recorded as
    // that operation's rejection.
    void storageFailureInAHandlerIsNeverARejection_data() { faultRows(); }
    void storageFailureInAHandlerIsNeverARejection()
    {
        QFETCH(QByteArray, sqlState);
        const World &w = m_f->world();
        int failed = 0;
        for (int n = 1; n <= 60; ++n) { // the n-th database call of the request fails
            QJsonArray ops;
            for (int i = 0; i < 4; ++i)
                ops.append(ServerFixture::op(QStringLiteral("move"), w.receiver,
                    {{QStringLiteral("product_id"), w.product}, {QStringLiteral("from_location_id"), w.binA},
                        {QStringLiteral("to_location_id"), w.binB}, {QStringLiteral("qty"), 1}},
                    n * 10 + i));
            const qint64 logged = m_f->queryInt("SELECT count(*) FROM op_log");
            m_f->failAfter(n, sqlState);
            int status = 0;
            const QJsonObject answer = m_f->push(ops, QString(), &status);
            m_f->failAfter(0);
            if (status == 200) {
                for (const QJsonValue &r : answer.value(QStringLiteral("results")).toArray())
                    QCOMPARE(r.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
                QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), logged + 4);
            } else {
                QCOMPARE(status, 503);
                QCOMPARE(answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                    QStringLiteral("server.storage"));
                QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), logged);
                ++failed;
            }
        }
        QVERIFY(failed >= 10);
    }

    void authenticationAndEnrolmentAnswer503WhenStorageFails_data() { faultRows(); }
    void authenticationAndEnrolmentAnswer503WhenStorageFails()
    {
        QFETCH(QByteArray, sqlState);
        int refused = 0;
        for (int n = 1; n <= 4; ++n) { // one of the first database calls is the token's look-up
            m_f->failAfter(n, sqlState);
            const Response session = m_f->request("GET", QStringLiteral("/v1/session"), {}, m_f->token());
            m_f->failAfter(0);
            if (session.status == 200)
                continue;
            QCOMPARE(session.status, 503); // not 401: the device keeps its token
            QCOMPARE(errorObject(session).value(QStringLiteral("code")).toString(), QStringLiteral("server.storage"));
            ++refused;
        }
        QVERIFY(refused >= 1);

        auto code = m_f->core().devices().issueCode(1, 1);
        QVERIFY(code.ok());
        const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("code"), code.value()}}).toJson();
        m_f->failAfter(1, sqlState);
        const Response enrol = m_f->request("POST", QStringLiteral("/v1/enrol"), body);
        m_f->failAfter(0);
        QCOMPARE(enrol.status, 503);
        QCOMPARE(errorObject(enrol).value(QStringLiteral("code")).toString(), QStringLiteral("server.storage"));
        QCOMPARE(m_f->request("POST", QStringLiteral("/v1/enrol"), body).status, 200); // the code still works
    }

private:
    std::unique_ptr<ServerFixture> m_f;
};

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
