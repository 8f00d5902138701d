#include "fuzzentry.h"

#include "scan/interpreter.h"

using namespace Qt::StringLiterals;
using namespace stockhand::scan;

namespace scanfuzz {

namespace {

QString check(const QString &input)
{
    const InterpretOptions options {QDate(2026, 11, 26)};
    const Interpretation in = interpret(input, options);
    (void)in.summary();
    if (in.error) {
        if (in.error->code.isEmpty() || in.error->message.isEmpty())
            return u"error without code or message for "_s + visibleText(input);
        return QString();
    }
    if (in.form != ScanForm::Gs1)
        return QString();
    if (in.gs1.elements.isEmpty())
        return u"GS1 interpretation without elements for "_s + visibleText(input);
    const QString hri = in.gs1.toHri();
    auto again = parseGs1ElementString(in.gs1.toElementString(), {options.today});
    if (!again)
        return u"element string of %1 does not parse: %2"_s.arg(visibleText(input), again.error().message);
    if (again->toHri() != hri)
        return u"element string round trip changed %1 into %2"_s.arg(hri, again->toHri());
    // A value holding "(" may read back differently in HRI form (an AI could start there): skip those.
    for (const Gs1Element &e : in.gs1.elements) {
        if (e.value.contains(u'('))
            return QString();
    }
    auto fromHri = parseGs1Hri(hri, {options.today});
    if (!fromHri)
        return u"HRI %1 does not parse: %2"_s.arg(hri, fromHri.error().message);
    if (fromHri->toHri() != hri)
        return u"HRI round trip changed %1 into %2"_s.arg(hri, fromHri->toHri());
    return QString();
}

} // namespace

QString interpretOnce(const uint8_t *data, size_t size)
{
    const auto *chars = reinterpret_cast<const char *>(data);
    const qsizetype n = qsizetype(qMin<size_t>(size, 4096));
    if (QString failure = check(QString::fromUtf8(chars, n)); !failure.isEmpty())
        return failure;
    return check(QString::fromLatin1(chars, n));
}

} // namespace scanfuzz
