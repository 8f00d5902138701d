// The outbox: every action of a worker in device order, its predicted effects on the replica
// (pending_effect), and the device's exceptions inbox (device_exception). This class is the one owner of
// those three tables: the screens record through it, the sync engine takes batches from it and hands it
// the server's answers, the sync bar and the CLI read its health (docs/sync-engine.md, "The outbox").
#pragma once

#include "clock.h"
#include "db/database.h"
#include "domain/operation.h"

#include <QList>

#include <optional>

namespace stockhand::store {

// The server's answer for one operation of a pushed batch.
struct OpAnswer
{
    enum class Outcome { Applied, Duplicate, Rejected };
    Operation op; // as it was sent
    Outcome outcome = Outcome::Applied;
    QString code; // Rejected: the server's code and message
    QString message;
    QString result; // Applied/Duplicate: the server's answer for it, kept as JSON text
};

struct PushOutcome
{
    int applied = 0;
    int duplicates = 0;
    int rejected = 0;
};

// What the sync bar shows of the outbox.
struct OutboxHealth
{
    qint64 pending = 0;
    QDateTime oldestPending; // device time of the oldest pending operation (invalid when none)
    qint64 openExceptions = 0;
};

// One entry of the exceptions inbox, with the operation it is about (if it is still in the outbox).
struct DeviceException
{
    qint64 id = 0;
    qint64 opSeq = 0; // 0 = about no operation
    QString opUuid;
    QString opKind;
    QString code;
    QString message;
    QString createdLocal;
};

class Outbox
{
public:
    Outbox(db::Database &db, const Clock &clock, QString deviceId)
        : m_db(db)
        , m_clock(clock)
        , m_deviceId(std::move(deviceId))
    { }

    // Records the worker's action: the operation and its predicted effects in ONE transaction, durable
    // (synchronous=FULL) before this returns.
    Result<Operation> record(const OperationDraft &draft);

    // The outbox in device order (all states when `state` is empty; -1 = no limit).
    Result<QList<Operation>> operations(std::optional<OpState> state, int limit = -1);
    // The next operations to push, oldest first.
    Result<QList<Operation>> nextBatch(int maxOperations) { return operations(OpState::Pending, maxOperations); }
    Result<qint64> pendingCount();
    Result<qint64> pendingCountOf(qint64 userId);
    Result<OutboxHealth> health();

    // Records the server's per-operation answers in one transaction: applied/duplicate operations keep
    // their local effect until a pull that began after this one holds the server's state; rejected ones
    // are set aside (see setAside).
    Result<PushOutcome> recordAnswers(const QList<OpAnswer> &answers);
    // Sets an operation aside for good (the server rejected it, or can never accept it): it loses its local
    // effect and lands in the exceptions inbox with the server's reason, together with a note on every later
    // pending operation of the same transfer line, count line or package. One transaction.
    Status setAside(const Operation &op, const QString &code, const QString &message);
    // The server was restored from a backup (new epoch) and may have lost what it acknowledged: every
    // acknowledged operation still in the outbox goes up again (the server answers "duplicate" for those it
    // still has). Their effects show again until the next complete pull.
    Status requeueAcknowledged();
    // Forgets acknowledged operations whose effect is in the replicated state and whose device time is
    // older than `keepDays`, keeping at least the newest `keepAtLeast` of them (a restored server gets
    // those again, docs/sync-engine.md). Pending and rejected operations are never purged.
    Result<qint64> purgeAcknowledged(int keepDays = 7, int keepAtLeast = 10000);
    // Writes every pending operation to a file the server can import (stockhand-server import-ops): the
    // supervisor's way out when a device must be reset while operations are still pending.
    Result<int> exportPending(const QString &path);

    // The exceptions inbox: open entries, oldest or newest first (-1 = no limit).
    enum class Order { OldestFirst, NewestFirst };
    Result<QList<DeviceException>> openExceptions(Order order = Order::OldestFirst, int limit = -1);
    // The worker has dealt with it: it leaves the inbox. false when there is no such open exception.
    Result<bool> resolveException(qint64 id);

    // A complete pull that began after pull `pullGen` was acknowledged holds the server's state: the
    // effects of operations acknowledged before it stop showing. On any connection to the store (the
    // feed is applied on the sync worker's own), inside the caller's transaction.
    static Status retireAcknowledgedEffects(db::Database &db, qint64 pullGen);

private:
    Status addEffect(qint64 opSeq, const ops::Effect &e);
    Status markRejected(const Operation &op, const QString &code, const QString &message);
    Status addException(qint64 opSeq, const QString &code, const QString &message);

    db::Database &m_db;
    const Clock &m_clock;
    QString m_deviceId;
};

} // namespace stockhand::store
