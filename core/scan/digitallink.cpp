// GS1 Digital Link URIs (GS1 Digital Link URI Syntax, uncompressed form): any path may come first; the path
// ends with a primary key and its key qualifiers in the order the dictionary gives ("dlpkey=22,10,21|235");
// the query holds data attributes (AIs flagged "?") and other parameters (linkType, ...), which are ignored.
#include "scan/aitable.h"
#include "scan/gs1.h"
#include "scan/gtin.h"

#include <QByteArray>

using namespace Qt::StringLiterals;

namespace stockhand::scan {

namespace {

QString percentDecoded(QStringView s)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(s.toUtf8()));
}

const AiDefinition *aiSegment(QStringView s)
{
    return isAllDigits(s) ? findAi(s) : nullptr;
}

// Whether `qualifiers` (the AIs after the key, in path order) follow one of the key's sequences: each
// qualifier at most once, in the sequence's order, any of them left out.
bool qualifiersFollow(const AiDefinition &key, const QList<QStringView> &qualifiers)
{
    if (qualifiers.isEmpty())
        return true;
    for (const QStringList &sequence : key.dlQualifiers) {
        qsizetype next = 0;
        bool ok = true;
        for (QStringView q : qualifiers) {
            while (next < sequence.size() && sequence[next] != q)
                ++next;
            if (next == sequence.size()) {
                ok = false;
                break;
            }
            ++next;
        }
        if (ok)
            return true;
    }
    return false;
}

bool isQualifierOf(const AiDefinition &key, QStringView ai)
{
    for (const QStringList &sequence : key.dlQualifiers) {
        if (sequence.contains(ai))
            return true;
    }
    return false;
}

QString qualifierOrder(const AiDefinition &key)
{
    QStringList alternatives;
    for (const QStringList &sequence : key.dlQualifiers) {
        QStringList ais;
        for (const QString &ai : sequence)
            ais << u'/' + ai;
        alternatives << ais.join(QString());
    }
    return alternatives.isEmpty() ? u"none"_s : alternatives.join(u" or "_s);
}

struct KeyMatch
{
    qsizetype start = -1; // index of the key's segment
    QString problem; // why the leftmost key candidate's path is not valid
};

// The primary key, found from the end of the path: the segments are AI/value pairs counted back from the
// last one; the key is the leftmost pair whose AI is a primary key and whose following pairs are its
// qualifiers in order. Anything before it is the path prefix of the URI.
KeyMatch findKey(const QList<QStringView> &segments, qsizetype count)
{
    KeyMatch m;
    QList<QStringView> after; // AIs of the pairs after position i, in path order
    for (qsizetype i = count - 2; i >= 0; i -= 2) {
        const AiDefinition *def = aiSegment(segments[i]);
        if (!def)
            break;
        if (def->dlPrimaryKey) {
            if (qualifiersFollow(*def, after)) {
                m.start = i;
            } else {
                QString bad;
                for (QStringView q : after) {
                    if (!isQualifierOf(*def, q)) {
                        bad = u"AI (%1) is not a key qualifier of (%2) and belongs in the query, not the path"_s.arg(
                            q.toString(), def->ai);
                        break;
                    }
                }
                if (bad.isEmpty())
                    bad = u"The key qualifiers of (%1) must come in the order %2"_s.arg(def->ai, qualifierOrder(*def));
                m.problem = bad;
            }
        }
        after.prepend(segments[i]);
    }
    if (m.start >= 0)
        m.problem.clear();
    return m;
}

