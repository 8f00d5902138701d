#include "domain/operation.h"

#include "ops/kinds.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUuid>

namespace stockhand {

QString opStateName(OpState s)
{
    switch (s) {
    case OpState::Pending:
        return QStringLiteral("pending");
    case OpState::Applied:
        return QStringLiteral("applied");
    case OpState::Duplicate:
        return QStringLiteral("duplicate");
    case OpState::Rejected:
        return QStringLiteral("rejected");
    }
    return QString();
}

std::optional<OpState> opStateFromName(QStringView name)
{
    for (OpState s : {OpState::Pending, OpState::Applied, OpState::Duplicate, OpState::Rejected}) {
        if (name == opStateName(s))
            return s;
    }
    return std::nullopt;
}

bool isCanonicalUuid(QStringView t)
{
    if (t.size() != 36)
        return false;
    bool nonZero = false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = t.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')) {
            nonZero = nonZero || c != u'0';
        } else {
            return false;
        }
    }
    return nonZero;
}

QString canonicalUuid(QStringView text)
{
    if (isCanonicalUuid(text))
        return text.toString(); // what devices send: no parse, no re-formatting
    const QUuid uuid = QUuid::fromString(text);
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

namespace {

// "2026-11-26T09:14:03.120Z", as utcTime() writes it: taken as is, without the slow QDateTime parse.
bool isCanonicalTime(const QString &t)
{
    static const char pattern[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (t.size() != qsizetype(sizeof(pattern) - 1))
        return false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char p = pattern[i];
        const QChar c = t.at(i);
        if (p == 'd' ? !(c >= QLatin1Char('0') && c <= QLatin1Char('9')) : c != QLatin1Char(p))
            return false;
    }
    const auto two = [&t](int at) { return (t.at(at).unicode() - u'0') * 10 + (t.at(at + 1).unicode() - u'0'); };
    const int month = two(5), day = two(8), hour = two(11), minute = two(14), second = two(17);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second < 60;
}

// A JSON number that is a whole number at least `min`.
std::optional<qint64> wholeNumber(const QJsonValue &v, qint64 min)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < double(min) || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

} // namespace

QByteArray Operation::proofMessage() const
{
    QByteArray m;
    m += uuid.toLatin1();
    m += '\n';
    m += kind.toUtf8();
    m += '\n';
    m += QByteArray::number(userId);
    m += '\n';
    m += localTime.toLatin1();
    m += '\n';
    m += QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return m;
}

QString Operation::proofUnder(const QByteArray &sessionSecret) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash(proofMessage(), sessionSecret, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool Operation::proofValid(const QByteArray &sessionSecret) const
{
    const QByteArray expected = proofUnder(sessionSecret).toLatin1();
    const QByteArray given = sessionProof.toLatin1();
    if (given.size() != expected.size() || expected.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected[i] ^ given[i]);
    return diff == 0;
}

QJsonObject Operation::toJson() const
{
    QJsonObject o {{QStringLiteral("uuid"), uuid}, {QStringLiteral("seq"), seq}, {QStringLiteral("kind"), kind},
        {QStringLiteral("user_id"), userId}, {QStringLiteral("local_time"), localTime},
        {QStringLiteral("payload"), payload}};
    if (!sessionId.isEmpty())
        o.insert(QStringLiteral("session"),
            QJsonObject {{QStringLiteral("id"), sessionId}, {QStringLiteral("proof"), sessionProof}});
    return o;
}

Result<Operation> Operation::fromJson(const QJsonObject &o, qsizetype index)
{
    const auto where = [index] { return QStringLiteral("operations[%1]").arg(index); }; // only for errors
    const auto fail = [&where](const char *code, QLatin1StringView text) { return makeError(code, where() + text); };
    Operation op;
    op.uuid = canonicalUuid(o.value(QStringLiteral("uuid")).toString());
    if (op.uuid.isEmpty())
        return fail("request.invalid-uuid", QLatin1StringView(".uuid must be a UUID."));
    const auto seq = wholeNumber(o.value(QStringLiteral("seq")), 0);
    if (!seq)
        return fail("request.wrong-type", QLatin1StringView(".seq must be a non-negative integer."));
    op.seq = *seq;
    const auto user = wholeNumber(o.value(QStringLiteral("user_id")), 1);
    if (!user)
        return fail("request.wrong-type", QLatin1StringView(".user_id must be a positive integer."));
    op.userId = *user;
    op.kind = o.value(QStringLiteral("kind")).toString();
    if (!ops::findKind(op.kind))
        return makeError("request.unknown-kind",
            QStringLiteral("%1: unknown operation kind \"%2\".").arg(where(), QStringView(op.kind).left(40)));
    const QJsonValue payload = o.value(QStringLiteral("payload"));
    if (!payload.isObject())
        return fail("request.wrong-type", QLatin1StringView(".payload must be an object."));
    op.payload = payload.toObject();
    const QJsonValue local = o.value(QStringLiteral("local_time"));
    if (local.isString() && isCanonicalTime(local.toString())) {
        op.localTime = local.toString();
    } else if (!local.isUndefined() && !local.isNull()) {
        const QDateTime t = QDateTime::fromString(local.toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            return fail("request.wrong-type", QLatin1StringView(".local_time must be ISO 8601."));
        op.localTime = utcTime(t);
    }
    const QJsonValue session = o.value(QStringLiteral("session"));
    if (!session.isUndefined() && !session.isNull()) {
        const QJsonObject so = session.toObject();
        const QJsonValue id = so.value(QStringLiteral("id")), proof = so.value(QStringLiteral("proof"));
        if (!session.isObject() || !id.isString() || !proof.isString() || id.toString().isEmpty()
            || id.toString().size() > 64 || proof.toString().size() > 64)
            return fail(
                "request.wrong-type", QLatin1StringView(".session must be {\"id\": string, \"proof\": string}."));
        op.sessionId = id.toString();
        op.sessionProof = proof.toString();
    }
    return op;
}

} // namespace stockhand
