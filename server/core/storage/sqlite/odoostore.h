// What the Odoo connector (server/connectors/odoo, docs/odoo.md) keeps in the server's database, and the
// reads it needs, in the SQLite backend (no SQL outside the storage backends): the id mapping Odoo <-> ours,
// an import cursor per Odoo model, the quantities last imported from Odoo (to apply Odoo's own changes as
// differences), and the export log keyed by our operation, which makes each export happen once.
#pragma once

#include "db/database.h"
#include "domain/quantity.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace stockhand::server {

// Schema step (server schema v7): the connector's tables.
Status applyOdooSchema(db::Database &db);

struct OdooCursor
{
    QString writeDate; // Odoo's naive UTC "YYYY-MM-DD HH:MM:SS"; empty = never imported
    qint64 lastId = 0;
    QString fullAt; // when the last full reconcile ended (server clock)
};

// One transfer line to export: its Odoo move and what the floor booked on it, by lot and locations.
struct OdooExportLine
{
    qint64 lineId = 0;
    qint64 odooMoveId = 0;
    qint64 odooProductId = 0;
    Milli qtyExpected = 0;
    Milli qtyDone = 0;
    struct Part
    {
        QString lotName;
        qint64 odooLotId = 0; // 0: a lot made on the floor (export by name)
        qint64 odooFromId = 0;
        qint64 odooToId = 0;
        Milli qty = 0;
    };
    QList<Part> parts;
};

struct OdooPendingExport
{
    QString key; // "op:<uuid>" for a validated transfer, "adjustment:<id>" for an approved count,
                 // "move:<uuid>" for a putaway or internal move
    QString kind; // "transfer", "adjustment" or "move"
    qint64 localId = 0; // our transfer, adjustment or stock move
    qint64 odooId = 0; // the Odoo picking; for an adjustment 0
    QString mode; // transfer: "backorder" or "close_short"
    qint64 backorderId = 0; // transfer: our backorder made by the validation (0: none)
    int attempts = 0;
    QString nextAttemptAt;
};

struct OdooAdjustmentExport
{
    qint64 odooLocationId = 0;
    qint64 odooProductId = 0;
    qint64 odooLotId = 0;
    Milli qtyCounted = 0;
    qint64 warehouseId = 0;
};

// A putaway or internal move of the floor between two locations Odoo knows, outside an Odoo picking: an
// internal transfer in Odoo (docs/odoo.md, "Putaway").
struct OdooMoveExport
{
    qint64 odooProductId = 0;
    qint64 odooFromId = 0;
    qint64 odooToId = 0;
    qint64 odooLotId = 0;
    QString lotName; // a lot Odoo does not know (refused: an internal transfer needs Odoo's lot)
    qint64 odooWarehouseId = 0; // of the source location
    qint64 warehouseId = 0; // ours
    Milli qty = 0;
};

struct OdooQuantBaseline
{
    qint64 odooId = 0;
    qint64 locationId = 0; // ours
    qint64 productId = 0;
    qint64 lotId = 0; // 0: none
    Milli qty = 0;
};

struct OdooExportState
{
    QString state; // empty: never tried; pending, done, refused
    int attempts = 0;
    QString message;
};

class OdooStore
{
public:
    explicit OdooStore(db::Database &db);
    ~OdooStore();

    Status begin();
    Status commit();
    void rollback();

    // Our id of an Odoo record in our table `table` (0: not mapped).
    Result<qint64> localId(const QString &table, qint64 odooId);
    // The same, allocating a new id of ours when it is not mapped yet (*isNew tells).
    Result<qint64> mapId(const QString &table, qint64 odooId, bool *isNew = nullptr);
    Status map(const QString &table, qint64 odooId, qint64 localId);
    Result<qint64> odooId(const QString &table, qint64 localId);
    Result<QHash<qint64, qint64>> mapped(const QString &table); // odoo id -> ours

    Result<OdooCursor> cursor(const QString &model);
    Status setCursor(const QString &model, const OdooCursor &cursor);
    Result<QList<QPair<QString, OdooCursor>>> cursors();

