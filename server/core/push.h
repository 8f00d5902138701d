// Push: an ordered batch of operations, each applied exactly once. The whole batch runs in one
// transaction with a savepoint per operation: a rejected operation leaves no trace but its stored
// answer; a storage failure rolls the whole batch back (the device retries it).
#pragma once

#include "clock.h"
#include "config.h"
#include "devices.h"
#include "protocol.h"
#include "storage/storage.h"

namespace stockhand::server {

// Parses and applies a push body ({"operations": [...]}) for the device.
Response handlePush(storage::Storage &storage, const Clock &clock, const CoreConfig &config, const Device &device,
    const QByteArray &body);

} // namespace stockhand::server
