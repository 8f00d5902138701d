// Bad input, table-driven: every case gets a 4xx with a JSON error, nothing partial is committed, and the
// server answers the next good request.
#include "gzip.h"
#include "serverfixture.h"

#include <QTest>

using namespace stockhand;
using namespace stockhand::server;
using namespace stockhand::server::test;

namespace {
enum class Auth { Good, None, Invalid, Revoked };
}
Q_DECLARE_METATYPE(Auth)

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->setUp(), qPrintable(m_f->lastError));
    }

    void badRequest_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Auth>("auth");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        const QString push = QStringLiteral("/v1/push");
        const QByteArray goodOp = R"({"uuid":"7b0f6f4e-9a51-4c8e-8d4e-3f3b9c1d2e01","seq":1,"kind":"move","user_id":4,)"
                                  R"("payload":{"product_id":1,"from_location_id":1,"to_location_id":2,"qty":"1"}})";
        auto batch = [](const QByteArray &ops) -> QByteArray { return QByteArray(R"({"operations":[)") + ops + "]}"; };
        QTest::newRow("malformed json") << QByteArray("POST") << push << QByteArray("{\"operations\": [") << Auth::Good
                                        << 400 << QStringLiteral("request.malformed-json");
        QTest::newRow("json array body") << QByteArray("POST") << push << QByteArray("[]") << Auth::Good << 400
                                         << QStringLiteral("request.malformed-json");
        QTest::newRow("operations not array") << QByteArray("POST") << push << QByteArray(R"({"operations":{}})")
                                              << Auth::Good << 400 << QStringLiteral("request.wrong-type");
        QTest::newRow("operation not object") << QByteArray("POST") << push << batch(goodOp + ",42") << Auth::Good
                                              << 400 << QStringLiteral("request.wrong-type");
        QTest::newRow("invalid uuid")
            << QByteArray("POST") << push
            << batch(goodOp + R"(,{"uuid":"not-a-uuid","seq":2,"kind":"move","user_id":4,"payload":{}})") << Auth::Good
            << 400 << QStringLiteral("request.invalid-uuid");
        QTest::newRow("seq as string")
            << QByteArray("POST") << push
            << batch(
                   R"({"uuid":"7b0f6f4e-9a51-4c8e-8d4e-3f3b9c1d2e02","seq":"1","kind":"move","user_id":4,"payload":{}})")
            << Auth::Good << 400 << QStringLiteral("request.wrong-type");
        QTest::newRow("user id negative")
            << QByteArray("POST") << push
            << batch(
                   R"({"uuid":"7b0f6f4e-9a51-4c8e-8d4e-3f3b9c1d2e03","seq":1,"kind":"move","user_id":-4,"payload":{}})")
            << Auth::Good << 400 << QStringLiteral("request.wrong-type");
        QTest::newRow("unknown kind")
            << QByteArray("POST") << push
            << batch(goodOp
                   + R"(,{"uuid":"7b0f6f4e-9a51-4c8e-8d4e-3f3b9c1d2e04","seq":2,"kind":"teleport","user_id":4,"payload":{}})")
            << Auth::Good << 400 << QStringLiteral("request.unknown-kind");
        QTest::newRow("payload not object")
            << QByteArray("POST") << push
            << batch(
                   R"({"uuid":"7b0f6f4e-9a51-4c8e-8d4e-3f3b9c1d2e05","seq":1,"kind":"move","user_id":4,"payload":[1]})")
            << Auth::Good << 400 << QStringLiteral("request.wrong-type");
        QTest::newRow("local time junk")
            << QByteArray("POST") << push
            << batch(
                   R"({"uuid":"7b0f6f4e-9a51-4c8e-8d4e-3f3b9c1d2e06","seq":1,"kind":"move","user_id":4,"local_time":"yesterday","payload":{}})")
            << Auth::Good << 400 << QStringLiteral("request.wrong-type");
        // User 1 is a picker of warehouse 1 (demo): approving is a supervisor's; the good move before it is
        // not applied either.
        QTest::newRow("picker approves an adjustment")
            << QByteArray("POST") << push
            << batch(goodOp
                   + R"(,{"uuid":"7b0f6f4e-9a51-4c8e-8d4e-3f3b9c1d2e07","seq":2,"kind":"approve_adjustment","user_id":1,)"
                     R"("payload":{"adjustment_id":1,"reason_code":"FOUND"}})")
            << Auth::Good << 403 << QStringLiteral("role.forbidden");
        QTest::newRow("oversize body") << QByteArray("POST") << push << QByteArray(9 * 1024 * 1024, ' ') << Auth::Good
                                       << 413 << QStringLiteral("request.too-large");
        QByteArray many = goodOp;
        for (int i = 0; i < 1000; ++i)
            many += QByteArray(",") + goodOp;
        QTest::newRow("too many operations") << QByteArray("POST") << push << batch(many) << Auth::Good << 413
                                             << QStringLiteral("request.too-many-operations");
        QTest::newRow("missing token") << QByteArray("POST") << push << batch(goodOp) << Auth::None << 401
                                       << QStringLiteral("auth.missing");
        QTest::newRow("invalid token") << QByteArray("POST") << push << batch(goodOp) << Auth::Invalid << 401
                                       << QStringLiteral("auth.invalid");
        QTest::newRow("revoked token") << QByteArray("POST") << push << batch(goodOp) << Auth::Revoked << 401
                                       << QStringLiteral("auth.revoked");
        QTest::newRow("revoked token pull") << QByteArray("GET") << QStringLiteral("/v1/changes") << QByteArray()
                                            << Auth::Revoked << 401 << QStringLiteral("auth.revoked");
        QTest::newRow("push with GET") << QByteArray("GET") << push << QByteArray() << Auth::Good << 405
                                       << QStringLiteral("request.method");
        QTest::newRow("unknown endpoint") << QByteArray("GET") << QStringLiteral("/v1/secrets") << QByteArray()
                                          << Auth::Good << 404 << QStringLiteral("request.not-found");
        QTest::newRow("enrol junk") << QByteArray("POST") << QStringLiteral("/v1/enrol") << QByteArray("{\"code\":5}")
                                    << Auth::None << 400 << QStringLiteral("request.wrong-type");
        QTest::newRow("enrol wrong code")
            << QByteArray("POST") << QStringLiteral("/v1/enrol") << QByteArray("{\"code\":\"AAAAA-AAAAA\"}")
            << Auth::None << 403 << QStringLiteral("enrol.invalid-code");
        QTest::newRow("changes bad cursor") << QByteArray("GET") << QStringLiteral("/v1/changes") << QByteArray("x")
                                            << Auth::Good << 400 << QStringLiteral("request.wrong-type");
    }

    void badRequest()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(Auth, auth);
        QFETCH(int, status);
        QFETCH(QString, code);

        QString token = m_f->token();
        if (auth == Auth::None)
            token = QStringLiteral("");
        else if (auth == Auth::Invalid)
            token = QStringLiteral("bm90LWEtdG9rZW4");
        else if (auth == Auth::Revoked) {
            token = m_f->enrolDevice(1, QStringLiteral("stolen"));
            auto list = m_f->core().devices().list();
            QVERIFY(list.ok());
            for (const Device &d : list.value()) {
                if (d.name == QLatin1String("stolen"))
                    QVERIFY(m_f->core().devices().revoke(d.id).ok());
            }
        }
        const qint64 opsBefore = m_f->queryInt("SELECT count(*) FROM op_log");
        const qint64 movesBefore = m_f->queryInt("SELECT count(*) FROM stock_move");
        const qint64 feedBefore = m_f->queryInt("SELECT ifnull(max(seq), 0) FROM change_log");
        // "changes bad cursor" sends its junk in the query.
        QList<QPair<QString, QString>> query;
        if (path == QLatin1String("/v1/changes") && !body.isEmpty())
            query.append({QStringLiteral("cursor"), QString::fromLatin1(body)});
        const Response r
            = m_f->request(method, path, path == QLatin1String("/v1/changes") ? QByteArray() : body, token, query);
        QCOMPARE(r.status, status);
        QCOMPARE(r.contentType, QByteArray("application/json"));
        const QJsonObject error = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        // Nothing partial: no operation, no move, no feed entry.
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), opsBefore);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM stock_move"), movesBefore);
        QCOMPARE(m_f->queryInt("SELECT ifnull(max(seq), 0) FROM change_log"), feedBefore);
        // The server still answers.
        QCOMPARE(m_f->request("GET", QStringLiteral("/health")).status, 200);
        QCOMPARE(m_f->request("GET", QStringLiteral("/v1/session"), {}, m_f->token()).status, 200);
    }

    void gzipBombIsRefused()
    {
        const QByteArray bomb = gzipCompress(QByteArray(64 * 1024 * 1024, '['), 9);
        QVERIFY(bomb.size() < 1024 * 1024);
        Request r;
        r.method = "POST";
        r.path = QStringLiteral("/v1/push");
        r.authorization = "Bearer " + m_f->token().toLatin1();
        r.contentEncoding = "gzip";
        r.body = bomb;
        QCOMPARE(m_f->core().handle(r).status, 413);
        r.body = "not gzip at all";
        QCOMPARE(m_f->core().handle(r).status, 400);
    }

    void enrolmentCodeWorksOnce()
    {
        auto code = m_f->core().devices().issueCode(1, 1);
        QVERIFY(code.ok());
        const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("code"), code.value()}}).toJson();
        QCOMPARE(m_f->request("POST", QStringLiteral("/v1/enrol"), body).status, 200);
        QCOMPARE(m_f->request("POST", QStringLiteral("/v1/enrol"), body).status, 403);
        // Codes and tokens are stored hashed only.
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM device WHERE length(token_hash) = 32"),
            m_f->queryInt("SELECT count(*) FROM device"));
    }

private:
    std::unique_ptr<ServerFixture> m_f;
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
