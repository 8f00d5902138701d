#include "labels/label.h"

#include "domain/sscc.h"
#include "scan/gtin.h"

#include <QJsonArray>

#include <array>

namespace stockhand::labels {

namespace {

using namespace Qt::StringLiterals;

constexpr std::array kKindNames {"product", "location", "lot", "logistic"};
constexpr std::array kSymbolNames {"ean13", "upca", "code128", "gs1-128", "gs1-datamatrix"};
constexpr int kGs1_128MaxData = 48; // GS1 General Specifications 5.4.1: 48 data characters per symbol

Error bad(const char *code, const QString &message)
{
    return makeError(code, message);
}

// One GS1 symbol from (AI, value) pairs, checked against the AI table: each value, the pairs that may not
// stand together, and the mandatory associations counting the AIs that `elsewhere` on the label carries.
Result<LabelBarcode> gs1Barcode(
    Symbol symbol, const QList<std::pair<QString, QString>> &elements, const QStringList &elsewhere = {})
{
    QString hri;
    for (const auto &[ai, value] : elements)
        hri += u'(' + ai + u')' + value;
    scan::Gs1Options options;
    options.checkRequisites = false;
    auto message = scan::parseGs1Hri(hri, options);
    if (!message)
        return bad("labels.gs1", message.error().message);
    if (Status s = scan::checkGs1Requisites(*message, elsewhere); !s)
        return bad("labels.gs1", s.error().message);
    LabelBarcode b {symbol, message->toElementString(), message->toHri()};
    if (symbol == Symbol::Gs1_128 && b.data.size() > kGs1_128MaxData)
        return bad("labels.too-long",
            u"%1 has %2 data characters; a GS1-128 symbol holds at most 48."_s.arg(b.hri).arg(b.data.size()));
    return b;
}

Result<QString> gtin14(const QString &gtin)
{
    const auto normal = scan::normalizeGtin(gtin);
    if (!normal || !scan::hasValidCheckDigit(*normal))
        return bad("labels.bad-gtin", u"%1 is not a GTIN with a valid check digit."_s.arg(gtin));
    return *normal;
}

QString yymmdd(const QDate &d)
{
    return d.toString(u"yyMMdd"_s);
}

// Code 128 carries ASCII 32-126 here (the label has no use for control characters).
Status printableAscii(const QString &text, const char *what)
{
    if (text.isEmpty())
        return bad("labels.empty", u"The %1 is empty."_s.arg(QLatin1String(what)));
    for (QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126)
            return bad("labels.bad-data",
                u"The %1 \"%2\" has a character a Code 128 symbol cannot carry."_s.arg(QLatin1String(what), text));
    }
    return {};
}

} // namespace

const char *nameOf(LabelKind kind)
{
    return kKindNames[size_t(kind)];
}

std::optional<LabelKind> labelKindFromName(QStringView name)
{
    for (size_t i = 0; i < kKindNames.size(); ++i) {
        if (name == QLatin1String(kKindNames[i]))
            return LabelKind(i);
    }
    return std::nullopt;
}

const char *nameOf(Symbol symbol)
{
    return kSymbolNames[size_t(symbol)];
}

std::optional<Symbol> symbolFromName(QStringView name)
{
    for (size_t i = 0; i < kSymbolNames.size(); ++i) {
        if (name == QLatin1String(kSymbolNames[i]))
            return Symbol(i);
    }
    return std::nullopt;
}

QString LabelSize::name() const
{
    return QString::number(widthMil / 1000.0) + u'x' + QString::number(heightMil / 1000.0);
}

std::optional<LabelSize> LabelSize::fromName(QStringView name)
{
    const auto parts = name.split(u'x');
    if (parts.size() != 2)
        return std::nullopt;
    bool okW = false, okH = false;
    const double w = parts[0].toDouble(&okW), h = parts[1].toDouble(&okH);
    if (!okW || !okH || w < 0.5 || h < 0.5 || w > 8.5 || h > 14)
        return std::nullopt;
    return LabelSize {int(qRound(w * 1000)), int(qRound(h * 1000))};
}

QString Label::title() const
{
    switch (kind) {
    case LabelKind::Product:
        return u"Product "_s + subheading + u" · "_s + heading;
    case LabelKind::Location:
        return u"Location "_s + heading;
    case LabelKind::Lot: {
        const scan::Gs1Message m = gs1Elements();
        return m.find(u"21") ? u"Serial "_s + m.value(u"21") : u"Lot "_s + m.value(u"10");
    }
    case LabelKind::Logistic:
        return u"SSCC "_s + (barcodes.isEmpty() ? QString() : barcodes.last().hri.mid(4));
    }
    return {};
}

