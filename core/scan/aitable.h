// GS1 application identifiers: format, content checks ("linters") and association rules of every AI, read
// from GS1's Barcode Syntax Dictionary (core/scan/data/gs1-syntax-dictionary.txt, parsed once at first use
// by gs1dictionary.cpp). docs/scanning.md says which release it is and how to update it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace stockhand::scan {

enum class Charset : quint8 {
    Numeric, // N: digits
    Cset82, // X: GS1 AI encodable character set 82
    Cset39, // Y: GS1 AI encodable character set 39
    Cset64, // Z: base64url (GS1 character set 64), "=" padding at the end
};

// The dictionary's linters, by the name it gives them.
enum class Linter : quint8 {
    Unknown, // a name this build does not know (listed by gs1DictionaryProblems())
    CheckDigit, // csum: GS1 mod-10 check digit
    CheckPair, // csumalpha: GMN check character pair (GS1 General Specifications 7.9.5)
    CompanyPrefix1, // gcppos1: a GS1 Company Prefix starts here (only its first 4 digits are checked)
    CompanyPrefix2, // gcppos2: ... from the second character on
    DateYYMMD0, // yymmd0: a date, day 00 = last day of the month
    DateYYMMDD, // yymmdd: a date with a real day
    DateYYYYMMD0, // yyyymmd0
    DateYYYYMMDD, // yyyymmdd
    TimeHHMI, // hhmi
    Hour, // hh
    Minute, // mi
    Second, // ss
    Currency, // iso4217: ISO 4217 numeric currency code
    Country, // iso3166: ISO 3166-1 numeric country code
    Country999, // iso3166999: ... or 999
    CountryAlpha2, // iso3166alpha2: ISO 3166-1 alpha-2 country code
    YesNo, // yesno: 0 or 1
    PieceOfTotal, // pieceoftotal: piece number and total, 0 < piece <= total
    NonZero, // nonzero: not all zeros
    Zero, // zero: all zeros
    Winding, // winding: 0, 1 or 9
    NoZeroPrefix, // nozeroprefix: no leading zero
    HasNonDigit, // hasnondigit: at least one character that is not a digit
    Hyphen, // hyphen: "-"
    Latitude, // latitude: 0000000000-1800000000
    Longitude, // longitude: 0000000000-3600000000
    PercentEncoding, // pcenc: "%" only as the start of "%XX"
    Iban, // iban: ISO 13616 IBAN with a valid check
    CouponCode, // couponcode: North American coupon code (AI 8110)
    CouponPosOffer, // couponposoffer: positive offer file coupon (AI 8112)
    ImporterIndex, // importeridx: one of -, 0-9, A-Z, _, a-z
    PackageType, // packagetype: UN/ECE Recommendation 21 package type
    MediaType, // mediatype: AIDC media type (AI 7241)
    BiologicalSex, // iso5218: 0, 1, 2 or 9
    PositionInSequence, // posinseqslash: "n/m" with 0 < n <= m
};

struct AiComponent
{
    Charset charset = Charset::Numeric;
    quint8 minLength = 0;
    quint8 maxLength = 0;
    bool optional = false;
    quint8 linterCount = 0;
    std::array<Linter, 4> linters {};
};

// One alternative of a "req=" attribute: every pattern must match an AI of the message.
using AiGroup = QStringList;

struct AiDefinition
{
    QString ai;
    QString title;
    std::array<AiComponent, 6> components {};
    int componentCount = 0;
    int minLength = 0; // of the value (all mandatory components)
    int maxLength = 0;
    int decimals = -1; // implied decimal places (310n: n), -1 when none
    bool predefinedLength = false; // flag "*": fixed length known from the first two digits, no FNC1 after it
    bool dlDataAttribute = false; // flag "?": allowed in the query string of a GS1 Digital Link URI
    bool dlPrimaryKey = false; // attribute "dlpkey"
    QList<QStringList> dlQualifiers; // "dlpkey=22,10,21|235": alternative ordered qualifier sequences
    QList<QList<AiGroup>> requisites; // each "req=" attribute: one of its groups must be present
    QStringList excludes; // "ex=": AIs or patterns ("310n") that must not appear with this one

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
// "310n" matches 3100-3109, "31nn" 3100-3199; anything else matches itself.
bool aiMatches(QStringView pattern, QStringView ai);

// The release of the dictionary in use ("2026-01-27").
QString gs1DictionaryRelease();
// Lines of the dictionary this build could not read and linters it does not know (empty: tests assert it).
QStringList gs1DictionaryProblems();

} // namespace stockhand::scan
