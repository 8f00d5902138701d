#include "rawprinter.h"

#include <QEventLoop>
#include <QTcpSocket>

namespace stockhand::labels {

using namespace Qt::StringLiterals;

RawPrinterClient::RawPrinterClient(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(makeError("printer.timeout",
            m_written > 0 || (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
                ? u"The printer at %1 took %2 of %3 bytes and then nothing more."_s.arg(m_target).arg(m_written).arg(
                    m_total)
                : u"The printer at %1 did not answer in time."_s.arg(m_target)));
    });
}

RawPrinterClient::~RawPrinterClient()
{
    if (m_socket)
        m_socket->abort();
}

Result<std::pair<QString, quint16>> RawPrinterClient::parseAddress(const QString &address)
{
    const qsizetype colon = address.lastIndexOf(u':');
    const QString host = colon < 0 ? address : address.left(colon);
    bool ok = true;
    const uint port = colon < 0 ? 9100 : address.mid(colon + 1).toUInt(&ok);
    if (host.isEmpty() || !ok || port == 0 || port > 65535)
        return makeError("printer.bad-address", u"\"%1\" is not host:port (port 9100 by default)."_s.arg(address));
    return std::pair<QString, quint16> {host, quint16(port)};
}

void RawPrinterClient::send(const QString &host, quint16 port, const QByteArray &data, int timeoutMs)
{
    if (m_socket) {
        Q_EMIT finished(false, u"printer.busy"_s, u"A label is still being sent."_s);
        return;
    }
    m_target = host + u':' + QString::number(port);
    m_total = data.size();
    m_written = 0;
    m_closing = false;
    m_status = {};
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, [this, data] {
        if (m_socket)
            m_socket->write(data);
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 n) {
        m_written += n;
        onBytesWritten();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this] { onError(); });
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (m_closing)
            finish({});
        else
            finish(makeError("printer.closed",
                u"The printer at %1 closed the connection after %2 of %3 bytes."_s.arg(m_target).arg(m_written).arg(
                    m_total)));
    });
    m_timer.start(timeoutMs);
    socket->connectToHost(host, port);
}

void RawPrinterClient::onBytesWritten()
{
    if (!m_socket || m_written < m_total || m_closing)
        return;
    // Every byte is with the operating system: close in order (the rest of the exchange is TCP's).
    m_closing = true;
    m_socket->disconnectFromHost();
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        finish({});
}

void RawPrinterClient::onError()
{
    if (!m_socket)
        return;
    const auto error = m_socket->error();
    if (m_closing && error == QAbstractSocket::RemoteHostClosedError)
        return; // the printer closed its side after taking everything: `disconnected` ends the attempt
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        finish(makeError("printer.refused",
            u"The printer at %1 refused the connection (is it on, is the port right?)."_s.arg(m_target)));
        break;
    case QAbstractSocket::HostNotFoundError:
        finish(makeError("printer.host-not-found", u"The printer's host name %1 is not known."_s.arg(m_target)));
        break;
    case QAbstractSocket::RemoteHostClosedError:
        finish(makeError("printer.closed",
            u"The printer at %1 closed the connection after %2 of %3 bytes."_s.arg(m_target).arg(m_written).arg(
                m_total)));
        break;
    case QAbstractSocket::SocketTimeoutError:
        finish(makeError("printer.timeout", u"The printer at %1 did not answer in time."_s.arg(m_target)));
        break;
    default:
        finish(makeError("printer.network", u"Printer %1: %2"_s.arg(m_target, m_socket->errorString())));
        break;
    }
}

void RawPrinterClient::finish(Status status)
{
    if (!m_socket)
        return;
    m_timer.stop();
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    if (!status.ok())
        socket->abort();
    socket->deleteLater();
    m_status = status;
    if (status.ok())
        Q_EMIT finished(true, QString(), QString());
    else
        Q_EMIT finished(false, status.error().code, status.error().message);
}

Status RawPrinterClient::sendBlocking(const QString &host, quint16 port, const QByteArray &data, int timeoutMs)
{
    RawPrinterClient client;
    QEventLoop loop;
    connect(&client, &RawPrinterClient::finished, &loop, &QEventLoop::quit);
    client.send(host, port, data, timeoutMs);
    if (client.busy())
        loop.exec();
    return client.lastStatus();
}

} // namespace stockhand::labels
