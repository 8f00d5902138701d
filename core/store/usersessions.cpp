#include "store/usersessions.h"

namespace stockhand::store {

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
    auto st = m_db.prepare("INSERT INTO user_session(id, user_id, secret, issued_local, expires_local, expires_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!st)
        return st.error();
    st->bind(1, s.id).bind(2, s.userId).bindBlob(3, s.secret).bind(4, utcTime(s.issuedLocal));
    SH_TRY(st->bind(5, utcTime(s.expiresLocal)).bind(6, s.expiresAt).run());
    return tx.commit();
}

Result<std::optional<UserSession>> UserSessions::live(qint64 userId)
{
    auto st = m_db.prepare("SELECT id, user_id, secret, issued_local, expires_local, expires_at FROM user_session "
                           "WHERE user_id = ?1 AND expires_local > ?2 ORDER BY expires_local DESC LIMIT 1");
    if (!st)
        return st.error();
    const QString now = utcTime(m_clock.now());
    auto row = st->bind(1, userId).bind(2, now).step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<UserSession>();
    UserSession s {st->text(0), st->int64(1), st->blob(2), QDateTime::fromString(st->text(3), Qt::ISODateWithMs),
        QDateTime::fromString(st->text(4), Qt::ISODateWithMs), st->text(5)};
    st->reset();
    // A device clock set back before the sign-in does not stretch the session.
    if (s.issuedLocal.isValid() && m_clock.now() < s.issuedLocal.addSecs(-300))
        return std::optional<UserSession>();
    return std::optional<UserSession>(std::move(s));
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