scan::Gs1Message LabelBarcode::elements() const
{
    if (!isGs1())
        return {};
    scan::Gs1Options options;
    options.checkRequisites = false;
    auto m = scan::parseGs1ElementString(data, options);
    return m ? *m : scan::Gs1Message {};
}

scan::Gs1Message Label::gs1Elements() const
{
    scan::Gs1Message all;
    for (const LabelBarcode &b : barcodes)
        all.elements += b.elements().elements;
    return all;
}

QJsonObject Label::toJson() const
{
    QJsonArray fieldList, barcodeList;
    for (const LabelField &f : fields)
        fieldList.append(QJsonObject {{u"title"_s, f.title}, {u"value"_s, f.value}});
    for (const LabelBarcode &b : barcodes)
        barcodeList.append(
            QJsonObject {{u"symbol"_s, QLatin1String(nameOf(b.symbol))}, {u"data"_s, b.data}, {u"hri"_s, b.hri}});
    return QJsonObject {{u"kind"_s, QLatin1String(nameOf(kind))}, {u"size"_s, size.name()}, {u"heading"_s, heading},
        {u"subheading"_s, subheading}, {u"from"_s, from}, {u"to"_s, to}, {u"fields"_s, fieldList},
        {u"barcodes"_s, barcodeList},
        {u"arrow"_s,
            arrow == Arrow::Up         ? u"up"_s
                : arrow == Arrow::Down ? u"down"_s
                                       : u"none"_s}};
}

Result<Label> Label::fromJson(const QJsonObject &json)
{
    Label l;
    const auto kind = labelKindFromName(json.value(u"kind"_s).toString());
    const auto size = LabelSize::fromName(json.value(u"size"_s).toString());
    if (!kind || !size)
        return bad("labels.bad-json", u"A label needs a known kind and a size."_s);
    l.kind = *kind;
    l.size = *size;
    l.heading = json.value(u"heading"_s).toString();
    l.subheading = json.value(u"subheading"_s).toString();
    l.from = json.value(u"from"_s).toString();
    l.to = json.value(u"to"_s).toString();
    for (const QJsonValue &v : json.value(u"fields"_s).toArray())
        l.fields.append({v[u"title"_s].toString(), v[u"value"_s].toString()});
    for (const QJsonValue &v : json.value(u"barcodes"_s).toArray()) {
        const auto symbol = symbolFromName(v[u"symbol"_s].toString());
        if (!symbol)
            return bad("labels.bad-json", u"Unknown barcode symbol %1."_s.arg(v[u"symbol"_s].toString()));
        l.barcodes.append({*symbol, v[u"data"_s].toString(), v[u"hri"_s].toString()});
    }
    const QString arrow = json.value(u"arrow"_s).toString();
    l.arrow = arrow == u"up" ? Arrow::Up : arrow == u"down" ? Arrow::Down : Arrow::None;
    return l;
}

Result<Label> productLabel(const ProductLabelInput &in)
{
    Label l;
    l.kind = LabelKind::Product;
    l.size = in.size;
    l.heading = in.name;
    l.subheading = in.sku;
    if (!in.gtin.isEmpty()) {
        auto g = gtin14(in.gtin);
        if (!g)
            return g.error();
        if (g->startsWith(u"00"))
            l.barcodes.append({Symbol::UpcA, g->mid(2), g->mid(2)});
        else if (g->startsWith(u'0'))
            l.barcodes.append({Symbol::Ean13, g->mid(1), g->mid(1)});
        else
            return bad("labels.bad-gtin",
                u"GTIN %1 has 14 digits: print it on a lot label (GS1-128) or a case label, not as EAN-13."_s.arg(*g));
    } else {
        SH_TRY(printableAscii(in.sku, "SKU"));
        l.barcodes.append({Symbol::Code128, in.sku, in.sku});
    }
    return l;
}

Result<Label> locationLabel(const LocationLabelInput &in)
{
    SH_TRY(printableAscii(in.barcode, "location barcode"));
    Label l;
    l.kind = LabelKind::Location;
    l.size = in.size;
    l.heading = in.barcode;
    l.subheading = in.name;
    l.arrow = in.arrow;
    l.barcodes.append({Symbol::Code128, in.barcode, in.barcode});
    return l;
}

