#include "sscc.h"

#include "errors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace stockhand::server {

namespace {

QJsonObject rangeJson(const storage::SsccRangeRecord &r)
{
    return QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("extension"), r.extension},
        {QStringLiteral("company_prefix"), r.companyPrefix}, {QStringLiteral("first"), r.first},
        {QStringLiteral("last"), r.last}};
}

} // namespace

Response handleSsccRanges(storage::Storage &storage, const Clock &clock, const SsccConfig &config, const Device &device,
    const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return errorResponse(makeError("request.malformed", QStringLiteral("The body must be a JSON object.")));
    const QJsonObject o = doc.object();
    const QJsonValue remainingValue = o.value(QLatin1String("remaining"));
    const QJsonValue haveValue = o.value(QLatin1String("have"));
    if (!remainingValue.isDouble() || remainingValue.toDouble() < 0
        || (!haveValue.isUndefined() && !haveValue.isArray()))
        return errorResponse(makeError("request.wrong-type",
            QStringLiteral("remaining is the count of SSCCs the device has left; have lists its range ids.")));
    QSet<qint64> have;
    for (const QJsonValue &v : haveValue.toArray())
        have.insert(v.toInteger());
    qint64 remaining = remainingValue.toInteger();

    QJsonArray ranges;
    if (!config.companyPrefix.isEmpty()) {
        auto issued = storage.devices().ssccRanges(device.id);
        if (!issued)
            return errorResponse(issued.error());
        for (const storage::SsccRangeRecord &r : std::as_const(issued.value())) {
            if (have.contains(r.id))
                continue;
            ranges.append(rangeJson(r)); // reserved for it, but the answer never arrived
            remaining += r.last - r.first + 1;
        }
        if (remaining < config.refillBelow) {
            auto fresh = storage.devices().reserveSsccRange(
                device.id, config.extensionDigit, config.companyPrefix, config.rangeSize, utcTime(clock.now()));
            if (!fresh && fresh.error().code.startsWith(QLatin1String("storage.")))
                return errorResponse(fresh.error());
            if (fresh)
                ranges.append(rangeJson(fresh.value()));
            // sscc.prefix-exhausted: nothing more to give; the device says sscc.exhausted when it runs out.
        }
    }
    return jsonResponse(200,
        QJsonObject {{QStringLiteral("ranges"), ranges},
            {QStringLiteral("configured"), !config.companyPrefix.isEmpty()},
            {QStringLiteral("refill_below"), config.companyPrefix.isEmpty() ? 0 : config.refillBelow}});
}

} // namespace stockhand::server
