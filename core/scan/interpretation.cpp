// Presentation helpers of Interpretation: the one-line summary and control-character escaping.
#include "scan/interpreter.h"

using namespace Qt::StringLiterals;

namespace stockhand::scan {

QString Interpretation::summary() const
{
    if (error)
        return u"Invalid: "_s + error->message;
    if (form == ScanForm::Gtin)
        return u"GTIN "_s + gtin();
    if (form == ScanForm::Text)
        return u"Text "_s + visibleText(data);
    QStringList parts;
    for (const Gs1Element &e : gs1.elements) {
        const QString &ai = e.ai;
        if (ai == u"01")
            parts << u"GTIN "_s + e.value;
        else if (ai == u"02")
            parts << u"content GTIN "_s + e.value;
        else if (ai == u"00")
            parts << u"SSCC "_s + e.value;
        else if (ai == u"10")
            parts << u"lot "_s + e.value;
        else if (ai == u"21")
            parts << u"serial "_s + e.value;
        else if (ai == u"17")
            parts << u"exp "_s + e.date.toString(Qt::ISODate);
        else if (ai == u"15")
            parts << u"best before "_s + e.date.toString(Qt::ISODate);
        else if (ai == u"11")
            parts << u"produced "_s + e.date.toString(Qt::ISODate);
        else if (ai == u"30" || ai == u"37")
            parts << u"qty "_s + e.decimal;
        else if (ai.startsWith(u"310"))
            parts << u"net "_s + e.decimal + u" kg"_s;
        else
            parts << u'(' + ai + u") "_s + visibleText(e.value);
    }
    return parts.join(u" · "_s);
}

QString visibleText(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.unicode() == 0x1d)
            out += u"<GS>"_s;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += u"<U+%1>"_s.arg(int(c.unicode()), 4, 16, QChar(u'0')).toUpper();
        else
            out += c;
    }
    return out;
}

QString withControlCharacters(QStringView s)
{
    QString out = s.toString();
    out.replace(u"<GS>"_s, QString(QChar(0x1d)));
    out.replace(u"\\x1d"_s, QString(QChar(0x1d)), Qt::CaseInsensitive);
    return out;
}

const char *nameOf(ScanForm form)
{
    switch (form) {
    case ScanForm::Gs1:
        return "gs1";
    case ScanForm::Gtin:
        return "gtin";
    case ScanForm::Text:
        return "text";
    }
    return "text";
}

const char *nameOf(Gs1Source source)
{
    switch (source) {
    case Gs1Source::None:
        return "none";
    case Gs1Source::ElementString:
        return "element-string";
    case Gs1Source::Hri:
        return "hri";
    case Gs1Source::DigitalLink:
        return "digital-link";
    }
    return "none";
}

} // namespace stockhand::scan
