// Reads GS1's Barcode Syntax Dictionary (data/gs1-syntax-dictionary.txt) into the AI table, once, at first
// use. Each entry is "AIs [Flags] Specification [Attributes...] [# Title]", e.g.
//   3100-3105  *?  N6                 req=01,02 ex=310n         # NET WEIGHT (kg)
//   8006        ?  N14,csum,gcppos2 N4,pieceoftotal  ex=01,37 dlpkey=22,10,21   # ITIP
#include "scan/aitable.h"
#include "scan/gs1data.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stockhand::scan {

namespace {

Linter linterNamed(QStringView name)
{
    static const QHash<QString, Linter> names {
        {u"csum"_s, Linter::CheckDigit},
        {u"csumalpha"_s, Linter::CheckPair},
        {u"gcppos1"_s, Linter::CompanyPrefix1},
        {u"gcppos2"_s, Linter::CompanyPrefix2},
        {u"yymmd0"_s, Linter::DateYYMMD0},
        {u"yymmdd"_s, Linter::DateYYMMDD},
        {u"yyyymmd0"_s, Linter::DateYYYYMMD0},
        {u"yyyymmdd"_s, Linter::DateYYYYMMDD},
        {u"hhmi"_s, Linter::TimeHHMI},
        {u"hh"_s, Linter::Hour},
        {u"mi"_s, Linter::Minute},
        {u"ss"_s, Linter::Second},
        {u"iso4217"_s, Linter::Currency},
        {u"iso3166"_s, Linter::Country},
        {u"iso3166999"_s, Linter::Country999},
        {u"iso3166alpha2"_s, Linter::CountryAlpha2},
        {u"yesno"_s, Linter::YesNo},
        {u"pieceoftotal"_s, Linter::PieceOfTotal},
        {u"nonzero"_s, Linter::NonZero},
        {u"zero"_s, Linter::Zero},
        {u"winding"_s, Linter::Winding},
        {u"nozeroprefix"_s, Linter::NoZeroPrefix},
        {u"hasnondigit"_s, Linter::HasNonDigit},
        {u"hyphen"_s, Linter::Hyphen},
        {u"latitude"_s, Linter::Latitude},
        {u"longitude"_s, Linter::Longitude},
        {u"pcenc"_s, Linter::PercentEncoding},
        {u"iban"_s, Linter::Iban},
        {u"couponcode"_s, Linter::CouponCode},
        {u"couponposoffer"_s, Linter::CouponPosOffer},
        {u"importeridx"_s, Linter::ImporterIndex},
        {u"packagetype"_s, Linter::PackageType},
        {u"mediatype"_s, Linter::MediaType},
        {u"iso5218"_s, Linter::BiologicalSex},
        {u"posinseqslash"_s, Linter::PositionInSequence},
    };
    return names.value(name.toString(), Linter::Unknown);
}

bool isDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

struct Table
{
    QList<AiDefinition> all;
    QHash<int, qsizetype> index; // key: digits * 10 + number of digits
    std::array<quint8, 100> lengthByPrefix {};
    QString release;
    QStringList problems;

    Table()
    {
        const QString text = QString::fromUtf8(data::syntaxDictionary());
        int lineNo = 0;
        for (QStringView line : QStringView(text).split(u'\n')) {
            ++lineNo;
            if (line.startsWith(u"# Release:"))
                release = line.mid(10).trimmed().toString();
            line = line.trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            if (!readEntry(line))
                problems << u"line %1: cannot read \"%2\""_s.arg(lineNo).arg(line.toString());
        }
        std::sort(all.begin(), all.end(), [](const AiDefinition &a, const AiDefinition &b) { return a.ai < b.ai; });
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QString &ai = all[i].ai;
            index.insert(ai.toInt() * 10 + int(ai.size()), i);
            quint8 &len = lengthByPrefix[size_t(ai.first(2).toInt())];
            if (len != 0 && len != ai.size())
                problems << u"AIs starting with %1 have different lengths"_s.arg(ai.first(2));
            len = quint8(ai.size());
        }
    }

    bool readComponent(QStringView token, AiComponent &c, const QString &ai)
    {
        QStringView spec = token;
        QStringView linters;
        if (spec.startsWith(u'[')) {
            const qsizetype close = spec.indexOf(u']');
            if (close < 0)
                return false;
            c.optional = true;
            linters = spec.mid(close + 1);
            spec = spec.mid(1, close - 1);
        } else if (const qsizetype comma = spec.indexOf(u','); comma >= 0) {
            linters = spec.mid(comma);
            spec = spec.first(comma);
        }
        if (spec.isEmpty())
            return false;
        switch (spec.front().unicode()) {
        case u'N':
            c.charset = Charset::Numeric;
            break;
        case u'X':
            c.charset = Charset::Cset82;
            break;
        case u'Y':
            c.charset = Charset::Cset39;
            break;
        case u'Z':
            c.charset = Charset::Cset64;
            break;
        default:
            return false;
        }
        spec = spec.mid(1);
        const bool variable = spec.startsWith(u"..");
        if (variable)
            spec = spec.mid(2);
        if (!isDigits(spec))
            return false;
        c.maxLength = quint8(spec.toInt());
        c.minLength = variable ? 1 : c.maxLength;
        for (QStringView name : linters.split(u',', Qt::SkipEmptyParts)) {
            const Linter l = linterNamed(name);
            if (l == Linter::Unknown)
                problems << u"AI (%1): unknown linter %2"_s.arg(ai, name.toString());
            if (c.linterCount < c.linters.size())
                c.linters[c.linterCount++] = l;
        }
        return true;
    }

