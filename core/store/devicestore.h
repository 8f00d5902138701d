// The device's local store: the replica of the server's world for one warehouse, the outbox of the
// worker's operations, and the pending effects that the screens read on top of the last server state.
#pragma once

#include "clock.h"
#include "db/migrator.h"
#include "domain/operation.h"
#include "domain/quantity.h"
#include "store/meta.h"
#include "store/outbox.h"

#include <memory>

namespace stockhand::store {

constexpr qint32 kDeviceStoreApplicationId = 0x53484456; // "SHDV"

const db::SchemaDescription &deviceSchema();

class DeviceStore
{
public:
    static Result<std::unique_ptr<DeviceStore>> open(
        const QString &path, const Clock &clock, db::OpenOptions options = {});

    db::Database &db() { return *m_db; }
    const Clock &clock() const { return m_clock; }

    // The meta table (typed keys, store/meta.h).
    Meta meta() { return Meta(*m_db); }

    // The device id (made once, on first open, and kept).
    QString deviceId() const { return m_deviceId; }

    // The outbox, its pending effects and the exceptions inbox (store/outbox.h).
    Outbox &outbox() { return *m_outbox; }

    // Conveniences for the callers that only record or count (see Outbox::record, Outbox::pendingCount).
    Result<Operation> record(const OperationDraft &draft) { return m_outbox->record(draft); }
    Result<qint64> pendingCount() { return m_outbox->pendingCount(); }

    // The warehouse this device works in: the one it is enrolled for, else `userWarehouseId` (a user of
    // one warehouse), else the first warehouse the replica holds (0 = none yet).
    Result<qint64> workingWarehouse(qint64 userWarehouseId = 0);

    // Quantity on hand as the screens see it: last server state + pending effects.
    Result<Milli> quantOnHand(qint64 locationId, qint64 productId, qint64 lotId = 0, qint64 packageId = 0);

private:
    DeviceStore(std::unique_ptr<db::Database> db, const Clock &clock);
    Status ensureDeviceId();

    std::unique_ptr<db::Database> m_db;
    const Clock &m_clock;
    QString m_deviceId;
    std::unique_ptr<Outbox> m_outbox;
};

} // namespace stockhand::store
