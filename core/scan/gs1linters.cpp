#include "scan/gs1linters.h"
#include "scan/gs1codelists.h"
#include "scan/gtin.h"

using namespace Qt::StringLiterals;

namespace stockhand::scan {

namespace {

// GS1 character set 82 in the order that gives each character its value for the GMN check pair.
constexpr QStringView kCset82 = u"!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
// The 32 characters of a GMN check pair, by value.
constexpr QStringView kCset32 = u"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

int twoDigits(QStringView s, qsizetype at)
{
    return (s[at].unicode() - '0') * 10 + (s[at + 1].unicode() - '0');
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool allZeros(QStringView s)
{
    for (QChar c : s) {
        if (c != u'0')
            return false;
    }
    return true;
}

QString shown(QChar c)
{
    if (c.unicode() < 0x20 || c.unicode() == 0x7f)
        return u"U+%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0')).toUpper();
    return u"\""_s + c + u'"';
}

// "AI (8001)" or "AI (8001) part 2" when the AI has several components.
QString where(const LintInput &in)
{
    if (in.def.componentCount == 1)
        return u"AI (%1)"_s.arg(in.def.ai);
    return u"AI (%1) part %2"_s.arg(in.def.ai).arg(in.component + 1);
}

Status checkTime(const AiDefinition &def, QStringView hh, QStringView mm, QStringView ss)
{
    if (!hh.isEmpty() && twoDigits(hh, 0) > 23)
        return makeError(
            "scan.gs1.time", u"Invalid time in AI (%1): hour %2 does not exist"_s.arg(def.ai, hh.toString()));
    if (!mm.isEmpty() && twoDigits(mm, 0) > 59)
        return makeError(
            "scan.gs1.time", u"Invalid time in AI (%1): minute %2 does not exist"_s.arg(def.ai, mm.toString()));
    if (!ss.isEmpty() && twoDigits(ss, 0) > 59)
        return makeError(
            "scan.gs1.time", u"Invalid time in AI (%1): second %2 does not exist"_s.arg(def.ai, ss.toString()));
    return {};
}

Status checkDate(const AiDefinition &def, int year, QStringView mmdd, bool dayZeroAllowed, QDate *out)
{
    const int month = twoDigits(mmdd, 0);
    const int day = twoDigits(mmdd, 2);
    if (year == 0)
        return makeError("scan.gs1.date", u"Invalid date in AI (%1): year 0000 does not exist"_s.arg(def.ai));
    if (month < 1 || month > 12)
        return makeError("scan.gs1.date",
            u"Invalid date in AI (%1): month %2 does not exist"_s.arg(def.ai, mmdd.first(2).toString()));
    const QDate first(year, month, 1);
    if (day == 0 && !dayZeroAllowed)
        return makeError("scan.gs1.date", u"Invalid date in AI (%1): day 00 is not allowed here"_s.arg(def.ai));
    if (day > first.daysInMonth())
        return makeError("scan.gs1.date",
            u"Invalid date in AI (%1): day %2 does not exist in %3"_s.arg(
                def.ai, mmdd.mid(2, 2).toString(), first.toString(u"yyyy-MM"_s)));
    if (out)
        *out = day == 0 ? QDate(year, month, first.daysInMonth()) : QDate(year, month, day);
    return {};
}

bool isCset82(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z'))
        return true;
    return (u >= u':' && u <= u'?') || u == u'_' || kCset82.first(13).contains(c); // 13: "!" to "/"
}

bool isCset39(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || u == u'#' || u == u'-' || u == u'/';
}

bool isCset64(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || u == u'-' || u == u'_';
}

Status checkIban(const LintInput &in)
{
    const QStringView iban = in.part;
    const QString ai = in.def.ai;
    if (iban.size() < 2 || !inCodeList(CodeList::Iso3166Alpha2, iban.first(2)))
        return makeError("scan.gs1.iban",
            u"AI (%1): the IBAN must start with a two-letter ISO 3166 country code, found \"%2\""_s.arg(
                ai, iban.first(qMin<qsizetype>(2, iban.size())).toString()));
    if (iban.size() <= 10)
        return makeError("scan.gs1.iban", u"AI (%1): the IBAN %2 is too short"_s.arg(ai, iban.toString()));
    int remainder = 0;
    for (qsizetype i = 0; i < iban.size(); ++i) {
        const QChar c = iban[(i + 4) % iban.size()]; // the first four characters go to the end
        int value = -1;
        if (c >= u'0' && c <= u'9')
            value = c.unicode() - '0';
        else if (c >= u'A' && c <= u'Z')
            value = c.unicode() - 'A' + 10;
        if (value < 0)
            return makeError("scan.gs1.iban",
                u"AI (%1): %2 is not allowed in an IBAN (digits and capital letters only)"_s.arg(ai, shown(c)));
        remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
    }
    if (remainder != 1)
        return makeError("scan.gs1.iban", u"AI (%1): the IBAN %2 has wrong check digits"_s.arg(ai, iban.toString()));
    return {};
}

Status checkPieceOfTotal(const LintInput &in)
{
    const QStringView piece = in.part.first(in.part.size() / 2), total = in.part.mid(in.part.size() / 2);
    if (allZeros(piece))
        return makeError("scan.gs1.piece",
            u"AI (%1): the piece number must be at least 1, found %2"_s.arg(in.def.ai, piece.toString()));
    if (allZeros(total))
        return makeError("scan.gs1.piece",
            u"AI (%1): the total number of pieces must be at least 1, found %2"_s.arg(in.def.ai, total.toString()));
    if (piece.compare(total) > 0)
        return makeError("scan.gs1.piece",
            u"AI (%1): piece %2 of %3: the piece number is greater than the total"_s.arg(
                in.def.ai, piece.toString(), total.toString()));
    return {};
}

Status checkPositionInSequence(const LintInput &in)
{
    const QStringView s = in.part;
    const qsizetype slash = s.indexOf(u'/');
    const QStringView pos = slash < 0 ? s : s.first(slash), end = slash < 0 ? QStringView() : s.mid(slash + 1);
    const auto bad = [&] {
        return makeError("scan.gs1.value",
            u"AI (%1) must be a position and a count such as 1/2, found \"%2\""_s.arg(in.def.ai, s.toString()));
    };
    if (pos.isEmpty() || end.isEmpty() || !allDigits(pos) || !allDigits(end) || pos.front() == u'0'
        || end.front() == u'0')
        return bad();
    if (pos.size() > end.size() || (pos.size() == end.size() && pos.compare(end) > 0))
        return makeError("scan.gs1.value",
            u"AI (%1): position %2 is greater than the count %3"_s.arg(in.def.ai, pos.toString(), end.toString()));
    return {};
}

Status checkCoordinate(const LintInput &in, bool latitude)
{
    const qulonglong value = in.part.toULongLong();
    const qulonglong max = latitude ? 1800000000ULL : 3600000000ULL;
    if (value <= max)
        return {};
    return makeError("scan.gs1.coordinate",
        u"AI (%1): %2 %3 is out of range (0000000000 to %4)"_s.arg(in.def.ai, latitude ? u"latitude"_s : u"longitude"_s,
            in.part.toString(), QString::number(max).rightJustified(10, u'0')));
}

Status checkPercentEncoding(const LintInput &in)
{
    const QStringView s = in.part;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != u'%')
            continue;
        const auto hex
            = [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f'); };
        if (i + 2 >= s.size() || !hex(s[i + 1]) || !hex(s[i + 2]))
            return makeError("scan.gs1.percent-encoding",
                u"AI (%1): \"%\" at position %2 must be followed by two hexadecimal digits (percent-encoding)"_s
                    .arg(in.def.ai)
                    .arg(i + 1));
        i += 2;
    }
    return {};
}

Status checkCompanyPrefix(const LintInput &in, qsizetype start)
{
    // Only the shortest GS1 Company Prefix (4 digits) is checked: its real length needs GS1's prefix list.
    const QStringView s = in.part.mid(start);
    if (s.size() >= 4 && allDigits(s.first(4)))
        return {};
    return makeError("scan.gs1.company-prefix",
        (start == 0
                ? u"AI (%1) must start with a GS1 Company Prefix (at least 4 digits), found \"%2\""_s
                : u"AI (%1) must hold a GS1 Company Prefix (at least 4 digits) after its first digit, found \"%2\""_s)
            .arg(in.def.ai, in.part.toString()));
}

} // namespace

QString gmnCheckPair(QStringView body)
{
    static constexpr int kPrimes[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73,
        79, 83, 89, 97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191, 193,
        197, 199, 211, 223, 227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281, 283, 293, 307, 311, 313, 317,
        331, 337, 347, 349, 353, 359, 367, 373, 379, 383, 389, 397, 401, 409, 419, 421, 431, 433, 439, 443, 449, 457,
        461, 463, 467, 479, 487, 491, 499, 503, 509};
    if (body.size() > qsizetype(std::size(kPrimes)))
        return {};
    int sum = 0;
    // Each character's value (its position in set 82) is weighted by the primes 2, 3, 5, ... from the right.
    for (qsizetype i = 0; i < body.size(); ++i) {
        const qsizetype value = kCset82.indexOf(body[body.size() - 1 - i]);
        if (value < 0)
            return {};
        sum = (sum + int(value) * kPrimes[i]) % 1021;
    }
    return QString(kCset32[sum >> 5]) + kCset32[sum & 31];
}

Status checkYYMMDD(const AiDefinition &def, QStringView d, bool dayZeroAllowed, const QDate &today, QDate *out)
{
    return checkDate(def, gs1FullYear(twoDigits(d, 0), today), d.mid(2, 4), dayZeroAllowed, out);
}

Status checkCharset(const AiDefinition &def, Charset charset, QStringView part, qsizetype offset)
{
    qsizetype end = part.size();
    if (charset == Charset::Cset64) {
        qsizetype pads = 0;
        while (pads < end && part[end - 1 - pads] == u'=')
            ++pads;
        if (pads > 2 || (pads > 0 && part.size() % 3 != 0))
            return makeError(
                "scan.gs1.charset", u"AI (%1) ends in a wrong base64 padding: %2 \"=\""_s.arg(def.ai).arg(pads));
        end -= pads;
    }
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = part[i];
        const bool ok = charset == Charset::Numeric ? (c >= u'0' && c <= u'9')
            : charset == Charset::Cset39            ? isCset39(c)
            : charset == Charset::Cset64            ? isCset64(c)
                                                    : isCset82(c);
        if (ok)
            continue;
        if (charset == Charset::Numeric)
            return makeError("scan.gs1.charset",
                u"AI (%1) must contain only digits: %2 at position %3 is not a digit"_s.arg(def.ai, shown(c))
                    .arg(offset + i + 1));
        return makeError("scan.gs1.charset",
            u"AI (%1) contains %2 at position %3, which is not in GS1 character set %4"_s.arg(def.ai, shown(c))
                .arg(offset + i + 1)
                .arg(charset == Charset::Cset39      ? 39
                        : charset == Charset::Cset64 ? 64
                                                     : 82));
    }
    return {};
}

