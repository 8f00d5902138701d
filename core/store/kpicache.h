// The last KPI figures the supervisor console got from the server (GET /v1/kpis), kept so that the console
// shows them offline with their age. One value in `meta` (MetaKey::KpiFigures): the answer as the server
// gave it, the range asked for, who asked and when (the device's clock). Another user's figures are not
// shown: a supervisor sees only what the server answered them.
#pragma once

#include "db/database.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace stockhand::store {

struct KpiSnapshot
{
    qint64 userId = 0;
    QString from; // YYYY-MM-DD
    QString to;
    qint64 warehouseId = -1; // as asked (-1: the user's own)
    QDateTime fetchedAt; // when the answer arrived (device clock, UTC)
    QByteArray body; // the server's JSON answer
};

Status saveKpiSnapshot(db::Database &db, const KpiSnapshot &snapshot);
// The last figures, when they were fetched by `userId`; none when there are none, they are another user's
// or they are unreadable.
Result<std::optional<KpiSnapshot>> loadKpiSnapshot(db::Database &db, qint64 userId);

} // namespace stockhand::store
