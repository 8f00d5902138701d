#include "kpis.h"

#include "errors.h"
#include "ops/count.h"
#include "ops/validate.h"
#include "servercore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <set>
#include <tuple>

namespace stockhand::server {

namespace {

QJsonObject answerResult(const QByteArray &answer)
{
    return QJsonDocument::fromJson(answer).object().value(QStringLiteral("result")).toObject();
}

QJsonObject payloadObject(const QByteArray &payload)
{
    return QJsonDocument::fromJson(payload).object();
}

int hourOf(const QString &at)
{
    return qBound(0, QStringView(at).mid(11, 2).toInt(), 23);
}

QDateTime timeOf(const QString &at)
{
    QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(at, Qt::ISODate);
    return t;
}

double units(Milli m)
{
    return double(m) / double(kMilliPerUnit);
}

QJsonValue ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? QJsonValue(double(part) / double(whole)) : QJsonValue(QJsonValue::Null);
}

QJsonValue hours(double seconds)
{
    return seconds < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(seconds / 3600.0);
}

QJsonObject figuresJson(const KpiFigures &f)
{
    return QJsonObject {
        {QStringLiteral("counted_locations"), f.countedLocations},
        {QStringLiteral("accurate_locations"), f.accurateLocations},
        {QStringLiteral("accuracy"), ratio(f.accurateLocations, f.countedLocations)},
        {QStringLiteral("counts"), f.counts},
        {QStringLiteral("variance_net"), units(f.varianceNet)},
        {QStringLiteral("variance_abs"), units(f.varianceAbs)},
        {QStringLiteral("variance_value_net_cents"), f.varianceValueNetCents},
        {QStringLiteral("variance_value_abs_cents"), f.varianceValueAbsCents},
        {QStringLiteral("lines_picked"), f.linesPicked},
        {QStringLiteral("pick_hours"), f.pickHours},
        {QStringLiteral("picked_per_hour"), ratio(f.linesPicked, f.pickHours)},
        {QStringLiteral("lines_received"), f.linesReceived},
        {QStringLiteral("receive_hours"), f.receiveHours},
        {QStringLiteral("received_per_hour"), ratio(f.linesReceived, f.receiveHours)},
        {QStringLiteral("pick_lines_validated"), f.pickLinesValidated},
        {QStringLiteral("pick_lines_filled"), f.pickLinesFilled},
        {QStringLiteral("fill_rate"), ratio(f.pickLinesFilled, f.pickLinesValidated)},
        {QStringLiteral("putaways"), int(f.dockToStockSeconds.size())},
        {QStringLiteral("dock_to_stock_median_h"), hours(medianOf(f.dockToStockSeconds))},
        {QStringLiteral("dock_to_stock_p90_h"), hours(percentileOf(f.dockToStockSeconds, 90))},
    };
}

class Computation
{
public:
    Computation(storage::KpiReader &reader, KpiReport &report, const QDateTime &now)
        : m_reader(reader)
        , m_report(report)
        , m_now(now)
        , m_q(report.query)
        , m_fromText(m_q.from.toString(Qt::ISODate))
        , m_toText(m_q.to.addDays(1).toString(Qt::ISODate))
    { }

    Status run()
    {
        for (QDate d = m_q.from; d <= m_q.to; d = d.addDays(1))
            m_report.days.append({d, KpiFigures {}});
        SH_TRY(counts());
        SH_TRY(throughput(
            QStringLiteral("pick"), &KpiFigures::linesPicked, &KpiFigures::pickHours, m_report.pickedByHour));
        SH_TRY(throughput(
            QStringLiteral("receive"), &KpiFigures::linesReceived, &KpiFigures::receiveHours, m_report.receivedByHour));
        SH_TRY(fillRate());
        SH_TRY(dockToStock());
        SH_TRY(backorders());
        return {};
    }

private:
    // The day's index in the range, -1 outside.
    int dayIndex(const QString &at) const
    {
        const QDate d = QDate::fromString(at.left(10), Qt::ISODate);
        if (!d.isValid() || d < m_q.from || d > m_q.to)
            return -1;
        return int(m_q.from.daysTo(d));
    }
    KpiFigures &day(int index) { return m_report.days[index].second; }
    KpiFigures &totals() { return m_report.totals; }

    Result<qint64> unitValue(qint64 productId)
    {
        auto it = m_values.find(productId);
        if (it != m_values.end())
            return it->second;
        auto v = m_reader.unitValueCents(productId);
        if (!v)
            return v.error();
        m_values.emplace(productId, v.value());
        return v.value();
    }

