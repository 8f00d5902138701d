#include "printersettings.h"

#include "rawprinter.h"

#include <QSettings>

namespace stockhand::labels {

using namespace Qt::StringLiterals;

QString PrinterSettings::format() const
{
    return type == u"zpl-tcp" ? u"zpl"_s : type == u"system" ? u"system"_s : u"pdf"_s;
}

PrinterSettings PrinterSettings::load(QSettings &settings)
{
    PrinterSettings p;
    settings.beginGroup(u"labelPrinter"_s);
    p.name = settings.value(u"name"_s, p.name).toString();
    p.type = settings.value(u"type"_s, p.type).toString();
    p.address = settings.value(u"address"_s, p.address).toString();
    p.size = LabelSize::fromName(settings.value(u"size"_s, p.size.name()).toString()).value_or(kSize2x1);
    p.dpi = settings.value(u"dpi"_s, p.dpi).toInt();
    p.timeoutMs = settings.value(u"timeoutMs"_s, p.timeoutMs).toInt();
    settings.endGroup();
    return p;
}

void PrinterSettings::save(QSettings &settings) const
{
    settings.beginGroup(u"labelPrinter"_s);
    settings.setValue(u"name"_s, name);
    settings.setValue(u"type"_s, type);
    settings.setValue(u"address"_s, address);
    settings.setValue(u"size"_s, size.name());
    settings.setValue(u"dpi"_s, dpi);
    settings.setValue(u"timeoutMs"_s, timeoutMs);
    settings.endGroup();
}

Status PrinterSettings::check() const
{
    if (type != u"zpl-tcp" && type != u"system" && type != u"pdf")
        return makeError(
            "printer.bad-settings", u"The printer type is zpl-tcp, system or pdf, not \"%1\"."_s.arg(type));
    if (dpi != 203 && dpi != 300)
        return makeError("printer.bad-settings", u"The printer's resolution is 203 or 300 dpi."_s);
    if (type == u"zpl-tcp") {
        if (auto a = RawPrinterClient::parseAddress(address); !a)
            return a.error();
    }
    return {};
}

} // namespace stockhand::labels
