// The outbox side of push: which operations go up next, the request body, and what the server's answer
// does to each operation (docs/sync-protocol.md, "Push").
#pragma once

#include "store/devicestore.h"

#include <QJsonArray>

namespace stockhand::sync {

struct PushBatch
{
    QList<Operation> operations;
    QByteArray body; // {"operations": [...]}
};

Result<PushBatch> nextPushBatch(store::DeviceStore &store, int maxOperations);
QJsonObject operationToJson(const Operation &op);

struct PushOutcome
{
    int applied = 0;
    int duplicates = 0;
    int rejected = 0;
};

// Records the server's per-operation answers in one transaction: applied/duplicate operations keep their
// local effect until the next complete pull holds the server's state; rejected ones lose it at once and
// land in the device's exceptions inbox with the server's reason, together with a note on every later
// pending operation of the same transfer line or package.
Result<PushOutcome> recordPushResults(
    store::DeviceStore &store, const QList<Operation> &sent, const QByteArray &responseBody);

// A single operation that the server refused as a malformed request (HTTP 400 for a batch of one):
// it cannot ever be applied, so it is rejected locally with the server's words instead of blocking the
// queue behind it.
Status rejectLocally(store::DeviceStore &store, const Operation &op, const QString &code, const QString &message);

// The server was restored from a backup (new epoch): it may have lost operations it had acknowledged.
// Every acknowledged operation still in the outbox goes up again; the server answers "duplicate" for
// those it still has and applies the ones it lost. Their effects show again until the next full pull.
Status requeueAcknowledged(store::DeviceStore &store);

// Writes every pending operation to a file the server can import (stockhand-server import-ops): the
// supervisor's way out when a device must be reset while operations are still pending.
Result<int> exportPending(store::DeviceStore &store, const QString &path);

} // namespace stockhand::sync