    // Accuracy and variance: every applied count, its variance and whether the count policy approved it
    // at once, as the server's answer to the count said.
    Status counts()
    {
        auto counted = m_reader.appliedOperations(QStringLiteral("count"), m_q.warehouseId, m_fromText, m_toText);
        SH_TRY(counted);
        std::map<std::pair<int, qint64>, bool> perDay; // (day, location) -> every count within tolerance
        std::map<qint64, bool> perRange;
        for (const storage::LoggedOperationFact &op : counted.value()) {
            const int d = dayIndex(op.at);
            auto count = ops::Count::parse(payloadObject(op.payload));
            if (d < 0 || !count)
                continue;
            const QJsonObject result = answerResult(op.answer);
            const Milli variance
                = parseQuantity(result.value(QStringLiteral("variance")).toString()).value_or(Milli(0));
            const bool within
                = variance == 0 || result.value(QStringLiteral("adjustment_state")).toString() == u"approved";
            auto value = unitValue(count->productId);
            SH_TRY(value);
            const qint64 cents = std::llround(double(variance) * double(value.value()) / double(kMilliPerUnit));
            for (KpiFigures *f : {&day(d), &totals()}) {
                f->counts += 1;
                f->varianceNet += variance;
                f->varianceAbs += variance < 0 ? -variance : variance;
                f->varianceValueNetCents += cents;
                f->varianceValueAbsCents += cents < 0 ? -cents : cents;
            }
            auto [dayIt, dayNew] = perDay.try_emplace({d, count->locationId}, true);
            dayIt->second = dayIt->second && within;
            auto [rangeIt, rangeNew] = perRange.try_emplace(count->locationId, true);
            rangeIt->second = rangeIt->second && within;
        }
        for (const auto &[key, accurate] : perDay) {
            day(key.first).countedLocations += 1;
            day(key.first).accurateLocations += accurate ? 1 : 0;
        }
        for (const auto &[location, accurate] : perRange) {
            totals().countedLocations += 1;
            totals().accurateLocations += accurate ? 1 : 0;
        }
        return {};
    }

    // Lines picked (received): moves of the kind; per hour: over the clock hours in which any happened.
    Status throughput(
        const QString &kind, int KpiFigures::*lines, int KpiFigures::*activeHours, std::array<int, 24> &byHour)
    {
        auto moves = m_reader.moves(kind, m_q.warehouseId, m_fromText, m_toText);
        SH_TRY(moves);
        std::set<std::pair<int, int>> active; // (day, hour)
        for (const storage::MoveFact &m : moves.value()) {
            const int d = dayIndex(m.at);
            if (d < 0)
                continue;
            const int h = hourOf(m.at);
            day(d).*lines += 1;
            totals().*lines += 1;
            byHour[size_t(h)] += 1;
            if (active.insert({d, h}).second) {
                day(d).*activeHours += 1;
                totals().*activeHours += 1;
            }
        }
        return {};
    }

    // Fill rate: the lines of each pick validated in the range, filled when what had been picked on the
    // line before the validation reached what was ordered.
    Status fillRate()
    {
        auto validations
            = m_reader.appliedOperations(QStringLiteral("validate_transfer"), m_q.warehouseId, m_fromText, m_toText);
        SH_TRY(validations);
        for (const storage::LoggedOperationFact &op : validations.value()) {
            const int d = dayIndex(op.at);
            auto validate = ops::ValidateTransfer::parse(payloadObject(op.payload));
            if (d < 0 || !validate)
                continue;
            auto lines = m_reader.transferLines({validate->transferId});
            SH_TRY(lines);
            for (const storage::TransferLineFact &line : lines.value()) {
                if (line.transferKind != u"pick")
                    continue;
                auto picked = m_reader.pickedOnLineBefore(line.lineId, op.opId);
                SH_TRY(picked);
                const bool filled = picked.value() >= line.expected;
                for (KpiFigures *f : {&day(d), &totals()}) {
                    f->pickLinesValidated += 1;
                    f->pickLinesFilled += filled ? 1 : 0;
                }
            }
        }
        return {};
    }

