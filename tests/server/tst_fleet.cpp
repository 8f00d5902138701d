// The fleet endpoints of supervisor authority, in-process against the real server core: the list shows
// what devices reported when they synced, a supervisor revokes a device of their warehouse (its token is
// refused from then on), issues an enrolment code whose QR payload enrols a device; requests without a
// valid session proof, or outside the supervisor's warehouse, are refused with their codes.
#include "domain/devicereport.h"
#include "domain/enrolmentpayload.h"
#include "domain/requestproof.h"
#include "serverfixture.h"

#include <QTest>

using namespace stockhand;
using namespace stockhand::server;
using namespace stockhand::server::test;

class TestFleet : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_f;

    // A request of supervisor authority from the device of `token`, signed with `session` (none when its
    // id is empty).
    Response supervised(const ServerFixture::Session &session, const QByteArray &method, const QString &path,
        const QByteArray &body = {}, const QString &token = QString())
    {
        Request r;
        r.method = method;
        r.path = path;
        r.body = body;
        r.authorization = "Bearer " + (token.isEmpty() ? m_f->token() : token).toLatin1();
        if (!session.id.isEmpty())
            r.userSession
                = RequestProof::sign(session.secret, session.id, utcTime(m_f->clock().now()), method, path, {}, body)
                      .header();
        return m_f->core().handle(r);
    }
    static QString code(const Response &r)
    {
        return QJsonDocument::fromJson(r.body).object()[QStringLiteral("error")][QStringLiteral("code")].toString();
    }
    static QJsonObject json(const Response &r) { return QJsonDocument::fromJson(r.body).object(); }
    QJsonObject deviceRow(const QJsonObject &list, const QString &name)
    {
        for (const QJsonValue &v : list[QStringLiteral("devices")].toArray()) {
            if (v[QStringLiteral("name")].toString() == name)
                return v.toObject();
        }
        return {};
    }
    QString deviceIdNamed(const QString &name)
    {
        const auto list = m_f->core().devices().list();
        for (const Device &d : list.value())
            if (d.name == name)
                return d.id;
        return {};
    }
    // A notify the device of `token` makes with a report (what a sync sends).
    int syncWithReport(const QString &token, const DeviceReport &report)
    {
        Request r;
        r.method = "GET";
        r.path = QStringLiteral("/v1/notify");
        r.query = {{QStringLiteral("cursor"), QStringLiteral("0")}, {QStringLiteral("timeout"), QStringLiteral("0")}};
        r.authorization = "Bearer " + token.toLatin1();
        r.deviceReport = report.toHeader();
        return m_f->core().handle(r).status;
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->setUp(50), qPrintable(m_f->lastError));
        m_f->core().setPublicEndpoint({QStringLiteral("https://stock.example:8443"), QString(64, QLatin1Char('a'))});
    }

    void reportRoundTrip()
    {
        DeviceReport r;
        r.appVersion = QStringLiteral("1.4.0");
        r.pendingOps = 7;
        r.oldestPendingAt = QStringLiteral("2026-11-29T10:00:00.000Z");
        r.lastErrorCode = QStringLiteral("sync.retry-later");
        r.lastErrorMessage = QStringLiteral("push: timeout; retry (50%)");
        auto back = DeviceReport::fromHeader(r.toHeader());
        QVERIFY(back.ok());
        QCOMPARE(back->appVersion, r.appVersion);
        QCOMPARE(back->pendingOps, 7);
        QCOMPARE(back->oldestPendingAt, r.oldestPendingAt);
        QCOMPARE(back->lastErrorCode, r.lastErrorCode);
        QCOMPARE(back->lastErrorMessage, r.lastErrorMessage);
        QCOMPARE(DeviceReport::fromHeader("v=2; app=9").error().code, QStringLiteral("report.version"));
        QCOMPARE(DeviceReport::fromHeader("app=1").error().code, QStringLiteral("report.malformed"));
        QCOMPARE(DeviceReport::fromHeader("v=1; pending=-3").error().code, QStringLiteral("report.malformed"));
        QCOMPARE(DeviceReport::fromHeader("v=1; error=Not A Code").error().code, QStringLiteral("report.malformed"));
    }

    void listShowsWhatDevicesReported()
    {
        const QString second = m_f->enrolDevice(1, QStringLiteral("handheld-2"));
        m_f->enrolDevice(2, QStringLiteral("handheld-wh2"));
        DeviceReport report;
        report.appVersion = QStringLiteral("1.4.0");
        report.pendingOps = 3;
        report.oldestPendingAt = QStringLiteral("2026-11-29T09:30:00.000Z");
        report.lastErrorCode = QStringLiteral("sync.retry-later");
        report.lastErrorMessage = QStringLiteral("push: the server did not answer");
        QCOMPARE(syncWithReport(second, report), 200);
        // An old device sends no report: it still syncs.
        QCOMPARE(m_f->request("GET", QStringLiteral("/v1/session"), {}, m_f->token()).status, 200);
        // A malformed report is ignored, the request answered.
        Request bad;
        bad.method = "GET";
        bad.path = QStringLiteral("/v1/session");
        bad.authorization = "Bearer " + m_f->token().toLatin1();
        bad.deviceReport = "nonsense";
        QCOMPARE(m_f->core().handle(bad).status, 200);

        const ServerFixture::Session s = m_f->signIn(ServerFixture::kSupervisorLogin);
        QCOMPARE(s.status, 200);
        const Response r = supervised(s, "GET", QStringLiteral("/v1/fleet"));
        QCOMPARE(r.status, 200);
        const QJsonObject list = json(r);
        QCOMPARE(list[QStringLiteral("devices")].toArray().size(), 2); // warehouse 1 only
        QVERIFY(deviceRow(list, QStringLiteral("handheld-wh2")).isEmpty());
        const QJsonObject row = deviceRow(list, QStringLiteral("handheld-2"));
        QCOMPARE(row[QStringLiteral("app_version")].toString(), QStringLiteral("1.4.0"));
        QCOMPARE(row[QStringLiteral("pending_ops")].toInt(), 3);
        QCOMPARE(row[QStringLiteral("oldest_pending_at")].toString(), report.oldestPendingAt);
        QCOMPARE(row[QStringLiteral("last_error")][QStringLiteral("code")].toString(), report.lastErrorCode);
        QCOMPARE(row[QStringLiteral("last_seen")].toString(), utcTime(m_f->clock().now()));
        QCOMPARE(row[QStringLiteral("warehouse_code")].toString().isEmpty(), false);
        QVERIFY(deviceRow(list, QStringLiteral("handheld-1"))[QStringLiteral("app_version")].isNull());

        // The report clears when the device's next sync went well.
        m_f->clock().advanceMs(5000);
        report.lastErrorCode.clear();
        report.pendingOps = 0;
        report.oldestPendingAt.clear();
        QCOMPARE(syncWithReport(second, report), 200);
        const QJsonObject after
            = deviceRow(json(supervised(s, "GET", QStringLiteral("/v1/fleet"))), QStringLiteral("handheld-2"));
        QVERIFY(after[QStringLiteral("last_error")].isNull());
        QCOMPARE(after[QStringLiteral("pending_ops")].toInt(), 0);

        // An admin sees every warehouse.
        const ServerFixture::Session admin = m_f->signIn(QStringLiteral("admin"));
        QCOMPARE(admin.status, 200);
        QCOMPARE(
            json(supervised(admin, "GET", QStringLiteral("/v1/fleet")))[QStringLiteral("devices")].toArray().size(), 3);
    }

    void supervisorRevokes()
    {
        const QString second = m_f->enrolDevice(1, QStringLiteral("handheld-2"));
        const QString other = m_f->enrolDevice(2, QStringLiteral("handheld-wh2"));
        const ServerFixture::Session s = m_f->signIn(ServerFixture::kSupervisorLogin);
        const QJsonObject list = json(supervised(s, "GET", QStringLiteral("/v1/fleet")));
        const QString id = deviceRow(list, QStringLiteral("handheld-2"))[QStringLiteral("device_id")].toString();
        const QString own = deviceRow(list, QStringLiteral("handheld-1"))[QStringLiteral("device_id")].toString();
        QVERIFY(!id.isEmpty() && !own.isEmpty());
        auto body = [](const QString &device) {
            return QJsonDocument(QJsonObject {{QStringLiteral("device_id"), device}}).toJson(QJsonDocument::Compact);
        };

        // Its own device: refused.
        const Response self = supervised(s, "POST", QStringLiteral("/v1/fleet/revoke"), body(own));
        QCOMPARE(self.status, 409);
        QCOMPARE(code(self), QStringLiteral("fleet.own-device"));
        // Another warehouse's device is unknown to this supervisor.
        const QString otherId = deviceIdNamed(QStringLiteral("handheld-wh2"));
        const Response foreign = supervised(s, "POST", QStringLiteral("/v1/fleet/revoke"), body(otherId));
        QCOMPARE(foreign.status, 404);
        QCOMPARE(code(foreign), QStringLiteral("device.unknown"));
        QCOMPARE(m_f->request("GET", QStringLiteral("/v1/session"), {}, other).status, 200);

        const Response ok = supervised(s, "POST", QStringLiteral("/v1/fleet/revoke"), body(id));
        QCOMPARE(ok.status, 200);
        QCOMPARE(json(ok)[QStringLiteral("revoked")].toString(), id);
        // The revoked device's token is refused from then on.
        const Response after = m_f->request("GET", QStringLiteral("/v1/session"), {}, second);
        QCOMPARE(after.status, 401);
        QCOMPARE(code(after), QStringLiteral("auth.revoked"));
        // Who revoked it is recorded.
        const QJsonObject row
            = deviceRow(json(supervised(s, "GET", QStringLiteral("/v1/fleet"))), QStringLiteral("handheld-2"));
        QCOMPARE(row[QStringLiteral("revoked_by")].toInteger(), m_f->world().supervisor);
        QVERIFY(!row[QStringLiteral("revoked_at")].toString().isEmpty());
        // Twice: no active device.
        QCOMPARE(code(supervised(s, "POST", QStringLiteral("/v1/fleet/revoke"), body(id))),
            QStringLiteral("device.unknown"));
    }

    void refusedWithoutSupervisorSession_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("list") << QStringLiteral("/v1/fleet");
        QTest::newRow("revoke") << QStringLiteral("/v1/fleet/revoke");
        QTest::newRow("code") << QStringLiteral("/v1/fleet/enrolment-code");
    }
    void refusedWithoutSupervisorSession()
    {
        QFETCH(QString, path);
        const QByteArray method = path == u"/v1/fleet" ? "GET" : "POST";
        const QString victim = m_f->enrolDevice(1, QStringLiteral("handheld-2"));
        const QString victimId = deviceIdNamed(QStringLiteral("handheld-2"));
        const QByteArray body = path == u"/v1/fleet/revoke"
            ? QJsonDocument(QJsonObject {{QStringLiteral("device_id"), victimId}}).toJson(QJsonDocument::Compact)
            : QByteArray("{}");
        // A picker's device with only a device token (the picker cannot sign in online: no password).
        const ServerFixture::Session picker = m_f->signIn(QStringLiteral("picker1-wh1"));
        QCOMPARE(picker.status, 403);
        const Response none = supervised(ServerFixture::Session {}, method, path, body);
        QCOMPARE(none.status, 403);
        QCOMPARE(code(none), QStringLiteral("session.required"));
        // A proof made with a wrong secret.
        ServerFixture::Session forged = m_f->signIn(ServerFixture::kSupervisorLogin);
        forged.secret = QByteArray(32, 'x');
        const Response bad = supervised(forged, method, path, body);
        QCOMPARE(bad.status, 403);
        QCOMPARE(code(bad), QStringLiteral("session.bad-proof"));
        // No device token at all: 401.
        QCOMPARE(m_f->request(method, path, body, QString()).status, 401);
        // Nothing happened.
        QCOMPARE(m_f->request("GET", QStringLiteral("/v1/session"), {}, victim).status, 200);
    }

    void enrolmentCodeEnrolsByQrPayload()
    {
        const ServerFixture::Session s = m_f->signIn(ServerFixture::kSupervisorLogin);
        const Response r = supervised(s, "POST", QStringLiteral("/v1/fleet/enrolment-code"),
            R"({"warehouse_id":1,"device_name":"dock scanner 3"})");
        QCOMPARE(r.status, 200);
        const QJsonObject o = json(r);
        QCOMPARE(o[QStringLiteral("server_url")].toString(), QStringLiteral("https://stock.example:8443"));
        QCOMPARE(
            o[QStringLiteral("ca_fingerprint")].toString(), QStringLiteral("sha256:") + QString(64, QLatin1Char('a')));
        QCOMPARE(o[QStringLiteral("warehouse_id")].toInt(), 1);
        QVERIFY(!o[QStringLiteral("expires_at")].toString().isEmpty());
        auto payload = EnrolmentPayload::parse(o[QStringLiteral("qr_payload")].toString());
        QVERIFY2(payload.ok(), qPrintable(o[QStringLiteral("qr_payload")].toString()));
        QCOMPARE(payload->code, o[QStringLiteral("code")].toString());
        QCOMPARE(payload->serverUrl, QStringLiteral("https://stock.example:8443"));
        QCOMPARE(payload->caFingerprint, QString(64, QLatin1Char('a')));
        QCOMPARE(payload->deviceName, QStringLiteral("dock scanner 3"));
        // The code enrols a device, under the name the supervisor chose when the device gives none.
        const Response e = m_f->request("POST", QStringLiteral("/v1/enrol"),
            QJsonDocument(QJsonObject {{QStringLiteral("code"), payload->code}}).toJson(QJsonDocument::Compact),
            QString());
        QCOMPARE(e.status, 200);
        QCOMPARE(json(e)[QStringLiteral("warehouse_id")].toInt(), 1);
        QVERIFY(!deviceIdNamed(QStringLiteral("dock scanner 3")).isEmpty());
        // Who issued it is recorded.
        QCOMPARE(
            m_f->queryInt("SELECT count(*) FROM enrolment_code WHERE issued_by = 8 AND device_name = 'dock scanner 3'"),
            1);

        // Another warehouse: refused for a supervisor of warehouse 1, allowed for an admin.
        const Response foreign
            = supervised(s, "POST", QStringLiteral("/v1/fleet/enrolment-code"), R"({"warehouse_id":2})");
        QCOMPARE(foreign.status, 403);
        QCOMPARE(code(foreign), QStringLiteral("fleet.out-of-scope"));
        const ServerFixture::Session admin = m_f->signIn(QStringLiteral("admin"));
        QCOMPARE(
            supervised(admin, "POST", QStringLiteral("/v1/fleet/enrolment-code"), R"({"warehouse_id":2})").status, 200);
        const Response unknown
            = supervised(admin, "POST", QStringLiteral("/v1/fleet/enrolment-code"), R"({"warehouse_id":999})");
        QCOMPARE(unknown.status, 404);
        QCOMPARE(code(unknown), QStringLiteral("warehouse.unknown"));
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
