#include "ops/payload.h"

#include "clock.h"

#include <QJsonValue>

namespace stockhand::ops {

bool PayloadReader::has(const char *field) const
{
    const QJsonValue v = m_payload.value(QLatin1String(field));
    return !v.isUndefined() && !v.isNull();
}

Result<qint64> PayloadReader::requireId(const char *field) const
{
    const QJsonValue v = m_payload.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return makeError("op.missing-field", QStringLiteral("The payload needs %1.").arg(QLatin1String(field)));
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d > 9e15 || d != double(qint64(d)))
        return makeError(
            "op.wrong-type", QStringLiteral("%1 must be a positive integer id.").arg(QLatin1String(field)));
    return qint64(d);
}

Result<qint64> PayloadReader::optionalId(const char *field) const
{
    return has(field) ? requireId(field) : Result<qint64>(qint64(0));
}

Result<Milli> PayloadReader::requireQty(const char *field, bool allowZero) const
{
    const QJsonValue v = m_payload.value(QLatin1String(field));
    std::optional<Milli> q;
    if (v.isString()) {
        q = parseQuantity(v.toString());
    } else if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && d > -9e12 && d < 9e12)
            q = units(qint64(d));
    } else if (v.isUndefined() || v.isNull()) {
        return makeError("op.missing-field", QStringLiteral("The payload needs %1.").arg(QLatin1String(field)));
    }
    if (!q)
        return makeError("op.invalid-quantity",
            QStringLiteral("%1 must be a decimal string with at most 3 decimals (\"12.5\") or a whole "
                           "number.")
                .arg(QLatin1String(field)));
    if (*q < 0 || (*q == 0 && !allowZero))
        return makeError("op.invalid-quantity",
            QStringLiteral("%1 must be %2.")
                .arg(QLatin1String(field),
                    allowZero ? QStringLiteral("zero or more") : QStringLiteral("more than zero")));
    return *q;
}

Result<QString> PayloadReader::requireString(const char *field) const
{
    const QJsonValue v = m_payload.value(QLatin1String(field));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return makeError(v.isUndefined() || v.isNull() ? "op.missing-field" : "op.wrong-type",
            QStringLiteral("The payload needs %1 as a non-empty string.").arg(QLatin1String(field)));
    return v.toString().trimmed();
}

QString PayloadReader::optionalString(const char *field) const
{
    return m_payload.value(QLatin1String(field)).toString().trimmed();
}

Result<QDateTime> PayloadReader::optionalTime(const char *field) const
{
    if (!has(field))
        return QDateTime();
    const QDateTime t = QDateTime::fromString(m_payload.value(QLatin1String(field)).toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return makeError("op.wrong-type", QStringLiteral("%1 must be an ISO 8601 time.").arg(QLatin1String(field)));
    return t;
}

Result<QDate> PayloadReader::optionalDate(const char *field) const
{
    if (!has(field))
        return QDate();
    const QDate d = QDate::fromString(m_payload.value(QLatin1String(field)).toString(), Qt::ISODate);
    if (!d.isValid())
        return makeError("op.wrong-type", QStringLiteral("%1 must be a date (YYYY-MM-DD).").arg(QLatin1String(field)));
    return d;
}

PayloadWriter &PayloadWriter::id(const char *field, qint64 id)
{
    if (id)
        m_payload.insert(QLatin1String(field), id);
    return *this;
}

PayloadWriter &PayloadWriter::qty(const char *field, Milli qty)
{
    m_payload.insert(QLatin1String(field), formatQuantity(qty));
    return *this;
}

PayloadWriter &PayloadWriter::text(const char *field, const QString &text)
{
    if (!text.isEmpty())
        m_payload.insert(QLatin1String(field), text);
    return *this;
}

PayloadWriter &PayloadWriter::time(const char *field, const QDateTime &t)
{
    if (t.isValid())
        m_payload.insert(QLatin1String(field), utcTime(t));
    return *this;
}

PayloadWriter &PayloadWriter::date(const char *field, const QDate &d)
{
    if (d.isValid())
        m_payload.insert(QLatin1String(field), d.toString(Qt::ISODate));
    return *this;
}

Result<LotRef> LotRef::read(const PayloadReader &r)
{
    auto id = r.optionalId("lot_id");
    if (!id)
        return id.error();
    return LotRef {id.value(), id.value() ? QString() : r.optionalString("lot")};
}

void LotRef::write(PayloadWriter &w) const
{
    if (id)
        w.id("lot_id", id);
    else
        w.text("lot", name);
}

} // namespace stockhand::ops
