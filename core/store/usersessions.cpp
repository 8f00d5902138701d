#include "store/usersessions.h"

#include "auth/pinhash.h"

namespace stockhand::store {

void setUnlockPassword(UserSession &session, const QString &password, int iterations)
{
    const auth::PinHash h = auth::hashPin(password, iterations);
    session.unlockHash = h.hash;
    session.unlockSalt = h.salt;
    session.unlockIterations = h.iterations;
}

Status UserSessions::save(const UserSession &s)
{
    db::Transaction tx(m_db);
    SH_TRY(tx.begun());
    {
        auto del = m_db.prepare("DELETE FROM user_session WHERE user_id = ?1");
        if (!del)
            return del.error();
        SH_TRY(del->bind(1, s.userId).run());
    }
    SH_TRY(purgeExpired()); // their proofs are in the outbox already; the secrets go
    auto st = m_db.prepare("INSERT INTO user_session(id, user_id, secret, issued_local, expires_local, expires_at, "
                           "unlock_hash, unlock_salt, unlock_iterations) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!st)
        return st.error();
    st->bind(1, s.id).bind(2, s.userId).bindBlob(3, s.secret).bind(4, utcTime(s.issuedLocal));
    st->bind(5, utcTime(s.expiresLocal)).bind(6, s.expiresAt);
    if (s.unlockHash.isEmpty())
        st->bindNull(7).bindNull(8).bindNull(9);
    else
        st->bindBlob(7, s.unlockHash).bindBlob(8, s.unlockSalt).bind(9, s.unlockIterations);
    SH_TRY(st->run());
    return tx.commit();
}

Result<std::optional<UserSession>> UserSessions::live(qint64 userId)
{
    auto st = m_db.prepare("SELECT id, user_id, secret, issued_local, expires_local, expires_at, unlock_hash, "
                           "unlock_salt, ifnull(unlock_iterations, 0) FROM user_session WHERE user_id = ?1 AND "
                           "expires_local > ?2 ORDER BY expires_local DESC LIMIT 1");
    if (!st)
        return st.error();
    const QString now = utcTime(m_clock.now());
    auto row = st->bind(1, userId).bind(2, now).step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<UserSession>();
    UserSession s {st->text(0), st->int64(1), st->blob(2), QDateTime::fromString(st->text(3), Qt::ISODateWithMs),
        QDateTime::fromString(st->text(4), Qt::ISODateWithMs), st->text(5), st->blob(6), st->blob(7),
        int(st->int64(8))};
    st->reset();
    // A device clock set back before the sign-in does not stretch the session.
    if (s.issuedLocal.isValid() && m_clock.now() < s.issuedLocal.addSecs(-300))
        return std::optional<UserSession>();
    return std::optional<UserSession>(std::move(s));
}

Result<std::optional<UserSession>> UserSessions::unlock(qint64 userId, const QString &password)
{
    auto s = live(userId);
    if (!s || !s->has_value())
        return s;
    const UserSession &session = **s;
    if (session.unlockHash.isEmpty() || session.unlockIterations <= 0
        || !auth::verifyPin(password, {session.unlockHash, session.unlockSalt, session.unlockIterations}))
        return std::optional<UserSession>();
    return s;
}

Result<QStringList> UserSessions::remove(qint64 userId)
{
    QStringList ids;
    {
        auto st = m_db.prepare("SELECT id FROM user_session WHERE user_id = ?1");
        if (!st)
            return st.error();
        st->bind(1, userId);
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            ids.append(st->text(0));
        }
    }
    auto del = m_db.prepare("DELETE FROM user_session WHERE user_id = ?1");
    if (!del)
        return del.error();
    SH_TRY(del->bind(1, userId).run());
    return ids;
}

Status UserSessions::purgeExpired()
{
    auto st = m_db.prepare("DELETE FROM user_session WHERE expires_local <= ?1");
    if (!st)
        return st.error();
    return st->bind(1, utcTime(m_clock.now())).run();
}

} // namespace stockhand::store
