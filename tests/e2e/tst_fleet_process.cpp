// The fleet against the real stockhand-server process on 127.0.0.1, driven through stockhand-cli: devices
// report when they sync, a supervisor signed in on the console lists them, issues an enrolment code whose
// QR payload enrols a new device, and revokes a handheld, whose token is refused from then on; a user
// without a session is refused, and a device cannot revoke itself.
#include "demo/demogenerator.h"
#include "domain/enrolmentpayload.h"
#include "e2eutil.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace stockhand;
using namespace stockhand::server::test;
using namespace stockhand::test;

namespace {

const QString kServer = QStringLiteral(STOCKHAND_SERVER_BINARY);
const QString kCli = QStringLiteral(STOCKHAND_CLI_BINARY);

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run cli(const QString &store, const QStringList &args)
{
    QProcess p;
    p.start(kCli, QStringList {QStringLiteral("--store"), store} + args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString meta(const QString &store, const char *key)
{
    auto db = openPlain(store);
    auto st = db->prepare("SELECT value FROM meta WHERE key = ?1");
    st->bind(1, key);
    return st->step().value() ? st->text(0) : QString();
}

} // namespace

class TestFleetProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    QString m_console, m_handheld;
    const QStringList m_as {QStringLiteral("--user"), QStringLiteral("supervisor1-wh1")};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(QStringLiteral("server.db"));
        seedServer(kServer, db, 100);
        QVERIFY2(m_server.start(db), qPrintable(m_server.lastError));
        m_console = m_dir.filePath(QStringLiteral("console.db"));
        m_handheld = m_dir.filePath(QStringLiteral("handheld.db"));
        for (const QString &store : {m_console, m_handheld}) {
            QCOMPARE(cli(store,
                         {QStringLiteral("enrol"), QStringLiteral("--server"), m_server.url(QString()).toString(),
                             QStringLiteral("--code"), enrolmentCode(kServer, db), QStringLiteral("--name"),
                             store == m_console ? QStringLiteral("console") : QStringLiteral("handheld")})
                         .exitCode,
                0);
            QCOMPARE(cli(store, {QStringLiteral("sync")}).exitCode, 0);
        }
        const QString pw = m_dir.filePath(QStringLiteral("password"));
        QFile f(pw);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(demo::kDemoSupervisorPassword);
        f.close();
        const Run signedIn = cli(m_console,
            {QStringLiteral("sign-in"), QStringLiteral("--login"), QStringLiteral("supervisor1-wh1"),
                QStringLiteral("--password-file"), pw});
        QVERIFY2(signedIn.exitCode == 0, signedIn.err.constData());
    }

    void listCodeRevoke()
    {
        // The handheld syncs again: the server keeps what it reported.
        QCOMPARE(cli(m_handheld, {QStringLiteral("sync")}).exitCode, 0);
        const Run list = cli(m_console, QStringList {QStringLiteral("fleet"), QStringLiteral("list")} + m_as);
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QJsonArray devices = list.json().value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 2);
        QJsonObject handheld;
        for (const QJsonValue &v : devices)
            if (v[QStringLiteral("name")].toString() == u"handheld")
                handheld = v.toObject();
        QCOMPARE(handheld[QStringLiteral("device_id")].toString(), meta(m_handheld, "server_device_id"));
        QVERIFY(!handheld[QStringLiteral("app_version")].toString().isEmpty());
        QCOMPARE(handheld[QStringLiteral("pending_ops")].toInt(), 0);
        QVERIFY(!handheld[QStringLiteral("last_seen")].toString().isEmpty());

        // A new code, with its QR image; its payload enrols a third device.
        const QString png = m_dir.filePath(QStringLiteral("code.png"));
        const Run code = cli(m_console,
            QStringList {QStringLiteral("fleet"), QStringLiteral("enrolment-code"), QStringLiteral("--name"),
                QStringLiteral("dock 3"), QStringLiteral("--qr-png"), png}
                + m_as);
        QVERIFY2(code.exitCode == 0, code.err.constData());
        QVERIFY(QFile::exists(png));
        auto payload = EnrolmentPayload::parse(code.json().value(QStringLiteral("qr_payload")).toString());
        QVERIFY(payload.ok());
        QCOMPARE(QUrl(payload->serverUrl).port(), m_server.url(QString()).port());
        QVERIFY(payload->caFingerprint.isEmpty()); // plain HTTP: nothing to pin
        const QString third = m_dir.filePath(QStringLiteral("third.db"));
        QCOMPARE(cli(third,
                     {QStringLiteral("enrol"), QStringLiteral("--server"), payload->serverUrl, QStringLiteral("--code"),
                         payload->code, QStringLiteral("--name"), QString()})
                     .exitCode,
            0);

