// Shared by the end-to-end tests: run a tool to completion, open a database file without configuring it.
#pragma once

#include "db/database.h"

#include <QStringList>

namespace stockhand::test {

QByteArray runTool(const QString &program, const QStringList &args);
qint64 one(db::Database &db, const std::string &sql);
std::unique_ptr<db::Database> openPlain(const QString &path);
// init + a small seed (one warehouse) of a server database with the stockhand-server binary.
void seedServer(const QString &serverBinary, const QString &dbPath, int products);
// A one-time enrolment code for a device of WH1.
QString enrolmentCode(const QString &serverBinary, const QString &dbPath);

} // namespace stockhand::test
