// Validation of GS1 element values against the AI table (format and linters of each component), and the
// rules between the elements of one message: repeated AIs, invalid pairs ("ex=", GS1 General
// Specifications 4.13) and mandatory associations ("req=", 4.14).
#include "scan/aitable.h"
#include "scan/gs1.h"
#include "scan/gs1linters.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stockhand::scan {

namespace {

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

bool present(const Gs1Message &m, QStringView pattern)
{
    for (const Gs1Element &e : m.elements) {
        if (aiMatches(pattern, e.ai))
            return true;
    }
    return false;
}

// "(01)", "(01) with (21)", "(31nn)"
QString describeGroup(const AiGroup &group)
{
    QStringList parts;
    for (const QString &ai : group)
        parts << u'(' + ai + u')';
    return parts.join(u" with "_s);
}

// "AI (01)", "AI (01) or (02)", "AI (01), (02) or (8006)"
QString describeAlternatives(const QList<AiGroup> &alternatives)
{
    QStringList parts;
    for (const AiGroup &g : alternatives)
        parts << describeGroup(g);
    const QString last = parts.takeLast();
    return u"AI "_s + (parts.isEmpty() ? last : parts.join(u", "_s) + u" or "_s + last);
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
        return makeError("scan.gs1.unknown-ai", u"Unknown application identifier (%1)"_s.arg(e.ai));
    e.title = def->title;
    const qsizetype len = e.value.size();
    if (len == 0)
        return makeError("scan.gs1.empty", u"AI (%1) has no value"_s.arg(def->ai));
    if (len < def->minLength)
        return makeError("scan.gs1.too-short",
            (def->isFixedLength() ? u"AI (%1) is cut short: %2 characters expected, %3 found"_s
                                  : u"AI (%1) is cut short: at least %2 characters expected, %3 found"_s)
                .arg(def->ai)
                .arg(def->minLength)
                .arg(len));
    if (len > def->maxLength)
        return makeError("scan.gs1.too-long",
            (def->isFixedLength() ? u"AI (%1) is too long: %2 characters expected, %3 found"_s
                                  : u"AI (%1) is too long: at most %2 characters, %3 found"_s)
                .arg(def->ai)
                .arg(def->maxLength)
                .arg(len));
    // Components consume prefixes of their length; only the last may vary; optional ones may be left out
    // once the data is used up.
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
            return makeError("scan.gs1.too-short",
                u"AI (%1) is cut short: its part %2 needs %3 characters, %4 found"_s.arg(def->ai)
                    .arg(i + 1)
                    .arg(c.minLength)
                    .arg(qMax<qsizetype>(remaining - laterMin, 0)));
        const QStringView part = QStringView(e.value).mid(pos, take);
        SH_TRY(checkCharset(*def, c.charset, part, pos));
        const LintInput in {*def, i, part, o};
        for (quint8 l = 0; l < c.linterCount; ++l)
            SH_TRY(lint(c.linters[l], in, i == 0 ? &e.date : nullptr));
        if (i == 0 && c.linterCount > 0 && c.linters[0] == Linter::Currency)
            e.currency = part.toString();
        lastPart = part;
        pos += take;
    }
    if (pos != len)
        return makeError("scan.gs1.too-long",
            u"AI (%1) is too long: at most %2 characters, %3 found"_s.arg(def->ai).arg(pos).arg(len));
    if (def->decimals >= 0 && lastPart.size() > def->decimals)
        e.decimal = impliedDecimal(lastPart, def->decimals);
    else if (def->ai == u"30" || def->ai == u"37")
        e.decimal = impliedDecimal(e.value, 0);
    return {};
}

Status validateGs1Message(const Gs1Message &m, const Gs1Options &options)
{
    const auto &els = m.elements;
    QList<const AiDefinition *> defs;
    defs.reserve(els.size());
    for (const Gs1Element &e : els) {
        const AiDefinition *def = findAi(e.ai);
        if (!def)
            return makeError("scan.gs1.unknown-ai", u"Unknown application identifier (%1)"_s.arg(e.ai));
        defs.append(def);
    }
    for (qsizetype i = 0; i < els.size(); ++i) {
        for (qsizetype j = i + 1; j < els.size(); ++j) {
            const QString &a = els[i].ai, &b = els[j].ai;
            if (a == b) {
                if (els[i].value != els[j].value)
                    return makeError("scan.gs1.duplicate",
                        u"AI (%1) appears twice with different values: \"%2\" and \"%3\""_s.arg(
                            a, els[i].value, els[j].value));
                continue; // an AI is not exclusive of itself
            }
            const auto excludes = [](const AiDefinition *def, const QString &other) {
                for (const QString &pattern : def->excludes) {
                    if (aiMatches(pattern, other))
                        return true;
                }
                return false;
            };
            if (excludes(defs[i], b) || excludes(defs[j], a))
                return makeError("scan.gs1.exclusive", u"AIs (%1) and (%2) cannot appear together"_s.arg(a, b));
        }
    }
    return options.checkRequisites ? checkGs1Requisites(m) : Status();
}

Status checkGs1Requisites(const Gs1Message &m, const QStringList &elsewhere)
{
    const auto known = [&](const QString &pattern) {
        return present(m, pattern) || std::any_of(elsewhere.cbegin(), elsewhere.cend(), [&](const QString &ai) {
            return aiMatches(pattern, ai);
        });
    };
    for (const Gs1Element &e : m.elements) {
        const AiDefinition *def = findAi(e.ai);
        if (!def)
            return makeError("scan.gs1.unknown-ai", u"Unknown application identifier (%1)"_s.arg(e.ai));
        for (const QList<AiGroup> &alternatives : def->requisites) {
            const bool satisfied = std::any_of(alternatives.cbegin(), alternatives.cend(),
                [&](const AiGroup &g) { return std::all_of(g.cbegin(), g.cend(), known); });
            if (!satisfied)
                return makeError(
                    "scan.gs1.requires", u"AI (%1) requires %2"_s.arg(e.ai, describeAlternatives(alternatives)));
        }
    }
    return {};
}

} // namespace stockhand::scan
