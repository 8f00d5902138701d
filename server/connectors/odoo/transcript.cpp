#include "transcript.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace stockhand::odoo {

QJsonValue maskSecrets(const QJsonValue &v, const QStringList &secrets)
{
    if (v.isString())
        return secrets.contains(v.toString()) ? QJsonValue(QStringLiteral("<secret>")) : v;
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(maskSecrets(e, secrets));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), maskSecrets(it.value(), secrets));
        return out;
    }
    return v;
}

namespace {

QJsonObject request(const QString &service, const QString &method, const QJsonArray &args, const QStringList &secrets)
{
    return QJsonObject {{QStringLiteral("service"), service}, {QStringLiteral("method"), method},
        {QStringLiteral("args"), maskSecrets(args, secrets)}};
}

} // namespace

RecordingTransport::RecordingTransport(OdooTransport &inner, QString path, QStringList secrets)
    : m_inner(inner)
    , m_path(std::move(path))
    , m_secrets(std::move(secrets))
{
    m_secrets.removeAll(QString());
}

Result<QJsonValue> RecordingTransport::call(const QString &service, const QString &method, const QJsonArray &args)
{
    auto answer = m_inner.call(service, method, args);
    QJsonObject exchange = request(service, method, args, m_secrets);
    if (answer)
        exchange.insert(QStringLiteral("result"), maskSecrets(answer.value(), m_secrets));
    else
        exchange.insert(QStringLiteral("error"),
            QJsonObject {
                {QStringLiteral("code"), answer.error().code}, {QStringLiteral("message"), answer.error().message}});
    m_exchanges.append(exchange);
    SH_TRY(save());
    return answer;
}

void RecordingTransport::mark(const QString &note)
{
    m_exchanges.append(QJsonObject {{QStringLiteral("note"), note}});
    (void)save();
}

Status RecordingTransport::save() const
{
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError("odoo.transcript", QStringLiteral("Cannot write %1.").arg(m_path));
    const QJsonObject doc {{QStringLiteral("recorded_by"), QStringLiteral("stockhand odoo RecordingTransport")},
        {QStringLiteral("exchanges"), m_exchanges}};
    f.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return makeError("odoo.transcript", QStringLiteral("Cannot write %1.").arg(m_path));
    return {};
}

ReplayTransport::ReplayTransport(QStringList secrets)
    : m_secrets(std::move(secrets))
{
    m_secrets.removeAll(QString());
}

Status ReplayTransport::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError("odoo.transcript", QStringLiteral("Cannot read %1.").arg(path));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    m_exchanges = doc.object().value(QStringLiteral("exchanges")).toArray();
    m_next = 0;
    if (m_exchanges.isEmpty())
        return makeError("odoo.transcript", QStringLiteral("%1 holds no exchanges.").arg(path));
    return {};
}

Result<QJsonValue> ReplayTransport::call(const QString &service, const QString &method, const QJsonArray &args)
{
    const QJsonObject got = request(service, method, args, m_secrets);
    while (m_next < m_exchanges.size() && m_exchanges.at(m_next).toObject().contains(QStringLiteral("note")))
        ++m_next;
    if (m_next >= m_exchanges.size())
        return makeError("odoo.replay-mismatch",
            QStringLiteral("Unexpected request after the transcript's end: %1")
                .arg(QString::fromUtf8(QJsonDocument(got).toJson(QJsonDocument::Compact))));
    const QJsonObject e = m_exchanges.at(m_next).toObject();
    QJsonObject expected = e;
    expected.remove(QStringLiteral("result"));
    expected.remove(QStringLiteral("error"));
    if (expected != got)
        return makeError("odoo.replay-mismatch",
            QStringLiteral("Exchange %1: expected %2, got %3")
                .arg(m_next)
                .arg(QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)),
                    QString::fromUtf8(QJsonDocument(got).toJson(QJsonDocument::Compact))));
    ++m_next;
    if (e.contains(QStringLiteral("error"))) {
        const QJsonObject err = e.value(QStringLiteral("error")).toObject();
        return Error {err.value(QStringLiteral("code")).toString(), err.value(QStringLiteral("message")).toString(), 0};
    }
    const QJsonValue r = e.value(QStringLiteral("result"));
    return r.isUndefined() ? QJsonValue(QJsonValue::Null) : r;
}

void ReplayTransport::mark(const QString &note)
{
    while (m_next < m_exchanges.size()) {
        const QJsonObject e = m_exchanges.at(m_next++).toObject();
        if (e.value(QStringLiteral("note")).toString() == note)
            return;
    }
}

int ReplayTransport::remaining() const
{
    int n = 0;
    for (int i = m_next; i < m_exchanges.size(); ++i)
        n += m_exchanges.at(i).toObject().contains(QStringLiteral("note")) ? 0 : 1;
    return n;
}

} // namespace stockhand::odoo
