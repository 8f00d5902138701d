// GS1 application identifiers: lengths, character sets and checks of every AI we accept.
// The table follows the GS1 General Specifications (section 3) and the GS1 Barcode Syntax Dictionary;
// see docs/scanning.md for how to extend it.
#pragma once

#include <QList>
#include <QString>

#include <array>

namespace stockhand::scan {

enum class Charset : quint8 {
    Numeric, // N: digits
    Cset82, // X: GS1 AI encodable character set 82
    Cset39, // Y: GS1 AI encodable character set 39
};

enum class Linter : quint8 {
    None,
    CheckDigit, // csum: GS1 mod-10 check digit
    DateYYMMD0, // yymmd0: a date, day 00 = last day of the month
    DateYYMMDD, // yymmdd: a date with a real day
    DateYYMMDDHH,
    TimeHHMI, // hhmi
    TimeMMOptSS, // mmoptss: minutes, optionally seconds
    Currency, // iso4217: three-digit currency code
    Country, // iso3166: three-digit country code
    YesNo, // yesno: 0 or 1
};

struct AiComponent
{
    Charset charset = Charset::Numeric;
    quint8 minLength = 0;
    quint8 maxLength = 0;
    bool optional = false;
    Linter linter = Linter::None;
};

struct AiDefinition
{
    QString ai;
    QString title;
    std::array<AiComponent, 4> components {};
    int componentCount = 0;
    int minLength = 0; // of the value (all mandatory components)
    int maxLength = 0;
    int decimals = -1; // implied decimal places (310n: n), -1 when none
    bool predefinedLength = false; // fixed length known from the first two digits: no FNC1 needed after it

    bool isFixedLength() const { return minLength == maxLength; }
    bool isDate() const;
};

// The definition of exactly this AI, or nullptr.
const AiDefinition *findAi(QStringView ai);
// How many digits the AI at the start of `data` has (2, 3 or 4), from its first two digits; 0 when no AI
// starts with those two digits.
int aiLength(QStringView data);
// Every definition, in AI order (for documentation and tests).
const QList<AiDefinition> &allAis();

} // namespace stockhand::scan
