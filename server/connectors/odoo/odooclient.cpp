#include "odooclient.h"

namespace stockhand::odoo {

OdooClient::OdooClient(OdooTransport &transport, OdooSettings settings)
    : m_transport(transport)
    , m_settings(std::move(settings))
{ }

Status OdooClient::login()
{
    if (m_uid > 0)
        return {};
    auto r = m_transport.call(QStringLiteral("common"), QStringLiteral("login"),
        QJsonArray {m_settings.database, m_settings.login, m_settings.key});
    SH_TRY(r);
    // A wrong login or key is `false`, not an error.
    const qint64 uid = r->toInteger(0);
    if (uid <= 0)
        return makeError("odoo.login",
            QStringLiteral("Odoo refused the login %1 on database %2 (wrong login or key).")
                .arg(m_settings.login, m_settings.database));
    m_uid = uid;
    return {};
}

Result<QJsonValue> OdooClient::version()
{
    return m_transport.call(QStringLiteral("common"), QStringLiteral("version"), QJsonArray {});
}

Result<QJsonValue> OdooClient::execute(
    const QString &model, const QString &method, const QJsonArray &args, const QJsonObject &kwargs)
{
    SH_TRY(login());
    return m_transport.call(QStringLiteral("object"), QStringLiteral("execute_kw"),
        QJsonArray {m_settings.database, m_uid, m_settings.key, model, method, args, kwargs});
}

Result<QJsonArray> OdooClient::searchRead(const QString &model, const QJsonArray &domain, const QStringList &fields,
    const QString &order, int limit, const QJsonObject &context)
{
    QJsonObject ctx = context;
    ctx.insert(QStringLiteral("active_test"), false);
    QJsonObject kw {{QStringLiteral("fields"), QJsonArray::fromStringList(fields)}, {QStringLiteral("context"), ctx}};
    if (!order.isEmpty())
        kw.insert(QStringLiteral("order"), order);
    if (limit > 0)
        kw.insert(QStringLiteral("limit"), limit);
    auto r = execute(model, QStringLiteral("search_read"), one(domain), kw);
    SH_TRY(r);
    if (!r->isArray())
        return makeError("odoo.malformed", QStringLiteral("%1 search_read did not answer a list.").arg(model));
    return r->toArray();
}

Result<QStringList> OdooClient::existingFields(const QString &model, const QStringList &fields)
{
    auto r = execute(model, QStringLiteral("fields_get"), one(QJsonArray::fromStringList(fields)),
        QJsonObject {{QStringLiteral("attributes"), QJsonArray {QStringLiteral("type")}}});
    SH_TRY(r);
    QStringList out;
    const QJsonObject o = r->toObject();
    for (const QString &f : fields) {
        if (o.contains(f))
            out.append(f);
    }
    return out;
}

qint64 many2oneId(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray().at(0).toInteger(0);
    if (v.isDouble())
        return v.toInteger(0);
    return 0;
}

QString many2oneName(const QJsonValue &v)
{
    return v.isArray() ? v.toArray().at(1).toString() : QString();
}

QString odooText(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

} // namespace stockhand::odoo
