#include "store/users.h"

#include "auth/pinhash.h"

namespace stockhand::store {

namespace {

Result<UserInfo> check(db::Database &db, const char *where, const auto &key, const QString &pin)
{
    auto st = db.prepare(std::string("SELECT id, name, badge, roles, ifnull(warehouse_id, 0), pin_hash, pin_salt, "
                                     "pin_iterations, login FROM app_user WHERE active = 1 AND ")
        + where);
    if (!st)
        return st.error();
    auto row = st->bind(1, key).step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError("user.unknown", QStringLiteral("This user is not known on this device."));
    UserInfo u {
        st->int64(0), st->text(1), st->text(2), st->text(3).split(u',', Qt::SkipEmptyParts), st->int64(4), st->text(8)};
    const auth::PinHash stored {st->blob(5), st->blob(6), int(st->int64(7))};
    st->reset();
    if (stored.hash.isEmpty()) // supervisors and admins: the server holds their verifier, never a device
        return makeError("user.password-required",
            QStringLiteral("%1 signs in with a password, online (supervisors and admins have no PIN on devices).")
                .arg(u.name));
    if (!auth::verifyPin(pin, stored))
        return makeError("user.wrong-pin", QStringLiteral("Wrong PIN."));
    return u;
}

} // namespace

Result<UserInfo> checkPin(db::Database &db, qint64 userId, const QString &pin)
{
    return check(db, "id = ?1", userId, pin);
}

Result<UserInfo> checkBadgeAndPin(db::Database &db, const QString &badge, const QString &pin)
{
    return check(db, "badge = ?1", badge, pin);
}

Result<UserInfo> userByBadgeOrLogin(db::Database &db, const QString &key)
{
    auto st
        = db.prepare("SELECT id, name, badge, roles, ifnull(warehouse_id, 0), login FROM app_user WHERE active = 1 AND "
                     "(badge = ?1 OR login = ?1) ORDER BY badge = ?1 DESC LIMIT 1");
    if (!st)
        return st.error();
    auto row = st->bind(1, key).step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError("user.unknown", QStringLiteral("This user is not known on this device."));
    UserInfo u {
        st->int64(0), st->text(1), st->text(2), st->text(3).split(u',', Qt::SkipEmptyParts), st->int64(4), st->text(5)};
    st->reset();
    return u;
}

Result<qint64> activeUserCount(db::Database &db)
{
    return db.queryInt("SELECT count(*) FROM app_user WHERE active = 1");
}

} // namespace stockhand::store
