// GS1 Digital Link URIs (GS1 Digital Link standard 1.2, uncompressed form): a primary key and its
// qualifiers in the path, further AIs in the query string.
#include "scan/aitable.h"
#include "scan/gs1.h"
#include "scan/gtin.h"

#include <QByteArray>

using namespace Qt::StringLiterals;

namespace stockhand::scan {

namespace {

bool isPrimaryKey(QStringView s)
{
    static const QStringList keys = {u"01"_s, u"00"_s, u"253"_s, u"255"_s, u"401"_s, u"402"_s, u"414"_s, u"417"_s,
        u"8003"_s, u"8004"_s, u"8006"_s, u"8010"_s, u"8013"_s, u"8017"_s, u"8018"_s};
    return keys.contains(s);
}

QString percentDecoded(QStringView s)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(s.toUtf8()));
}

} // namespace

Result<Gs1Message> parseGs1DigitalLink(QStringView uri, const Gs1Options &options)
{
    qsizetype rest = 0;
    if (uri.startsWith(u"https://", Qt::CaseInsensitive))
        rest = 8;
    else if (uri.startsWith(u"http://", Qt::CaseInsensitive))
        rest = 7;
    else
        return makeError("scan.dl.syntax", u"Not a GS1 Digital Link: it must start with https:// or http://"_s);
    QStringView tail = uri.mid(rest);
    if (const qsizetype hash = tail.indexOf(u'#'); hash >= 0)
        tail = tail.first(hash);
    QStringView query;
    if (const qsizetype q = tail.indexOf(u'?'); q >= 0) {
        query = tail.mid(q + 1);
        tail = tail.first(q);
    }
    const qsizetype slash = tail.indexOf(u'/');
    const QStringView path = slash < 0 ? QStringView() : tail.mid(slash + 1);
    const auto segments = path.split(u'/', Qt::SkipEmptyParts);

    qsizetype start = -1;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (isPrimaryKey(segments[i])) {
            start = i;
            break;
        }
    }
    if (start >= 0 && (segments.size() - start) % 2 != 0)
        return makeError(
            "scan.dl.syntax", u"Digital Link path ends with \"%1\" without a value"_s.arg(segments.back().toString()));
    if (start < 0)
        return makeError("scan.dl.no-key", u"Not a GS1 Digital Link: no primary key such as /01/<GTIN> in the path"_s);

    Gs1Message msg;
    auto add = [&](QStringView ai, QString value, const char *where) -> Status {
        if (!isAllDigits(ai) || !findAi(ai))
            return makeError("scan.gs1.unknown-ai",
                u"Unknown application identifier (%1) in the Digital Link %2"_s.arg(
                    ai.toString(), QString::fromLatin1(where)));
        if (ai == u"01" && (value.size() == 8 || value.size() == 12 || value.size() == 13) && isAllDigits(value))
            value = value.rightJustified(14, u'0'); // GTIN-8/12/13 are allowed in the path
        Gs1Element e {ai.toString(), std::move(value), {}, {}, {}, {}};
        SH_TRY(validateGs1Element(e, options));
        msg.elements.append(std::move(e));
        return {};
    };
    for (qsizetype i = start; i < segments.size(); i += 2)
        SH_TRY(add(segments[i], percentDecoded(segments[i + 1]), "path"));
    for (QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QStringView key = eq < 0 ? pair : pair.first(eq);
        if (!isAllDigits(key))
            continue; // linkType, context and other non-AI parameters are not data
        if (eq < 0)
            return makeError("scan.gs1.empty", u"AI (%1) has no value"_s.arg(key.toString()));
        SH_TRY(add(key, percentDecoded(pair.mid(eq + 1)), "query"));
    }
    SH_TRY(validateGs1Message(msg));
    return msg;
}

} // namespace stockhand::scan
