#include "faultproxy.h"

namespace stockhand::test {

bool FaultProxy::listen()
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
    return m_server.listen(QHostAddress::LocalHost, 0);
}

int FaultProxy::requests(const QByteArray &needle) const
{
    int n = 0;
    for (const QByteArray &line : m_seen)
        n += line.contains(needle) ? 1 : 0;
    return n;
}

void FaultProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        auto mode = std::make_shared<Mode>(Mode::Forward);
        auto decided = std::make_shared<bool>(false);
        auto pending = std::make_shared<QByteArray>();
        QPointer<QTcpSocket> c(client);
        connect(client, &QTcpSocket::readyRead, this, [this, c, upstream, mode, decided, pending] {
            const QByteArray data = c->readAll();
            // One request per connection is what matters here; later requests on a kept-alive connection
            // are decided by their own first line.
            const qsizetype eol = data.indexOf("\r\n");
            if (eol > 0 && (data.startsWith("GET ") || data.startsWith("POST "))) {
                const QByteArray line = data.left(eol);
                m_seen << line;
                *mode = decide ? decide(line) : Mode::Forward;
                *decided = true;
            }
            if (*mode == Mode::Refuse) {
                c->abort();
                return;
            }
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(data);
            else
                *pending += data;
        });
        connect(upstream, &QTcpSocket::connected, this, [upstream, pending] {
            upstream->write(*pending);
            pending->clear();
        });
        connect(upstream, &QTcpSocket::readyRead, this, [c, upstream, mode] {
            const QByteArray data = upstream->readAll();
            if (!c)
                return;
            if (*mode == Mode::DropResponse) { // the server has answered (and committed): cut the line
                c->abort();
                return;
            }
            c->write(data);
        });
        connect(upstream, &QTcpSocket::disconnected, client, [c] {
            if (c)
                c->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::errorOccurred, client, [c](QAbstractSocket::SocketError) {
            if (c)
                c->abort();
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

} // namespace stockhand::test
