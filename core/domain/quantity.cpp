#include "domain/quantity.h"

#include <limits>

namespace stockhand {

std::optional<Milli> parseQuantity(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    qsizetype i = 0;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++i;
    }
    qint64 whole = 0;
    qint64 frac = 0;
    int fracDigits = 0;
    bool seenDigit = false;
    bool inFraction = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.' && !inFraction) {
            inFraction = true;
            continue;
        }
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
        seenDigit = true;
        const int d = c.unicode() - '0';
        if (inFraction) {
            if (++fracDigits > 3)
                return std::nullopt;
            frac = frac * 10 + d;
        } else {
            if (whole > (std::numeric_limits<qint64>::max() / kMilliPerUnit - 9) / 10)
                return std::nullopt;
            whole = whole * 10 + d;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    while (fracDigits++ < 3)
        frac *= 10;
    const Milli value = whole * kMilliPerUnit + frac;
    return negative ? -value : value;
}

QString formatQuantity(Milli q)
{
    const bool negative = q < 0;
    const quint64 abs = negative ? quint64(-(q + 1)) + 1 : quint64(q);
    QString s = QString::number(abs / kMilliPerUnit);
    if (const quint64 frac = abs % kMilliPerUnit) {
        QString f = QString::number(frac).rightJustified(3, u'0');
        while (f.endsWith(u'0'))
            f.chop(1);
        s += u'.' + f;
    }
    return negative ? u'-' + s : s;
}

} // namespace stockhand
