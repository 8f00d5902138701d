#include "symbologies.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace stockhand::scanner {

namespace {

constexpr std::array<std::pair<Symbology, const char *>, 16> kNames = {{
    {Symbology::Ean13, "ean13"},
    {Symbology::Ean8, "ean8"},
    {Symbology::UpcA, "upca"},
    {Symbology::UpcE, "upce"},
    {Symbology::Code128, "code128"},
    {Symbology::Code39, "code39"},
    {Symbology::Code93, "code93"},
    {Symbology::Codabar, "codabar"},
    {Symbology::Itf, "itf"},
    {Symbology::DataBar, "databar"},
    {Symbology::DataBarExpanded, "databar-expanded"},
    {Symbology::DataMatrix, "datamatrix"},
    {Symbology::QrCode, "qr"},
    {Symbology::MicroQrCode, "microqr"},
    {Symbology::Pdf417, "pdf417"},
    {Symbology::Aztec, "aztec"},
}};

} // namespace

Symbologies warehouseSymbologies()
{
    return Symbology::Ean13 | Symbology::Ean8 | Symbology::UpcA | Symbology::UpcE | Symbology::Code128 | Symbology::Itf
        | Symbology::DataBar | Symbology::DataBarExpanded | Symbology::DataMatrix | Symbology::QrCode;
}

Symbologies allSymbologies()
{
    Symbologies all;
    for (const auto &[s, name] : kNames)
        all |= s;
    return all;
}

QString symbologyName(Symbology s)
{
    for (const auto &[sym, name] : kNames) {
        if (sym == s)
            return QString::fromLatin1(name);
    }
    return QString();
}

Result<Symbologies> parseSymbologies(QStringView list)
{
    if (list.trimmed() == u"all")
        return allSymbologies();
    if (list.trimmed() == u"warehouse")
        return warehouseSymbologies();
    Symbologies out;
    for (QStringView part : list.split(u',', Qt::SkipEmptyParts)) {
        const QStringView name = part.trimmed();
        bool found = false;
        for (const auto &[sym, n] : kNames) {
            if (name == QLatin1String(n)) {
                out |= sym;
                found = true;
            }
        }
        if (!found)
            return makeError("scanner.format", u"Unknown barcode format \"%1\"; known: %2"_s.arg(name.toString(), [] {
                QStringList names;
                for (const auto &[sym, n] : kNames)
                    names << QString::fromLatin1(n);
                return names.join(u", "_s);
            }()));
    }
    if (!out)
        return makeError("scanner.format", u"No barcode format given"_s);
    return out;
}

} // namespace stockhand::scanner