Status lint(Linter linter, const LintInput &in, QDate *date)
{
    const QStringView p = in.part;
    const QString &ai = in.def.ai;
    switch (linter) {
    case Linter::Unknown:
        return {};
    case Linter::CheckDigit:
        if (!hasValidCheckDigit(p)) {
            const int expected = gs1CheckDigit(p.first(p.size() - 1));
            return makeError("scan.gs1.check-digit",
                u"Bad check digit in AI (%1): %2 ends in %3, expected %4"_s.arg(
                    ai, p.toString(), p.last(1).toString(), QString::number(expected)));
        }
        return {};
    case Linter::CheckPair: {
        if (p.size() < 2)
            return makeError("scan.gs1.check-pair", u"AI (%1) is too short for its two check characters"_s.arg(ai));
        const QString expected = gmnCheckPair(p.first(p.size() - 2));
        if (expected == p.last(2))
            return {};
        return makeError("scan.gs1.check-pair",
            u"Bad check characters in AI (%1): %2 ends in %3, expected %4"_s.arg(
                ai, p.toString(), p.last(2).toString(), expected));
    }
    case Linter::CompanyPrefix1:
        return checkCompanyPrefix(in, 0);
    case Linter::CompanyPrefix2:
        return checkCompanyPrefix(in, 1);
    case Linter::DateYYMMD0:
        return checkYYMMDD(in.def, p, true, in.options.today, date);
    case Linter::DateYYMMDD:
        return checkYYMMDD(in.def, p, false, in.options.today, date);
    case Linter::DateYYYYMMD0:
    case Linter::DateYYYYMMDD:
        return checkDate(in.def, p.first(4).toInt(), p.mid(4, 4), linter == Linter::DateYYYYMMD0, date);
    case Linter::TimeHHMI:
        return checkTime(in.def, p.first(2), p.mid(2, 2), {});
    case Linter::Hour:
        return checkTime(in.def, p, {}, {});
    case Linter::Minute:
        return checkTime(in.def, {}, p, {});
    case Linter::Second:
        return checkTime(in.def, {}, {}, p);
    case Linter::Currency:
        if (inCodeList(CodeList::Iso4217, p))
            return {};
        return makeError(
            "scan.gs1.currency", u"%1: %2 is not an ISO 4217 currency code"_s.arg(where(in), p.toString()));
    case Linter::Country:
    case Linter::Country999:
        if (inCodeList(CodeList::Iso3166, p) || (linter == Linter::Country999 && p == u"999"))
            return {};
        return makeError("scan.gs1.country",
            u"%1: %2 is not an ISO 3166 country code%3"_s.arg(
                where(in), p.toString(), linter == Linter::Country999 ? u" or 999"_s : QString()));
    case Linter::CountryAlpha2:
        if (inCodeList(CodeList::Iso3166Alpha2, p))
            return {};
        return makeError("scan.gs1.country",
            u"%1: \"%2\" is not an ISO 3166 two-letter country code"_s.arg(where(in), p.toString()));
    case Linter::YesNo:
        if (p != u"0" && p != u"1")
            return makeError("scan.gs1.yesno", u"AI (%1) must be 0 or 1, found %2"_s.arg(ai, p.toString()));
        return {};
    case Linter::PieceOfTotal:
        return checkPieceOfTotal(in);
    case Linter::NonZero:
        if (!allZeros(p))
            return {};
        return makeError("scan.gs1.zero", u"%1 must not be zero, found %2"_s.arg(where(in), p.toString()));
    case Linter::Zero:
        if (allZeros(p))
            return {};
        return makeError("scan.gs1.value", u"%1 must be 0, found %2"_s.arg(where(in), p.toString()));
    case Linter::Winding:
        if (p == u"0" || p == u"1" || p == u"9")
            return {};
        return makeError(
            "scan.gs1.value", u"AI (%1): the winding direction must be 0, 1 or 9, found %2"_s.arg(ai, p.toString()));
    case Linter::NoZeroPrefix:
        if (!p.startsWith(u'0'))
            return {};
        return makeError("scan.gs1.leading-zero", u"AI (%1) must not start with 0, found %2"_s.arg(ai, p.toString()));
    case Linter::HasNonDigit:
        if (!allDigits(p))
            return {};
        return makeError("scan.gs1.value",
            u"AI (%1) must contain at least one character that is not a digit, found %2"_s.arg(ai, p.toString()));
    case Linter::Hyphen:
        if (!p.isEmpty() && p.count(u'-') == p.size())
            return {};
        return makeError("scan.gs1.value", u"%1 must be \"-\", found \"%2\""_s.arg(where(in), p.toString()));
    case Linter::Latitude:
        return checkCoordinate(in, true);
    case Linter::Longitude:
        return checkCoordinate(in, false);
    case Linter::PercentEncoding:
        return checkPercentEncoding(in);
    case Linter::Iban:
        return checkIban(in);
    case Linter::CouponCode:
        return lintCouponCode(in.def, p, in.options);
    case Linter::CouponPosOffer:
        return lintCouponPosOffer(in.def, p);
    case Linter::ImporterIndex:
        if (p.size() == 1 && (isCset64(p[0])))
            return {};
        return makeError("scan.gs1.value",
            u"AI (%1): the importer index must be one of -, 0-9, A-Z, _, a-z, found \"%2\""_s.arg(ai, p.toString()));
    case Linter::PackageType:
        if (inCodeList(CodeList::PackageType, p))
            return {};
        return makeError("scan.gs1.value",
            u"AI (%1): \"%2\" is not a package type code of UN/ECE Recommendation 21"_s.arg(ai, p.toString()));
    case Linter::MediaType:
        if (inCodeList(CodeList::MediaType, p))
            return {};
        return makeError(
            "scan.gs1.value", u"AI (%1): %2 is not an AIDC media type (01-10 or 80-99)"_s.arg(ai, p.toString()));
    case Linter::BiologicalSex:
        if (p == u"0" || p == u"1" || p == u"2" || p == u"9")
            return {};
        return makeError(
            "scan.gs1.value", u"AI (%1): the ISO 5218 sex code must be 0, 1, 2 or 9, found %2"_s.arg(ai, p.toString()));
    case Linter::PositionInSequence:
        return checkPositionInSequence(in);
    }
    return {};
}

} // namespace stockhand::scan
