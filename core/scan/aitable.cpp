#include "scan/aitable.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace stockhand::scan {

namespace {

// One row per AI or AI family. `family` >= 0: `ai` has three digits and stands for ai+0 ... ai+family;
// with `dec` the fourth digit is the number of implied decimal places. `format` uses the notation of the
// GS1 Barcode Syntax Dictionary: N/X/Y, fixed "N6" or variable "X..20" lengths, [optional] components,
// and linters after commas.
struct Row
{
    const char *ai;
    int family;
    bool dec;
    const char *format;
    const char *title;
};

// clang-format off
constexpr Row kRows[] = {
    {"00", -1, false, "N18,csum", "SSCC"},
    {"01", -1, false, "N14,csum", "GTIN"},
    {"02", -1, false, "N14,csum", "CONTENT"},
    {"03", -1, false, "N14,csum", "MTO GTIN"},
    {"10", -1, false, "X..20", "BATCH/LOT"},
    {"11", -1, false, "N6,yymmd0", "PROD DATE"},
    {"12", -1, false, "N6,yymmd0", "DUE DATE"},
    {"13", -1, false, "N6,yymmd0", "PACK DATE"},
    {"15", -1, false, "N6,yymmd0", "BEST BEFORE"},
    {"16", -1, false, "N6,yymmd0", "SELL BY"},
    {"17", -1, false, "N6,yymmd0", "USE BY OR EXPIRY"},
    {"20", -1, false, "N2", "VARIANT"},
    {"21", -1, false, "X..20", "SERIAL"},
    {"22", -1, false, "X..20", "CPV"},
    {"235", -1, false, "X..28", "TPX"},
    {"240", -1, false, "X..30", "ADDITIONAL ID"},
    {"241", -1, false, "X..30", "CUST. PART No."},
    {"242", -1, false, "N..6", "MTO VARIANT"},
    {"243", -1, false, "X..20", "PCN"},
    {"250", -1, false, "X..30", "SECONDARY SERIAL"},
    {"251", -1, false, "X..30", "REF. TO SOURCE"},
    {"253", -1, false, "N13,csum [X..17]", "GDTI"},
    {"254", -1, false, "X..20", "GLN EXTENSION COMPONENT"},
    {"255", -1, false, "N13,csum [N..12]", "GCN"},
    {"30", -1, false, "N..8", "VAR. COUNT"},
    {"310", 5, true, "N6", "NET WEIGHT (kg)"},
    {"311", 5, true, "N6", "LENGTH (m)"},
    {"312", 5, true, "N6", "WIDTH (m)"},
    {"313", 5, true, "N6", "HEIGHT (m)"},
    {"314", 5, true, "N6", "AREA (m2)"},
    {"315", 5, true, "N6", "NET VOLUME (l)"},
    {"316", 5, true, "N6", "NET VOLUME (m3)"},
    {"320", 5, true, "N6", "NET WEIGHT (lb)"},
    {"321", 5, true, "N6", "LENGTH (in)"},
    {"322", 5, true, "N6", "LENGTH (ft)"},
    {"323", 5, true, "N6", "LENGTH (yd)"},
    {"324", 5, true, "N6", "WIDTH (in)"},
    {"325", 5, true, "N6", "WIDTH (ft)"},
    {"326", 5, true, "N6", "WIDTH (yd)"},
    {"327", 5, true, "N6", "HEIGHT (in)"},
    {"328", 5, true, "N6", "HEIGHT (ft)"},
    {"329", 5, true, "N6", "HEIGHT (yd)"},
    {"330", 5, true, "N6", "GROSS WEIGHT (kg)"},
    {"331", 5, true, "N6", "LENGTH (m), log"},
    {"332", 5, true, "N6", "WIDTH (m), log"},
    {"333", 5, true, "N6", "HEIGHT (m), log"},
    {"334", 5, true, "N6", "AREA (m2), log"},
    {"335", 5, true, "N6", "VOLUME (l), log"},
    {"336", 5, true, "N6", "VOLUME (m3), log"},
    {"337", 5, true, "N6", "KG PER m2"},
    {"340", 5, true, "N6", "GROSS WEIGHT (lb)"},
    {"341", 5, true, "N6", "LENGTH (in), log"},
    {"342", 5, true, "N6", "LENGTH (ft), log"},
    {"343", 5, true, "N6", "LENGTH (yd), log"},
    {"344", 5, true, "N6", "WIDTH (in), log"},
    {"345", 5, true, "N6", "WIDTH (ft), log"},
    {"346", 5, true, "N6", "WIDTH (yd), log"},
    {"347", 5, true, "N6", "HEIGHT (in), log"},
    {"348", 5, true, "N6", "HEIGHT (ft), log"},
    {"349", 5, true, "N6", "HEIGHT (yd), log"},
    {"350", 5, true, "N6", "AREA (in2)"},
    {"351", 5, true, "N6", "AREA (ft2)"},
    {"352", 5, true, "N6", "AREA (yd2)"},
    {"353", 5, true, "N6", "AREA (in2), log"},
    {"354", 5, true, "N6", "AREA (ft2), log"},
    {"355", 5, true, "N6", "AREA (yd2), log"},
    {"356", 5, true, "N6", "NET WEIGHT (t oz)"},
    {"357", 5, true, "N6", "NET VOLUME (oz)"},
    {"360", 5, true, "N6", "NET VOLUME (qt)"},
    {"361", 5, true, "N6", "NET VOLUME (gal.)"},
    {"362", 5, true, "N6", "VOLUME (qt), log"},
    {"363", 5, true, "N6", "VOLUME (gal.), log"},
    {"364", 5, true, "N6", "VOLUME (in3)"},
    {"365", 5, true, "N6", "VOLUME (ft3)"},
    {"366", 5, true, "N6", "VOLUME (yd3)"},
    {"367", 5, true, "N6", "VOLUME (in3), log"},
    {"368", 5, true, "N6", "VOLUME (ft3), log"},
    {"369", 5, true, "N6", "VOLUME (yd3), log"},
    {"37", -1, false, "N..8", "COUNT"},
    {"390", 9, true, "N..15", "AMOUNT"},
    {"391", 9, true, "N3,iso4217 N..15", "AMOUNT"},
    {"392", 9, true, "N..15", "PRICE"},
    {"393", 9, true, "N3,iso4217 N..15", "PRICE"},
    {"394", 3, true, "N4", "PRCNT OFF"},
    {"395", 5, true, "N6", "PRICE/UoM"},
    {"400", -1, false, "X..30", "ORDER NUMBER"},
    {"401", -1, false, "X..30", "GINC"},
    {"402", -1, false, "N17,csum", "GSIN"},
    {"403", -1, false, "X..30", "ROUTE"},
    {"410", -1, false, "N13,csum", "SHIP TO LOC"},
    {"411", -1, false, "N13,csum", "BILL TO"},
    {"412", -1, false, "N13,csum", "PURCHASE FROM"},
    {"413", -1, false, "N13,csum", "SHIP FOR LOC"},
    {"414", -1, false, "N13,csum", "LOC No."},
    {"415", -1, false, "N13,csum", "PAY TO"},
    {"416", -1, false, "N13,csum", "PROD/SERV LOC"},
    {"417", -1, false, "N13,csum", "PARTY"},
    {"420", -1, false, "X..20", "SHIP TO POST"},
    {"421", -1, false, "N3,iso3166 X..9", "SHIP TO POST"},
    {"422", -1, false, "N3,iso3166", "ORIGIN"},
    {"424", -1, false, "N3,iso3166", "COUNTRY - PROCESS."},
    {"426", -1, false, "N3,iso3166", "COUNTRY - FULL PROCESS"},
    {"427", -1, false, "X..3", "ORIGIN SUBDIVISION"},
    {"4300", -1, false, "X..35", "SHIP TO COMP"},
    {"4301", -1, false, "X..35", "SHIP TO NAME"},
    {"4302", -1, false, "X..70", "SHIP TO ADD1"},
    {"4303", -1, false, "X..70", "SHIP TO ADD2"},
    {"4304", -1, false, "X..70", "SHIP TO SUB"},
    {"4305", -1, false, "X..70", "SHIP TO LOC"},
    {"4306", -1, false, "X..70", "SHIP TO REG"},
    {"4307", -1, false, "X2", "SHIP TO COUNTRY"},
    {"4308", -1, false, "X..30", "SHIP TO PHONE"},
    {"4309", -1, false, "N20", "SHIP TO GEO"},
    {"4310", -1, false, "X..35", "RTN TO COMP"},
    {"4311", -1, false, "X..35", "RTN TO NAME"},
    {"4312", -1, false, "X..70", "RTN TO ADD1"},
    {"4313", -1, false, "X..70", "RTN TO ADD2"},
    {"4314", -1, false, "X..70", "RTN TO SUB"},
    {"4315", -1, false, "X..70", "RTN TO LOC"},
    {"4316", -1, false, "X..70", "RTN TO REG"},
    {"4317", -1, false, "X2", "RTN TO COUNTRY"},
    {"4318", -1, false, "X..20", "RTN TO POST"},
    {"4319", -1, false, "X..30", "RTN TO PHONE"},
    {"4320", -1, false, "X..35", "SRV DESCRIPTION"},
    {"4321", -1, false, "N1,yesno", "DANGEROUS GOODS"},
    {"4322", -1, false, "N1,yesno", "AUTH LEAVE"},
    {"4323", -1, false, "N1,yesno", "SIG REQUIRED"},
    {"4324", -1, false, "N6,yymmd0 N4,hhmi", "NBEF DEL DT"},
    {"4325", -1, false, "N6,yymmd0 N4,hhmi", "NAFT DEL DT"},
    {"4326", -1, false, "N6,yymmdd", "REL DATE"},
    {"7001", -1, false, "N13", "NSN"},
    {"7002", -1, false, "X..30", "MEAT CUT"},
    {"7003", -1, false, "N6,yymmdd N4,hhmi", "EXPIRY TIME"},
    {"7004", -1, false, "N..4", "ACTIVE POTENCY"},
    {"7005", -1, false, "X..12", "CATCH AREA"},
    {"7006", -1, false, "N6,yymmdd", "FIRST FREEZE DATE"},
    {"7007", -1, false, "N6,yymmdd [N6],yymmdd", "HARVEST DATE"},
    {"7008", -1, false, "X..3", "AQUATIC SPECIES"},
    {"7009", -1, false, "X..10", "FISHING GEAR TYPE"},
    {"7010", -1, false, "X..2", "PROD METHOD"},
    {"7020", -1, false, "X..20", "REFURB LOT"},
    {"7021", -1, false, "X..20", "FUNC STAT"},
    {"7022", -1, false, "X..20", "REV STAT"},
    {"7011", -1, false, "N6,yymmdd [N4],hhmi", "TEST BY DATE"},
    {"7023", -1, false, "X..30", "GIAI - ASSEMBLY"},
    {"703", 9, false, "N3,iso3166 X..27", "PROCESSOR # s"},
    {"7240", -1, false, "X..20", "PROTOCOL"},
    {"7241", -1, false, "N2", "AIDC MEDIA TYPE"},
    {"7242", -1, false, "X..25", "VCN"},
    {"8001", -1, false, "N14", "DIMENSIONS"},
    {"8002", -1, false, "X..20", "CMT No."},
    {"8003", -1, false, "N14,csum [X..16]", "GRAI"},
    {"8004", -1, false, "X..30", "GIAI"},
    {"8005", -1, false, "N6", "PRICE PER UNIT"},
    {"8006", -1, false, "N14,csum N2 N2", "ITIP"},
    {"8007", -1, false, "X..34", "IBAN"},
    {"8008", -1, false, "N8,yymmddhh [N..4],mmoptss", "PROD TIME"},
    {"8009", -1, false, "X..50", "OPTSEN"},
    {"8010", -1, false, "Y..30", "CPID"},
    {"8011", -1, false, "N..12", "CPID SERIAL"},
    {"8012", -1, false, "X..20", "VERSION"},
    {"8013", -1, false, "X..25", "GMN"},
    {"8017", -1, false, "N18,csum", "GSRN - PROVIDER"},
    {"8018", -1, false, "N18,csum", "GSRN - RECIPIENT"},
    {"8019", -1, false, "N..10", "SRIN"},
    {"8020", -1, false, "X..25", "REF No."},
    {"8026", -1, false, "N14,csum N2 N2", "ITIP CONTENT"},
    {"8110", -1, false, "X..70", "COUPON"},
    {"8111", -1, false, "N4", "POINTS"},
    {"8112", -1, false, "X..70", "PAPERLESS COUPON"},
    {"8200", -1, false, "X..70", "PRODUCT URL"},
    {"90", -1, false, "X..30", "INTERNAL"},
    {"91", -1, false, "X..90", "INTERNAL"},
    {"92", -1, false, "X..90", "INTERNAL"},
    {"93", -1, false, "X..90", "INTERNAL"},
    {"94", -1, false, "X..90", "INTERNAL"},
    {"95", -1, false, "X..90", "INTERNAL"},
    {"96", -1, false, "X..90", "INTERNAL"},
    {"97", -1, false, "X..90", "INTERNAL"},
    {"98", -1, false, "X..90", "INTERNAL"},
    {"99", -1, false, "X..90", "INTERNAL"},
};
// clang-format on

// GS1 General Specifications, figure 5.10.1-2: AIs whose length is predefined by their first two digits.
bool isPredefinedLength(QStringView ai)
{
    static const QStringList prefixes
        = {u"00"_s, u"01"_s, u"02"_s, u"03"_s, u"04"_s, u"11"_s, u"12"_s, u"13"_s, u"14"_s, u"15"_s, u"16"_s, u"17"_s,
            u"18"_s, u"19"_s, u"20"_s, u"31"_s, u"32"_s, u"33"_s, u"34"_s, u"35"_s, u"36"_s, u"41"_s};
    return prefixes.contains(ai.first(2));
}

Linter linterFor(QStringView name)
{
    if (name == u"csum")
        return Linter::CheckDigit;
    if (name == u"yymmd0")
        return Linter::DateYYMMD0;
    if (name == u"yymmdd")
        return Linter::DateYYMMDD;
    if (name == u"yymmddhh")
        return Linter::DateYYMMDDHH;
    if (name == u"hhmi")
        return Linter::TimeHHMI;
    if (name == u"mmoptss")
        return Linter::TimeMMOptSS;
    if (name == u"iso4217")
        return Linter::Currency;
    if (name == u"iso3166")
        return Linter::Country;
    if (name == u"yesno")
        return Linter::YesNo;
    qFatal("aitable: unknown linter %s", qPrintable(name.toString()));
}

AiComponent parseComponent(QStringView token)
{
    AiComponent c;
    const auto parts = token.split(u',');
    QStringView spec = parts.front();
    if (spec.startsWith(u'[')) {
        c.optional = true;
        spec = spec.mid(1, spec.size() - 2);
    }
    c.charset = spec.front() == u'N' ? Charset::Numeric : spec.front() == u'Y' ? Charset::Cset39 : Charset::Cset82;
    spec = spec.mid(1);
    if (spec.startsWith(u"..")) {
        c.minLength = 1;
        c.maxLength = quint8(spec.mid(2).toInt());
    } else {
        c.minLength = c.maxLength = quint8(spec.toInt());
    }
    if (parts.size() > 1)
        c.linter = linterFor(parts[1]);
    return c;
}

AiDefinition makeDefinition(const QString &ai, const Row &row)
{
    AiDefinition d;
    d.ai = ai;
    d.title = QString::fromLatin1(row.title);
    const QString format = QString::fromLatin1(row.format);
    for (QStringView token : QStringView(format).split(u' ')) {
        const AiComponent c = parseComponent(token);
        d.components[d.componentCount++] = c;
        d.maxLength += c.maxLength;
        if (!c.optional)
            d.minLength += c.minLength;
    }
    if (row.dec)
        d.decimals = ai.back().unicode() - '0';
    d.predefinedLength = isPredefinedLength(ai);
    return d;
}

struct Table
{
    QList<AiDefinition> all;
    QHash<int, qsizetype> index; // key: digits * 10 + number of digits
    std::array<quint8, 100> lengthByPrefix {};

    Table()
    {
        for (const Row &row : kRows) {
            const QString base = QString::fromLatin1(row.ai);
            const int last = row.family < 0 ? -1 : row.family;
            for (int n = (last < 0 ? -1 : 0); n <= last; ++n) {
                const QString ai = n < 0 ? base : base + QChar(u'0' + n);
                index.insert(ai.toInt() * 10 + int(ai.size()), all.size());
                all.append(makeDefinition(ai, row));
                lengthByPrefix[size_t(ai.first(2).toInt())] = quint8(ai.size());
            }
        }
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
    const Linter l = components[0].linter;
    return l == Linter::DateYYMMD0 || l == Linter::DateYYMMDD || l == Linter::DateYYMMDDHH;
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

} // namespace stockhand::scan
