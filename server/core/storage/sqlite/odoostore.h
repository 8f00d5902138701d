// The Odoo connector's store (storage/odoostore.h) in the SQLite backend, and its tables (server schema v7).
#pragma once

#include "db/database.h"
#include "storage/odoostore.h"

#include <memory>

namespace stockhand::server {

// Schema step (server schema v7): the connector's tables.
Status applyOdooSchema(db::Database &db);

class SqliteOdooStore final : public OdooStore
{
public:
    explicit SqliteOdooStore(db::Database &db);
    ~SqliteOdooStore() override;

    Status begin() override;
    Status commit() override;
    void rollback() override;
    Result<qint64> localId(const QString &table, qint64 odooId) override;
    Result<qint64> mapId(const QString &table, qint64 odooId, bool *isNew = nullptr) override;
    Status map(const QString &table, qint64 odooId, qint64 localId) override;
    Result<qint64> odooId(const QString &table, qint64 localId) override;
    Result<QHash<qint64, qint64>> mapped(const QString &table) override;
    Result<OdooCursor> cursor(const QString &model) override;
    Status setCursor(const QString &model, const OdooCursor &cursor) override;
    Result<QList<QPair<QString, OdooCursor>>> cursors() override;
    Result<qint64> importRows(const QJsonObject &document) override;
    Result<std::optional<QString>> transferState(qint64 transferId) override;
    Status setTransferState(qint64 transferId, const QString &state) override;
    Result<std::optional<OdooQuantBaseline>> quantBaseline(qint64 odooQuantId) override;
    Status setQuantBaseline(const OdooQuantBaseline &baseline) override;
    Status removeQuantBaseline(qint64 odooQuantId) override;
    Result<QList<OdooQuantBaseline>> quantBaselines() override;
    Result<Milli> quantQty(qint64 locationId, qint64 productId, qint64 lotId) override;
    Result<qint64> warehouseByCode(const QString &code) override;
    Result<qint64> productBySku(const QString &sku) override;
    Result<qint64> locationByBarcode(const QString &barcode) override;
    Result<qint64> lotByName(qint64 productId, const QString &name) override;
    Result<qint64> transferByReference(const QString &reference) override;
    Result<QString> transferReference(qint64 transferId) override;
    Result<qint64> importUser(qint64 odooId, const UserRow &user) override;
    Result<QList<OdooPendingExport>> pendingExports() override;
    Result<QList<OdooExportLine>> exportLines(qint64 transferId) override;
    Result<OdooAdjustmentExport> adjustmentExport(qint64 adjustmentId) override;
    Result<OdooMoveExport> moveExport(qint64 stockMoveId) override;
    Status markMovesFromHere() override;
    Result<OdooExportState> exportState(const QString &key) override;
    Status markAttempt(
        const OdooPendingExport &e, const QString &message, const QString &nextAttemptAt, const QString &at) override;
    Status markDone(const OdooPendingExport &e, const QString &at) override;
    Status markRefused(
        const OdooPendingExport &e, const QString &message, qint64 warehouseId, const QString &at) override;
    Result<Refusal> refusal(const QString &key) override;
    Result<QString> exportKeyOfException(qint64 exceptionId) override;
    Status retryExport(const QString &key, qint64 userId, const QString &login, const QString &at) override;
    Result<qint64> transferWarehouse(qint64 transferId) override;
    Result<QList<qint64>> transferLineIds(qint64 transferId) override;
    Result<QHash<QString, qint64>> exportCounts() override;

private:
    db::Database &m_db;
    std::unique_ptr<db::Transaction> m_tx;
};

} // namespace stockhand::server
