// Supervisor authority against the real stockhand-server process on 127.0.0.1 (docs/security.md): a device
// with a valid token cannot decide as a supervisor without a session proof; sign-in locks out after N bad
// passwords (configured); a supervisor over their approval limit is refused and an admin accepted; a
// handheld's store file holds no supervisor verifier (every table read); no password or secret in the log.
#include "demo/demogenerator.h"
#include "domain/operation.h"
#include "domain/quantity.h"
#include "e2eutil.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace stockhand;
using namespace stockhand::server::test;
using namespace stockhand::test;

namespace {

const QString kServer = QStringLiteral(STOCKHAND_SERVER_BINARY);
const QString kCli = QStringLiteral(STOCKHAND_CLI_BINARY);
const QString kPassword = QString::fromLatin1(demo::kDemoSupervisorPassword);

QByteArray batch(const QJsonObject &op)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("operations"), QJsonArray {op}}}).toJson(QJsonDocument::Compact);
}

QString errorCode(const HttpResult &r)
{
    return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

struct Session
{
    QString id;
    QByteArray secret;
    QString secretText;
};

} // namespace

class TestAuthorityProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    QByteArray m_token;

    HttpResult post(const QString &path, const QByteArray &body, const QByteArray &token = {})
    {
        return httpRequest(m_nam, "POST", m_server.url(path), token.isEmpty() ? m_token : token, body);
    }
    HttpResult signIn(const QString &login, const QString &password, const QByteArray &token = {})
    {
        return post(QStringLiteral("/v1/user-session"),
            QJsonDocument(QJsonObject {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}})
                .toJson(QJsonDocument::Compact),
            token);
    }
    static Session sessionOf(const HttpResult &r)
    {
        const QJsonObject o = r.json();
        const QString text = o.value(QStringLiteral("secret")).toString();
        return {o.value(QStringLiteral("session_id")).toString(),
            QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding), text};
    }
    static QJsonObject op(const QString &kind, qint64 user, const QJsonObject &payload)
    {
        return QJsonObject {{QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("seq"), 1}, {QStringLiteral("kind"), kind}, {QStringLiteral("user_id"), user},
            {QStringLiteral("local_time"), utcTime(QDateTime::currentDateTimeUtc())},
            {QStringLiteral("payload"), payload}};
    }
    static QJsonObject signedOp(QJsonObject o, const Session &s)
    {
        auto parsed = Operation::fromJson(o, 0);
        if (!parsed)
            qFatal("op: %s", qPrintable(parsed.error().message));
        o.insert(QStringLiteral("session"),
            QJsonObject {{QStringLiteral("id"), s.id}, {QStringLiteral("proof"), parsed->proofUnder(s.secret)}});
        return o;
    }
    qint64 serverInt(const std::string &sql)
    {
        auto db = openPlain(m_db);
        return one(*db, sql);
    }
    QByteArray runCli(const QString &store, const QStringList &args)
    {
        return runTool(kCli, QStringList {QStringLiteral("--store"), store} + args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("server.db"));
        seedServer(kServer, m_db, 200);
        {
            auto db = openPlain(m_db);
            QVERIFY(db->exec("UPDATE product SET unit_value_cents = 100").ok());
        }
        // The supervisor may decide variances worth up to 1.00; the admin has no limit.
        runTool(kServer,
            {QStringLiteral("--db"), m_db, QStringLiteral("user"), QStringLiteral("limit"), QStringLiteral("--login"),
                QStringLiteral("supervisor1-wh1"), QStringLiteral("--value-cents"), QStringLiteral("100")});
        const QString config = m_dir.filePath(QStringLiteral("server.ini"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[sign_in]\nmax_failures_per_login = 3\nlockout_minutes = 30\n");
        f.close();
        QVERIFY2(m_server.start(m_db, {QStringLiteral("--config"), config}), qPrintable(m_server.lastError));
        // A handheld enrolled and synced with stockhand-cli; its token pushes below.
        const QString handheld = m_dir.filePath(QStringLiteral("handheld.db"));
        runCli(handheld,
            {QStringLiteral("enrol"), QStringLiteral("--server"), m_server.url(QString()).toString(),
                QStringLiteral("--code"), enrolmentCode(kServer, m_db)});
        runCli(handheld, {QStringLiteral("sync")});
        auto store = openPlain(handheld);
        auto st = store->prepare("SELECT value FROM meta WHERE key = 'device_token'");
        QVERIFY(st.ok() && st->step().value());
        m_token = st->text(0).toLatin1();
        QVERIFY(!m_token.isEmpty());
    }

    void decisionsNeedAProofAndLimitsHold()
    {
        // A variance of 500 units (worth 500.00) waits for a decision.
        const qint64 bin = serverInt("SELECT min(id) FROM location WHERE warehouse_id = 1 AND type = 'bin'");
        const qint64 product = serverInt("SELECT min(id) FROM product WHERE tracking = 'none'");
        const qint64 counter = serverInt("SELECT id FROM app_user WHERE login = 'counter1-wh1'");
        QCOMPARE(post(QStringLiteral("/v1/push"),
                     batch(op(QStringLiteral("count"), counter,
                         {{QStringLiteral("location_id"), bin}, {QStringLiteral("product_id"), product},
                             {QStringLiteral("qty"), QStringLiteral("500")}})))
                     .status,
            200);
        const qint64 adj = serverInt("SELECT max(id) FROM adjustment WHERE state = 'pending'");
        QVERIFY(adj > 0);
        const qint64 supervisor = serverInt("SELECT id FROM app_user WHERE login = 'supervisor1-wh1'");
        const qint64 admin = serverInt("SELECT id FROM app_user WHERE login = 'admin'");
        const QJsonObject approve {
            {QStringLiteral("adjustment_id"), adj}, {QStringLiteral("reason_code"), QStringLiteral("FOUND")}};
        const qint64 logged = serverInt("SELECT count(*) FROM op_log");

        // A valid device token, no session proof: refused, nothing applied.
        const HttpResult bare
            = post(QStringLiteral("/v1/push"), batch(op(QStringLiteral("approve_adjustment"), supervisor, approve)));
        QCOMPARE(bare.status, 403);
        QCOMPARE(errorCode(bare), QStringLiteral("session.required"));

        // The supervisor signs in online; over the approval limit the decision is refused.
        const HttpResult in = signIn(QStringLiteral("supervisor1-wh1"), kPassword);
        QCOMPARE(in.status, 200);
        const Session s = sessionOf(in);
        QCOMPARE(s.secret.size(), 32);
        const HttpResult over = post(QStringLiteral("/v1/push"),
            batch(signedOp(op(QStringLiteral("approve_adjustment"), supervisor, approve), s)));
        QCOMPARE(over.status, 403);
        QCOMPARE(errorCode(over), QStringLiteral("role.over-limit"));

        // The supervisor's session on another device does not work from this one.
        const HttpResult enrolled = post(QStringLiteral("/v1/enrol"),
            QJsonDocument(QJsonObject {{QStringLiteral("code"), enrolmentCode(kServer, m_db)}}).toJson(), "-");
        const QByteArray otherToken = enrolled.json().value(QStringLiteral("token")).toString().toLatin1();
        QVERIFY(!otherToken.isEmpty());
        const Session elsewhere = sessionOf(signIn(QStringLiteral("supervisor1-wh1"), kPassword, otherToken));
        QVERIFY(!elsewhere.id.isEmpty());
        const HttpResult moved = post(QStringLiteral("/v1/push"),
            batch(signedOp(op(QStringLiteral("approve_adjustment"), supervisor, approve), elsewhere)));
        QCOMPARE(moved.status, 403);
        QCOMPARE(errorCode(moved), QStringLiteral("session.mismatch"));
        QCOMPARE(serverInt("SELECT count(*) FROM op_log"), logged);
        QCOMPARE(serverInt("SELECT count(*) FROM adjustment WHERE state = 'pending'"), 1);

        // The admin has no limit.
        const Session a = sessionOf(signIn(QStringLiteral("admin"), kPassword));
        const HttpResult ok = post(
            QStringLiteral("/v1/push"), batch(signedOp(op(QStringLiteral("approve_adjustment"), admin, approve), a)));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("applied"));
        QCOMPARE(serverInt("SELECT decided_by FROM adjustment WHERE id = " + std::to_string(adj)), admin);
        QCOMPARE(serverInt("SELECT count(*) FROM op_log WHERE session_id = '" + a.id.toStdString() + "'"), 1);
        m_secrets << s.secretText << elsewhere.secretText << a.secretText;
    }

    // The count thresholds are a supervisor's operation, proven and applied by the real server: within
    // them a count is approved at once, beyond them it waits.
    void thresholdsSetByASupervisorHold()
    {
        const qint64 supervisor = serverInt("SELECT id FROM app_user WHERE login = 'supervisor1-wh1'");
        const qint64 counter = serverInt("SELECT id FROM app_user WHERE login = 'counter1-wh1'");
        const qint64 bin = serverInt("SELECT max(id) FROM location WHERE warehouse_id = 1 AND type = 'bin'");
        const qint64 product = serverInt("SELECT max(id) FROM product WHERE tracking = 'none'");
        const Session s = sessionOf(signIn(QStringLiteral("supervisor1-wh1"), kPassword));
        QVERIFY(!s.id.isEmpty());
        m_secrets << s.secretText;
        auto setPolicy = [&](const QString &maxQty) {
            return post(QStringLiteral("/v1/push"),
                batch(signedOp(
                    op(QStringLiteral("set_count_policy"), supervisor, {{QStringLiteral("max_qty"), maxQty}}), s)));
        };
        auto countPlus = [&](int units) {
            const qint64 book = serverInt("SELECT ifnull(sum(qty), 0) FROM quant WHERE location_id = "
                + std::to_string(bin) + " AND product_id = " + std::to_string(product));
            const HttpResult r = post(QStringLiteral("/v1/push"),
                batch(op(QStringLiteral("count"), counter,
                    {{QStringLiteral("location_id"), bin}, {QStringLiteral("product_id"), product},
                        {QStringLiteral("qty"), formatQuantity(book + units * 1000)}})));
            return r.json()
                .value(QStringLiteral("results"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("result"))
                .toObject()
                .value(QStringLiteral("adjustment_state"))
                .toString();
        };
        // Unsigned: refused.
        const HttpResult bare = post(QStringLiteral("/v1/push"),
            batch(op(QStringLiteral("set_count_policy"), supervisor,
                {{QStringLiteral("max_qty"), QStringLiteral("1000")}})));
        QCOMPARE(bare.status, 403);
        QCOMPARE(errorCode(bare), QStringLiteral("session.required"));
        QCOMPARE(setPolicy(QStringLiteral("1000")).status, 200);
        QCOMPARE(serverInt("SELECT max_qty FROM count_policy WHERE warehouse_id = 1 AND user_group IS NULL"), 1000000);
        QCOMPARE(countPlus(700), QStringLiteral("approved"));
        QCOMPARE(setPolicy(QStringLiteral("1")).status, 200);
        QCOMPARE(countPlus(700), QStringLiteral("pending"));
    }

    void signInLocksOutAfterBadPasswords()
    {
        for (int i = 0; i < 3; ++i) {
            const HttpResult bad = signIn(QStringLiteral("supervisor1-wh1"), QStringLiteral("not-the-password"));
            QCOMPARE(bad.status, 403);
            QCOMPARE(errorCode(bad), QStringLiteral("signin.invalid"));
        }
        const HttpResult locked = signIn(QStringLiteral("supervisor1-wh1"), kPassword);
        QCOMPARE(locked.status, 429);
        QCOMPARE(errorCode(locked), QStringLiteral("signin.locked"));
        QVERIFY(!locked.json().contains(QStringLiteral("secret")));
        // An admin unlocks the login.
        runTool(kServer,
            {QStringLiteral("--db"), m_db, QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("--login"),
                QStringLiteral("supervisor1-wh1")});
        QCOMPARE(signIn(QStringLiteral("supervisor1-wh1"), kPassword).status, 200);
    }

    void handheldStoreHoldsNoSupervisorVerifier()
    {
        const QString handheld = m_dir.filePath(QStringLiteral("handheld.db"));
        runCli(handheld, {QStringLiteral("sync")});
        // What the server keeps for supervisors: password hashes and salts. None of it may be on a device.
        QList<QByteArray> serverSecrets;
        {
            auto db = openPlain(m_db);
            auto st = db->prepare("SELECT hex(hash), hex(salt) FROM user_credential");
            QVERIFY(st.ok());
            while (st->step().value())
                serverSecrets << st->text(0).toLatin1() << st->text(1).toLatin1();
        }
        QVERIFY(serverSecrets.size() >= 4);
        auto store = openPlain(handheld);
        QStringList tables;
        {
            auto st = store->prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
            QVERIFY(st.ok());
            while (st->step().value())
                tables << st->text(0);
        }
        QVERIFY(tables.contains(QStringLiteral("app_user")) && tables.contains(QStringLiteral("user_session")));
        qint64 cells = 0;
        for (const QString &t : std::as_const(tables)) {
            const qint64 columns = one(*store, "SELECT count(*) FROM pragma_table_info('" + t.toStdString() + "')");
            QVERIFY(columns > 0);
            auto st = store->prepare("SELECT * FROM \"" + t.toStdString() + "\"");
            QVERIFY(st.ok());
            while (st->step().value()) {
                for (int c = 0; c < int(columns); ++c) {
                    const QByteArray hex = st->blob(c).toHex().toUpper();
                    const QByteArray text = st->blob(c);
                    ++cells;
                    for (const QByteArray &secret : std::as_const(serverSecrets))
                        QVERIFY2(!hex.contains(secret) && !text.toUpper().contains(secret), qPrintable(t));
                    QVERIFY2(!text.contains(kPassword.toUtf8()), qPrintable(t));
                }
            }
        }
        QVERIFY(cells > 1000);
        // The supervisors and the admin are there, without a PIN verifier; the floor users have theirs.
        QCOMPARE(
            one(*store, "SELECT count(*) FROM app_user WHERE (roles LIKE '%supervisor%' OR roles LIKE '%admin%')"), 2);
        QCOMPARE(one(*store,
                     "SELECT count(*) FROM app_user WHERE (roles LIKE '%supervisor%' OR roles LIKE '%admin%') "
                     "AND (length(pin_hash) > 0 OR length(pin_salt) > 0 OR pin_iterations > 0)"),
            0);
        QVERIFY(one(*store, "SELECT count(*) FROM app_user WHERE length(pin_hash) = 32") >= 7);
        QCOMPARE(one(*store, "SELECT count(*) FROM user_session"), 0);
    }

    void noSecretInTheLog()
    {
        QCOMPARE(m_server.terminate(), 0);
        const QByteArray log = m_server.log();
        QVERIFY(log.contains("/v1/user-session"));
        QVERIFY(!log.contains(kPassword.toUtf8()));
        QVERIFY(!log.contains("not-the-password"));
        QVERIFY(!log.contains(m_token));
        QVERIFY(m_secrets.size() == 4);
        for (const QString &s : std::as_const(m_secrets))
            QVERIFY(!log.contains(s.toLatin1()));
    }

private:
    QStringList m_secrets;
};

QTEST_GUILESS_MAIN(TestAuthorityProcess)
#include "tst_authority_process.moc"
