// Validation of GS1 element values against the AI table, and the rules between elements.
#include "scan/aitable.h"
#include "scan/gs1.h"
#include "scan/gtin.h"

using namespace Qt::StringLiterals;

namespace stockhand::scan {

namespace {

Error gs1Error(const char *code, const QString &message)
{
    return makeError(code, message);
}

int twoDigits(QStringView s, qsizetype at)
{
    return (s[at].unicode() - '0') * 10 + (s[at + 1].unicode() - '0');
}

bool isCset82(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z'))
        return true;
    return QStringView(u"!\"%&'()*+,-./:;<=>?_").contains(c);
}

bool isCset39(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || u == u'#' || u == u'-' || u == u'/';
}

QString shown(QChar c)
{
    if (c.unicode() < 0x20 || c.unicode() == 0x7f)
        return u"U+%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0')).toUpper();
    return u"\""_s + c + u'"';
}

Status checkComponentCharset(const AiDefinition &def, const AiComponent &comp, QStringView part, qsizetype offset)
{
    for (qsizetype i = 0; i < part.size(); ++i) {
        const QChar c = part[i];
        const bool ok = comp.charset == Charset::Numeric ? (c >= u'0' && c <= u'9')
            : comp.charset == Charset::Cset39            ? isCset39(c)
                                                         : isCset82(c);
        if (ok)
            continue;
        if (comp.charset == Charset::Numeric)
            return gs1Error("scan.gs1.charset",
                u"AI (%1) must contain only digits: %2 at position %3 is not a digit"_s.arg(def.ai, shown(c))
                    .arg(offset + i + 1));
        return gs1Error("scan.gs1.charset",
            u"AI (%1) contains %2 at position %3, which is not in GS1 character set %4"_s.arg(def.ai, shown(c))
                .arg(offset + i + 1)
                .arg(comp.charset == Charset::Cset39 ? 39 : 82));
    }
    return {};
}

Status checkDate(const AiDefinition &def, QStringView d, bool dayZeroAllowed, const QDate &today, QDate *out)
{
    const int year = gs1FullYear(twoDigits(d, 0), today);
    const int month = twoDigits(d, 2);
    const int day = twoDigits(d, 4);
    if (month < 1 || month > 12)
        return gs1Error(
            "scan.gs1.date", u"Invalid date in AI (%1): month %2 does not exist"_s.arg(def.ai, d.mid(2, 2).toString()));
    const QDate first(year, month, 1);
    if (day == 0 && !dayZeroAllowed)
        return gs1Error("scan.gs1.date", u"Invalid date in AI (%1): day 00 is not allowed here"_s.arg(def.ai));
    if (day > first.daysInMonth())
        return gs1Error("scan.gs1.date",
            u"Invalid date in AI (%1): day %2 does not exist in %3"_s.arg(
                def.ai, d.mid(4, 2).toString(), first.toString(u"yyyy-MM"_s)));
    if (out)
        *out = day == 0 ? QDate(year, month, first.daysInMonth()) : QDate(year, month, day);
    return {};
}

Status checkTime(const AiDefinition &def, QStringView hh, QStringView mm, QStringView ss)
{
    if (!hh.isEmpty() && twoDigits(hh, 0) > 23)
        return gs1Error(
            "scan.gs1.time", u"Invalid time in AI (%1): hour %2 does not exist"_s.arg(def.ai, hh.toString()));
    if (!mm.isEmpty() && twoDigits(mm, 0) > 59)
        return gs1Error(
            "scan.gs1.time", u"Invalid time in AI (%1): minute %2 does not exist"_s.arg(def.ai, mm.toString()));
    if (!ss.isEmpty() && twoDigits(ss, 0) > 59)
        return gs1Error(
            "scan.gs1.time", u"Invalid time in AI (%1): second %2 does not exist"_s.arg(def.ai, ss.toString()));
    return {};
}

Status lint(const AiDefinition &def, const AiComponent &comp, QStringView part, const Gs1Options &o, QDate *date)
{
    switch (comp.linter) {
    case Linter::None:
    case Linter::Currency:
    case Linter::Country:
        return {};
    case Linter::YesNo:
        if (part != u"0" && part != u"1")
            return gs1Error("scan.gs1.yesno", u"AI (%1) must be 0 or 1, found %2"_s.arg(def.ai, part.toString()));
        return {};
    case Linter::CheckDigit:
        if (!hasValidCheckDigit(part)) {
            const int expected = gs1CheckDigit(part.first(part.size() - 1));
            return gs1Error("scan.gs1.check-digit",
                u"Bad check digit in AI (%1): %2 ends in %3, expected %4"_s.arg(
                    def.ai, part.toString(), part.last(1).toString(), QString::number(expected)));
        }
        return {};
    case Linter::DateYYMMD0:
        return checkDate(def, part, true, o.today, date);
    case Linter::DateYYMMDD:
        return checkDate(def, part, false, o.today, date);
    case Linter::DateYYMMDDHH: {
        SH_TRY(checkDate(def, part.first(6), false, o.today, date));
        return checkTime(def, part.mid(6, 2), {}, {});
    }
    case Linter::TimeHHMI:
        return checkTime(def, part.first(2), part.mid(2, 2), {});
    case Linter::TimeMMOptSS:
        if (part.size() != 2 && part.size() != 4)
            return gs1Error("scan.gs1.time",
                u"Invalid time in AI (%1): minutes and seconds take 2 or 4 digits, found %2"_s.arg(def.ai).arg(
                    part.size()));
        return checkTime(def, {}, part.first(2), part.mid(2));
    }
    return {};
}

QString impliedDecimal(QStringView digits, int decimals)
{
    QString intPart = digits.first(digits.size() - decimals).toString();
    QString frac = digits.last(decimals).toString();
    while (intPart.size() > 1 && intPart.front() == u'0')
        intPart.remove(0, 1);
    if (intPart.isEmpty())
        intPart = u"0"_s;
    while (!frac.isEmpty() && frac.back() == u'0')
        frac.chop(1);
    return frac.isEmpty() ? intPart : intPart + u'.' + frac;
}

} // namespace

int gs1FullYear(int yy, const QDate &today)
{
    const int current = today.year();
    const int century = current - current % 100;
    const int diff = yy - current % 100;
    if (diff >= 51)
        return century - 100 + yy;
    if (diff <= -50)
        return century + 100 + yy;
    return century + yy;
}

Status validateGs1Element(Gs1Element &e, const Gs1Options &o)
{
    const AiDefinition *def = findAi(e.ai);
    if (!def)
        return gs1Error("scan.gs1.unknown-ai", u"Unknown application identifier (%1)"_s.arg(e.ai));
    e.title = def->title;
    const qsizetype len = e.value.size();
    if (len == 0)
        return gs1Error("scan.gs1.empty", u"AI (%1) has no value"_s.arg(def->ai));
    if (len < def->minLength)
        return gs1Error("scan.gs1.too-short",
            (def->isFixedLength() ? u"AI (%1) is cut short: %2 characters expected, %3 found"_s
                                  : u"AI (%1) is cut short: at least %2 characters expected, %3 found"_s)
                .arg(def->ai)
                .arg(def->minLength)
                .arg(len));
    if (len > def->maxLength)
        return gs1Error("scan.gs1.too-long",
            (def->isFixedLength() ? u"AI (%1) is too long: %2 characters expected, %3 found"_s
                                  : u"AI (%1) is too long: at most %2 characters, %3 found"_s)
                .arg(def->ai)
                .arg(def->maxLength)
                .arg(len));
    qsizetype pos = 0;
    QStringView lastPart;
    for (int i = 0; i < def->componentCount; ++i) {
        const AiComponent &c = def->components[size_t(i)];
        const qsizetype remaining = len - pos;
        if (c.optional && remaining == 0)
            break;
        qsizetype laterMin = 0;
        for (int j = i + 1; j < def->componentCount; ++j) {
            if (!def->components[size_t(j)].optional)
                laterMin += def->components[size_t(j)].minLength;
        }
        const qsizetype take
            = c.minLength == c.maxLength ? c.maxLength : qMin<qsizetype>(remaining - laterMin, c.maxLength);
        if (take > remaining || take < c.minLength)
            return gs1Error("scan.gs1.too-short",
                u"AI (%1) is cut short: its part %2 needs %3 characters, %4 found"_s.arg(def->ai)
                    .arg(i + 1)
                    .arg(c.minLength)
                    .arg(qMax<qsizetype>(remaining - laterMin, 0)));
        const QStringView part = QStringView(e.value).mid(pos, take);
        SH_TRY(checkComponentCharset(*def, c, part, pos));
        SH_TRY(lint(*def, c, part, o, i == 0 ? &e.date : nullptr));
        if (i == 0 && c.linter == Linter::Currency)
            e.currency = part.toString();
        lastPart = part;
        pos += take;
    }
    if (pos != len)
        return gs1Error("scan.gs1.too-long",
            u"AI (%1) is too long: at most %2 characters, %3 found"_s.arg(def->ai).arg(pos).arg(len));
    if (def->decimals >= 0 && lastPart.size() > def->decimals)
        e.decimal = impliedDecimal(lastPart, def->decimals);
    else if (def->ai == u"30" || def->ai == u"37")
        e.decimal = impliedDecimal(e.value, 0);
    return {};
}

Status validateGs1Message(const Gs1Message &m)
{
    const auto &els = m.elements;
    for (qsizetype i = 0; i < els.size(); ++i) {
        for (qsizetype j = i + 1; j < els.size(); ++j) {
            const QString &a = els[i].ai, &b = els[j].ai;
            if (a == b && els[i].value != els[j].value)
                return gs1Error("scan.gs1.duplicate",
                    u"AI (%1) appears twice with different values: \"%2\" and \"%3\""_s.arg(
                        a, els[i].value, els[j].value));
            const bool sameMeasure = a != b && a.size() == 4 && b.size() == 4 && a.startsWith(u'3')
                && a.first(3) == b.first(3) && a.at(1) >= u'1' && a.at(1) <= u'6';
            if (sameMeasure || ((a == u"01" && b == u"02") || (a == u"02" && b == u"01")))
                return gs1Error("scan.gs1.exclusive", u"AIs (%1) and (%2) cannot appear together"_s.arg(a, b));
        }
    }
    if (m.find(u"02") && !m.find(u"37"))
        return gs1Error("scan.gs1.requires", u"AI (02) requires AI (37)"_s);
    if (m.find(u"37") && !m.find(u"02") && !m.find(u"8026"))
        return gs1Error("scan.gs1.requires", u"AI (37) requires AI (02)"_s);
    return {};
}

} // namespace stockhand::scan
