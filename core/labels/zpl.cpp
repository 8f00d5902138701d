#include "labels/zpl.h"

#include "labels/layout.h"
#include "scan/gs1.h"

namespace stockhand::labels {

namespace {

using namespace Qt::StringLiterals;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// ^FH\ hexadecimal escapes for the characters ZPL reads as commands (and the escape itself).
QString escapeField(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\\')
            out += u"\\5C"_s;
        else if (c == u'^')
            out += u"\\5E"_s;
        else if (c == u'~')
            out += u"\\7E"_s;
        else
            out += c;
    }
    return out;
}

QString field(const QString &data)
{
    return u"^FH\\^FD"_s + escapeField(data) + u"^FS\n"_s;
}

QString at(const QRect &r)
{
    return u"^FO%1,%2"_s.arg(r.x()).arg(r.y());
}

QString arrowZpl(const LayoutItem &item)
{
    // A stem and a head of two strokes; ui/labels draws the same geometry.
    const QRect r = item.rect;
    const int t = std::max(2, r.width() / 6), head = r.width() / 2, cx = r.x() + r.width() / 2;
    const bool up = item.arrow == Arrow::Up;
    QString z = u"^FO%1,%2^GB%3,%4,%3^FS\n"_s.arg(cx - t / 2).arg(r.y()).arg(t).arg(r.height());
    const int y = up ? r.y() : r.bottom() - head;
    // Up: "/" on the left, "\" on the right of the tip; down: the other way round.
    z += u"^FO%1,%2^GD%3,%3,%4,B,%5^FS\n"_s.arg(cx - head).arg(y).arg(head).arg(t).arg(up ? u'R' : u'L');
    z += u"^FO%1,%2^GD%3,%3,%4,B,%5^FS\n"_s.arg(cx).arg(y).arg(head).arg(t).arg(up ? u'L' : u'R');
    return z;
}

} // namespace

Result<Code128Fields> code128ForZpl(QStringView data, bool gs1)
{
    if (data.isEmpty())
        return makeError("labels.empty", u"A Code 128 symbol needs data."_s);
    for (QChar c : data) {
        const bool separator = gs1 && c == QChar(scan::kGroupSeparator);
        if (!separator && (c.unicode() < 32 || c.unicode() > 126))
            return makeError("labels.bad-data", u"Code 128 here carries ASCII 32-126 only."_s);
    }
    const auto digitRun = [&](qsizetype i) {
        qsizetype n = 0;
        while (i + n < data.size() && isDigit(data[i + n]))
            ++n;
        return n;
    };
    Code128Fields out;
    enum class Set { B, C } set = Set::B;
    const qsizetype first = digitRun(0);
    if (first >= 4 || (gs1 && first >= 2) || (first == data.size() && first % 2 == 0)) {
        out.fieldData = u">;"_s;
        set = Set::C;
    } else {
        out.fieldData = u">:"_s;
    }
    int codewords = 1; // start
    if (gs1) {
        out.fieldData += u">8"_s;
        ++codewords;
    }
    qsizetype i = 0;
    while (i < data.size()) {
        const QChar c = data[i];
        if (c == QChar(scan::kGroupSeparator)) { // FNC1 exists in both subsets
            out.fieldData += u">8"_s;
            ++codewords;
            ++i;
            continue;
        }
        const qsizetype run = digitRun(i);
        if (set == Set::C) {
            if (run >= 2) {
                out.fieldData += data.mid(i, 2);
                ++codewords;
                i += 2;
                continue;
            }
            out.fieldData += u">6"_s;
            ++codewords;
            set = Set::B;
        } else if (run >= 4 && run % 2 == 0) {
            out.fieldData += u">5"_s;
            ++codewords;
            set = Set::C;
            continue;
        }
        out.fieldData += c == u'>' ? u"><"_s : QString(c);
        ++codewords;
        ++i;
    }
    out.codewords = codewords + 2; // check character and stop
    return out;
}

Result<QByteArray> toZpl(const Label &label, int dpi, int copies)
{
    if (copies < 1 || copies > 999)
        return makeError("labels.bad-copies", u"Print 1 to 999 copies of a label."_s);
    const LabelLayout layout = layoutLabel(label, dpi);
    QString z = u"^XA\n^CI28\n^PW%1\n^LL%2\n^LH0,0\n"_s.arg(layout.sizeDots.width()).arg(layout.sizeDots.height());
    for (const LayoutItem &item : layout.items) {
        switch (item.type) {
        case LayoutItem::Type::Text:
            z += at(item.rect)
                + u"^A0N,%1,%2^FB%3,1,0,%4,0"_s.arg(item.fontDots)
                      .arg(item.bold ? item.fontDots : item.fontDots * 9 / 10)
                      .arg(item.rect.width())
                      .arg(item.center ? u'C' : u'L')
                + field(item.text);
            break;
        case LayoutItem::Type::Rule:
            z += at(item.rect) + u"^GB%1,%2,%2^FS\n"_s.arg(item.rect.width()).arg(item.rect.height());
            break;
        case LayoutItem::Type::Arrow:
            z += arrowZpl(item);
            break;
        case LayoutItem::Type::Barcode: {
            const LabelBarcode &b = label.barcodes.at(item.barcode);
            const int h = item.rect.height();
            switch (b.symbol) {
            case Symbol::Ean13: // 12 digits: the printer adds the check digit
                z += at(item.rect) + u"^BY%1^BEN,%2,N,N"_s.arg(item.moduleDots).arg(h) + field(b.data.left(12));
                break;
            case Symbol::UpcA:
                z += at(item.rect) + u"^BY%1^BUN,%2,N,N,Y"_s.arg(item.moduleDots).arg(h) + field(b.data.left(11));
                break;
            case Symbol::Code128:
            case Symbol::Gs1_128: {
                auto c = code128ForZpl(b.data, b.isGs1());
                if (!c)
                    return c.error();
                z += at(item.rect) + u"^BY%1^BCN,%2,N,N,N"_s.arg(item.moduleDots).arg(h) + field(c->fieldData);
                break;
            }
            case Symbol::Gs1DataMatrix: {
                QString data = u"_1"_s;
                for (QChar c : b.data)
                    data += c == QChar(scan::kGroupSeparator) ? u"_1"_s : c == u'_' ? u"__"_s : QString(c);
                z += at(item.rect) + u"^BXN,%1,200,,,,_"_s.arg(item.moduleDots) + field(data);
                break;
            }
            }
            break;
        }
        }
    }
    z += u"^PQ%1\n^XZ\n"_s.arg(copies);
    return z.toUtf8();
}

} // namespace stockhand::labels
