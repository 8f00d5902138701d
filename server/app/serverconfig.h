// stockhand-server settings: an INI file (--config) overridden by flags (docs/server.md).
#pragma once

#include "config.h"
#include "db/database.h"
#include "result.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QString>

namespace stockhand::server {

struct ServerConfig
{
    QString databasePath = QStringLiteral("stockhand-server.db");
    QHostAddress listen = QHostAddress::LocalHost;
    int httpPort = 8080; // 0 = no plain HTTP, -1 = any free port (printed on stdout)
    int httpsPort = 0; // 0 = no HTTPS, -1 = any free port
    QString tlsCertificate;
    QString tlsKey;
    db::Durability durability = db::Durability::Full;
    int readerThreads = 2; // threads answering snapshot/changes pages, each with its own connection; 0 = none
    CoreConfig core;
};

void addConfigOptions(QCommandLineParser &parser);
// Reads --config (if given) then applies the flags.
Result<ServerConfig> loadConfig(const QCommandLineParser &parser);

} // namespace stockhand::server
