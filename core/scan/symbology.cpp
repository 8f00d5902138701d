#include "scan/symbology.h"

using namespace Qt::StringLiterals;

namespace stockhand::scan {

namespace {

struct Known
{
    char16_t code;
    const char *name;
};

constexpr Known kCodes[] = {
    {u'A', "Code 39"},
    {u'C', "Code 128"},
    {u'd', "Data Matrix"},
    {u'E', "EAN/UPC"},
    {u'e', "GS1 DataBar"},
    {u'F', "Codabar"},
    {u'G', "Code 93"},
    {u'H', "Code 11"},
    {u'I', "ITF"},
    {u'J', "DotCode"},
    {u'L', "PDF417"},
    {u'M', "MSI"},
    {u'Q', "QR Code"},
    {u'U', "MaxiCode"},
    {u'X', "Other"},
    {u'z', "Aztec"},
};

bool isGs1Mode(QChar code, QChar mod)
{
    switch (code.unicode()) {
    case u'C':
        return mod == u'1';
    case u'e':
        return mod == u'0' || mod == u'1' || mod == u'2';
    case u'd':
        return mod == u'2';
    case u'Q':
        return mod == u'3';
    case u'J':
        return mod == u'1';
    default:
        return false;
    }
}

} // namespace

SymbologyId splitSymbologyId(QStringView scan, QStringView *data)
{
    *data = scan;
    SymbologyId s;
    if (scan.size() < 3 || scan[0] != u']')
        return s;
    const QChar code = scan[1], mod = scan[2];
    const bool modOk = (mod >= u'0' && mod <= u'9') || (mod >= u'A' && mod <= u'Z');
    if (!modOk)
        return s;
    for (const Known &k : kCodes) {
        if (k.code != code.unicode())
            continue;
        s.id = scan.first(3).toString();
        s.gs1 = isGs1Mode(code, mod);
        s.eanUpc = code == u'E';
        s.itf = code == u'I';
        s.name = QString::fromLatin1(k.name);
        if (s.gs1 && code != u'e')
            s.name = code == u'C' ? u"GS1-128"_s : u"GS1 "_s + s.name;
        *data = scan.mid(3);
        return s;
    }
    return s;
}

} // namespace stockhand::scan
