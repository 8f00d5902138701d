#include "enrolmentpayload.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace stockhand {

namespace {

const QLatin1String kPrefix("STOCKHAND:ENROL:");

QString encodeValue(const QString &v)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(v, "/:@-._~!$&'()*+,"));
}

Error damaged(const QString &why)
{
    return makeError("enrol.qr-damaged", QStringLiteral("The enrolment code is damaged: %1.").arg(why));
}

} // namespace

QString formatFingerprint(const QString &hex)
{
    return hex.isEmpty() ? QString() : QStringLiteral("sha256:") + hex.toLower();
}

QString certificateFingerprint(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

QString EnrolmentPayload::toText() const
{
    QString t = kPrefix + QString::number(kVersion) + QStringLiteral(";url=") + encodeValue(serverUrl)
        + QStringLiteral(";code=") + encodeValue(code);
    if (!caFingerprint.isEmpty())
        t += QStringLiteral(";ca=") + formatFingerprint(caFingerprint);
    if (!deviceName.isEmpty())
        t += QStringLiteral(";name=") + encodeValue(deviceName);
    return t;
}

Result<EnrolmentPayload> EnrolmentPayload::parse(const QString &input)
{
    // A keyboard wedge may add a line end; a camera may keep a trailing space.
    const QString text = input.trimmed();
    if (!text.startsWith(kPrefix, Qt::CaseInsensitive))
        return makeError("enrol.qr-foreign", QStringLiteral("This is not a Stockhand enrolment code."));
    const QStringList fields = text.mid(kPrefix.size()).split(QLatin1Char(';'));
    bool versionOk = false;
    const int version = fields.value(0).toInt(&versionOk);
    if (!versionOk || version < 1)
        return damaged(QStringLiteral("no format version"));
    if (version > kVersion)
        return makeError("enrol.qr-version",
            QStringLiteral("The enrolment code has format %1; this app reads format %2: update the app.")
                .arg(version)
                .arg(kVersion));
    EnrolmentPayload p;
    bool haveUrl = false, haveCode = false;
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const QString &f = fields.at(i);
        if (f.isEmpty())
            continue;
        const qsizetype eq = f.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return damaged(QStringLiteral("field %1 has no value").arg(i));
        const QString key = f.left(eq).toLower();
        const QString value = QUrl::fromPercentEncoding(f.mid(eq + 1).toUtf8());
        if (key == QLatin1String("url")) {
            p.serverUrl = value;
            haveUrl = true;
        } else if (key == QLatin1String("code")) {
            p.code = value;
            haveCode = true;
        } else if (key == QLatin1String("ca")) {
            static const QRegularExpression hex(QStringLiteral("^sha256:([0-9a-fA-F]{64})$"));
            const auto m = hex.match(value);
            if (!m.hasMatch())
                return damaged(QStringLiteral("the CA fingerprint is not sha256:<64 hex digits>"));
            p.caFingerprint = m.captured(1).toLower();
        } else if (key == QLatin1String("name")) {
            p.deviceName = value.left(100);
        }
    }
    if (!haveUrl || !haveCode)
        return damaged(QStringLiteral("the server address or the code is missing"));
    const QUrl url(p.serverUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return damaged(QStringLiteral("the server address is not an http(s) URL"));
    static const QRegularExpression codeShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 -]{3,40}$"));
    if (!codeShape.match(p.code).hasMatch())
        return damaged(QStringLiteral("the code is malformed"));
    return p;
}

} // namespace stockhand
