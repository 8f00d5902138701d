#include "ops/policy.h"

namespace stockhand::ops {

QJsonObject SetCountPolicy::toJson() const
{
    QJsonObject o = PayloadWriter().text("user_group", userGroup).take();
    if (allWarehouses)
        o.insert(QStringLiteral("all_warehouses"), true);
    if (remove) {
        o.insert(QStringLiteral("remove"), true);
        return o;
    }
    if (maxQty >= 0)
        o.insert(QStringLiteral("max_qty"), formatQuantity(maxQty));
    if (maxPercent >= 0)
        o.insert(QStringLiteral("max_percent"), maxPercent);
    if (maxValueCents >= 0)
        o.insert(QStringLiteral("max_value_cents"), maxValueCents);
    return o;
}

Result<SetCountPolicy> SetCountPolicy::parse(const QJsonObject &payload)
{
    const PayloadReader r(payload);
    SetCountPolicy p;
    p.userGroup = r.optionalString("user_group").left(64);
    const QJsonValue all = payload.value(QStringLiteral("all_warehouses"));
    const QJsonValue remove = payload.value(QStringLiteral("remove"));
    if ((!all.isUndefined() && !all.isBool()) || (!remove.isUndefined() && !remove.isBool()))
        return makeError("op.wrong-type", QStringLiteral("all_warehouses and remove must be true or false."));
    p.allWarehouses = all.toBool();
    p.remove = remove.toBool();
    if (p.remove)
        return p;
    if (r.has("max_qty")) {
        auto q = r.requireQty("max_qty", true);
        if (!q)
            return q.error();
        p.maxQty = q.value();
    }
    const QJsonValue percent = payload.value(QStringLiteral("max_percent"));
    if (!percent.isUndefined() && !percent.isNull()) {
        if (!percent.isDouble() || percent.toDouble() < 0 || percent.toDouble() > 1e6)
            return makeError("op.wrong-type", QStringLiteral("max_percent must be a number of 0 or more."));
        p.maxPercent = percent.toDouble();
    }
    const QJsonValue value = payload.value(QStringLiteral("max_value_cents"));
    if (!value.isUndefined() && !value.isNull()) {
        if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != double(value.toInteger()))
            return makeError("op.wrong-type", QStringLiteral("max_value_cents must be a whole number of 0 or more."));
        p.maxValueCents = value.toInteger();
    }
    if (p.maxQty < 0 && p.maxPercent < 0 && p.maxValueCents < 0)
        return makeError("op.missing-field",
            QStringLiteral("Give at least one threshold (max_qty, max_percent, max_value_cents) or remove."));
    return p;
}

} // namespace stockhand::ops