Result<Label> lotLabel(const LotLabelInput &in)
{
    if (in.symbol != Symbol::Gs1_128 && in.symbol != Symbol::Gs1DataMatrix)
        return bad("labels.bad-symbol", u"A lot label is GS1-128 or GS1 DataMatrix."_s);
    if (in.lot.isEmpty() == in.serial.isEmpty())
        return bad("labels.lot-or-serial", u"A lot label carries a lot (10) or a serial number (21)."_s);
    auto g = gtin14(in.gtin);
    if (!g)
        return g.error();
    QList<std::pair<QString, QString>> elements {{u"01"_s, *g}};
    if (in.expiry.isValid()) // fixed length before variable length: no FNC1 needed after it
        elements.append({u"17"_s, yymmdd(in.expiry)});
    if (!in.lot.isEmpty())
        elements.append({u"10"_s, in.lot});
    else
        elements.append({u"21"_s, in.serial});
    auto barcode = gs1Barcode(in.symbol, elements);
    if (!barcode)
        return barcode.error();
    Label l;
    l.kind = LabelKind::Lot;
    l.size = in.size;
    l.heading = in.productName;
    QStringList sub;
    if (!in.lot.isEmpty())
        sub << u"LOT "_s + in.lot;
    else
        sub << u"SN "_s + in.serial;
    if (in.expiry.isValid())
        sub << u"EXP "_s + in.expiry.toString(Qt::ISODate);
    l.subheading = sub.join(u"  "_s);
    l.barcodes.append(*barcode);
    return l;
}

QString formatSscc(const QString &sscc, int companyPrefixLength)
{
    if (sscc.size() != 18)
        return sscc;
    if (companyPrefixLength < 7 || companyPrefixLength > 12)
        return sscc.left(1) + u' ' + sscc.mid(1, 16) + u' ' + sscc.right(1);
    return sscc.left(1) + u' ' + sscc.mid(1, companyPrefixLength) + u' '
        + sscc.mid(1 + companyPrefixLength, 16 - companyPrefixLength) + u' ' + sscc.right(1);
}

Result<Label> logisticLabel(const LogisticLabelInput &in)
{
    if (!isValidSscc(in.sscc))
        return bad("labels.bad-sscc", u"%1 is not an SSCC (18 digits, valid check digit)."_s.arg(in.sscc));
    if (in.count > 0 && in.contentGtin.isEmpty())
        return bad("labels.count-without-content", u"A count (37) needs the content's GTIN (02)."_s);
    if (in.bestBefore.isValid() && in.useBy.isValid())
        return bad("labels.two-dates", u"Give a best-before or a use-by date, not both."_s);
    Label l;
    l.kind = LabelKind::Logistic;
    l.size = kSize4x6;
    l.from = in.from;
    l.to = in.to;
    l.heading = in.contentName;
    l.fields.append({u"SSCC"_s, in.sscc});
    QList<std::pair<QString, QString>> content;
    if (!in.contentGtin.isEmpty()) {
        auto g = gtin14(in.contentGtin);
        if (!g)
            return g.error();
        content.append({u"02"_s, *g});
        l.fields.append({u"CONTENT"_s, *g});
    }
    if (in.bestBefore.isValid()) {
        content.append({u"15"_s, yymmdd(in.bestBefore)});
        l.fields.append({u"BEST BEFORE (dd.mm.yy)"_s, in.bestBefore.toString(u"dd.MM.yy"_s)});
    }
    if (in.useBy.isValid()) {
        content.append({u"17"_s, yymmdd(in.useBy)});
        l.fields.append({u"USE BY (dd.mm.yy)"_s, in.useBy.toString(u"dd.MM.yy"_s)});
    }
    if (in.count > 0) {
        content.append({u"37"_s, QString::number(in.count)});
        l.fields.append({u"COUNT"_s, QString::number(in.count)});
    }
    if (!in.lot.isEmpty()) {
        content.append({u"10"_s, in.lot});
        l.fields.append({u"BATCH/LOT"_s, in.lot});
    }
    if (!content.isEmpty()) {
        // Fixed-length AIs first, the variable-length ones last; one symbol while it holds 48 characters.
        auto one = gs1Barcode(Symbol::Gs1_128, content, {u"00"_s});
        if (one) {
            l.barcodes.append(*one);
        } else if (one.error().code == u"labels.too-long" && content.size() > 1) {
            auto first
                = gs1Barcode(Symbol::Gs1_128, content.mid(0, content.size() - 1), {u"00"_s, content.last().first});
            if (!first)
                return first.error();
            QStringList others {u"00"_s};
            for (const auto &e : content.mid(0, content.size() - 1))
                others << e.first;
            auto second = gs1Barcode(Symbol::Gs1_128, content.mid(content.size() - 1), others);
            if (!second)
                return second.error();
            l.barcodes << *first << *second;
        } else {
            return one.error();
        }
    }
    QStringList contentAis;
    for (const auto &e : content)
        contentAis << e.first;
    auto sscc = gs1Barcode(Symbol::Gs1_128, {{u"00"_s, in.sscc}}, contentAis);
    if (!sscc)
        return sscc.error();
    l.barcodes.append(*sscc); // the lowest barcode on the label
    return l;
}

} // namespace stockhand::labels
