#include "usersessions.h"

#include "ops/kinds.h"
#include "passwords.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <QUuid>
#include <algorithm>

namespace stockhand::server {

namespace {

QDateTime parseTime(const QString &t)
{
    return QDateTime::fromString(t, Qt::ISODateWithMs);
}

QString loginKey(const QString &login)
{
    return QStringLiteral("login:") + login.trimmed().toLower();
}

QString deviceKey(const Device &device)
{
    return QStringLiteral("device:") + device.id;
}

} // namespace

QByteArray sessionSecret(const QByteArray &sessionKey, const QString &sessionId)
{
    return QMessageAuthenticationCode::hash(sessionId.toUtf8(), sessionKey, QCryptographicHash::Sha256);
}

Status UserSessions::recordFailure(const QString &key, int maxFailures, const QDateTime &now)
{
    auto t = m_store.throttle(key);
    if (!t)
        return t.error();
    storage::ThrottleRecord r = t.value();
    if (!r.lockedUntil.isEmpty() && r.lockedUntil <= utcTime(now))
        r = {}; // an old lockout is over: count afresh
    if (++r.failures >= maxFailures)
        r.lockedUntil = utcTime(now.addSecs(qint64(m_config.signIn.lockoutMinutes) * 60));
    return m_store.setThrottle(key, r);
}

Result<IssuedSession> UserSessions::signIn(
    const Device &device, const QString &login, const QString &password, const QString &deviceTime)
{
    if (m_config.sessionKey.isEmpty())
        return makeError("signin.unavailable", QStringLiteral("This server has no session key: no sign-in."));
    const QDateTime now = m_clock.now();
    const QString nowText = utcTime(now);
    for (const QString &key : {loginKey(login), deviceKey(device)}) {
        auto t = m_store.throttle(key);
        if (!t)
            return t.error();
        if (!t->lockedUntil.isEmpty() && t->lockedUntil > nowText)
            return makeError("signin.locked",
                QStringLiteral("Too many failed sign-ins %1; try again after %2 (UTC).")
                    .arg(key.startsWith(u'l') ? QStringLiteral("for this login") : QStringLiteral("on this device"),
                        t->lockedUntil.mid(11, 5)));
    }
    auto cred = m_store.credentialByLogin(login.trimmed());
    if (!cred)
        return cred.error();
    bool ok = false;
    if (cred.value() && !cred.value()->hash.isEmpty()) {
        const storage::CredentialRecord &c = *cred.value();
        ok = verifyPassword(password, PasswordHash {c.hash, c.salt, c.iterations}) && c.active
            && (c.warehouseId == 0 || c.warehouseId == device.warehouseId) && ops::isSupervisor(c.roles);
    } else {
        // The same work for an unknown login: its answer takes as long as a wrong password's.
        (void)verifyPassword(
            password, PasswordHash {QByteArray(32, '\0'), QByteArray(16, '\0'), m_config.signIn.passwordIterations});
    }
    if (!ok) {
        SH_TRY(recordFailure(loginKey(login), m_config.signIn.maxFailuresPerLogin, now));
        SH_TRY(recordFailure(deviceKey(device), m_config.signIn.maxFailuresPerDevice, now));
        return makeError(
            "signin.invalid", QStringLiteral("Wrong login or password, or this user may not sign in on this device."));
    }
    SH_TRY(m_store.setThrottle(loginKey(login), {}));
    SH_TRY(m_store.setThrottle(deviceKey(device), {}));

    IssuedSession out;
    UserSession &s = out.session;
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.userId = cred.value()->userId;
    s.login = login.trimmed();
    s.deviceId = device.id;
    s.issuedAt = nowText;
    s.expiresAt = utcTime(now.addSecs(qint64(m_config.signIn.sessionHours) * 3600));
    const QDateTime deviceNow = parseTime(deviceTime);
    s.deviceIssuedAt = deviceNow.isValid() ? utcTime(deviceNow) : nowText;
    out.secret = sessionSecret(m_config.sessionKey, s.id);
    s.secretHash = QCryptographicHash::hash(out.secret, QCryptographicHash::Sha256);
    SH_TRY(m_store.insertSession(s));
    return out;
}

Status UserSessions::signOut(const Device &device, const QString &sessionId)
{
    auto n = m_store.revokeSessions(sessionId, 0, device.id, utcTime(m_clock.now()));
    if (!n)
        return n.error();
    if (n.value() == 0)
        return makeError("session.unknown", QStringLiteral("No live session %1 on this device.").arg(sessionId));
    return {};
}

Result<int> UserSessions::revoke(const QString &sessionId)
{
    return m_store.revokeSessions(sessionId, 0, QString(), utcTime(m_clock.now()));
}

Result<int> UserSessions::revokeUser(qint64 userId)
{
    return m_store.revokeSessions(QString(), userId, QString(), utcTime(m_clock.now()));
}

Result<QList<UserSession>> UserSessions::list(bool liveOnly)
{
    return m_store.sessions(liveOnly ? utcTime(m_clock.now()) : QString());
}

Status UserSessions::setPassword(const QString &login, const QString &password, int iterations)
{
    SH_TRY(checkPasswordStrength(password));
    auto cred = m_store.credentialByLogin(login);
    if (!cred)
        return cred.error();
    if (!cred.value())
        return makeError("user.unknown", QStringLiteral("No user %1.").arg(login));
    if (!ops::isSupervisor(cred.value()->roles))
        return makeError("user.not-supervisor",
            QStringLiteral("%1 is not a supervisor or admin: floor users sign in with badge and PIN.").arg(login));
    const PasswordHash h = hashPassword(password, iterations);
    SH_TRY(m_store.setCredential(cred.value()->userId, h.hash, h.salt, h.iterations, utcTime(m_clock.now())));
    return m_store.setThrottle(loginKey(login), {});
}

Status UserSessions::unlock(const QString &login)
{
    return m_store.setThrottle(loginKey(login), {});
}

Result<ProvenUser> UserSessions::verifyRequest(const Device &device, const QByteArray &method, const QString &path,
    const QList<QPair<QString, QString>> &query, const QByteArray &body, const QByteArray &header,
    const QStringList &roles)
{
    if (header.isEmpty())
        return makeError("session.required",
            QStringLiteral("%1 is a supervisor's request: it needs the proof of a session the supervisor signed in "
                           "to online on this device.")
                .arg(path));
    const std::optional<RequestProof> proof = RequestProof::parse(header);
    if (!proof)
        return makeError("session.bad-proof",
            QStringLiteral("The X-Stockhand-User-Session header is not id=...; time=...; proof=..."));
    auto known = m_store.session(proof->sessionId);
    if (!known)
        return known.error();
    if (!known->has_value())
        return makeError(
            "session.unknown", QStringLiteral("Session %1 is not known to this server.").arg(proof->sessionId));
    const UserSession &session = **known;
    if (session.deviceId != device.id)
        return makeError(
            "session.mismatch", QStringLiteral("Session %1 was issued to another device.").arg(proof->sessionId));
    if (!session.revokedAt.isEmpty())
        return makeError("session.revoked",
            QStringLiteral("Session %1 was revoked at %2.").arg(proof->sessionId, session.revokedAt));
    const QDateTime now = m_clock.now();
    if (now > parseTime(session.expiresAt))
        return makeError("session.expired",
            QStringLiteral("Session %1 ended at %2: sign in again.").arg(proof->sessionId, session.expiresAt));
    const QDateTime sent = parseTime(proof->time);
    const qint64 tolerance = qint64(m_config.signIn.clockToleranceMinutes) * 60;
    if (!sent.isValid() || qAbs(sent.secsTo(now)) > tolerance)
        return makeError("session.stale",
            QStringLiteral("The request's time %1 is more than %2 min from the server's clock (%3): a replayed "
                           "request or a wrong device clock.")
                .arg(proof->time)
                .arg(m_config.signIn.clockToleranceMinutes)
                .arg(utcTime(now)));
    if (m_config.sessionKey.isEmpty())
        return makeError("session.bad-proof", QStringLiteral("This server has no session key."));
    const QByteArray secret = sessionSecret(m_config.sessionKey, session.id);
    if (QCryptographicHash::hash(secret, QCryptographicHash::Sha256) != session.secretHash
        || !proof->validFor(secret, method, path, query, body))
        return makeError("session.bad-proof",
            QStringLiteral("The proof is not valid for this request under session %1.").arg(session.id));
    auto user = m_store.credentialByLogin(session.login);
    if (!user)
        return user.error();
    if (!user->has_value() || !(*user)->active
        || std::none_of(roles.begin(), roles.end(), [&](const QString &r) { return (*user)->roles.contains(r); }))
        return makeError("role.forbidden",
            QStringLiteral("%1 may not do this: it needs the role %2.")
                .arg(session.login, roles.join(QStringLiteral(" or "))));
    return ProvenUser {session.userId, session.login, (*user)->roles, (*user)->warehouseId, session.id};
}

Status verifySessionProof(const std::optional<UserSession> &session, const Operation &op, const Device &device,
    const QString &receivedAt, const CoreConfig &config)
{
    if (op.sessionId.isEmpty())
        return makeError("session.required",
            QStringLiteral("%1 is a supervisor's decision: it needs the proof of a session the supervisor signed in "
                           "to online on this device.")
                .arg(op.kind));
    if (!session)
        return makeError(
            "session.unknown", QStringLiteral("Session %1 is not known to this server.").arg(op.sessionId));
    if (session->deviceId != device.id || session->userId != op.userId)
        return makeError("session.mismatch",
            QStringLiteral("Session %1 was issued to another %2.")
                .arg(op.sessionId, session->deviceId != device.id ? QStringLiteral("device") : QStringLiteral("user")));
    if (!session->revokedAt.isEmpty())
        return makeError(
            "session.revoked", QStringLiteral("Session %1 was revoked at %2.").arg(op.sessionId, session->revokedAt));
    // The decision's time on the device's clock must fall in the session's life on that clock; and the
    // decision must reach the server no later than acceptLateHours after the session ended.
    const QDateTime issued = parseTime(session->issuedAt), expires = parseTime(session->expiresAt);
    const QDateTime deviceIssued = parseTime(session->deviceIssuedAt);
    const qint64 life = issued.secsTo(expires);
    const qint64 tolerance = qint64(config.signIn.clockToleranceMinutes) * 60;
    const QDateTime local = op.localTime.isEmpty() ? parseTime(receivedAt) : parseTime(op.localTime);
    const QDateTime received = parseTime(receivedAt);
    if (!local.isValid() || local < deviceIssued.addSecs(-tolerance) || local > deviceIssued.addSecs(life + tolerance)
        || received > expires.addSecs(qint64(config.signIn.acceptLateHours) * 3600))
        return makeError("session.expired",
            QStringLiteral("Session %1 was not alive when this %2 was decided, or ended too long ago (%3).")
                .arg(op.sessionId, op.kind, session->expiresAt));
    if (config.sessionKey.isEmpty())
        return makeError("session.bad-proof", QStringLiteral("This server has no session key."));
    const QByteArray secret = sessionSecret(config.sessionKey, session->id);
    if (QCryptographicHash::hash(secret, QCryptographicHash::Sha256) != session->secretHash || !op.proofValid(secret))
        return makeError("session.bad-proof",
            QStringLiteral("The proof of %1 is not valid for this operation under session %2.")
                .arg(op.uuid, op.sessionId));
    return {};
}

} // namespace stockhand::server
