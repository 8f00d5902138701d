#include "scan/interpreter.h"
#include "scan/aitable.h"
#include "scan/gtin.h"

using namespace Qt::StringLiterals;

namespace stockhand::scan {

namespace {

bool looksLikeHri(QStringView s)
{
    const qsizetype close = s.indexOf(u')');
    return s.startsWith(u'(') && close >= 3 && close <= 5 && findAi(s.mid(1, close - 1));
}

bool looksLikeUrl(QStringView s)
{
    return s.startsWith(u"https://", Qt::CaseInsensitive) || s.startsWith(u"http://", Qt::CaseInsensitive);
}

void setGs1(Interpretation &in, Result<Gs1Message> &&parsed, Gs1Source source)
{
    in.form = ScanForm::Gs1;
    in.gs1Source = source;
    if (!parsed) {
        in.error = parsed.error();
        return;
    }
    in.gs1 = std::move(parsed).value();
    for (const char16_t *key : {u"01", u"02"}) {
        if (const Gs1Element *e = in.gs1.find(QStringView(key)))
            in.gtins.append(e->value);
    }
}

// EAN/UPC data announced by ]E0/]E4 (or inferred): 8, 12 or 13 digits with a valid check digit.
void setEanUpc(Interpretation &in, QStringView d, bool upcEPossible, bool ean8Possible)
{
    in.form = ScanForm::Gtin;
    if (!isAllDigits(d) || (d.size() != 8 && d.size() != 12 && d.size() != 13)) {
        in.error = makeError(
            "scan.ean.length", u"EAN/UPC data must be 8, 12 or 13 digits, found \"%1\""_s.arg(visibleText(d)));
        return;
    }
    if (d.size() == 8 && upcEPossible) {
        if (const auto upcA = expandUpcE(d))
            in.gtins.append(*normalizeGtin(*upcA));
    }
    if (d.size() != 8 || ean8Possible) {
        if (hasValidCheckDigit(d))
            in.gtins.append(*normalizeGtin(d));
    }
    if (in.gtins.isEmpty()) {
        int expected = gs1CheckDigit(d.first(d.size() - 1));
        for (int c = 0; d.size() == 8 && !ean8Possible && c < 10; ++c) {
            if (expandUpcE(QString(d.first(7) + QChar(u'0' + c))))
                expected = c; // UPC-E: the check digit of the UPC-A it expands to
        }
        in.error = makeError("scan.ean.check-digit",
            u"Bad check digit in EAN/UPC %1: ends in %2, expected %3"_s.arg(
                d.toString(), d.last(1).toString(), QString::number(expected)));
    }
}

void interpretWithoutId(Interpretation &in, QStringView d, const InterpretOptions &o, const Gs1Options &g)
{
    in.inferred = true;
    if (!o.inferWithoutId)
        return;
    if (d.startsWith(QChar(kGroupSeparator)))
        return setGs1(in, parseGs1ElementString(d, g), Gs1Source::ElementString);
    if (d.contains(QChar(kGroupSeparator)) && aiLength(d) > 0)
        return setGs1(in, parseGs1ElementString(d, g), Gs1Source::ElementString);
    if (o.acceptHri && looksLikeHri(d))
        return setGs1(in, parseGs1Hri(d, g), Gs1Source::Hri);
    if (o.acceptDigitalLink && looksLikeUrl(d)) {
        auto dl = parseGs1DigitalLink(d, g);
        if (dl || dl.error().code != u"scan.dl.no-key")
            setGs1(in, std::move(dl), Gs1Source::DigitalLink);
        return;
    }
    // Without FNC1 or parentheses, data is GS1 only when it starts with a valid key (01/02 + GTIN-14 or
    // 00 + SSCC) and parses completely: an 8-digit lot such as "17123456" or an internal number is never
    // read as AIs.
    const bool gtinKey
        = d.size() >= 16 && (d.startsWith(u"01") || d.startsWith(u"02")) && hasValidCheckDigit(d.mid(2, 14));
    const bool ssccKey = d.size() >= 20 && d.startsWith(u"00") && hasValidCheckDigit(d.mid(2, 18));
    if (gtinKey || ssccKey) {
        if (auto parsed = parseGs1ElementString(d, g))
            return setGs1(in, std::move(parsed), Gs1Source::ElementString);
    }
    if (!isAllDigits(d))
        return;
    if (d.size() == 8 || d.size() == 12 || d.size() == 13) {
        // An 8-digit code may be EAN-8 or UPC-E; with a wrong check digit it is an internal code (text).
        Interpretation probe = in;
        setEanUpc(probe, d, d.size() == 8, true);
        if (probe.ok())
            in = std::move(probe);
        return;
    }
    if (d.size() == 14) {
        if (hasValidCheckDigit(d)) {
            in.form = ScanForm::Gtin;
            in.gtins.append(d.toString());
        }
        return;
    }
}

// The scan's form and content; mandatory associations are left to interpret().
Interpretation interpretData(QStringView scan, const InterpretOptions &o)
{
    Interpretation in;
    while (scan.endsWith(u'\n') || scan.endsWith(u'\r'))
        scan.chop(1);
    in.raw = scan.toString();
    QStringView d;
    in.symbology = splitSymbologyId(scan, &d);
    in.data = d.toString();
    const Gs1Options g {o.today, false}; // mandatory associations: checked by interpret() on the whole message
    if (d.isEmpty()) {
        in.error = makeError("scan.empty", u"The scan contains no data"_s);
        return in;
    }
    const QString &id = in.symbology.id;
    if (!in.symbology.present()) {
        interpretWithoutId(in, d, o, g);
        return in;
    }
    if (in.symbology.gs1) {
        // ZXing-cpp 1.4 sends DataBar Expanded in parenthesised form and DataBar Omnidirectional as the bare
        // GTIN-14 (ISO/IEC 24724 transmits "01" + GTIN): both are accepted.
        if (looksLikeHri(d))
            return setGs1(in, parseGs1Hri(d, g), Gs1Source::Hri), in;
        if (id == u"]e0" && d.size() == 14 && isAllDigits(d) && hasValidCheckDigit(d))
            return setGs1(in, parseGs1ElementString(QString(u"01"_s + d), g), Gs1Source::ElementString), in;
        return setGs1(in, parseGs1ElementString(d, g), Gs1Source::ElementString), in;
    }
    if (id == u"]E0")
        return setEanUpc(in, d, true, false), in;
    if (id == u"]E4")
        return setEanUpc(in, d, false, true), in;
    if (id == u"]E3") { // with an add-on: 13 + 2 or 13 + 5 digits; the add-on is not part of the GTIN
        return setEanUpc(in, d.first(qMin<qsizetype>(13, d.size())), false, false), in;
    }
    if (in.symbology.itf && d.size() == 14 && hasValidCheckDigit(d)) {
        in.form = ScanForm::Gtin;
        in.gtins.append(d.toString());
        return in;
    }
    if (o.acceptDigitalLink && looksLikeUrl(d)) {
        auto dl = parseGs1DigitalLink(d, g);
        if (dl || dl.error().code != u"scan.dl.no-key")
            setGs1(in, std::move(dl), Gs1Source::DigitalLink);
    }
    return in;
}

} // namespace

Interpretation interpret(QStringView scan, const InterpretOptions &o)
{
    Interpretation in = interpretData(scan, o);
    // A message that parsed is kept even when an association is missing, so that a caller who knows the
    // item's other symbols (Resolver: the line's product, the label's SSCC) can check it again.
    if (in.form == ScanForm::Gs1 && in.ok() && o.checkRequisites) {
        if (Status s = checkGs1Requisites(in.gs1); !s)
            in.error = s.error();
    }
    return in;
}

} // namespace stockhand::scan
