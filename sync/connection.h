// How this device reaches its server: URL, token, certificate authorities, timeouts. The engine owns it;
// the jobs build their requests from it.
#pragma once

#include "errorclass.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

namespace stockhand::sync {

struct Connection
{
    QNetworkAccessManager *network = nullptr;
    QUrl server;
    QByteArray token;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    int transferTimeoutMs = 30000;
    // X-Stockhand-Device-Report (domain/devicereport.h): what the device tells the server about itself on
    // every request; the engine refreshes it with its health.
    QByteArray deviceReport;

    QNetworkRequest request(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
};

// What a job ends with: how it went (Decision::Proceed = done) and, when not, why in words.
struct JobResult
{
    Decision decision = Decision::Proceed;
    QString error;
    bool ok() const { return decision == Decision::Proceed; }
};

} // namespace stockhand::sync
