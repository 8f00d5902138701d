// The user sessions the server issued on this device (POST /v1/user-session, docs/security.md): a
// supervisor signs in online with a password and the device keeps the session, so that it can prove
// the supervisor's decisions to the server, also offline while the session lives. The secret never
// leaves this table except as a proof (Operation::proofUnder) and is never logged. The outbox attaches a
// proof to each operation of supervisor authority it records (Outbox::record).
#pragma once

#include "clock.h"
#include "db/database.h"

#include <QDateTime>

#include <optional>

namespace stockhand::store {

struct UserSession
{
    QString id;
    qint64 userId = 0;
    QByteArray secret;
    QDateTime issuedLocal; // the device clock when it arrived
    QDateTime expiresLocal; // issuedLocal + the session's life, on the device clock
    QString expiresAt; // the server's expiry (UTC), for display
    // A verifier of the password the supervisor signed in with (PBKDF2-HMAC-SHA256, core/auth/pinhash.h),
    // so that the same supervisor can take the session up again on this device while offline (the console
    // restarted, the screen locked). It lives and goes with the session: it opens nothing the stored
    // session secret does not already give, and the server never sees it.
    QByteArray unlockHash {}, unlockSalt {};
    int unlockIterations = 0;
};

// The iterations of the unlock verifier: an offline guess costs as much as one at the server.
inline constexpr int kUnlockIterations = 200000;
// The verifier for this password (a fresh salt).
void setUnlockPassword(UserSession &session, const QString &password, int iterations = kUnlockIterations);

class UserSessions
{
public:
    UserSessions(db::Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    { }

    // Keeps a new session (replacing the user's earlier ones on this device; expired ones of anyone go).
    Status save(const UserSession &s);
    // The user's session that lives now on the device clock, if any.
    Result<std::optional<UserSession>> live(qint64 userId);
    // The user's live session when `password` opens it (offline sign-in): nullopt when there is none or the
    // password does not match its verifier.
    Result<std::optional<UserSession>> unlock(qint64 userId, const QString &password);
    // Forgets the user's sessions (sign-out); returns the ids forgotten.
    Result<QStringList> remove(qint64 userId);
    // Drops sessions that expired on the device clock.
    Status purgeExpired();

private:
    db::Database &m_db;
    const Clock &m_clock;
};

} // namespace stockhand::store
