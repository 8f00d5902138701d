// The push protocol (docs/sync-protocol.md, "Push"): the request body for a batch of the outbox, and the
// server's per-operation answers read back for the store's Outbox to record. No state lives here.
#pragma once

#include "store/outbox.h"

namespace stockhand::sync {

// {"operations": [...]}
QByteArray pushRequestBody(const QList<Operation> &batch);

// The server's answer to a push: one result per operation sent ("push.bad-answer" when it is not).
Result<QList<store::OpAnswer>> readPushAnswers(const QList<Operation> &sent, const QByteArray &body);

} // namespace stockhand::sync
