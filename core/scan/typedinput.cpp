#include "scan/typedinput.h"

namespace stockhand::scan {

namespace {

constexpr char16_t kGs = 0x1d;

bool droppable(QChar c)
{
    return c.unicode() != kGs && (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control);
}

// US key positions read by a German (QWERTZ) keyboard layout: what arrives -> what the scanner meant.
// Letters other than Y/Z and digits are at the same place. The dead keys (US "=" is German "´", US "`"
// is "^") arrive combined with the next character or not at all: they cannot be undone reliably.
struct Pair
{
    char16_t received;
    char16_t meant;
};
constexpr Pair kUsOnGerman[] = {
    {u'ß', u'-'},
    {u'?', u'_'},
    {u'z', u'y'},
    {u'y', u'z'},
    {u'Z', u'Y'},
    {u'Y', u'Z'},
    {u'ö', u';'},
    {u'Ö', u':'},
    {u'ä', u'\''},
    {u'Ä', u'"'},
    {u'ü', u'['},
    {u'Ü', u'{'},
    {u'+', u']'},
    {u'*', u'}'},
    {u'#', u'\\'},
    {u'\'', u'|'},
    {u'-', u'/'},
    {u'_', u'?'},
    {u';', u'<'},
    {u':', u'>'},
    {u'"', u'@'},
    {u'§', u'#'},
    {u'&', u'^'},
    {u'/', u'&'},
    {u'(', u'*'},
    {u')', u'('},
    {u'=', u')'},
    {u'`', u'+'},
    {u'°', u'~'},
    {u'<', u'\\'},
    {u'>', u'|'},
};

} // namespace

QString normalizeInput(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        if (!droppable(c))
            out += c;
    }
    qsizetype begin = 0, end = out.size();
    while (begin < end && out.at(begin).isSpace() && out.at(begin).unicode() != kGs)
        ++begin;
    while (end > begin && out.at(end - 1).isSpace() && out.at(end - 1).unicode() != kGs)
        --end;
    return out.mid(begin, end - begin);
}

QString undoLayoutMismatch(QStringView received, LayoutMismatch mismatch)
{
    QString out = received.toString();
    if (mismatch != LayoutMismatch::UsScannerOnGermanKeyboard)
        return out;
    for (QChar &c : out) {
        for (const Pair &p : kUsOnGerman) {
            if (c.unicode() == p.received) {
                c = QChar(p.meant);
                break;
            }
        }
    }
    return out;
}

bool looksLikeLayoutMismatch(QStringView received, LayoutMismatch mismatch)
{
    if (mismatch != LayoutMismatch::UsScannerOnGermanKeyboard)
        return false;
    for (QChar c : received) {
        switch (c.unicode()) {
        case u'ß':
        case u'ö':
        case u'Ö':
        case u'ä':
        case u'Ä':
        case u'ü':
        case u'Ü':
        case u'§':
        case u'°':
        case u'´':
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace stockhand::scan
