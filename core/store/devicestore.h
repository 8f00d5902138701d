// The device's local store: the replica of the server's world for one warehouse, the outbox of the
// worker's operations, and the pending effects that the screens read on top of the last server state.
#pragma once

#include "clock.h"
#include "db/migrator.h"
#include "domain/operation.h"
#include "domain/quantity.h"

#include <QList>

#include <functional>
#include <memory>

namespace stockhand::store {

constexpr qint32 kDeviceStoreApplicationId = 0x53484456; // "SHDV"

const db::SchemaDescription &deviceSchema();

// The device's `meta` table on any connection to the store (the sync worker has its own).
Result<QString> readMeta(db::Database &db, const QString &key, const QString &fallback = QString());
Status writeMeta(db::Database &db, const QString &key, const QString &value);

// What an action changes locally before the server has seen it; rolled back from the view if the
// server rejects the operation.
struct QuantEffect
{
    qint64 locationId = 0;
    qint64 productId = 0;
    qint64 lotId = 0; // 0 = none
    qint64 packageId = 0; // 0 = none
    Milli delta = 0;
};

class DeviceStore
{
public:
    static Result<std::unique_ptr<DeviceStore>> open(
        const QString &path, const Clock &clock, db::OpenOptions options = {});

    db::Database &db() { return *m_db; }
    const Clock &clock() const { return m_clock; }

    Result<QString> meta(const QString &key, const QString &fallback = QString());
    Status setMeta(const QString &key, const QString &value); // call inside or outside a transaction

    // The device id (made once, on first open, and kept).
    QString deviceId() const { return m_deviceId; }

    // Records the worker's action: the operation and its local effect in ONE transaction, durable
    // (synchronous=FULL) before this returns. `effect` writes the local change; it receives the new
    // operation's sequence so that it can attach pending effects to it.
    using EffectFn = std::function<Status(db::Database &, qint64 opSeq)>;
    Result<Operation> record(const OperationDraft &draft, const EffectFn &effect = {});

    // Helpers for effects.
    Status addEffect(qint64 opSeq, const ops::Effect &e);
    Status addQuantEffect(qint64 opSeq, const QuantEffect &e);
    Status addLineEffect(qint64 opSeq, const QString &target, qint64 lineId, Milli delta);

    // The outbox in device order.
    Result<QList<Operation>> operations(std::optional<OpState> state, int limit = -1);
    Result<qint64> pendingCount();

    // Forgets acknowledged operations whose effect is in the replicated state and whose device time is
    // older than `keepDays`, keeping at least the newest `keepAtLeast` of them (a restored server gets
    // those again, docs/sync-engine.md). Pending and rejected operations are never purged.
    Result<qint64> purgeAcknowledged(int keepDays = 7, int keepAtLeast = 10000);

    // Quantity on hand as the screens see it: last server state + pending effects.
    Result<Milli> quantOnHand(qint64 locationId, qint64 productId, qint64 lotId = 0, qint64 packageId = 0);

private:
    DeviceStore(std::unique_ptr<db::Database> db, const Clock &clock);
    Status ensureDeviceId();

    std::unique_ptr<db::Database> m_db;
    const Clock &m_clock;
    QString m_deviceId;
};

} // namespace stockhand::store
