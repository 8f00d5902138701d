// GET /v1/kpis against the real stockhand-server process on 127.0.0.1: the supervisor signs in over
// HTTP, the request carries the X-Stockhand-User-Session proof through the front end, the figures come
// back; without the proof it is refused.
#include "domain/requestproof.h"
#include "ops/ops.h"
#include "serverfixture.h"
#include "serverprocess.h"

#include <QEventLoop>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace stockhand;
using namespace stockhand::server;
using namespace stockhand::server::test;

class TestKpisProcess : public QObject
{
    Q_OBJECT

    HttpResult get(const QString &path, const QList<QPair<QString, QString>> &query, const QByteArray &token,
        const QByteArray &proofHeader)
    {
        QUrl url = m_server.url(path);
        QUrlQuery q;
        q.setQueryItems(query);
        url.setQuery(q);
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + token);
        if (!proofHeader.isEmpty())
            req.setRawHeader(kUserSessionHeader, proofHeader);
        QNetworkReply *reply = m_nam.get(req);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit); // a safety net, not a synchronisation
        if (!reply->isFinished())
            loop.exec();
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        reply->deleteLater();
        return r;
    }

    ServerFixture m_f;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void kpisFromTheRealProcess()
    {
        QVERIFY2(m_f.setUp(), qPrintable(m_f.lastError));
        const World &w = m_f.world();
        ops::Pick pick;
        pick.transferLineId = w.pickLine;
        pick.productId = w.pickProduct;
        pick.locationId = w.pickFrom;
        pick.qty = units(1);
        const QJsonObject answer = m_f.push({ServerFixture::op(QStringLiteral("pick"), w.picker, pick.toJson(), 1,
            QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("2026-11-20T09:15:00.000Z"))});
        QCOMPARE(answer.value(QStringLiteral("results")).toArray().first()[QStringLiteral("status")].toString(),
            QStringLiteral("applied"));
        QVERIFY2(m_server.start(m_f.database(), m_f.processArgs()), qPrintable(m_server.lastError));

        // Signed in over HTTP (the process's clock is the real one).
        const HttpResult signIn
            = httpRequest(m_nam, "POST", m_server.url(QStringLiteral("/v1/user-session")), m_f.token().toLatin1(),
                QJsonDocument(QJsonObject {{QStringLiteral("login"), ServerFixture::kSupervisorLogin},
                                  {QStringLiteral("password"), ServerFixture::kPassword}})
                    .toJson());
        QCOMPARE(signIn.status, 200);
        const QString sessionId = signIn.json().value(QStringLiteral("session_id")).toString();
        const QByteArray secret = QByteArray::fromBase64(
            signIn.json().value(QStringLiteral("secret")).toString().toLatin1(), QByteArray::Base64UrlEncoding);

        const QString path = QStringLiteral("/v1/kpis");
        const QList<QPair<QString, QString>> query {{QStringLiteral("from"), QStringLiteral("2026-11-20")},
            {QStringLiteral("to"), QStringLiteral("2026-11-21")}};
        const QByteArray proof
            = RequestProof::sign(secret, sessionId, utcTime(QDateTime::currentDateTimeUtc()), "GET", path, query, {})
                  .header();
        const HttpResult ok = get(path, query, m_f.token().toLatin1(), proof);
        QVERIFY2(ok.status == 200, ok.body.constData());
        const QJsonObject k = ok.json();
        QCOMPARE(k.value(QStringLiteral("warehouse_id")).toInteger(), 1);
        QCOMPARE(k.value(QStringLiteral("days")).toArray().size(), 2);
        const QJsonObject totals = k.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("lines_picked")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("pick_hours")).toInt(), 1);
        QCOMPARE(k.value(QStringLiteral("by_hour")).toObject().value(QStringLiteral("picked")).toArray()[9].toInt(), 1);

        // The same request without the proof, and the proof moved to another range.
        const HttpResult bare = get(path, query, m_f.token().toLatin1(), {});
        QCOMPARE(bare.status, 403);
        QCOMPARE(bare.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("session.required"));
        const QList<QPair<QString, QString>> wider {{QStringLiteral("from"), QStringLiteral("2026-01-01")},
            {QStringLiteral("to"), QStringLiteral("2026-11-21")}};
        const HttpResult moved = get(path, wider, m_f.token().toLatin1(), proof);
        QCOMPARE(moved.status, 403);
        QCOMPARE(moved.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("session.bad-proof"));
        QCOMPARE(m_server.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKpisProcess)
#include "tst_kpis_process.moc"
