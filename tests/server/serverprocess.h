// The real stockhand-server process on 127.0.0.1 and a small synchronous HTTP client for tests.
// Readiness is read from the process ("listening ..." on stdout) and /health, never from a sleep.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStringList>

#include <memory>

namespace stockhand::server::test {

QString serverBinary();

class ServerProcess
{
public:
    ~ServerProcess();
    // Starts `stockhand-server serve --db dbPath --port auto` plus extra arguments; waits until it listens
    // and /health answers.
    bool start(const QString &dbPath, const QStringList &extra = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    void kill9();
    // SIGTERM; returns the exit code (or -1 if it did not stop within the timeout).
    int terminate(int timeoutMs = 30000);
    QUrl url(const QString &path) const;
    quint16 port() const { return m_port; }
    QString scheme() const { return m_scheme; }
    QByteArray log() const { return m_log; }
    QProcess &process() { return *m_process; }
    QString lastError;

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_scheme = QStringLiteral("http");
    QByteArray m_log;
};

struct HttpResult
{
    int status = 0; // 0 = no HTTP answer (connection refused, reset)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json() const;
};

// One request, waited for with a local event loop (bounded by timeoutMs as a safety net).
HttpResult httpRequest(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
    const QByteArray &token = {}, const QByteArray &body = {}, int timeoutMs = 60000);

} // namespace stockhand::server::test
