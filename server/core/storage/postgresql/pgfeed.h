// The PostgreSQL backend's reads: the change feed and the snapshot pages (rows written straight into the
// protocol's JSON rows), the KPI facts, the snapshot file. Each reader is one REPEATABLE READ READ ONLY
// transaction: every call sees the same state of the database.
#pragma once

#include "storage/postgresql/pgconnection.h"
#include "storage/storage.h"

namespace stockhand::server::pg {

using namespace stockhand::server::storage;

Result<qint64> pgLatestCursor(Connection &c, qint64 warehouseId);

class PgFeedReader final : public FeedReader
{
public:
    static Result<std::unique_ptr<PgFeedReader>> begin(Connection &c);
    ~PgFeedReader() override;

    Result<qint64> latestCursor(qint64 warehouseId) override;
    Result<qint64> head() override;
    Result<qint64> countRows(const FeedTable &table, qint64 warehouseId) override;
    Result<SnapshotSlice> writeRows(
        const FeedTable &table, qint64 warehouseId, const QByteArray &afterKey, int limit, QByteArray &out) override;
    Result<ChangePage> changesSince(qint64 cursor, qint64 warehouseId, int limit) override;
    Result<std::vector<bool>> writeRowsByKey(
        const FeedTable &table, qint64 warehouseId, const QList<QByteArray> &keys, QByteArray &out) override;

private:
    explicit PgFeedReader(Connection &c)
        : m_c(c)
    { }
    Connection &m_c;
    bool m_open = false;
    bool m_nested = false; // inside the caller's transaction: a savepoint
};

class PgKpiReader final : public KpiReader
{
public:
    static Result<std::unique_ptr<PgKpiReader>> begin(Connection &c);
    ~PgKpiReader() override;

    Result<QList<LoggedOperationFact>> appliedOperations(
        const QString &kind, qint64 warehouseId, const QString &from, const QString &to) override;
    Result<QList<MoveFact>> moves(
        const QString &kind, qint64 warehouseId, const QString &from, const QString &to) override;
    Result<QList<TransferLineFact>> transferLines(const QList<qint64> &transferIds) override;
    Result<Milli> pickedOnLineBefore(qint64 lineId, qint64 opId) override;
    Result<QList<TransferLineFact>> openLines(const QString &transferKind, qint64 warehouseId) override;
    Result<qint64> unitValueCents(qint64 productId) override;

private:
    explicit PgKpiReader(Connection &c)
        : m_c(c)
    { }
    Connection &m_c;
    bool m_open = false;
    bool m_nested = false;
};

// Writes row i of a result as a protocol row (a JSON array line, rowwriter.h): integers and reals as
// numbers, text as strings, bytea as base64, NULL as null.
void writePgRow(QByteArray &out, const Rows &rows, int i);

} // namespace stockhand::server::pg
