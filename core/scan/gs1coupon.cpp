// The coupon linters: AI (8110), the North American coupon code, and AI (8112), the positive offer file
// coupon. Both are digits made of fields, most of them preceded by a one-digit length indicator (VLI)
// (GS1 US "North American Coupon Application Guideline Using GS1 DataBar Expanded Symbols").
#include "scan/gs1linters.h"

using namespace Qt::StringLiterals;

namespace stockhand::scan {

namespace {

// Reads a coupon's fields front to back; the first problem is kept and every later step does nothing.
class CouponReader
{
public:
    CouponReader(const AiDefinition &def, QStringView data)
        : m_def(def)
        , m_data(data)
    {
        for (qsizetype i = 0; i < data.size(); ++i) {
            if (data[i] < u'0' || data[i] > u'9') {
                fail(u"a coupon holds digits only, found \"%1\" at position %2"_s.arg(data[i]).arg(i + 1));
                break;
            }
        }
    }

    bool failed() const { return m_error.has_value(); }
    Status status() const { return m_error ? Status(*m_error) : Status(); }
    bool atEnd() const { return m_pos >= m_data.size(); }
    // The next digit is `flag` (an optional field's indicator): consumes it.
    bool optionalField(QChar flag)
    {
        if (failed() || atEnd() || m_data[m_pos] != flag)
            return false;
        ++m_pos;
        return true;
    }
    // One digit, which must be one of `allowed`.
    int digit(const char *what, QStringView allowed)
    {
        if (failed())
            return 0;
        if (atEnd())
            return fail(u"the coupon ends before its %1"_s.arg(QLatin1String(what))), 0;
        const QChar c = m_data[m_pos++];
        if (!allowed.contains(c))
            return fail(u"%1 %2 is not allowed (%3)"_s.arg(QLatin1String(what), c, allowed.toString())), 0;
        return c.unicode() - '0';
    }
    // `n` digits; returns them.
    QStringView take(qsizetype n, const char *what)
    {
        if (failed())
            return {};
        if (m_data.size() - m_pos < n)
            return fail(u"the coupon ends inside its %1"_s.arg(QLatin1String(what))), QStringView();
        const QStringView s = m_data.mid(m_pos, n);
        m_pos += n;
        return s;
    }
    // A field preceded by its length indicator: length = VLI + `plus`; VLI must be in `allowed`.
    QStringView lengthPrefixed(const char *what, QStringView allowed, int plus)
    {
        const QByteArray indicator = QByteArray(what) + " length indicator";
        const int vli = digit(indicator.constData(), allowed);
        return take(vli + plus, what);
    }
    void companyPrefix(QStringView gcp)
    {
        if (!failed() && !gcp.isEmpty() && gcp.size() < 4)
            fail(u"its GS1 Company Prefix is shorter than 4 digits"_s);
    }
    void date(QStringView yymmdd, const Gs1Options &options)
    {
        if (!failed() && !yymmdd.isEmpty()) {
            if (auto st = checkYYMMDD(m_def, yymmdd, false, options.today, nullptr); !st)
                m_error = st.error();
        }
    }
    void fail(const QString &what)
    {
        if (!failed())
            m_error = makeError("scan.gs1.coupon", u"AI (%1): %2"_s.arg(m_def.ai, what));
    }

private:
    const AiDefinition &m_def;
    QStringView m_data;
    qsizetype m_pos = 0;
    std::optional<Error> m_error;
};

} // namespace

Status lintCouponCode(const AiDefinition &def, QStringView data, const Gs1Options &options)
{
    CouponReader r(def, data);
    r.companyPrefix(r.lengthPrefixed("company prefix", u"0123456", 6));
    r.take(6, "offer code");
    r.lengthPrefixed("save value", u"12345", 0);
    r.lengthPrefixed("first purchase requirement", u"12345", 0);
    r.digit("first purchase requirement code", u"012349");
    r.take(3, "first purchase family code");
    if (r.optionalField(u'1')) { // additional purchase rules and second purchase
        r.digit("additional purchase rules code", u"0123");
        r.lengthPrefixed("second purchase requirement", u"12345", 0);
        r.digit("second purchase requirement code", u"012349");
        r.take(3, "second purchase family code");
        const int vli = r.digit("second purchase company prefix length indicator", u"01234569");
        r.companyPrefix(r.take(vli == 9 ? 0 : vli + 6, "second purchase company prefix"));
    }
    if (r.optionalField(u'2')) { // third purchase
        r.lengthPrefixed("third purchase requirement", u"12345", 0);
        r.digit("third purchase requirement code", u"012349");
        r.take(3, "third purchase family code");
        const int vli = r.digit("third purchase company prefix length indicator", u"01234569");
        r.companyPrefix(r.take(vli == 9 ? 0 : vli + 6, "third purchase company prefix"));
    }
    QStringView expiry;
    if (r.optionalField(u'3')) {
        expiry = r.take(6, "expiration date");
        r.date(expiry, options);
    }
    if (r.optionalField(u'4')) {
        const QStringView start = r.take(6, "start date");
        r.date(start, options);
        if (!r.failed() && !expiry.isEmpty() && start.compare(expiry) > 0)
            r.fail(u"the expiration date %1 is before the start date %2"_s.arg(expiry.toString(), start.toString()));
    }
    if (r.optionalField(u'5'))
        r.lengthPrefixed("serial number", u"0123456789", 6);
    if (r.optionalField(u'6'))
        r.companyPrefix(r.lengthPrefixed("retailer company prefix or GLN", u"1234567", 6));
    if (r.optionalField(u'9')) {
        r.digit("save value code", u"01256");
        r.digit("save value applies to item", u"012");
        r.digit("store coupon flag", u"0123456789");
        r.digit("don't multiply flag", u"01");
    }
    if (!r.failed() && !r.atEnd())
        r.fail(u"unexpected data after the coupon's last field"_s);
    return r.status();
}

Status lintCouponPosOffer(const AiDefinition &def, QStringView data)
{
    CouponReader r(def, data);
    r.digit("coupon format", u"01");
    r.companyPrefix(r.lengthPrefixed("coupon funder", u"0123456", 6));
    r.take(6, "offer code");
    r.lengthPrefixed("serial number", u"0123456789", 6);
    if (!r.failed() && !r.atEnd())
        r.fail(u"unexpected data after the coupon's serial number"_s);
    return r.status();
}

} // namespace stockhand::scan
