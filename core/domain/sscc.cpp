#include "domain/sscc.h"

#include "scan/gtin.h"

namespace stockhand {

int ssccSerialDigits(QStringView companyPrefix)
{
    return 16 - int(companyPrefix.size());
}

qint64 ssccMaxSerial(QStringView companyPrefix)
{
    qint64 max = 1;
    for (int i = 0; i < ssccSerialDigits(companyPrefix); ++i)
        max *= 10;
    return max - 1;
}

Result<QString> composeSscc(int extension, QStringView companyPrefix, qint64 serialReference)
{
    if (companyPrefix.size() < 7 || companyPrefix.size() > 12 || !scan::isAllDigits(companyPrefix))
        return makeError("sscc.bad-prefix", QStringLiteral("A GS1 Company Prefix has 7 to 12 digits."));
    if (extension < 0 || extension > 9)
        return makeError("sscc.bad-extension", QStringLiteral("The extension digit is 0 to 9."));
    if (serialReference < 0 || serialReference > ssccMaxSerial(companyPrefix))
        return makeError("sscc.out-of-range",
            QStringLiteral("Serial reference %1 does not fit in %2 digits.")
                .arg(serialReference)
                .arg(ssccSerialDigits(companyPrefix)));
    const QString body = QString::number(extension) + companyPrefix.toString()
        + QStringLiteral("%1").arg(serialReference, ssccSerialDigits(companyPrefix), 10, QLatin1Char('0'));
    return scan::withCheckDigit(body);
}

bool isValidSscc(QStringView sscc)
{
    return sscc.size() == 18 && scan::isAllDigits(sscc) && scan::hasValidCheckDigit(sscc);
}

} // namespace stockhand
