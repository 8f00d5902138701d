// What an operation is predicted to change on the device's replica before the server has seen it.
// The device shows last server state + these effects; the server's answer (and the next pull) replaces
// them with what the server really booked (docs/architecture.md, "The life of an operation").
#pragma once

#include "domain/quantity.h"
#include "domain/quantkey.h"

#include <QList>

namespace stockhand::ops {

struct Effect
{
    enum class Target { Quant, TransferLine, CountLine };

    Target target = Target::Quant;
    QuantKey quant; // Target::Quant
    qint64 lineId = 0; // Target::TransferLine, Target::CountLine
    Milli delta = 0;

    static Effect onQuant(const QuantKey &key, Milli delta) { return {Target::Quant, key, 0, delta}; }
    static Effect onTransferLine(qint64 lineId, Milli delta) { return {Target::TransferLine, {}, lineId, delta}; }
    static Effect onCountLine(qint64 lineId, Milli delta) { return {Target::CountLine, {}, lineId, delta}; }
    bool operator==(const Effect &) const = default;
};

using Effects = QList<Effect>;

// The name of a target as the device store keeps it ("quant", "transfer_line", "count_line").
const char *targetName(Effect::Target target);

} // namespace stockhand::ops
