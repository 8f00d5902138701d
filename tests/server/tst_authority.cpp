// Supervisor authority proven to the server, in-process against the real server core (docs/security.md):
// a device with a valid token cannot make a supervisor's decision without the proof of a session the
// server issued to that supervisor on that device; sign-in is throttled and locked out; no supervisor
// verifier is replicated; count policies and approval limits are the server's; exceptions are resolved by
// an operation every device sees.
#include "domain/requestproof.h"
#include "errors.h"
#include "serverfixture.h"
#include "storage/postgresql/pgadmin.h"
#include "storage/sqlite/admin.h"

#include <QTest>

using namespace stockhand;
using namespace stockhand::server;
using namespace stockhand::server::test;

namespace {

QJsonObject errorOf(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("error")).toObject();
}
QJsonObject first(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("results")).toArray().first().toObject();
}

} // namespace

class TestAuthority : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_f;

    qint64 queryInt(const QString &sql) { return m_f->queryInt(sql.toUtf8().constData()); }

    // A count far above the thresholds: a pending adjustment of 500 units of the world's product.
    qint64 pendingAdjustment(qint64 extraUnits = 500)
    {
        const World &w = m_f->world();
        const Milli book = m_f->quant(w.binA, w.product);
        const QJsonObject a = m_f->push({ServerFixture::op(QStringLiteral("count"), w.counter,
            {{QStringLiteral("location_id"), w.binA}, {QStringLiteral("product_id"), w.product},
                {QStringLiteral("qty"), formatQuantity(book + units(extraUnits))}})});
        const QJsonObject result = first(a).value(QStringLiteral("result")).toObject();
        if (result.value(QStringLiteral("adjustment_state")).toString() != u"pending")
            return 0;
        return result.value(QStringLiteral("adjustment_id")).toInteger();
    }
    QJsonObject approve(qint64 adjustment, qint64 user, const QString &localTime = QString())
    {
        return ServerFixture::op(QStringLiteral("approve_adjustment"), user,
            {{QStringLiteral("adjustment_id"), adjustment}, {QStringLiteral("reason_code"), QStringLiteral("FOUND")}},
            1, QUuid::createUuid().toString(QUuid::WithoutBraces), localTime);
    }
    // The batch was refused whole with 403 and this code naming operation 0, and nothing was applied.
    void verifyRefused(const QJsonObject &op, const QString &code, const QString &token = QString())
    {
        const qint64 logged = m_f->queryInt("SELECT count(*) FROM op_log");
        const qint64 moves = m_f->queryInt("SELECT count(*) FROM stock_move");
        const qint64 pending = m_f->queryInt("SELECT count(*) FROM adjustment WHERE state = 'pending'");
        int http = 0;
        const QJsonObject answer = m_f->push({op}, token, &http);
        QCOMPARE(http, 403);
        QCOMPARE(errorOf(answer).value(QStringLiteral("code")).toString(), code);
        QCOMPARE(errorOf(answer).value(QStringLiteral("operation")).toObject().value(QStringLiteral("uuid")).toString(),
            op.value(QStringLiteral("uuid")).toString());
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM op_log"), logged);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM stock_move"), moves);
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM adjustment WHERE state = 'pending'"), pending);
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->setUp(), qPrintable(m_f->lastError));
    }
    void cleanup() { m_f.reset(); }

    void decisionsWithoutAValidProofAreRefused_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QString>("code");
        QTest::newRow("no proof") << QStringLiteral("none") << QStringLiteral("session.required");
        QTest::newRow("unknown session") << QStringLiteral("unknown") << QStringLiteral("session.unknown");
        QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("session.expired");
        QTest::newRow("issued to another device") << QStringLiteral("device") << QStringLiteral("session.mismatch");
        QTest::newRow("issued to another user") << QStringLiteral("user") << QStringLiteral("session.mismatch");
        QTest::newRow("MAC of another operation") << QStringLiteral("moved") << QStringLiteral("session.bad-proof");
        QTest::newRow("payload changed after signing")
            << QStringLiteral("payload") << QStringLiteral("session.bad-proof");
        QTest::newRow("revoked") << QStringLiteral("revoked") << QStringLiteral("session.revoked");
        QTest::newRow("offline decision arriving too late")
            << QStringLiteral("late") << QStringLiteral("session.expired");
    }
    void decisionsWithoutAValidProofAreRefused()
    {
        QFETCH(QString, attack);
        QFETCH(QString, code);
        const World &w = m_f->world();
        const qint64 adj = pendingAdjustment();
        QVERIFY(adj > 0);
        const QJsonObject op = approve(adj, w.supervisor);
        const ServerFixture::Session session = m_f->signIn(ServerFixture::kSupervisorLogin);
        QCOMPARE(session.status, 200);
        QVERIFY(!session.id.isEmpty() && session.secret.size() == 32);
        QJsonObject sent = op;
        if (attack == u"unknown") {
            sent = ServerFixture::withProof(
                op, {QUuid::createUuid().toString(QUuid::WithoutBraces), session.secret, 0, QString()});
        } else if (attack == u"expired") {
            // Signed while the session lived on the device's clock, but dated (by that clock) after its end.
            const QString after = utcTime(m_f->clock().now().addSecs(13 * 3600));
            sent = ServerFixture::withProof(approve(adj, w.supervisor, after), session);
        } else if (attack == u"device") {
            const QString other = m_f->enrolDevice(1, QStringLiteral("handheld-2"));
            const ServerFixture::Session there
                = m_f->signIn(ServerFixture::kSupervisorLogin, ServerFixture::kPassword, other);
            QCOMPARE(there.status, 200);
            sent = ServerFixture::withProof(op, there); // sent by the first device
        } else if (attack == u"user") {
            const ServerFixture::Session admin = m_f->signIn(QStringLiteral("admin"));
            QCOMPARE(admin.status, 200);
            sent = ServerFixture::withProof(op, admin); // the supervisor's decision under the admin's session
        } else if (attack == u"moved") {
            const QJsonObject other = ServerFixture::withProof(approve(adj, w.supervisor), session);
            sent = op;
            sent.insert(QStringLiteral("session"), other.value(QStringLiteral("session")));
        } else if (attack == u"payload") {
            sent = ServerFixture::withProof(op, session);
            QJsonObject payload = sent.value(QStringLiteral("payload")).toObject();
            payload.insert(QStringLiteral("reason_code"), QStringLiteral("LOST"));
            sent.insert(QStringLiteral("payload"), payload);
        } else if (attack == u"revoked") {
            QVERIFY(m_f->core().userSessions().revoke(session.id).value() == 1);
            sent = ServerFixture::withProof(op, session);
        } else if (attack == u"late") {
            // Decided offline at the start of the session, pushed 12 h + 72 h + 1 min later.
            sent = ServerFixture::withProof(
                approve(adj, w.supervisor, utcTime(m_f->clock().now().addSecs(60))), session);
            m_f->clock().advanceMs((12 + 72) * 3600 * 1000LL + 60000);
        }
        verifyRefused(sent, code);
        // The same decision with a valid proof of a live session is applied (the refusal was the proof's).
        if (attack == u"late" || attack == u"expired")
            return;
        const ServerFixture::Session fresh = m_f->signIn(ServerFixture::kSupervisorLogin);
        const QJsonObject good = ServerFixture::withProof(approve(adj, w.supervisor), fresh);
        QCOMPARE(first(m_f->push({good})).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(queryInt(QStringLiteral("SELECT count(*) FROM op_log WHERE session_id = '%1'").arg(fresh.id)), 1);
    }

    void offlineDecisionsWithinTheSessionAreAccepted()
    {
        const World &w = m_f->world();
        const qint64 adj = pendingAdjustment();
        // The device's clock is 3 hours behind the server's: the session's window is on the device's clock.
        const QDateTime deviceNow = m_f->clock().now().addSecs(-3 * 3600);
        const ServerFixture::Session s
            = m_f->signIn(ServerFixture::kSupervisorLogin, ServerFixture::kPassword, QString(), utcTime(deviceNow));
        QCOMPARE(s.status, 200);
        // Decided offline 11 hours later (device clock), pushed two days after the session ended.
        const QJsonObject op
            = ServerFixture::withProof(approve(adj, w.supervisor, utcTime(deviceNow.addSecs(11 * 3600))), s);
        m_f->clock().advanceMs((12 + 48) * 3600 * 1000LL);
        QCOMPARE(first(m_f->push({op})).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM adjustment WHERE state = 'approved' AND decided_by = 8"), 1);
        // The device set back to before the sign-in buys nothing either.
        const qint64 adj2 = pendingAdjustment();
        verifyRefused(ServerFixture::withProof(approve(adj2, w.supervisor, utcTime(deviceNow.addSecs(-3600))), s),
            QStringLiteral("session.expired"));
    }

    void signInIsThrottledAndLockedOut()
    {
        CoreConfig config;
        config.signIn.maxFailuresPerLogin = 3;
        config.signIn.maxFailuresPerDevice = 5;
        config.signIn.lockoutMinutes = 10;
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->setUp(300, config), qPrintable(m_f->lastError));
        const QString login = ServerFixture::kSupervisorLogin;
        for (int i = 0; i < 3; ++i) {
            const ServerFixture::Session s = m_f->signIn(login, QStringLiteral("wrong-password-%1").arg(i));
            QCOMPARE(s.status, 403);
            QCOMPARE(s.code, QStringLiteral("signin.invalid"));
        }
        // Locked: even the right password is refused, without being checked.
        ServerFixture::Session locked = m_f->signIn(login);
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.code, QStringLiteral("signin.locked"));
        QVERIFY(locked.id.isEmpty());
        // The lockout is per login: the admin still signs in on this device...
        QCOMPARE(m_f->signIn(QStringLiteral("admin")).status, 200);
        // ...until the device itself has failed too often (5 times, any logins, unknown ones too).
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_f->signIn(QStringLiteral("nobody%1").arg(i), QStringLiteral("guess-guess-guess")).code,
                QStringLiteral("signin.invalid"));
        QCOMPARE(m_f->signIn(QStringLiteral("admin")).code, QStringLiteral("signin.locked"));
        // Another device of the warehouse is not locked.
        const QString other = m_f->enrolDevice(1, QStringLiteral("handheld-2"));
        QCOMPARE(m_f->signIn(QStringLiteral("admin"), ServerFixture::kPassword, other).status, 200);
        // After the lockout the supervisor signs in again.
        m_f->clock().advanceMs(11 * 60 * 1000);
        QCOMPARE(m_f->signIn(login).status, 200);
        // Floor users have no password: a picker cannot get a session.
        QCOMPARE(
            m_f->signIn(QStringLiteral("picker1-wh1"), QStringLiteral("1234")).code, QStringLiteral("signin.invalid"));
        // The database holds hashes only.
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM user_session WHERE length(secret_hash) = 32"),
            m_f->queryInt("SELECT count(*) FROM user_session"));
    }

    void noSupervisorVerifierIsReplicated()
    {
        const Response snapshot = m_f->request("GET", QStringLiteral("/v1/snapshot"), {}, m_f->token(),
            {{QStringLiteral("limit"), QStringLiteral("100000")}});
        QCOMPARE(snapshot.status, 200);
        int supervisors = 0, others = 0;
        bool inUsers = false;
        for (const QByteArray &line : snapshot.body.split('\n')) {
            if (line.startsWith('{')) {
                inUsers = line.contains("\"table\":\"app_user\"");
                continue;
            }
            if (!inUsers || line.isEmpty())
                continue;
            const QJsonArray row = QJsonDocument::fromJson(line).array();
            const QString roles = row.at(7).toString();
            if (roles.contains(u"supervisor") || roles.contains(u"admin")) {
                ++supervisors;
                QCOMPARE(row.at(4).toString(), QString()); // no hash
                QCOMPARE(row.at(5).toString(), QString()); // no salt
            } else {
                ++others;
                QVERIFY(!row.at(4).toString().isEmpty());
            }
        }
        QCOMPARE(supervisors, 2); // the supervisor of warehouse 1 and the admin
        QVERIFY(others >= 7);
        // No writer can give a supervisor a PIN on the server: it is blanked in the same statement.
        QVERIFY(m_f->exec(m_f->onPostgres()
                ? QStringLiteral("UPDATE app_user SET pin_hash = '\\x0102', pin_salt = '\\x03' WHERE id = 8")
                : QStringLiteral("UPDATE app_user SET pin_hash = X'0102', pin_salt = X'03' WHERE id = 8")));
        QCOMPARE(m_f->queryInt("SELECT length(pin_hash) FROM app_user WHERE id = 8"), 0);
        // A supervisor added by an admin gets a password, never a PIN.
        NewUser u {QStringLiteral("sue"), QStringLiteral("Sue"), QStringLiteral("B77"), QStringLiteral("4821"),
            QStringLiteral("supervisor"), 1, 1000, QString(), 1000};
        QCOMPARE(m_f->addUser(u).error().code, QStringLiteral("user.pin-for-supervisor"));
        u.pin.clear();
        u.password = QStringLiteral("123456789012");
        QCOMPARE(m_f->addUser(u).error().code, QStringLiteral("user.weak-password"));
        u.password = QStringLiteral("a long pass phrase");
        u.passwordIterations = 1000;
        QVERIFY(m_f->addUser(u).ok());
        QCOMPARE(m_f->signIn(QStringLiteral("sue"), QStringLiteral("a long pass phrase")).status, 200);
    }

    void countPoliciesAndApprovalLimitsAreEnforced()
    {
        const World &w = m_f->world();
        ServerCore &db = m_f->core(); // the admin tools on either backend (pgadmin.h)
        QVERIFY(m_f->exec(QStringLiteral("UPDATE product SET unit_value_cents = 100")));
        // Warehouse 1 approves up to 600 units of variance automatically; counters of group "night" only 1.
        QVERIFY(setCountPolicy(db, CountPolicy {1, QString(), units(600), -1, -1}).ok());
        QVERIFY(setCountPolicy(db, CountPolicy {1, QStringLiteral("night"), units(1), -1, -1}).ok());
        QCOMPARE(pendingAdjustment(500), 0); // within the warehouse's policy: approved at once
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM adjustment WHERE state = 'approved'"), 1);
        QVERIFY(setUserGroup(db, QStringLiteral("counter1-wh1"), QStringLiteral("night")).ok());
        const qint64 adj = pendingAdjustment(500); // the counter's group: pending
        QVERIFY(adj > 0);
        // The supervisor may decide up to 100.00; the variance is worth 500.00: an admin decides.
        QVERIFY(setApprovalLimit(db, ServerFixture::kSupervisorLogin, 10000).ok());
        const QJsonObject op = m_f->supervised(approve(adj, w.supervisor));
        int http = 0;
        const QJsonObject refused = m_f->push({op}, QString(), &http);
        QCOMPARE(http, 403);
        QCOMPARE(errorOf(refused).value(QStringLiteral("code")).toString(), QStringLiteral("role.over-limit"));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM adjustment WHERE state = 'pending'"), 1);
        const qint64 admin = m_f->queryInt("SELECT id FROM app_user WHERE login = 'admin'");
        const ServerFixture::Session s = m_f->signIn(QStringLiteral("admin"));
        QCOMPARE(first(m_f->push({ServerFixture::withProof(approve(adj, admin), s)}))
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("applied"));
        QCOMPARE(queryInt(QStringLiteral("SELECT decided_by FROM adjustment WHERE id = %1").arg(adj)), admin);
        // Within the limit the supervisor decides.
        QVERIFY(setApprovalLimit(db, ServerFixture::kSupervisorLogin, 100000).ok());
        const qint64 adj2 = pendingAdjustment(500);
        QCOMPARE(
            first(m_f->push({m_f->supervised(approve(adj2, w.supervisor))})).value(QStringLiteral("status")).toString(),
            QStringLiteral("applied"));
        // Policies and limits reach the devices of the warehouse through the feed.
        const Response snapshot = m_f->request("GET", QStringLiteral("/v1/snapshot"), {}, m_f->token(),
            {{QStringLiteral("limit"), QStringLiteral("100000")}});
        QVERIFY(snapshot.body.contains("\"table\":\"count_policy\""));
        QVERIFY(snapshot.body.contains("\"table\":\"user_policy\""));
        QVERIFY(snapshot.body.contains("[2,1,\"night\",1000,-1"));
    }

    void exceptionsAreResolvedByAnOperationEveryDeviceSees()
    {
        const World &w = m_f->world();
        // A pick beyond the stock raises exceptions.
        const QJsonObject a = m_f->push({ServerFixture::op(QStringLiteral("pick"), w.picker,
            {{QStringLiteral("transfer_line_id"), w.pickLine}, {QStringLiteral("location_id"), w.pickFrom},
                {QStringLiteral("qty"), 100000}})});
        QCOMPARE(first(a).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const qint64 ex = m_f->queryInt("SELECT min(id) FROM exception WHERE warehouse_id = 1 AND state = 'open'");
        const qint64 ex2 = m_f->queryInt("SELECT max(id) FROM exception WHERE warehouse_id = 1 AND state = 'open'");
        QVERIFY(ex > 0 && ex2 > ex);
        const QString exText = QString::number(ex), ex2Text = QString::number(ex2);
        const qint64 cursor = m_f->core().warehouseCursor(1).value();
        const QJsonObject ack = ServerFixture::op(QStringLiteral("resolve_exception"), w.supervisor,
            {{QStringLiteral("exception_id"), ex}, {QStringLiteral("note"), QStringLiteral("counted the tote")}});
        verifyRefused(ack, QStringLiteral("session.required")); // a supervisor's decision like the others
        QCOMPARE(first(m_f->push({m_f->supervised(ack)})).value(QStringLiteral("status")).toString(),
            QStringLiteral("applied"));
        QCOMPARE(queryInt(QStringLiteral("SELECT count(*) FROM exception WHERE id = %1 AND state = 'resolved' AND "
                                         "resolution = 'acknowledged' AND resolved_by = 8 AND resolution_note = "
                                         "'counted the tote' AND resolved_at IS NOT NULL")
                              .arg(exText)),
            1);
        // A recount: a count task at the place of the exception.
        const QJsonObject recount = m_f->supervised(ServerFixture::op(QStringLiteral("resolve_exception"), w.supervisor,
            {{QStringLiteral("exception_id"), ex2}, {QStringLiteral("action"), QStringLiteral("recount")}}));
        const QJsonObject r = first(m_f->push({recount}));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const qint64 task
            = r.value(QStringLiteral("result")).toObject().value(QStringLiteral("count_task_id")).toInteger();
        QVERIFY(task > 0);
        QCOMPARE(queryInt(QStringLiteral("SELECT count_task_id FROM exception WHERE id = %1").arg(ex2Text)), task);
        // Resolved twice: rejected, stored like any rejection.
        const QJsonObject again
            = first(m_f->push({m_f->supervised(ServerFixture::op(QStringLiteral("resolve_exception"), w.supervisor,
                {{QStringLiteral("exception_id"), ex}, {QStringLiteral("note"), QStringLiteral("x")}}))}));
        QCOMPARE(again.value(QStringLiteral("code")).toString(), QStringLiteral("op.exception-resolved"));
        // The resolution reaches the devices of the warehouse through the feed.
        const Response changes = m_f->request("GET", QStringLiteral("/v1/changes"), {}, m_f->token(),
            {{QStringLiteral("cursor"), QString::number(cursor)}});
        QCOMPARE(changes.status, 200);
        QVERIFY(changes.body.contains("\"table\":\"exception\""));
        QVERIFY(changes.body.contains("\"acknowledged\",\"counted the tote\",8,"));
        // ...and not those of another warehouse.
        const QString wh2 = m_f->enrolDevice(2, QStringLiteral("wh2"));
        const Response other = m_f->request(
            "GET", QStringLiteral("/v1/changes"), {}, wh2, {{QStringLiteral("cursor"), QString::number(cursor)}});
        QVERIFY(!other.body.contains("\"table\":\"exception\""));
    }

    // A supervisor sets the count thresholds of their warehouse with an operation the server checks like a
    // decision; the next count applies them. The network-wide policy is an admin's.
    void countThresholdsAreSetByASupervisorsOperation()
    {
        const World &w = m_f->world();
        QVERIFY(m_f->exec(QStringLiteral("UPDATE product SET unit_value_cents = 100")));
        const auto policy = [&](const QJsonObject &payload, qint64 user) {
            return ServerFixture::op(QStringLiteral("set_count_policy"), user, payload);
        };
        const QJsonObject up600 {{QStringLiteral("max_qty"), QStringLiteral("600")}};
        verifyRefused(policy(up600, w.supervisor), QStringLiteral("session.required"));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM count_policy"), 0);
        // A counter may not, session or not.
        int http = 0;
        const QJsonObject byCounter = m_f->push({policy(up600, w.counter)}, QString(), &http);
        QCOMPARE(http, 403);
        QCOMPARE(errorOf(byCounter).value(QStringLiteral("code")).toString(), QStringLiteral("role.forbidden"));
        // Every warehouse: an admin's.
        QJsonObject everywhere = up600;
        everywhere.insert(QStringLiteral("all_warehouses"), true);
        verifyRefused(m_f->supervised(policy(everywhere, w.supervisor)), QStringLiteral("role.forbidden"));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM count_policy"), 0);
        // The supervisor's own warehouse: applied, and the next count within it is approved at once.
        QCOMPARE(
            first(m_f->push({m_f->supervised(policy(up600, w.supervisor))})).value(QStringLiteral("status")).toString(),
            QStringLiteral("applied"));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM count_policy WHERE warehouse_id = 1 AND user_group IS NULL AND "
                               "max_qty = 600000 AND max_percent = -1 AND max_value_cents = -1"),
            1);
        QCOMPARE(pendingAdjustment(500), 0);
        QVERIFY(pendingAdjustment(700) > 0);
        // Set again: replaced, not added; removed: the defaults apply again.
        const QJsonObject up800 {
            {QStringLiteral("max_qty"), QStringLiteral("800")}, {QStringLiteral("max_value_cents"), 100000}};
        QCOMPARE(
            first(m_f->push({m_f->supervised(policy(up800, w.supervisor))})).value(QStringLiteral("status")).toString(),
            QStringLiteral("applied"));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM count_policy"), 1);
        QCOMPARE(m_f->queryInt("SELECT max_value_cents FROM count_policy"), 100000);
        const QJsonObject removal
            = first(m_f->push({m_f->supervised(policy({{QStringLiteral("remove"), true}}, w.supervisor))}));
        QCOMPARE(removal.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM count_policy"), 0);
        // Malformed thresholds are the parser's (the device's and the server's).
        const QJsonObject bad = first(m_f->push(
            {m_f->supervised(policy({{QStringLiteral("max_percent"), QStringLiteral("lots")}}, w.supervisor))}));
        QCOMPARE(bad.value(QStringLiteral("code")).toString(), QStringLiteral("op.wrong-type"));
    }

    // The reason policy is the server's too: a reason that needs a note is refused without one; the
    // adjustment records who counted it and when.
    void reasonNotesAndWhoCounted()
    {
        const World &w = m_f->world();
        QVERIFY(m_f->exec(QStringLiteral("UPDATE reason_code SET note_required = 1 WHERE code = 'FOUND'")));
        const qint64 adj = pendingAdjustment();
        QVERIFY(adj > 0);
        QCOMPARE(queryInt(QStringLiteral("SELECT counted_by FROM adjustment WHERE id = %1").arg(adj)), w.counter);
        QCOMPARE(
            queryInt(
                QStringLiteral("SELECT count(*) FROM adjustment WHERE id = %1 AND counted_at IS NOT NULL").arg(adj)),
            1);
        const QJsonObject noNote = first(m_f->push({m_f->supervised(approve(adj, w.supervisor))}));
        QCOMPARE(noNote.value(QStringLiteral("code")).toString(), QStringLiteral("op.note-required"));
        QCOMPARE(
            queryInt(QStringLiteral("SELECT count(*) FROM adjustment WHERE id = %1 AND state = 'pending'").arg(adj)),
            1);
        QJsonObject withNote = approve(adj, w.supervisor);
        QJsonObject payload = withNote.value(QStringLiteral("payload")).toObject();
        payload.insert(QStringLiteral("note"), QStringLiteral("found behind the pallet"));
        withNote.insert(QStringLiteral("payload"), payload);
        QCOMPARE(first(m_f->push({m_f->supervised(withNote)})).value(QStringLiteral("status")).toString(),
            QStringLiteral("applied"));
        // Both reach the devices: the reason's policy and who counted.
        const Response snapshot = m_f->request("GET", QStringLiteral("/v1/snapshot"), {}, m_f->token(),
            {{QStringLiteral("limit"), QStringLiteral("100000")}});
        QVERIFY(snapshot.body.contains("\"columns\":[\"code\",\"label\",\"kind\",\"note_required\",\"labels\"]"));
        QVERIFY(snapshot.body.contains("\"counted_by\",\"counted_at\"]"));
    }

    // A supervisor's online request (fleet, KPIs, enrolment codes) is proven like a decision: every way of
    // getting it wrong is refused with its own code, and the one right way names the user.
    void supervisorRequestsAreProven_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QString>("code");
        QTest::newRow("no header") << QStringLiteral("none") << QStringLiteral("session.required");
        QTest::newRow("not a proof header") << QStringLiteral("garbage") << QStringLiteral("session.bad-proof");
        QTest::newRow("unknown session") << QStringLiteral("unknown") << QStringLiteral("session.unknown");
        QTest::newRow("another device's session") << QStringLiteral("device") << QStringLiteral("session.mismatch");
        QTest::newRow("revoked") << QStringLiteral("revoked") << QStringLiteral("session.revoked");
        QTest::newRow("session over") << QStringLiteral("expired") << QStringLiteral("session.expired");
        QTest::newRow("replayed 10 min later") << QStringLiteral("stale") << QStringLiteral("session.stale");
        QTest::newRow("body changed") << QStringLiteral("body") << QStringLiteral("session.bad-proof");
        QTest::newRow("query changed") << QStringLiteral("query") << QStringLiteral("session.bad-proof");
        QTest::newRow("another path") << QStringLiteral("path") << QStringLiteral("session.bad-proof");
        QTest::newRow("admin-only request") << QStringLiteral("role") << QStringLiteral("role.forbidden");
        QTest::newRow("valid") << QStringLiteral("valid") << QString();
    }
    void supervisorRequestsAreProven()
    {
        QFETCH(QString, attack);
        QFETCH(QString, code);
        const World &w = m_f->world();
        ServerFixture::Session session = m_f->signIn(ServerFixture::kSupervisorLogin);
        QCOMPARE(session.status, 200);
        auto device = m_f->core().devices().authenticate("Bearer " + m_f->token().toLatin1());
        QVERIFY(device.ok());
        const QList<QPair<QString, QString>> query {{QStringLiteral("from"), QStringLiteral("2026-11-01")}};
        const QByteArray body = R"({"device_id":"x"})";
        QString time = utcTime(m_f->clock().now());
        QString path = QStringLiteral("/v1/fleet/revoke");
        if (attack == u"unknown") {
            session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        } else if (attack == u"device") {
            const QString other = m_f->enrolDevice(1, QStringLiteral("handheld-2"));
            session = m_f->signIn(ServerFixture::kSupervisorLogin, ServerFixture::kPassword, other);
            QCOMPARE(session.status, 200);
        } else if (attack == u"revoked") {
            QCOMPARE(m_f->core().userSessions().revoke(session.id).value(), 1);
        } else if (attack == u"expired") {
            m_f->clock().advanceMs(12 * 3600 * 1000LL + 1000);
            time = utcTime(m_f->clock().now());
        } else if (attack == u"stale") {
            m_f->clock().advanceMs(10 * 60 * 1000LL);
        } else if (attack == u"path") {
            path = QStringLiteral("/v1/fleet");
        }
        QByteArray header = RequestProof::sign(session.secret, session.id, time, "POST", path, query, body).header();
        if (attack == u"none")
            header.clear();
        else if (attack == u"garbage")
            header = "Bearer " + session.secret.toBase64();
        Request r;
        r.method = "POST";
        r.path = QStringLiteral("/v1/fleet/revoke");
        r.query = attack == u"query"
            ? QList<QPair<QString, QString>> {{QStringLiteral("from"), QStringLiteral("2026-10-01")}}
            : query;
        r.userSession = header;
        const QByteArray sent = attack == u"body" ? QByteArray(R"({"device_id":"y"})") : body;
        const QStringList roles = attack == u"role"
            ? QStringList {QStringLiteral("admin")}
            : QStringList {QStringLiteral("supervisor"), QStringLiteral("admin")};
        const Result<ProvenUser> who = m_f->core().supervisorRequest(device.value(), r, sent, roles);
        if (code.isEmpty()) {
            QVERIFY2(who.ok(), who.ok() ? "" : qPrintable(who.error().message));
            QCOMPARE(who->userId, w.supervisor);
            QCOMPARE(who->login, ServerFixture::kSupervisorLogin);
            QCOMPARE(who->warehouseId, 1);
            QVERIFY(who->roles.contains(QStringLiteral("supervisor")));
            return;
        }
        QVERIFY(!who.ok());
        QCOMPARE(who.error().code, code);
        QCOMPARE(errorResponse(who.error()).status, 403);
        QVERIFY(!who.error().message.contains(QString::fromLatin1(session.secret.toBase64())));
    }
};

QTEST_GUILESS_MAIN(TestAuthority)
#include "tst_authority.moc"
