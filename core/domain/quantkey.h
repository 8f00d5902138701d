// Where a quantity of stock sits: the key of a quant, on the device and on the server alike.
#pragma once

#include <QtGlobal>

namespace stockhand {

struct QuantKey
{
    qint64 locationId = 0;
    qint64 productId = 0;
    qint64 lotId = 0; // 0 = no lot
    qint64 packageId = 0; // 0 = loose

    bool operator==(const QuantKey &) const = default;
};

} // namespace stockhand
