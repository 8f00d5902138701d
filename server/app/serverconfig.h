// stockhand-server settings: an INI file (--config) overridden by flags (docs/server.md).
#pragma once

#include "config.h"
#include "db/database.h"
#include "result.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QString>

namespace stockhand::server {

// What the HTTP front end lets one client hold ([http] in docs/server.md).
struct HttpLimits
{
    int maxConnections = 1000; // open connections in total, per port; more are closed at once
    int maxConnectionsPerAddress = 100; // from one client address
    int headerTimeoutSecs = 10; // a new connection without progress on its request's headers
    int bodyTimeoutSecs = 30; // a body without progress
    int idleTimeoutSecs = 60; // a kept-alive connection between requests
    qint64 bodyBudgetBytes = 64 * 1024 * 1024; // all request bodies in flight, both ports; more: 503 server.busy
};

struct ServerConfig
{
    // A SQLite file, or a postgresql:// URL (the PostgreSQL backend, docs/server.md "PostgreSQL").
    QString databasePath = QStringLiteral("stockhand-server.db");
    // PostgreSQL: the session key's file (the same for every process of the site); SQLite: beside the file.
    QString sessionKeyFile;
    QHostAddress listen = QHostAddress::LocalHost;
    int httpPort = 8080; // 0 = no plain HTTP, -1 = any free port (printed on stdout)
    int httpsPort = 0; // 0 = no HTTPS, -1 = any free port
    QString tlsCertificate;
    QString tlsKey;
    // The certificate authority devices pin when they enrol by QR code (its SHA-256 goes into the code);
    // empty: the last certificate of tlsCertificate's chain (the certificate itself when self-signed).
    QString tlsCa;
    // The address enrolment codes carry ("https://stock.example:8443"); empty: the first address served.
    QString publicUrl;
    db::Durability durability = db::Durability::Full;
    int readerThreads = 2; // threads answering snapshot/changes pages, each with its own connection; 0 = none
    HttpLimits http;
    CoreConfig core;
};

void addConfigOptions(QCommandLineParser &parser);
// Reads --config (if given) then applies the flags.
Result<ServerConfig> loadConfig(const QCommandLineParser &parser);

} // namespace stockhand::server
