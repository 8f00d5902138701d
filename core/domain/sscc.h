// Serial Shipping Container Codes (GS1 General Specifications 2.2.1, AI 00): extension digit + the
// site's GS1 Company Prefix + serial reference + mod-10 check digit, 18 digits. A device allocates them
// from ranges of serial references the server reserved for it (docs/labels.md); a range is never handed
// out twice.
#pragma once

#include "result.h"

#include <QString>

namespace stockhand {

struct SsccRange
{
    qint64 id = 0; // the server's id of the reservation
    int extension = 0; // 0-9
    QString companyPrefix; // 7-12 digits
    qint64 first = 0; // serial references, inclusive
    qint64 last = 0;
    qint64 next = 0; // the next one this device hands out (> last: used up)

    qint64 remaining() const { return next <= last ? last - next + 1 : 0; }
    bool operator==(const SsccRange &) const = default;
};

// Digits of the serial reference for a company prefix: 16 - prefix length.
int ssccSerialDigits(QStringView companyPrefix);
// The largest serial reference a company prefix allows (10^digits - 1).
qint64 ssccMaxSerial(QStringView companyPrefix);
// The 18-digit SSCC; an error for a prefix of other than 7-12 digits, an extension outside 0-9 or a serial
// reference that does not fit.
Result<QString> composeSscc(int extension, QStringView companyPrefix, qint64 serialReference);
// 18 digits with a valid check digit.
bool isValidSscc(QStringView sscc);

} // namespace stockhand
