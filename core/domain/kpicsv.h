// The KPI figures (the answer of GET /v1/kpis, docs/sync-protocol.md) as CSV: what the console's export
// and `stockhand-cli kpis --csv` write (docs/ui.md, "KPI CSV"). UTF-8, comma separated, '.' decimals, one
// header line of the JSON's keys; a row per day and a `total` row; then an empty line and the backorder
// ageing (bucket, lines, transfers, open quantity). Empty cells where the server has no value (null).
#pragma once

#include <QJsonObject>
#include <QString>

namespace stockhand {

QString kpiCsv(const QJsonObject &figures);

} // namespace stockhand
