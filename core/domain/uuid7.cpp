#include "domain/uuid7.h"

#include <QRandomGenerator>

#include <array>

namespace stockhand {

QUuid timeOrderedUuid(const QDateTime &now)
{
    const quint64 ms = quint64(qMax<qint64>(now.toMSecsSinceEpoch(), 0)) & 0xFFFFFFFFFFFFull;
    std::array<quint32, 3> random {};
    QRandomGenerator::system()->generate(random.begin(), random.end());
    std::array<char, 16> b {};
    for (int i = 0; i < 6; ++i)
        b[size_t(i)] = char(quint8(ms >> (8 * (5 - i))));
    for (int i = 0; i < 10; ++i)
        b[size_t(6 + i)] = char(quint8(random[size_t(i / 4)] >> (8 * (i % 4))));
    b[6] = char(0x70 | (quint8(b[6]) & 0x0F)); // version 7
    b[8] = char(0x80 | (quint8(b[8]) & 0x3F)); // variant 10
    return QUuid::fromRfc4122(QByteArrayView(b.data(), qsizetype(b.size())));
}

} // namespace stockhand
