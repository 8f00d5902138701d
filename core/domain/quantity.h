// Quantities are fixed-point: thousandths of the product's unit of measure, so that sums are exact.
#pragma once

#include <QString>

#include <optional>

namespace stockhand {

using Milli = qint64; // 1 unit == 1000

constexpr Milli kMilliPerUnit = 1000;
constexpr Milli units(qint64 n)
{
    return n * kMilliPerUnit;
}

// "12", "12.5", "-0.125" -> milli; nullopt for anything else (more than 3 decimals, junk, overflow).
std::optional<Milli> parseQuantity(QStringView text);
// 12000 -> "12", 12500 -> "12.5"
QString formatQuantity(Milli q);

} // namespace stockhand
