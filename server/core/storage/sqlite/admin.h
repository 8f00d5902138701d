// Administration shared by the stockhand-server subcommands and the tests: users, import of master data
// and open work (CSV or JSON), the demo seed.
#pragma once

#include "auth/pinhash.h"
#include "db/database.h"
#include "domain/quantity.h"
#include "passwords.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace stockhand::server {

struct NewUser
{
    QString login;
    QString name;
    QString badge;
    QString pin; // floor users; supervisors and admins have none (docs/security.md)
    QString roles; // comma-separated: picker, receiver, counter, supervisor, admin
    qint64 warehouseId = 0; // 0 = every warehouse
    int pinIterations = 60000;
    QString password; // supervisors and admins: at least 10 characters, checked by the server only
    int passwordIterations = 600000;
};

// A new user checked and made ready to store, the same on both backends (their addUser): the roles
// normalised, the PIN verifier (blank for a supervisor or admin: they never have one) and, for those, the
// password verifier (user.invalid, user.pin-for-supervisor, user.weak-password, user.invalid-pin, role.*).
struct CheckedUser
{
    QString roles;
    QString name; // the login when none was given
    auth::PinHash pin;
    std::optional<PasswordHash> password;
};
Result<CheckedUser> checkNewUser(const NewUser &user);

Result<qint64> addUser(db::Database &db, const NewUser &user);
// Sets the password of a supervisor or admin (user.unknown, user.not-supervisor, user.weak-password).
Status setUserPassword(
    db::Database &db, const QString &login, const QString &password, int iterations, const QString &at);

// A floor user's PIN (and badge, when given): users imported from Odoo come without one (docs/odoo.md).
Status setUserPin(db::Database &db, const QString &login, const QString &pin, int iterations, const QString &badge);

// Count policies and approval limits (docs/operations.md, "count"): replicated to the devices.
struct CountPolicy
{
    qint64 warehouseId = 0; // 0 = every warehouse
    QString group; // empty = every counting group
    Milli maxQty = -1; // thousandths; -1 = off
    double maxPercent = -1;
    qint64 maxValueCents = -1;
};
Status setCountPolicy(db::Database &db, const CountPolicy &policy);
Result<bool> removeCountPolicy(db::Database &db, qint64 warehouseId, const QString &group);
// A site's floor settings (replicated to its devices through the feed): a line confirmed by itself when
// scans fill it, lot and serial names case-sensitive. A setting not given stays; returns both as they are.
struct SiteSettingsRecord
{
    bool autoConfirm = true;
    bool lotsCaseSensitive = false;
};
Result<SiteSettingsRecord> siteSettings(db::Database &db, qint64 warehouseId, std::optional<bool> autoConfirm = {},
    std::optional<bool> lotsCaseSensitive = {});
// The user's counting group (empty = none) / approval limit in cents (nullopt = no limit).
Status setUserGroup(db::Database &db, const QString &login, const QString &group);
Status setApprovalLimit(db::Database &db, const QString &login, std::optional<qint64> limitCents);
// Checks a roles list; returns the normalised comma-separated text.
Result<QString> normaliseRoles(const QString &roles);

struct ImportSummary
{
    QHash<QString, qint64> rowsByTable;
    qint64 total() const;
};

// JSON: {"warehouses": [{...}], "locations": [...], ...} with column names as keys (docs/server.md).
Result<ImportSummary> importJson(db::Database &db, const QByteArray &json);
// The same, on a parsed document, inside the caller's open transaction (the Odoo connector's import).
Result<ImportSummary> importJsonObject(db::Database &db, const QJsonObject &root);
// CSV with a header line of column names, for one table ("product", "location", ...).
Result<ImportSummary> importCsv(db::Database &db, const QString &table, const QByteArray &csv);

} // namespace stockhand::server
