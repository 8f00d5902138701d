// Administration shared by the stockhand-server subcommands and the tests: users, import of master data
// and open work (CSV or JSON), the demo seed.
#pragma once

#include "db/database.h"

#include <QHash>
#include <QString>

namespace stockhand::server {

struct NewUser
{
    QString login;
    QString name;
    QString badge;
    QString pin;
    QString roles; // comma-separated: picker, receiver, counter, supervisor, admin
    qint64 warehouseId = 0; // 0 = every warehouse
    int pinIterations = 60000;
};

Result<qint64> addUser(db::Database &db, const NewUser &user);
// Checks a roles list; returns the normalised comma-separated text.
Result<QString> normaliseRoles(const QString &roles);

struct ImportSummary
{
    QHash<QString, qint64> rowsByTable;
    qint64 total() const;
};

// JSON: {"warehouses": [{...}], "locations": [...], ...} with column names as keys (docs/server.md).
Result<ImportSummary> importJson(db::Database &db, const QByteArray &json);
// CSV with a header line of column names, for one table ("product", "location", ...).
Result<ImportSummary> importCsv(db::Database &db, const QString &table, const QByteArray &csv);

} // namespace stockhand::server
