#include "admin.h"

#include "auth/pinhash.h"
#include "ops/kinds.h"
#include "passwords.h"
#include "storage/sqlite/sqliteauth.h"

#include <QStringList>

#include <algorithm>

namespace stockhand::server {

Result<QString> normaliseRoles(const QString &roles)
{
    static const QStringList known = {QStringLiteral("picker"), QStringLiteral("receiver"), QStringLiteral("counter"),
        QStringLiteral("supervisor"), QStringLiteral("admin")};
    QStringList out;
    for (const QString &r : roles.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString role = r.trimmed().toLower();
        if (!known.contains(role))
            return makeError("user.unknown-role",
                QStringLiteral("Unknown role %1 (known: %2).").arg(role, known.join(QLatin1String(", "))));
        if (!out.contains(role))
            out.append(role);
    }
    if (out.isEmpty())
        return makeError("user.no-role", QStringLiteral("A user needs at least one role."));
    return out.join(QLatin1Char(','));
}

Result<CheckedUser> checkNewUser(const NewUser &u)
{
    auto roles = normaliseRoles(u.roles);
    if (!roles)
        return roles.error();
    if (u.login.isEmpty() || u.badge.isEmpty())
        return makeError("user.invalid", QStringLiteral("A user needs a login and a badge."));
    CheckedUser c {roles.value(), u.name.isEmpty() ? u.login : u.name, {QByteArray(), QByteArray(), 0}, std::nullopt};
    if (ops::isSupervisor(roles.value().split(QLatin1Char(',')))) {
        // A supervisor's verifier must never reach a device: a password, checked by the server only.
        if (!u.pin.isEmpty())
            return makeError("user.pin-for-supervisor",
                QStringLiteral("Supervisors and admins have no PIN: give them a password (--password-file)."));
        SH_TRY(checkPasswordStrength(u.password));
        c.password = hashPassword(u.password, u.passwordIterations);
    } else {
        if (u.pin.size() < 4 || !std::all_of(u.pin.cbegin(), u.pin.cend(), [](QChar ch) { return ch.isDigit(); }))
            return makeError("user.invalid-pin", QStringLiteral("A PIN is at least 4 digits."));
        c.pin = auth::hashPin(u.pin, u.pinIterations);
    }
    return c;
}

Result<qint64> addUser(db::Database &db, const NewUser &u)
{
    auto checked = checkNewUser(u);
    if (!checked)
        return checked.error();
    const CheckedUser &c = checked.value();
    db::Transaction tx(db);
    SH_TRY(tx.begun());
    auto st = db.prepare("INSERT INTO app_user(login, name, badge, pin_hash, pin_salt, pin_iterations, roles, "
                         "warehouse_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!st)
        return st.error();
    st->bind(1, u.login).bind(2, c.name).bind(3, u.badge).bindBlob(4, c.pin.hash);
    st->bindBlob(5, c.pin.salt).bind(6, c.pin.iterations).bind(7, c.roles).bindIdOrNull(8, u.warehouseId);
    SH_TRY(st->run());
    const qint64 id = db.lastInsertRowId();
    if (c.password) {
        SH_TRY(storage::SqliteAuthRegistry(db).setCredential(
            id, c.password->hash, c.password->salt, c.password->iterations, utcTime(QDateTime::currentDateTimeUtc())));
    }
    SH_TRY(tx.commit());
    return id;
}

namespace {

Result<std::pair<qint64, QStringList>> userByLogin(db::Database &db, const QString &login)
{
    auto st = db.prepare("SELECT id, roles FROM app_user WHERE login = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, login).step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError("user.unknown", QStringLiteral("No user %1.").arg(login));
    std::pair<qint64, QStringList> out {st->int64(0), st->text(1).split(QLatin1Char(','), Qt::SkipEmptyParts)};
    st->reset();
    return out;
}

} // namespace

Status setUserPassword(
    db::Database &db, const QString &login, const QString &password, int iterations, const QString &at)
{
    SH_TRY(checkPasswordStrength(password));
    auto user = userByLogin(db, login);
    if (!user)
        return user.error();
    if (!ops::isSupervisor(user->second))
        return makeError("user.not-supervisor",
            QStringLiteral("%1 is not a supervisor or admin: floor users sign in with badge and PIN.").arg(login));
    const PasswordHash p = hashPassword(password, iterations);
    storage::SqliteAuthRegistry auth(db);
    SH_TRY(auth.setCredential(user->first, p.hash, p.salt, p.iterations, at));
    return auth.setThrottle(QStringLiteral("login:") + login.toLower(), {});
}

Status setCountPolicy(db::Database &db, const CountPolicy &p)
{
    auto st = db.prepare("INSERT INTO count_policy(warehouse_id, user_group, max_qty, max_percent, max_value_cents) "
                         "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(ifnull(warehouse_id, 0), ifnull(user_group, '')) "
                         "DO UPDATE SET max_qty = excluded.max_qty, max_percent = excluded.max_percent, "
                         "max_value_cents = excluded.max_value_cents");
    if (!st)
        return st.error();
    st->bindIdOrNull(1, p.warehouseId);
    if (p.group.isEmpty())
        st->bindNull(2);
    else
        st->bind(2, p.group);
    return st->bind(3, p.maxQty).bind(4, p.maxPercent).bind(5, p.maxValueCents).run();
}

Result<bool> removeCountPolicy(db::Database &db, qint64 warehouseId, const QString &group)
{
    auto st = db.prepare("DELETE FROM count_policy WHERE ifnull(warehouse_id, 0) = ?1 AND ifnull(user_group, '') = ?2");
    if (!st)
        return st.error();
    SH_TRY(st->bind(1, warehouseId).bind(2, group).run());
    return db.changes() > 0;
}

Result<SiteSettingsRecord> siteSettings(
    db::Database &db, qint64 warehouseId, std::optional<bool> autoConfirm, std::optional<bool> lotsCaseSensitive)
{
    if (autoConfirm || lotsCaseSensitive) {
        auto up = db.prepare("UPDATE warehouse SET auto_confirm = ifnull(?2, auto_confirm), "
                             "lots_case_sensitive = ifnull(?3, lots_case_sensitive) WHERE id = ?1");
        if (!up)
            return up.error();
        up->bind(1, warehouseId);
        autoConfirm ? up->bind(2, qint64(*autoConfirm)) : up->bindNull(2);
        lotsCaseSensitive ? up->bind(3, qint64(*lotsCaseSensitive)) : up->bindNull(3);
        SH_TRY(up->run());
    }
    auto st = db.prepare("SELECT auto_confirm, lots_case_sensitive FROM warehouse WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, warehouseId);
    auto row = st->step();
    SH_TRY(row);
    if (!*row)
        return makeError("warehouse.unknown", QStringLiteral("No warehouse %1.").arg(warehouseId));
    return SiteSettingsRecord {st->int64(0) != 0, st->int64(1) != 0};
}

Status setUserPin(db::Database &db, const QString &login, const QString &pin, int iterations, const QString &badge)
{
    auto user = userByLogin(db, login);
    if (!user)
        return user.error();
    if (ops::isSupervisor(user->second))
        return makeError("user.pin-for-supervisor",
            QStringLiteral("Supervisors and admins have no PIN: give them a password (user password)."));
    if (pin.size() < 4 || !std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c.isDigit(); }))
        return makeError("user.invalid-pin", QStringLiteral("A PIN is at least 4 digits."));
    const auth::PinHash h = auth::hashPin(pin, iterations);
    auto st = db.prepare("UPDATE app_user SET pin_hash = ?2, pin_salt = ?3, pin_iterations = ?4, "
                         "badge = CASE WHEN ?5 = '' THEN badge ELSE ?5 END WHERE id = ?1");
    if (!st)
        return st.error();
    return st->bind(1, user->first).bindBlob(2, h.hash).bindBlob(3, h.salt).bind(4, h.iterations).bind(5, badge).run();
}

Status setUserGroup(db::Database &db, const QString &login, const QString &group)
{
    auto user = userByLogin(db, login);
    if (!user)
        return user.error();
    auto st = db.prepare("INSERT INTO user_policy(user_id, count_group) VALUES (?1, ?2) "
                         "ON CONFLICT(user_id) DO UPDATE SET count_group = excluded.count_group");
    if (!st)
        return st.error();
    st->bind(1, user->first);
    if (group.isEmpty())
        st->bindNull(2);
    else
        st->bind(2, group);
    return st->run();
}

Status setApprovalLimit(db::Database &db, const QString &login, std::optional<qint64> limitCents)
{
    auto user = userByLogin(db, login);
    if (!user)
        return user.error();
    auto st = db.prepare("INSERT INTO user_policy(user_id, approval_limit_cents) VALUES (?1, ?2) "
                         "ON CONFLICT(user_id) DO UPDATE SET approval_limit_cents = excluded.approval_limit_cents");
    if (!st)
        return st.error();
    st->bind(1, user->first);
    if (limitCents)
        st->bind(2, *limitCents);
    else
        st->bindNull(2);
    return st->run();
}

} // namespace stockhand::server
