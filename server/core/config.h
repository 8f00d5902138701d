// Server settings: what the operations and the front end may be tuned with (docs/server.md).
#pragma once

#include "domain/quantity.h"

#include <QString>

namespace stockhand::server {

struct CountThresholds
{
    // An adjustment is approved automatically when every threshold holds; a negative value disables one.
    Milli maxQty = 2000; // |variance| in thousandths of a unit
    double maxPercent = 5.0; // |variance| / book * 100 (a book of 0 counts as 100 %)
    qint64 maxValueCents = 5000; // |variance| * unit value
};

struct CoreConfig
{
    CountThresholds count;
    qint64 maxBodyBytes = 8 * 1024 * 1024; // after decompression
    int maxBatchOps = 1000;
    int defaultPageRows = 5000;
    int maxPageRows = 100000;
    int enrolmentCodeTtlHours = 24;
    int longPollMaxMs = 30000;
    // Fault injection for crash tests: the process SIGKILLs itself inside the push transaction after
    // applying this many operations (0 = off). Set from STOCKHAND_FAULT_KILL_AFTER_OPS by the executable.
    int faultKillAfterOps = 0;
};

} // namespace stockhand::server