// A path with no valid key: when a primary key with a value is there all the same, says what is wrong after
// it; otherwise the URI is not a Digital Link (and the interpreter reads it as text).
Status diagnose(const QList<QStringView> &segments, const KeyMatch &strict)
{
    qsizetype k = segments.size() - 2;
    for (; k >= 0; --k) {
        const AiDefinition *def = aiSegment(segments[k]);
        if (def && def->dlPrimaryKey)
            break;
    }
    if (k < 0)
        return {};
    const QList<QStringView> rest = segments.mid(k + 2);
    if (rest.size() % 2 != 0 && aiSegment(rest.back()))
        return makeError(
            "scan.dl.syntax", u"Digital Link path ends with \"%1\" without a value"_s.arg(rest.back().toString()));
    for (qsizetype j = 0; j < rest.size(); j += 2) {
        if (!aiSegment(rest[j]))
            return makeError("scan.gs1.unknown-ai",
                u"Unknown application identifier (%1) in the Digital Link path"_s.arg(rest[j].toString()));
    }
    if (!strict.problem.isEmpty())
        return makeError("scan.dl.syntax", strict.problem);
    return {};
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
    bool hasQuery = false;
    if (const qsizetype q = tail.indexOf(u'?'); q >= 0) {
        query = tail.mid(q + 1);
        tail = tail.first(q);
        hasQuery = true;
    }
    const qsizetype slash = tail.indexOf(u'/');
    const QStringView path = slash < 0 ? QStringView() : tail.mid(slash + 1);
    QList<QStringView> segments = path.split(u'/');
    if (path.isEmpty())
        segments.clear();
    QList<QStringView> nonEmpty = segments;
    nonEmpty.removeAll(QStringView());

    const KeyMatch key = findKey(nonEmpty, nonEmpty.size());
    if (key.start < 0) {
        SH_TRY(diagnose(nonEmpty, key));
        return makeError("scan.dl.no-key", u"Not a GS1 Digital Link: no primary key such as /01/<GTIN> in the path"_s);
    }
    if (nonEmpty.size() != segments.size())
        return makeError("scan.dl.syntax", u"Digital Link path has an empty segment (\"//\" or a \"/\" at the end)"_s);

    segments = nonEmpty;
    Gs1Message msg;
    const AiDefinition *primary = findAi(segments[key.start]);
    auto add = [&](QStringView ai, QString value, const char *where) -> Status {
        if (!aiSegment(ai))
            return makeError("scan.gs1.unknown-ai",
                u"Unknown application identifier (%1) in the Digital Link %2"_s.arg(
                    ai.toString(), QString::fromLatin1(where)));
        if (msg.find(ai))
            return makeError("scan.dl.duplicate", u"AI (%1) is given twice in the Digital Link"_s.arg(ai.toString()));
        if (value.isEmpty())
            return makeError("scan.gs1.empty", u"AI (%1) has no value"_s.arg(ai.toString()));
        if (ai == u"01" && (value.size() == 8 || value.size() == 12 || value.size() == 13) && isAllDigits(value))
            value = value.rightJustified(14, u'0'); // GTIN-8/12/13 are allowed in the path
        Gs1Element e {ai.toString(), std::move(value), {}, {}, {}, {}};
        SH_TRY(validateGs1Element(e, options));
        msg.elements.append(std::move(e));
        return {};
    };
    for (qsizetype i = key.start; i < segments.size(); i += 2)
        SH_TRY(add(segments[i], percentDecoded(segments[i + 1]), "path"));
    if (hasQuery) {
        for (QStringView pair : query.split(u'&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf(u'=');
            const QStringView name = eq < 0 ? pair : pair.first(eq);
            if (!isAllDigits(name))
                continue; // linkType, context and other non-AI parameters are not data
            const AiDefinition *def = aiSegment(name);
            if (def && isQualifierOf(*primary, name))
                return makeError("scan.dl.qualifier-in-query",
                    u"AI (%1) is a key qualifier of (%2): it belongs in the Digital Link path, not the query"_s.arg(
                        name.toString(), primary->ai));
            if (def && !def->dlDataAttribute)
                return makeError("scan.dl.not-attribute",
                    u"AI (%1) is not allowed in the query of a Digital Link"_s.arg(name.toString()));
            SH_TRY(add(name, eq < 0 ? QString() : percentDecoded(pair.mid(eq + 1)), "query"));
        }
    }
    SH_TRY(validateGs1Message(msg, options));
    return msg;
}

} // namespace stockhand::scan