    // Dock-to-stock: a receipt move is in stock when moves out of its location (putaways) have taken all
    // of it, first in first out per product, lot and location; the time is counted on the putaway's day.
    Status dockToStock()
    {
        const QString lookback = m_q.from.addDays(-kDockToStockLookbackDays).toString(Qt::ISODate);
        auto receipts = m_reader.moves(QStringLiteral("receive"), m_q.warehouseId, lookback, m_toText);
        SH_TRY(receipts);
        auto putaways = m_reader.moves(QStringLiteral("move"), m_q.warehouseId, lookback, m_toText);
        SH_TRY(putaways);
        struct Open
        {
            QDateTime at;
            Milli remaining;
            bool inRange;
        };
        using Key = std::tuple<qint64, qint64, qint64>; // product, lot, location
        std::map<Key, std::deque<Open>> open;
        const QList<storage::MoveFact> &in = receipts.value(), &out = putaways.value();
        qsizetype i = 0, j = 0;
        while (i < in.size() || j < out.size()) {
            // Receipts first at equal times: stock is received before it is put away.
            if (j >= out.size() || (i < in.size() && in[i].at <= out[j].at)) {
                const storage::MoveFact &r = in[i++];
                open[{r.productId, r.lotId, r.toLocationId}].push_back({timeOf(r.at), r.qty, dayIndex(r.at) >= 0});
                continue;
            }
            const storage::MoveFact &p = out[j++];
            auto it = open.find({p.productId, p.lotId, p.fromLocationId});
            if (it == open.end())
                continue;
            Milli qty = p.qty;
            const int d = dayIndex(p.at);
            while (qty > 0 && !it->second.empty()) {
                Open &o = it->second.front();
                const Milli take = qMin(qty, o.remaining);
                o.remaining -= take;
                qty -= take;
                if (o.remaining > 0)
                    break;
                if (d >= 0) {
                    const qint64 seconds = qMax<qint64>(0, o.at.secsTo(timeOf(p.at)));
                    day(d).dockToStockSeconds.append(seconds);
                    totals().dockToStockSeconds.append(seconds);
                }
                it->second.pop_front();
            }
        }
        for (const auto &[key, queue] : open) {
            for (const Open &o : queue)
                m_report.awaitingPutaway += o.inRange ? 1 : 0;
        }
        return {};
    }

    // Backorder ageing, as of now: open pick lines not fully picked, by the age of their transfer's
    // scheduled date, else of its creation (a backorder: the validation that made it).
    Status backorders()
    {
        const QStringList names = {QStringLiteral("0-7"), QStringLiteral("8-14"), QStringLiteral("15-30"),
            QStringLiteral(">30"), QStringLiteral("undated")};
        for (const QString &n : names)
            m_report.backorders.append(BackorderBucket {n, 0, 0, 0});
        auto lines = m_reader.openLines(QStringLiteral("pick"), m_q.warehouseId);
        SH_TRY(lines);
        std::map<qint64, QString> created; // backorder transfer -> when the validation made it
        const bool needCreated = std::any_of(
            lines->cbegin(), lines->cend(), [](const storage::TransferLineFact &l) { return l.scheduled.isEmpty(); });
        if (needCreated) {
            auto validations = m_reader.appliedOperations(QStringLiteral("validate_transfer"), m_q.warehouseId, {}, {});
            SH_TRY(validations);
            for (const storage::LoggedOperationFact &op : validations.value()) {
                const qint64 bo = answerResult(op.answer).value(QStringLiteral("backorder_id")).toInteger();
                if (bo)
                    created[bo] = op.receivedAt;
            }
        }
        const QDate today = m_now.toUTC().date();
        std::set<std::pair<int, qint64>> transfers; // (bucket, transfer)
        for (const storage::TransferLineFact &l : lines.value()) {
            QString since = l.scheduled;
            if (since.isEmpty()) {
                auto it = created.find(l.transferId);
                if (it != created.end())
                    since = it->second;
            }
            const QDate date = QDate::fromString(since.left(10), Qt::ISODate);
            int bucket = 4;
            if (date.isValid()) {
                const qint64 age = qMax<qint64>(0, date.daysTo(today));
                bucket = age <= 7 ? 0 : age <= 14 ? 1 : age <= 30 ? 2 : 3;
            }
            BackorderBucket &b = m_report.backorders[bucket];
            b.lines += 1;
            b.qtyOpen += l.expected - l.done;
            if (transfers.insert({bucket, l.transferId}).second)
                b.transfers += 1;
        }
        return {};
    }

    storage::KpiReader &m_reader;
    KpiReport &m_report;
    const QDateTime m_now;
    const KpiQuery m_q;
    const QString m_fromText, m_toText;
    std::map<qint64, qint64> m_values;
};

} // namespace

