// Parsing of GS1 element strings and of their human-readable (parenthesised) form.
#include "scan/gs1.h"
#include "scan/aitable.h"

using namespace Qt::StringLiterals;

namespace stockhand::scan {

namespace {

QString describe(QStringView s)
{
    QString out;
    for (QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += u"<U+%1>"_s.arg(int(c.unicode()), 4, 16, QChar(u'0')).toUpper();
        else
            out += c;
    }
    return out;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

const Gs1Element *Gs1Message::find(QStringView ai) const
{
    for (const Gs1Element &e : elements) {
        if (e.ai == ai)
            return &e;
    }
    return nullptr;
}

QString Gs1Message::value(QStringView ai) const
{
    const Gs1Element *e = find(ai);
    return e ? e->value : QString();
}

QString Gs1Message::toHri() const
{
    QString out;
    for (const Gs1Element &e : elements)
        out += u'(' + e.ai + u')' + e.value;
    return out;
}

QString Gs1Message::toElementString() const
{
    QString out;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const Gs1Element &e = elements[i];
        out += e.ai + e.value;
        const AiDefinition *def = findAi(e.ai);
        if (i + 1 < elements.size() && !(def && def->predefinedLength))
            out += QChar(kGroupSeparator);
    }
    return out;
}

Result<Gs1Message> parseGs1ElementString(QStringView data, const Gs1Options &options)
{
    Gs1Message msg;
    qsizetype pos = 0;
    const qsizetype n = data.size();
    if (n > 0 && data[0] == kGroupSeparator)
        pos = 1;
    if (pos >= n)
        return makeError("scan.gs1.empty", u"Empty GS1 element string"_s);
    while (pos < n) {
        if (data[pos] == kGroupSeparator) {
            if (pos == n - 1)
                break; // a trailing FNC1 is harmless
            return makeError("scan.gs1.separator", u"Unexpected FNC1 separator at position %1"_s.arg(pos + 1));
        }
        const int aiLen = aiLength(data.mid(pos));
        if (aiLen == 0) {
            if (pos + 1 < n && isDigit(data[pos]) && isDigit(data[pos + 1]))
                return makeError("scan.gs1.unknown-ai",
                    u"Unknown application identifier starting with \"%1\" at position %2"_s
                        .arg(data.mid(pos, 2).toString())
                        .arg(pos + 1));
            return makeError("scan.gs1.syntax",
                u"Expected an application identifier at position %1, found \"%2\""_s.arg(pos + 1).arg(
                    describe(data.mid(pos, 4))));
        }
        if (pos + aiLen > n)
            return makeError("scan.gs1.too-short",
                u"Element string ends inside the application identifier \"%1\""_s.arg(describe(data.mid(pos))));
        const QStringView ai = data.mid(pos, aiLen);
        const AiDefinition *def = findAi(ai);
        if (!def)
            return makeError("scan.gs1.unknown-ai",
                u"Unknown application identifier (%1) at position %2"_s.arg(describe(ai)).arg(pos + 1));
        pos += aiLen;
        qsizetype end = data.indexOf(QChar(kGroupSeparator), pos);
        if (end < 0)
            end = n;
        bool separatorMissing = false;
        if (def->predefinedLength) {
            end = qMin(end, pos + def->maxLength);
        } else if (end - pos > def->maxLength && end == n) {
            separatorMissing = true;
        }
        Gs1Element e {ai.toString(), data.mid(pos, end - pos).toString(), {}, {}, {}, {}};
        if (auto st = validateGs1Element(e, options); !st) {
            Error err = st.error();
            if (separatorMissing && err.code == u"scan.gs1.too-long")
                err.message += u" (is an FNC1 separator missing?)"_s;
            return err;
        }
        msg.elements.append(std::move(e));
        pos = end;
        if (pos < n && data[pos] == kGroupSeparator && pos + 1 < n)
            ++pos; // separator after a variable-length field (or a redundant one after a fixed one)
    }
    if (msg.elements.isEmpty())
        return makeError("scan.gs1.empty", u"Empty GS1 element string"_s);
    SH_TRY(validateGs1Message(msg, options));
    return msg;
}

Result<Gs1Message> parseGs1Hri(QStringView text, const Gs1Options &options)
{
    // An element starts at "(" + 2 to 4 digits + ")"; any other "(" belongs to the value (character set 82
    // has parentheses). An AI that is not in the table there is an error, never part of the value before.
    auto aiAt = [&](qsizetype at) -> qsizetype {
        if (at >= text.size() || text[at] != u'(')
            return 0;
        qsizetype digits = 0;
        while (at + 1 + digits < text.size() && digits < 5 && isDigit(text[at + 1 + digits]))
            ++digits;
        if (digits < 2 || digits > 4 || at + 1 + digits >= text.size() || text[at + 1 + digits] != u')')
            return 0;
        return digits;
    };
    if (text.isEmpty() || text[0] != u'(')
        return makeError(
            "scan.gs1.hri-syntax", u"GS1 text must start with an application identifier in parentheses, e.g. (01)"_s);
    Gs1Message msg;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype aiLen = aiAt(pos);
        if (aiLen == 0 || !findAi(text.mid(pos + 1, aiLen))) {
            const qsizetype close = text.indexOf(u')', pos);
            const QStringView ai = close > pos ? text.mid(pos + 1, close - pos - 1) : text.mid(pos + 1);
            return makeError("scan.gs1.unknown-ai",
                u"Unknown application identifier (%1) at position %2"_s.arg(describe(ai)).arg(pos + 1));
        }
        const QStringView ai = text.mid(pos + 1, aiLen);
        qsizetype end = pos + aiLen + 2;
        while (end < text.size() && aiAt(end) == 0)
            ++end;
        Gs1Element e {ai.toString(), text.mid(pos + aiLen + 2, end - pos - aiLen - 2).toString(), {}, {}, {}, {}};
        SH_TRY(validateGs1Element(e, options));
        msg.elements.append(std::move(e));
        pos = end;
    }
    SH_TRY(validateGs1Message(msg, options));
    return msg;
}

} // namespace stockhand::scan