        // The console cannot revoke itself.
        const Run self = cli(m_console,
            QStringList {QStringLiteral("fleet"), QStringLiteral("revoke"), QStringLiteral("--device"),
                meta(m_console, "server_device_id")}
                + m_as);
        QCOMPARE(self.exitCode, 1);
        QVERIFY(self.err.contains("fleet.own-device"));

        // A picker on the handheld has no session: refused without reaching the server.
        const Run picker = cli(m_handheld,
            {QStringLiteral("fleet"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("picker1-wh1")});
        QCOMPARE(picker.exitCode, 1);
        QVERIFY(picker.err.contains("session.required"));

        // Revoked: the handheld's token is refused from then on (401), its sync fails.
        const Run revoke = cli(m_console,
            QStringList {QStringLiteral("fleet"), QStringLiteral("revoke"), QStringLiteral("--device"),
                meta(m_handheld, "server_device_id")}
                + m_as);
        QVERIFY2(revoke.exitCode == 0, revoke.err.constData());
        const HttpResult session = httpRequest(
            m_nam, "GET", m_server.url(QStringLiteral("/v1/session")), meta(m_handheld, "device_token").toLatin1());
        QCOMPARE(session.status, 401);
        QVERIFY(session.body.contains("auth.revoked"));
        QVERIFY(cli(m_handheld, {QStringLiteral("sync")}).exitCode != 0);
        const QJsonArray after = cli(m_console, QStringList {QStringLiteral("fleet"), QStringLiteral("list")} + m_as)
                                     .json()
                                     .value(QStringLiteral("devices"))
                                     .toArray();
        QCOMPARE(after.size(), 3);
        int revoked = 0;
        for (const QJsonValue &v : after)
            revoked += v[QStringLiteral("revoked_at")].isString() ? 1 : 0;
        QCOMPARE(revoked, 1);
    }

    // Over HTTPS with a self-signed certificate the device trusts nothing yet: the QR code's CA fingerprint
    // is what it pins. The wrong fingerprint sends nothing (the code stays usable); the right one enrols,
    // keeps the certificate, and later syncs trust it.
    void enrolByQrPinsTheCa()
    {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem")),
                      key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        const QString config = m_dir.filePath(QStringLiteral("tls.ini"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[server]\nhttp_port=0\nhttps_port=auto\ntls_certificate=cert.pem\ntls_key=key.pem\n");
        f.close();
        const QString db = m_dir.filePath(QStringLiteral("server.db"));
        ServerProcess tls;
        QVERIFY2(tls.start(db, {QStringLiteral("--config"), config, QStringLiteral("--port"), QStringLiteral("0")}),
            qPrintable(tls.lastError));
        QCOMPARE(tls.scheme(), QStringLiteral("https"));
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(tls.url(QString()).port());

        // The admin tool prints the code and its QR payload, with the certificate's fingerprint.
        const QList<QByteArray> lines = runTool(kServer,
            {QStringLiteral("--db"), db, QStringLiteral("--config"), config, QStringLiteral("--public-url"), url,
                QStringLiteral("enrol"), QStringLiteral("--warehouse"), QStringLiteral("1"), QStringLiteral("--qr")})
                                            .trimmed()
                                            .split('\n');
        QCOMPARE(lines.size(), 2);
        auto payload = EnrolmentPayload::parse(QString::fromUtf8(lines.at(1)));
        QVERIFY(payload.ok());
        QCOMPARE(payload->code, QString::fromUtf8(lines.at(0)));
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QCOMPARE(payload->caFingerprint, certificateFingerprint(QSslCertificate(&pem, QSsl::Pem).toDer()));

        const QString device = m_dir.filePath(QStringLiteral("tls-device.db"));
        EnrolmentPayload wrong = payload.value();
        wrong.caFingerprint = QString(64, QLatin1Char('0'));
        const Run refused = cli(device, {QStringLiteral("enrol"), QStringLiteral("--qr"), wrong.toText()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("does not match"), refused.err.constData());
        const Run enrolled = cli(device, {QStringLiteral("enrol"), QStringLiteral("--qr"), payload->toText()});
        QVERIFY2(enrolled.exitCode == 0, enrolled.err.constData());
        QVERIFY(meta(device, "server_ca_pem").contains(QStringLiteral("BEGIN CERTIFICATE")));
        const Run synced = cli(device, {QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestFleetProcess)
#include "tst_fleet_process.moc"
