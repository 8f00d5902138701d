// Time-ordered UUIDs (version 7, RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Operation
// ids are made this way so that the server's unique index on them grows at its right edge instead of
// dirtying a random page of it for every operation (the write cost of random v4 ids, measured in
// docs/benchmarks.md). Uniqueness does not depend on the clock: a wrong device clock only costs speed.
#pragma once

#include <QDateTime>
#include <QUuid>

namespace stockhand {

QUuid timeOrderedUuid(const QDateTime &now);

} // namespace stockhand
