#include "scan/gtin.h"

namespace stockhand::scan {

bool isAllDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

int gs1CheckDigit(QStringView digits)
{
    // Weights 3,1,3,1... from the rightmost data digit.
    int sum = 0;
    bool three = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const int d = digits[i].unicode() - '0';
        sum += three ? 3 * d : d;
        three = !three;
    }
    return (10 - sum % 10) % 10;
}

bool hasValidCheckDigit(QStringView digits)
{
    if (digits.size() < 2 || !isAllDigits(digits))
        return false;
    return gs1CheckDigit(digits.first(digits.size() - 1)) == digits.back().unicode() - '0';
}

std::optional<QString> normalizeGtin(QStringView digits)
{
    const auto n = digits.size();
    if ((n != 8 && n != 12 && n != 13 && n != 14) || !isAllDigits(digits))
        return std::nullopt;
    return digits.toString().rightJustified(14, u'0');
}

std::optional<QString> expandUpcE(QStringView d)
{
    if (d.size() != 8 || !isAllDigits(d) || (d[0] != u'0' && d[0] != u'1'))
        return std::nullopt;
    const QStringView ns = d.first(1), x = d.mid(1, 6), check = d.last(1);
    QString body;
    switch (x[5].unicode()) {
    case '0':
    case '1':
    case '2':
        body = ns + x.first(2) + x[5] + u"0000" + x.mid(2, 3);
        break;
    case '3':
        body = ns + x.first(3) + u"00000" + x.mid(3, 2);
        break;
    case '4':
        body = ns + x.first(4) + u"00000" + x[4];
        break;
    default:
        body = ns + x.first(5) + u"0000" + x[5];
        break;
    }
    const QString upcA = body + check;
    if (!hasValidCheckDigit(upcA))
        return std::nullopt;
    return upcA;
}

QString withCheckDigit(QStringView digits)
{
    return digits.toString() + QChar(u'0' + gs1CheckDigit(digits));
}

} // namespace stockhand::scan
