// POST /v1/sscc-ranges (docs/sync-protocol.md): the SSCC serial-reference ranges this device may label
// packages with (docs/labels.md). The device says which ranges it holds and how many numbers it has left;
// the server hands back any range of the device the device does not hold (a lost answer) and reserves a
// new one when the device would still have fewer than [sscc] refill_below left.
#pragma once

#include "clock.h"
#include "config.h"
#include "devices.h"
#include "protocol.h"
#include "storage/storage.h"

namespace stockhand::server {

Response handleSsccRanges(storage::Storage &storage, const Clock &clock, const SsccConfig &config, const Device &device,
    const QByteArray &body);

} // namespace stockhand::server
