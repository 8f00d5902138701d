// The raw TCP printer client (port 9100 by convention, "JetDirect"): connect, write every byte, wait
// until the socket has handed them all on, close. One attempt per call, one `finished` per attempt, with
// a clear error (docs/labels.md, "Printer errors"):
//   printer.refused         nothing listens at host:port (printer off, wrong port)
//   printer.host-not-found  the name does not resolve
//   printer.closed          the printer closed the connection before it had every byte
//   printer.timeout         no connection, or the bytes not taken, within the time allowed
//   printer.network         any other socket error (its text)
// Raw printing has no acknowledgement: a printer that takes the bytes and drops them is not seen here.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace stockhand::labels {

class RawPrinterClient : public QObject
{
    Q_OBJECT

public:
    explicit RawPrinterClient(QObject *parent = nullptr);
    ~RawPrinterClient() override;

    // Starts one attempt; a second call while one runs is refused with printer.busy.
    void send(const QString &host, quint16 port, const QByteArray &data, int timeoutMs = 10000);
    bool busy() const { return m_socket != nullptr; }
    // The outcome of the last attempt (ok until one failed).
    const Status &lastStatus() const { return m_status; }

    // "host:port" (port 9100 when absent); printer.bad-address for anything else.
    static Result<std::pair<QString, quint16>> parseAddress(const QString &address);
    // One attempt, waiting in a local event loop (stockhand-cli).
    static Status sendBlocking(const QString &host, quint16 port, const QByteArray &data, int timeoutMs = 10000);

Q_SIGNALS:
    void finished(bool ok, const QString &errorCode, const QString &errorMessage);

private:
    void onBytesWritten();
    void onError();
    void finish(Status status);

    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    QString m_target;
    qint64 m_total = 0;
    qint64 m_written = 0;
    bool m_closing = false;
    Status m_status;
};

} // namespace stockhand::labels
