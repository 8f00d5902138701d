// The benchmark's side of HTTP: the real stockhand-server process and a blocking request helper.
#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QUrl>

#include <memory>

namespace bench {

class ServerProcess
{
public:
    ~ServerProcess();
    bool start(const QString &dbPath);
    QUrl url(const QString &pathAndQuery) const;

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

struct Reply
{
    int status = 0;
    QByteArray body;
    qint64 wireBytes = 0;
};

Reply request(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &token,
    const QByteArray &body = {}, bool gzip = false);

} // namespace bench
