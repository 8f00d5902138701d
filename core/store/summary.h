// What a device store holds, for support (stockhand-cli summary).
#pragma once

#include "db/database.h"

#include <QList>
#include <QString>

#include <utility>

namespace stockhand::store {

// Row counts of the store's main tables, in a fixed order.
Result<QList<std::pair<QString, qint64>>> tableRowCounts(db::Database &db);
// Open transfers of every warehouse by kind.
Result<QList<std::pair<QString, qint64>>> openTransfersByKind(db::Database &db);

} // namespace stockhand::store
