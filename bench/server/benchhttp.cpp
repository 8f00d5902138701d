#include "benchhttp.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace bench {

ServerProcess::~ServerProcess()
{
    if (m_process) {
        m_process->terminate();
        m_process->waitForFinished(30000);
    }
}

bool ServerProcess::start(const QString &dbPath)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(QStringLiteral(STOCKHAND_SERVER_BINARY),
        {QStringLiteral("serve"), QStringLiteral("--db"), dbPath, QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("auto")});
    static const QRegularExpression listening(QStringLiteral("listening http://[0-9.]+:(\\d+)"));
    QByteArray out;
    while (m_port == 0 && m_process->waitForReadyRead(60000)) {
        out += m_process->readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch())
            m_port = quint16(m.captured(1).toUInt());
    }
    return m_port != 0;
}

QUrl ServerProcess::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

Reply request(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &token,
    const QByteArray &body, bool gzip)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    req.setRawHeader("Authorization", "Bearer " + token);
    // Qt decompresses gzip transparently when it added Accept-Encoding itself; ask explicitly to count
    // the wire bytes, or send identity.
    req.setRawHeader("Accept-Encoding", gzip ? QByteArray("gzip") : QByteArray("identity"));
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.wireBytes = r.body.size();
    reply->deleteLater();
    return r;
}

} // namespace bench
