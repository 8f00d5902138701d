#include "store/kpicache.h"

#include "clock.h"
#include "store/meta.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stockhand::store {

Status saveKpiSnapshot(db::Database &db, const KpiSnapshot &s)
{
    const QJsonObject body = QJsonDocument::fromJson(s.body).object();
    const QJsonObject o {{QStringLiteral("user_id"), s.userId}, {QStringLiteral("from"), s.from},
        {QStringLiteral("to"), s.to}, {QStringLiteral("warehouse_id"), s.warehouseId},
        {QStringLiteral("fetched_at"), utcTime(s.fetchedAt)}, {QStringLiteral("body"), body}};
    return Meta(db).set(MetaKey::KpiFigures, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

Result<std::optional<KpiSnapshot>> loadKpiSnapshot(db::Database &db, qint64 userId)
{
    auto text = Meta(db).text(MetaKey::KpiFigures);
    if (!text)
        return text.error();
    const QJsonObject o = QJsonDocument::fromJson(text->toUtf8()).object();
    const QJsonValue body = o.value(QStringLiteral("body"));
    if (!body.isObject() || o.value(QStringLiteral("user_id")).toInteger() != userId || userId == 0)
        return std::optional<KpiSnapshot>();
    KpiSnapshot s;
    s.userId = userId;
    s.from = o.value(QStringLiteral("from")).toString();
    s.to = o.value(QStringLiteral("to")).toString();
    s.warehouseId = o.value(QStringLiteral("warehouse_id")).toInteger(-1);
    s.fetchedAt = QDateTime::fromString(o.value(QStringLiteral("fetched_at")).toString(), Qt::ISODateWithMs);
    s.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return std::optional<KpiSnapshot>(std::move(s));
}

} // namespace stockhand::store
