#include "devicereport.h"

#include <QDateTime>
#include <QList>
#include <QRegularExpression>
#include <QUrl>

namespace stockhand {

namespace {

QByteArray enc(const QString &v)
{
    return QUrl::toPercentEncoding(v, "/:@-._~!$&'()*+,");
}

Error malformed(const QString &why)
{
    return makeError("report.malformed", QStringLiteral("The device report is malformed: %1.").arg(why));
}

} // namespace

QByteArray DeviceReport::toHeader() const
{
    QByteArray h = "v=" + QByteArray::number(kVersion) + "; app=" + enc(appVersion.left(40))
        + "; pending=" + QByteArray::number(qMax<qint64>(0, pendingOps));
    if (!oldestPendingAt.isEmpty())
        h += "; oldest=" + enc(oldestPendingAt);
    if (!lastErrorCode.isEmpty())
        h += "; error=" + enc(lastErrorCode.left(64)) + "; message=" + enc(lastErrorMessage.left(200));
    return h;
}

Result<DeviceReport> DeviceReport::fromHeader(const QByteArray &value)
{
    if (value.size() > 2048)
        return malformed(QStringLiteral("longer than 2048 bytes"));
    DeviceReport r;
    bool haveVersion = false;
    for (const QByteArray &raw : value.split(';')) {
        const QByteArray part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return malformed(QStringLiteral("a field has no value"));
        const QByteArray key = part.left(eq);
        const QString v = QUrl::fromPercentEncoding(part.mid(eq + 1));
        if (key == "v") {
            bool ok = false;
            const int version = v.toInt(&ok);
            if (!ok || version < 1)
                return malformed(QStringLiteral("no version"));
            if (version > kVersion)
                return makeError("report.version",
                    QStringLiteral("Device report format %1 is newer than %2.").arg(version).arg(kVersion));
            haveVersion = true;
        } else if (key == "app") {
            if (v.size() > 40)
                return malformed(QStringLiteral("app version longer than 40 characters"));
            r.appVersion = v;
        } else if (key == "pending") {
            bool ok = false;
            r.pendingOps = v.toLongLong(&ok);
            if (!ok || r.pendingOps < 0)
                return malformed(QStringLiteral("pending is not a count"));
        } else if (key == "oldest") {
            const QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
            if (!t.isValid())
                return malformed(QStringLiteral("oldest is not an ISO 8601 time"));
            r.oldestPendingAt = t.toUTC().toString(Qt::ISODateWithMs);
        } else if (key == "error") {
            static const QRegularExpression code(QStringLiteral("^[a-z0-9._-]{1,64}$"));
            if (!code.match(v).hasMatch())
                return malformed(QStringLiteral("error is not a short code"));
            r.lastErrorCode = v;
        } else if (key == "message") {
            r.lastErrorMessage = v.left(200);
        }
        // Unknown keys: a later version-1 device may add some.
    }
    if (!haveVersion)
        return malformed(QStringLiteral("no version"));
    if (r.lastErrorCode.isEmpty())
        r.lastErrorMessage.clear();
    return r;
}

} // namespace stockhand
