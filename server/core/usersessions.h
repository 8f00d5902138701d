// Supervisor authority proven to the server (docs/security.md): a supervisor or admin signs in online on
// an enrolled device with a password (POST /v1/user-session); the server checks it against its verifier
// (passwords.h), throttles failures per login and per device, and issues a session bound to that user and
// that device. Each operation of supervisor authority carries a proof under the session's secret
// (Operation::proofUnder); push refuses one without a valid proof (verifySessionProof). The secret is
// derived from the server's session key and the session id; the database keeps only its hash.
#pragma once

#include "clock.h"
#include "config.h"
#include "devices.h"
#include "domain/operation.h"
#include "domain/requestproof.h"
#include "storage/storage.h"

namespace stockhand::server {

using UserSession = storage::UserSessionRecord;

// Who made a supervisor's online request, proven (UserSessions::verifyRequest).
struct ProvenUser
{
    qint64 userId = 0;
    QString login;
    QStringList roles;
    qint64 warehouseId = 0; // 0 = every warehouse
    QString sessionId;
};

struct IssuedSession
{
    UserSession session;
    QByteArray secret; // sent once, to the device that signed in; never stored, never logged
};

// HMAC-SHA256(key, session id).
QByteArray sessionSecret(const QByteArray &sessionKey, const QString &sessionId);

class UserSessions
{
public:
    UserSessions(storage::AuthRegistry &store, const Clock &clock, const CoreConfig &config)
        : m_store(store)
        , m_clock(clock)
        , m_config(config)
    { }

    // Errors: signin.locked (too many failures: the login or the device waits), signin.invalid (wrong login
    // or password, or a user who may not sign in here), signin.unavailable (no session key configured).
    // deviceTime: the device's clock when it asked (ISO 8601; empty = the server's).
    Result<IssuedSession> signIn(
        const Device &device, const QString &login, const QString &password, const QString &deviceTime);
    // Sign-out from the device the session was issued to (session.unknown otherwise).
    Status signOut(const Device &device, const QString &sessionId);
    // Admin: revoke one session, or every session of a login (device.unknown / user.unknown when none).
    Result<int> revoke(const QString &sessionId);
    Result<int> revokeUser(qint64 userId);
    Result<QList<UserSession>> list(bool liveOnly);
    // Admin: a new password for a supervisor or admin (user.weak-password, user.unknown,
    // user.not-supervisor); the login's failure count is cleared.
    Status setPassword(const QString &login, const QString &password, int iterations);
    Status unlock(const QString &login);

    // A request of supervisor authority (fleet, KPIs, enrolment codes): the X-Stockhand-User-Session
    // header's proof (core/domain/requestproof.h) under a live session the server issued to a user with one of
    // `roles` on this device, its time within the clock tolerance of the server's. 403 session.required,
    // session.unknown, session.mismatch, session.revoked, session.expired, session.stale (the request's time
    // is too far from the server's: a replay or a wrong clock), session.bad-proof, role.forbidden.
    Result<ProvenUser> verifyRequest(const Device &device, const QByteArray &method, const QString &path,
        const QList<QPair<QString, QString>> &query, const QByteArray &body, const QByteArray &header,
        const QStringList &roles);

private:
    Status recordFailure(const QString &key, int maxFailures, const QDateTime &now);

    storage::AuthRegistry &m_store;
    const Clock &m_clock;
    const CoreConfig &m_config;
};

// The proof an operation carries, checked against the session it names: session.required (none),
// session.unknown, session.mismatch (issued to another device or another user), session.revoked,
// session.expired (its local time outside the session's life, or arriving acceptLateHours after it
// ended), session.bad-proof (the MAC is not this operation's under the session's secret). 403 naming
// the operation; nothing of the batch is applied.
Status verifySessionProof(const std::optional<UserSession> &session, const Operation &op, const Device &device,
    const QString &receivedAt, const CoreConfig &config);

} // namespace stockhand::server
