// The content checks ("linters") the GS1 Barcode Syntax Dictionary names for AI components, written for
// Stockhand from their definitions in the GS1 General Specifications and the dictionary's documentation.
// Internal to core/scan: errors name the AI and say what is wrong in words a worker can act on.
#pragma once

#include "result.h"
#include "scan/aitable.h"
#include "scan/gs1.h"

namespace stockhand::scan {

struct LintInput
{
    const AiDefinition &def;
    int component = 0; // index into def.components
    QStringView part; // the component's characters
    const Gs1Options &options;
};

// Checks one linter on one component; fills `date` (may be null) for date linters.
Status lint(Linter linter, const LintInput &in, QDate *date);
// Character set of a component; `offset` is where the component starts in the value.
Status checkCharset(const AiDefinition &def, Charset charset, QStringView part, qsizetype offset);

// Coupon linters (gs1coupon.cpp).
Status lintCouponCode(const AiDefinition &def, QStringView data, const Gs1Options &options);
Status lintCouponPosOffer(const AiDefinition &def, QStringView data);

// The two check characters of a GMN whose other characters are `body` (GS1 General Specifications 7.9.5):
// "2K" for "1987654Ad4X4bL5ttr2310c". Empty when `body` holds a character outside set 82 or is too long.
QString gmnCheckPair(QStringView body);

// Two-digit dates: shared by the date linters and the coupon's dates.
Status checkYYMMDD(const AiDefinition &def, QStringView d, bool dayZeroAllowed, const QDate &today, QDate *out);

} // namespace stockhand::scan
