// The users of the device's warehouse as the replica holds them, and the offline sign-in check: badge +
// PIN against the PBKDF2 hashes the server hands out. The sign-in screen and stockhand-cli both check a
// user here, the same way.
#pragma once

#include "db/database.h"

#include <QStringList>

namespace stockhand::store {

struct UserInfo
{
    qint64 id = 0;
    QString name;
    QString badge;
    QStringList roles;
    qint64 warehouseId = 0; // 0 = every warehouse
    QString login {}; // what a supervisor signs in to the server with
};

// Error codes: "user.unknown" (no active user with that id or badge), "user.wrong-pin",
// "user.password-required" (a supervisor or admin: no PIN verifier reaches devices, docs/security.md).
Result<UserInfo> checkPin(db::Database &db, qint64 userId, const QString &pin);
Result<UserInfo> checkBadgeAndPin(db::Database &db, const QString &badge, const QString &pin);
// How many users may sign in on this device (0 until the first sync brings them).
Result<qint64> activeUserCount(db::Database &db);
// An active user by badge or login, without a credential check (the server checks a supervisor's password).
Result<UserInfo> userByBadgeOrLogin(db::Database &db, const QString &badgeOrLogin);

} // namespace stockhand::store
