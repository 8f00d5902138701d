// SyncEngine's user sessions: a supervisor's online sign-in and sign-out (docs/security.md).
#include "syncengine.h"

#include "domain/requestproof.h"
#include "store/usersessions.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stockhand::sync {

void SyncEngine::signInUser(const QString &login, const QString &password)
{
    const QDateTime asked = m_store.clock().now();
    QNetworkReply *reply = m_connection.network->post(m_connection.request(QStringLiteral("/v1/user-session")),
        QJsonDocument(QJsonObject {{QStringLiteral("login"), login}, {QStringLiteral("password"), password},
                          {QStringLiteral("device_time"), utcTime(asked)}})
            .toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, asked, password] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const Reply r = Reply::from(reply, RequestKind::Other, body);
        setOnline(r.httpStatus != 0);
        if (r.httpStatus != 200) {
            Q_EMIT userSignInFinished(false, 0, r.code, r.describe(QString(), reply->errorString()));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        store::UserSession s;
        s.id = o.value(QStringLiteral("session_id")).toString();
        s.userId = o.value(QStringLiteral("user_id")).toInteger();
        s.secret = QByteArray::fromBase64(
            o.value(QStringLiteral("secret")).toString().toLatin1(), QByteArray::Base64UrlEncoding);
        s.issuedLocal = asked; // the device clock the server recorded for this session
        s.expiresLocal = asked.addSecs(o.value(QStringLiteral("lifetime_s")).toInteger());
        s.expiresAt = o.value(QStringLiteral("expires_at")).toString();
        if (s.id.isEmpty() || s.userId <= 0 || s.secret.size() < 16) {
            Q_EMIT userSignInFinished(
                false, 0, QStringLiteral("signin.bad-answer"), QStringLiteral("The server's answer holds no session."));
            return;
        }
        store::setUnlockPassword(s, password); // the same supervisor may take the session up again offline
        if (Status st = store::UserSessions(m_store.db(), m_store.clock()).save(s); !st) {
            Q_EMIT userSignInFinished(false, 0, st.error().code, st.error().message);
            return;
        }
        Q_EMIT userSignInFinished(true, s.userId, QString(), QString());
    });
}

void SyncEngine::signOutUser(qint64 userId)
{
    auto ids = store::UserSessions(m_store.db(), m_store.clock()).remove(userId);
    if (!ids) {
        Q_EMIT userSignOutFinished(false, ids.error().message);
        return;
    }
    if (ids->isEmpty()) {
        Q_EMIT userSignOutFinished(true, QString());
        return;
    }
    auto remaining = std::make_shared<int>(int(ids->size()));
    auto failed = std::make_shared<QString>();
    for (const QString &id : std::as_const(*ids)) {
        QNetworkReply *reply
            = m_connection.network->post(m_connection.request(QStringLiteral("/v1/user-session/revoke")),
                QJsonDocument(QJsonObject {{QStringLiteral("session_id"), id}}).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply, remaining, failed] {
            reply->deleteLater();
            const QByteArray body = reply->readAll();
            const Reply r = Reply::from(reply, RequestKind::Other, body);
            setOnline(r.httpStatus != 0);
            if (r.httpStatus != 200 && r.code != u"session.unknown")
                *failed = r.describe(QStringLiteral("Revoking the session on the server"), reply->errorString());
            if (--*remaining == 0)
                Q_EMIT userSignOutFinished(failed->isEmpty(), *failed);
        });
    }
}

void SyncEngine::supervisorRequest(qint64 userId, const QByteArray &method, const QString &path,
    const QList<QPair<QString, QString>> &query, const QByteArray &body, SupervisorReplyHandler done)
{
    auto session = store::UserSessions(m_store.db(), m_store.clock()).live(userId);
    if (!session || !session->has_value()) {
        Reply r;
        r.code = session ? QStringLiteral("session.required") : session.error().code;
        r.message = session ? QStringLiteral("Sign in online with your password to do this.") : session.error().message;
        done(r, QByteArray());
        return;
    }
    QNetworkRequest request = m_connection.request(path, query);
    const RequestProof proof = RequestProof::sign(
        (*session)->secret, (*session)->id, utcTime(m_store.clock().now()), method, path, query, body);
    request.setRawHeader(kUserSessionHeader, proof.header());
    QNetworkReply *reply = m_connection.network->sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray answer = reply->readAll();
        const Reply r = Reply::from(reply, RequestKind::Other, answer);
        setOnline(r.httpStatus != 0);
        done(r, answer);
    });
}

} // namespace stockhand::sync
