// The supervisors' KPIs, computed from the books (docs/operations.md, "KPIs", defines each one and the
// timestamp it uses): inventory record accuracy, count variance, lines picked and received per hour,
// order fill rate, dock-to-stock time and backorder ageing, per UTC day over a date range and in total.
// Reads facts through storage::KpiReader (no SQL here); parses payloads with core/ops' one parser.
#pragma once

#include "devices.h"
#include "protocol.h"
#include "storage/kpifacts.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <array>

namespace stockhand::server {

struct KpiQuery
{
    QDate from; // first day, inclusive (UTC)
    QDate to; // last day, inclusive
    qint64 warehouseId = 0; // 0 = every warehouse
};

// The longest range one request may ask for, in days (from and to included).
constexpr int kKpiMaxDays = 366;
// How far before `from` a receipt may lie and still be matched to a putaway inside the range.
constexpr int kDockToStockLookbackDays = 60;

// One day's figures, or the range's (KpiReport::totals).
struct KpiFigures
{
    int countedLocations = 0;
    int accurateLocations = 0; // counted locations whose every count was within the count policy
    int counts = 0;
    Milli varianceNet = 0;
    Milli varianceAbs = 0;
    qint64 varianceValueNetCents = 0;
    qint64 varianceValueAbsCents = 0;
    int linesPicked = 0;
    int pickHours = 0; // clock hours with at least one pick
    int linesReceived = 0;
    int receiveHours = 0;
    int pickLinesValidated = 0;
    int pickLinesFilled = 0;
    QList<qint64> dockToStockSeconds; // one per receipt put away completely that day
};

struct BackorderBucket
{
    QString name; // 0-7, 8-14, 15-30, >30, undated
    int lines = 0;
    int transfers = 0;
    Milli qtyOpen = 0;
};

struct KpiReport
{
    KpiQuery query;
    QString generatedAt;
    QList<QPair<QDate, KpiFigures>> days;
    KpiFigures totals;
    int awaitingPutaway = 0; // receipts in the range not yet put away completely
    std::array<int, 24> pickedByHour {};
    std::array<int, 24> receivedByHour {};
    QList<BackorderBucket> backorders;

    QJsonObject toJson() const;
};

// Median (the mean of the two middle values for an even count) and the 90th percentile (nearest rank) of
// the values; -1 for none.
double medianOf(QList<qint64> values);
double percentileOf(QList<qint64> values, int percent);

// Checks the range (400 request.bad-date, request.bad-range, request.range-too-long) and computes.
Result<KpiReport> computeKpis(storage::KpiReader &reader, const KpiQuery &query, const QDateTime &now);

// Parses from/to (YYYY-MM-DD) and checks the range: request.bad-date, request.bad-range,
// request.range-too-long.
Result<KpiQuery> parseKpiQuery(const QString &from, const QString &to);

class ServerCore;

// GET /v1/kpis?from=YYYY-MM-DD&to=YYYY-MM-DD[&warehouse_id=N], of supervisor authority
// (docs/sync-protocol.md): a supervisor sees their warehouse, an admin any or all (0).
Response handleKpis(ServerCore &core, const Device &device, const Request &request, const QByteArray &body);

} // namespace stockhand::server
