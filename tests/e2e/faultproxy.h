// A TCP proxy between the client and the real stockhand-server process, for faults that need a real
// socket: drop the server's response after it committed, refuse connections, or point at a restarted
// server on another port while the client keeps its URL.
#pragma once

#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace stockhand::test {

class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Forward, DropResponse, Refuse };

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    void setTarget(quint16 port) { m_target = port; }
    // Decides per request (by its first line, "POST /v1/push HTTP/1.1") what to do with it.
    std::function<Mode(const QByteArray &requestLine)> decide;
    int requests(const QByteArray &needle) const;

private:
    void onConnection();
    QTcpServer m_server;
    quint16 m_target = 0;
    QList<QByteArray> m_seen;
};

} // namespace stockhand::test
