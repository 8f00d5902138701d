#include "requestproof.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

namespace stockhand {

namespace {

QString mac(const QByteArray &secret, const QByteArray &message)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QByteArray RequestProof::message(const QByteArray &method, const QString &path,
    const QList<QPair<QString, QString>> &query, const QString &time, const QByteArray &body)
{
    QByteArray m = method + '\n' + path.toUtf8() + '\n';
    for (const auto &[key, value] : query)
        m += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value) + '&';
    m += '\n' + time.toUtf8() + '\n' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    return m;
}

RequestProof RequestProof::sign(const QByteArray &secret, const QString &sessionId, const QString &time,
    const QByteArray &method, const QString &path, const QList<QPair<QString, QString>> &query, const QByteArray &body)
{
    return RequestProof {sessionId, time, mac(secret, message(method, path, query, time, body))};
}

bool RequestProof::validFor(const QByteArray &secret, const QByteArray &method, const QString &path,
    const QList<QPair<QString, QString>> &query, const QByteArray &body) const
{
    const QByteArray expected = mac(secret, message(method, path, query, time, body)).toLatin1();
    const QByteArray given = proof.toLatin1();
    if (secret.isEmpty() || given.size() != expected.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected[i] ^ given[i]);
    return diff == 0;
}

QByteArray RequestProof::header() const
{
    return "id=" + sessionId.toLatin1() + "; time=" + time.toLatin1() + "; proof=" + proof.toLatin1();
}

std::optional<RequestProof> RequestProof::parse(const QByteArray &header)
{
    RequestProof p;
    bool id = false, time = false, proof = false;
    for (const QByteArray &part : header.split(';')) {
        const QByteArray item = part.trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            return std::nullopt;
        const QByteArray key = item.left(eq);
        const QString value = QString::fromLatin1(item.mid(eq + 1));
        if (value.isEmpty() || value.size() > 200)
            return std::nullopt;
        bool *seen = key == "id" ? &id : key == "time" ? &time : key == "proof" ? &proof : nullptr;
        if (!seen || *seen)
            return std::nullopt;
        *seen = true;
        (key == "id" ? p.sessionId : key == "time" ? p.time : p.proof) = value;
    }
    if (!id || !time || !proof)
        return std::nullopt;
    return p;
}

} // namespace stockhand