    // The master-data and open-work rows, through the import path (stockhand-server import).
    Result<qint64> importRows(const QJsonObject &document);
    Result<std::optional<QString>> transferState(qint64 transferId);
    Status setTransferState(qint64 transferId, const QString &state);

    // Quants: Odoo's quantity at the last import per Odoo quant, with our key; a later import books only
    // Odoo's own change (the difference), so the floor's unexported work is never overwritten.
    Result<std::optional<OdooQuantBaseline>> quantBaseline(qint64 odooQuantId);
    Status setQuantBaseline(const OdooQuantBaseline &baseline);
    Status removeQuantBaseline(qint64 odooQuantId);
    Result<QList<OdooQuantBaseline>> quantBaselines();
    Result<Milli> quantQty(qint64 locationId, qint64 productId, qint64 lotId);
    Result<qint64> warehouseByCode(const QString &code); // 0: none
    // A row of ours with the same natural key as an Odoo record not mapped yet (seeded or made on the floor).
    Result<qint64> productBySku(const QString &sku);
    Result<qint64> locationByBarcode(const QString &barcode);
    Result<qint64> lotByName(qint64 productId, const QString &name);
    Result<qint64> transferByReference(const QString &reference);
    Result<QString> transferReference(qint64 transferId);

    // Users from Odoo's res.users (docs/odoo.md, "Users"): name, roles, active. No password material comes
    // from Odoo: a new user has no PIN (and a supervisor no password) until one is set here. A user already
    // here under the same login is mapped to it and keeps its PIN, badge and password. Returns our id; 0 when
    // not imported (a new user who is inactive or has no role).
    struct UserRow
    {
        QString login;
        QString name;
        QString roles; // empty: no stock group any more (the user is deactivated here)
        qint64 warehouseId = 0; // 0: every warehouse
        bool active = true;
    };
    Result<qint64> importUser(qint64 odooId, const UserRow &user);

    // Export: validated transfers that came from Odoo and approved adjustments at Odoo locations, that
    // are not exported yet (pending included), oldest first.
    Result<QList<OdooPendingExport>> pendingExports();
    Result<QList<OdooExportLine>> exportLines(qint64 transferId);
    Result<OdooAdjustmentExport> adjustmentExport(qint64 adjustmentId);
    Result<OdooMoveExport> moveExport(qint64 stockMoveId);
    // Moves are exported from the first import on (the op_log position then, kept as the cursor "export:move"),
    // not the history before Odoo was connected.
    Status markMovesFromHere();
    Result<OdooExportState> exportState(const QString &key);
    Status markAttempt(
        const OdooPendingExport &e, const QString &message, const QString &nextAttemptAt, const QString &at);
    Status markDone(const OdooPendingExport &e, const QString &at);
    // Odoo refused: the export stops and a supervisor exception carries Odoo's message.
    Status markRefused(const OdooPendingExport &e, const QString &message, qint64 warehouseId, const QString &at);
    // A supervisor's retry of a refused export (docs/odoo.md, "Retry"). The export's open exception is found
    // by its message, which starts with "Odoo refused the export of <key>:" (no schema change).
    struct Refusal
    {
        QString key;
        QString state; // empty: no such export
        QString message;
        qint64 exceptionId = 0; // its open exception (0: none)
        qint64 warehouseId = 0;
    };
    Result<Refusal> refusal(const QString &key);
    Result<QString> exportKeyOfException(qint64 exceptionId); // empty: not an Odoo export's exception
    // The refused export back to pending (attempts from 0); its exception stays open with who asked, and is
    // resolved by markDone when the export then succeeds.
    Status retryExport(const QString &key, qint64 userId, const QString &login, const QString &at);
    Result<qint64> transferWarehouse(qint64 transferId);
    Result<QList<qint64>> transferLineIds(qint64 transferId); // in seq order
    Result<QHash<QString, qint64>> exportCounts(); // state -> count

private:
    db::Database &m_db;
    std::unique_ptr<db::Transaction> m_tx;
};

} // namespace stockhand::server
