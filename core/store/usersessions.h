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
};

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
    // Forgets the user's sessions (sign-out); returns the ids forgotten.
    Result<QStringList> remove(qint64 userId);
    // Drops sessions that expired on the device clock.
    Status purgeExpired();

private:
    db::Database &m_db;
    const Clock &m_clock;
};

} // namespace stockhand::store
