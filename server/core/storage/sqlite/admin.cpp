#include "admin.h"

#include "auth/pinhash.h"

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

Result<qint64> addUser(db::Database &db, const NewUser &u)
{
    auto roles = normaliseRoles(u.roles);
    if (!roles)
        return roles.error();
    if (u.login.isEmpty() || u.badge.isEmpty())
        return makeError("user.invalid", QStringLiteral("A user needs a login and a badge."));
    if (u.pin.size() < 4 || !std::all_of(u.pin.cbegin(), u.pin.cend(), [](QChar c) { return c.isDigit(); }))
        return makeError("user.invalid-pin", QStringLiteral("A PIN is at least 4 digits."));
    const auth::PinHash h = auth::hashPin(u.pin, u.pinIterations);
    auto st = db.prepare("INSERT INTO app_user(login, name, badge, pin_hash, pin_salt, pin_iterations, roles, "
                         "warehouse_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!st)
        return st.error();
    st->bind(1, u.login).bind(2, u.name.isEmpty() ? u.login : u.name).bind(3, u.badge).bindBlob(4, h.hash);
    st->bindBlob(5, h.salt).bind(6, h.iterations).bind(7, roles.value()).bindIdOrNull(8, u.warehouseId);
    SH_TRY(st->run());
    return db.lastInsertRowId();
}

} // namespace stockhand::server