    bool readEntry(QStringView line)
    {
        QString title;
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0) {
            title = line.mid(hash + 1).trimmed().toString();
            line = line.first(hash);
        }
        const auto tokens = line.split(u' ', Qt::SkipEmptyParts);
        if (tokens.size() < 2)
            return false;
        // AIs: "01", "3100-3105", "91-99"
        QStringView first = tokens[0], last = tokens[0];
        if (const qsizetype dash = tokens[0].indexOf(u'-'); dash >= 0) {
            first = tokens[0].first(dash);
            last = tokens[0].mid(dash + 1);
        }
        if (!isDigits(first) || !isDigits(last) || first.size() != last.size() || first.size() < 2 || first.size() > 4)
            return false;
        AiDefinition d;
        d.title = title;
        qsizetype t = 1;
        if (!QStringView(u"NXYZ[").contains(tokens[t].front())) {
            d.predefinedLength = tokens[t].contains(u'*');
            d.dlDataAttribute = tokens[t].contains(u'?');
            ++t;
        }
        for (; t < tokens.size() && QStringView(u"NXYZ[").contains(tokens[t].front()); ++t) {
            if (d.componentCount == int(d.components.size()))
                return false;
            AiComponent &c = d.components[size_t(d.componentCount++)];
            if (!readComponent(tokens[t], c, first.toString()))
                return false;
            d.maxLength += c.maxLength;
            if (!c.optional)
                d.minLength += c.minLength;
        }
        if (d.componentCount == 0)
            return false;
        for (; t < tokens.size(); ++t) {
            const QStringView attr = tokens[t];
            const qsizetype eq = attr.indexOf(u'=');
            const QStringView key = eq < 0 ? attr : attr.first(eq);
            const QStringView value = eq < 0 ? QStringView() : attr.mid(eq + 1);
            if (key == u"req") {
                QList<AiGroup> alternatives;
                for (QStringView alt : value.split(u',', Qt::SkipEmptyParts)) {
                    AiGroup group;
                    for (QStringView ai : alt.split(u'+', Qt::SkipEmptyParts))
                        group << ai.toString();
                    alternatives << group;
                }
                d.requisites << alternatives;
            } else if (key == u"ex") {
                for (QStringView ai : value.split(u',', Qt::SkipEmptyParts))
                    d.excludes << ai.toString();
            } else if (key == u"dlpkey") {
                d.dlPrimaryKey = true;
                for (QStringView seq : value.split(u'|', Qt::SkipEmptyParts)) {
                    QStringList qualifiers;
                    for (QStringView ai : seq.split(u',', Qt::SkipEmptyParts))
                        qualifiers << ai.toString();
                    d.dlQualifiers << qualifiers;
                }
            } else {
                problems << u"AI (%1): unknown attribute %2"_s.arg(first.toString(), attr.toString());
            }
        }
        const int from = first.toInt(), to = last.toInt();
        for (int n = from; n <= to; ++n) {
            AiDefinition def = d;
            def.ai = QString::number(n).rightJustified(first.size(), u'0');
            // GS1 General Specifications 3.6-3.9: the fourth digit of 31nn-36nn and 39nn is the number of
            // implied decimal places (the dictionary does not say so).
            if (def.ai.size() == 4
                && (def.ai.startsWith(u"3") && ((def.ai[1] >= u'1' && def.ai[1] <= u'6') || def.ai[1] == u'9')))
                def.decimals = def.ai[3].unicode() - '0';
            all.append(std::move(def));
        }
        return true;
    }
};

const Table &table()
{
    static const Table t;
    return t;
}

} // namespace

bool AiDefinition::isDate() const
{
    if (componentCount == 0 || components[0].linterCount == 0)
        return false;
    const Linter l = components[0].linters[0];
    return l == Linter::DateYYMMD0 || l == Linter::DateYYMMDD || l == Linter::DateYYYYMMD0 || l == Linter::DateYYYYMMDD;
}

const AiDefinition *findAi(QStringView ai)
{
    if (ai.size() < 2 || ai.size() > 4)
        return nullptr;
    int key = 0;
    for (QChar c : ai) {
        if (c < u'0' || c > u'9')
            return nullptr;
        key = key * 10 + (c.unicode() - '0');
    }
    const Table &t = table();
    const auto it = t.index.constFind(key * 10 + int(ai.size()));
    return it == t.index.cend() ? nullptr : &t.all[*it];
}

int aiLength(QStringView data)
{
    if (data.size() < 2 || data[0] < u'0' || data[0] > u'9' || data[1] < u'0' || data[1] > u'9')
        return 0;
    return table().lengthByPrefix[size_t((data[0].unicode() - '0') * 10 + data[1].unicode() - '0')];
}

const QList<AiDefinition> &allAis()
{
    return table().all;
}

bool aiMatches(QStringView pattern, QStringView ai)
{
    if (pattern.size() != ai.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != ai[i] && !(pattern[i] == u'n' && ai[i] >= u'0' && ai[i] <= u'9'))
            return false;
    }
    return true;
}

QString gs1DictionaryRelease()
{
    return table().release;
}

QStringList gs1DictionaryProblems()
{
    return table().problems;
}

} // namespace stockhand::scan
