// The embedded backend's KPI facts (storage/kpifacts.h): the operation log, the stock moves and the
// transfer lines, read inside one read transaction.
#pragma once

#include "db/database.h"
#include "storage/kpifacts.h"

#include <memory>

namespace stockhand::server::storage {

class SqliteKpiReader final : public KpiReader
{
public:
    static Result<std::unique_ptr<SqliteKpiReader>> begin(db::Database &db);
    ~SqliteKpiReader() override;

    Result<QList<LoggedOperationFact>> appliedOperations(
        const QString &kind, qint64 warehouseId, const QString &from, const QString &to) override;
    Result<QList<MoveFact>> moves(
        const QString &kind, qint64 warehouseId, const QString &from, const QString &to) override;
    Result<QList<TransferLineFact>> transferLines(const QList<qint64> &transferIds) override;
    Result<Milli> pickedOnLineBefore(qint64 lineId, qint64 opId) override;
    Result<QList<TransferLineFact>> openLines(const QString &transferKind, qint64 warehouseId) override;
    Result<qint64> unitValueCents(qint64 productId) override;

private:
    explicit SqliteKpiReader(db::Database &db)
        : m_db(db)
    { }
    db::Database &m_db;
    bool m_open = false;
};

} // namespace stockhand::server::storage
