// A deterministic, asynchronous network layer for sync tests (in the spirit of ownCloud's FakeAM), with the
// REAL server core behind it instead of fake server logic: requests go to server::ServerCore::handle().
// Faults are injected per request: drop the request, drop the response after the server committed, hang
// until the client's timeout, answer 500, or deliver slowly.
#pragma once

#include "servercore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <functional>

namespace stockhand::test {

// Http404: something that is not our server answers (a wrong URL, a captive portal): retrying cannot help.
enum class Fault { None, DropRequest, DropResponse, Hang, Http500, Http404, Slow, TruncateBody };

class InProcessReply : public QNetworkReply
{
    Q_OBJECT
public:
    InProcessReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, QObject *parent);
    void respond(const server::Response &response, int delayMs);
    void failWith(NetworkError error, const QString &text, int delayMs);
    void hang(); // finishes only through the request's transfer timeout, or abort()
    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void finishNow();
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_finished = false;
};

class InProcessNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit InProcessNetwork(server::ServerCore *core, QObject *parent = nullptr);
    void setServer(server::ServerCore *core) { m_core = core; }

    // Decides the fault of each request (path, 0-based index of requests to that path).
    std::function<Fault(const QString &path, int index)> faults;
    int requests(const QString &path) const { return m_counts.value(path); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    server::ServerCore *m_core;
    QHash<QString, int> m_counts;
};

} // namespace stockhand::test