double medianOf(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values[n / 2]) : (double(values[n / 2 - 1]) + double(values[n / 2])) / 2.0;
}

double percentileOf(QList<qint64> values, int percent)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(double(percent) / 100.0 * double(values.size())));
    return double(values[qBound<qsizetype>(1, rank, values.size()) - 1]);
}

QJsonObject KpiReport::toJson() const
{
    QJsonArray dayArray;
    for (const auto &[date, figures] : days) {
        QJsonObject o = figuresJson(figures);
        o.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
        dayArray.append(o);
    }
    QJsonObject total = figuresJson(totals);
    total.insert(QStringLiteral("awaiting_putaway"), awaitingPutaway);
    QJsonArray picked, received;
    for (int h = 0; h < 24; ++h) {
        picked.append(pickedByHour[size_t(h)]);
        received.append(receivedByHour[size_t(h)]);
    }
    QJsonArray buckets;
    for (const BackorderBucket &b : backorders) {
        buckets.append(QJsonObject {{QStringLiteral("bucket"), b.name}, {QStringLiteral("lines"), b.lines},
            {QStringLiteral("transfers"), b.transfers}, {QStringLiteral("qty_open"), units(b.qtyOpen)}});
    }
    return QJsonObject {{QStringLiteral("from"), query.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), query.to.toString(Qt::ISODate)}, {QStringLiteral("warehouse_id"), query.warehouseId},
        {QStringLiteral("timezone"), QStringLiteral("UTC")}, {QStringLiteral("generated_at"), generatedAt},
        {QStringLiteral("days"), dayArray}, {QStringLiteral("totals"), total},
        {QStringLiteral("by_hour"),
            QJsonObject {{QStringLiteral("picked"), picked}, {QStringLiteral("received"), received}}},
        {QStringLiteral("backorders"),
            QJsonObject {{QStringLiteral("as_of"), generatedAt}, {QStringLiteral("buckets"), buckets}}}};
}

Result<KpiQuery> parseKpiQuery(const QString &from, const QString &to)
{
    auto date = [](const QString &text) {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        return shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    };
    KpiQuery q;
    q.from = date(from);
    q.to = date(to);
    if (!q.from.isValid() || !q.to.isValid())
        return makeError("request.bad-date", QStringLiteral("from and to must be dates, YYYY-MM-DD."));
    if (q.to < q.from)
        return makeError("request.bad-range", QStringLiteral("to (%1) is before from (%2).").arg(to, from));
    if (q.from.daysTo(q.to) + 1 > kKpiMaxDays)
        return makeError("request.range-too-long",
            QStringLiteral("The range is %1 days; at most %2 days.").arg(q.from.daysTo(q.to) + 1).arg(kKpiMaxDays));
    return q;
}

Result<KpiReport> computeKpis(storage::KpiReader &reader, const KpiQuery &query, const QDateTime &now)
{
    KpiReport report;
    report.query = query;
    report.generatedAt = utcTime(now);
    Computation c(reader, report, now);
    SH_TRY(c.run());
    return report;
}

Response handleKpis(ServerCore &core, const Device &device, const Request &request, const QByteArray &body)
{
    auto who = core.supervisorRequest(device, request, body, {QStringLiteral("supervisor"), QStringLiteral("admin")});
    if (!who)
        return errorResponse(who.error());
    auto query = parseKpiQuery(request.queryValue(QStringLiteral("from")), request.queryValue(QStringLiteral("to")));
    if (!query)
        return errorResponse(query.error());
    query->warehouseId = who->warehouseId;
    const QString asked = request.queryValue(QStringLiteral("warehouse_id"));
    if (!asked.isEmpty()) {
        bool ok = false;
        const qint64 id = asked.toLongLong(&ok);
        if (!ok || id < 0)
            return errorResponse(makeError(
                "request.wrong-type", QStringLiteral("warehouse_id must be a warehouse id (0 = every warehouse).")));
        if (who->warehouseId != 0 && id != who->warehouseId)
            return errorResponse(makeError("role.other-warehouse",
                QStringLiteral("This supervisor sees the KPIs of warehouse %1 only.").arg(who->warehouseId)));
        query->warehouseId = id;
    }
    auto reader = core.storage().beginKpiRead();
    if (!reader)
        return errorResponse(reader.error());
    auto report = computeKpis(*reader.value(), query.value(), core.clock().now());
    if (!report)
        return errorResponse(report.error());
    return jsonResponse(200, report->toJson());
}

} // namespace stockhand::server
