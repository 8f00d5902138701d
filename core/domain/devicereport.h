// What a device tells its server about itself when it syncs (docs/sync-protocol.md, "Device report"): the
// app's version, how many operations wait in its outbox and the local time of the oldest, and the last
// sync error it saw (a short code and a message, never a secret). Sent as one header on every request,
//   X-Stockhand-Device-Report: v=1; app=1.4.0; pending=3; oldest=2026-11-29T10:00:00.000Z; error=sync.retry-later;
//   message=...
// values percent-encoded. A device that sends none still works; a malformed one is ignored by the server
// (the request is answered as if it had none). Both sides use this struct: no GUI, no network.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace stockhand {

struct DeviceReport
{
    static constexpr const char *kHeader = "X-Stockhand-Device-Report";
    static constexpr int kVersion = 1;

    QString appVersion; // at most 40 characters
    qint64 pendingOps = 0;
    QString oldestPendingAt; // the device's clock, UTC ISO 8601; empty when nothing is pending
    QString lastErrorCode; // [a-z0-9._-], at most 64; empty = the last sync went well
    QString lastErrorMessage; // at most 200 characters

    QByteArray toHeader() const;
    // Errors: report.malformed (not this format or out of bounds), report.version (a newer format).
    static Result<DeviceReport> fromHeader(const QByteArray &value);
};

} // namespace stockhand
