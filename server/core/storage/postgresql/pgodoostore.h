// The Odoo connector's store (storage/odoostore.h) in the PostgreSQL backend: the same operations as the
// SQLite backend's odoostore.cpp on the same tables (pgschema.cpp, v7), in PostgreSQL's SQL. A write
// transaction takes the feed lock first, as a batch does: the import's pages write world rows (whose feed
// triggers need it anyway) and allocate ids, serialised with every process's batches.
#pragma once

#include "storage/odoostore.h"
#include "storage/postgresql/pgconnection.h"
#include "storage/storage.h"

#include <memory>

namespace stockhand::server {

namespace pg {

class PgOdooStore final : public OdooStore
{
public:
    explicit PgOdooStore(Connection &c);
    ~PgOdooStore() override;

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
    Connection &m_c;
    std::unique_ptr<Transaction> m_tx;
};

} // namespace pg

// The Odoo connector's store on a server's storage: SQLite's or PostgreSQL's (storage.unsupported for
// another backend). It works on the storage's own connection: use it on the thread that owns the storage.
Result<std::unique_ptr<OdooStore>> odooStore(storage::Storage &storage);

} // namespace stockhand::server
