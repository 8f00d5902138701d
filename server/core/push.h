// Push: an ordered batch of operations, each applied exactly once. The whole batch runs in one
// transaction with a savepoint per operation: a rejected operation leaves no trace but its stored
// answer; a storage failure rolls the whole batch back (the device retries it).
#pragma once

#include "clock.h"
#include "config.h"
#include "devices.h"
#include "protocol.h"
#include "storage/storage.h"

#include <memory>
#include <optional>

namespace stockhand::server {

// Group commit: the pushes that wait at one moment share one write transaction and one commit — one fsync
// for all of them, where each push alone would pay its own. Each push runs in a savepoint of its own
// (storage::Batch::beginMember): a refusal or a failure of one takes back only its writes. Its answer is
// final only once commit() succeeded; when commit() fails, every push of the group gets that failure
// instead (503: nothing was committed, the devices retry). Single-threaded, like the write path.
class PushGroup
{
public:
    explicit PushGroup(storage::Storage &storage);
    ~PushGroup(); // without commit(): everything is rolled back
    PushGroup(const PushGroup &) = delete;
    PushGroup &operator=(const PushGroup &) = delete;

    // Parses and applies a push body ({"operations": [...]}) for the device; the answer to give after commit().
    Response push(const Clock &clock, const CoreConfig &config, const Device &device, const QByteArray &body);
    Status commit();
    int size() const { return m_pushes; }

private:
    storage::Storage &m_storage;
    std::unique_ptr<storage::Batch> m_batch;
    std::optional<Error> m_broken; // the transaction cannot be trusted any more: nothing is committed
    int m_pushes = 0;
};

// One push alone: a group of one.
Response handlePush(storage::Storage &storage, const Clock &clock, const CoreConfig &config, const Device &device,
    const QByteArray &body);

} // namespace stockhand::server
