#include "serverprocess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <csignal>

namespace stockhand::server::test {

QString serverBinary()
{
    return QStringLiteral(STOCKHAND_SERVER_BINARY);
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

bool ServerProcess::start(const QString &dbPath, const QStringList &extra, const QProcessEnvironment &env)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args {QStringLiteral("serve"), QStringLiteral("--db"), dbPath, QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1")};
    args += extra;
    if (!extra.contains(QStringLiteral("--port")))
        args += {QStringLiteral("--port"), QStringLiteral("auto")};
    QObject::connect(
        m_process.get(), &QProcess::readyReadStandardError, [this] { m_log += m_process->readAllStandardError(); });
    m_process->start(serverBinary(), args);
    if (!m_process->waitForStarted(10000)) {
        lastError = QStringLiteral("cannot start %1").arg(serverBinary());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening (https?)://[0-9.]+:(\\d+)"));
    QByteArray out;
    while (m_port == 0) {
        if (!m_process->waitForReadyRead(30000)) {
            lastError = QStringLiteral("no 'listening' line; log: ")
                + QString::fromUtf8(m_log + m_process->readAllStandardError());
            return false;
        }
        out += m_process->readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_scheme = m.captured(1);
            m_port = quint16(m.captured(2).toUInt());
        }
    }
    QNetworkAccessManager nam;
    const HttpResult health = httpRequest(nam, "GET", url(QStringLiteral("/health")));
    if (health.status != 200) {
        lastError = QStringLiteral("/health answered %1").arg(health.status);
        return false;
    }
    return true;
}

void ServerProcess::kill9()
{
    ::kill(pid_t(m_process->processId()), SIGKILL);
    m_process->waitForFinished(30000);
}

int ServerProcess::terminate(int timeoutMs)
{
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(timeoutMs))
        return -1;
    m_log += m_process->readAllStandardError();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

QUrl ServerProcess::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(m_scheme).arg(m_port).arg(path));
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpResult httpRequest(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &token,
    const QByteArray &body, int timeoutMs)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    reply->deleteLater();
    return r;
}

} // namespace stockhand::server::test
