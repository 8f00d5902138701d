// What the Odoo connector (server/connectors/odoo, docs/odoo.md) keeps in the server's database, and the
// reads it needs, behind one interface with one implementation per backend (no SQL outside the storage
// backends): storage/sqlite/odoostore.* and storage/postgresql/pgodoostore.* (odooStore() there opens the
// one of a server's storage). The id mapping Odoo <-> ours, an import cursor per Odoo model, the quantities
// last imported from Odoo (to apply Odoo's own changes as differences), and the export log keyed by our
// operation, which makes each export happen once. The tables are the server schema's (v7).
#pragma once

#include "domain/quantity.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace stockhand::server {

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
    virtual ~OdooStore() = default;

    // One write transaction at a time, serialised with every other writer of the server's database (SQLite:
    // BEGIN IMMEDIATE; PostgreSQL: the feed lock, as a batch takes it): the import's pages and the export
    // log's marks. Keep it short: Odoo is asked outside it. Outside one, each call stands alone. begin() with
    // one still open (a caller that returned early on a failure) rolls that one back first.
    virtual Status begin() = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;

    // Our id of an Odoo record in our table `table` (0: not mapped).
    virtual Result<qint64> localId(const QString &table, qint64 odooId) = 0;
    // The same, allocating a new id of ours when it is not mapped yet (*isNew tells): past every row of the
    // table and every id already handed out for it (inside a write transaction, so no writer takes it meanwhile).
    virtual Result<qint64> mapId(const QString &table, qint64 odooId, bool *isNew = nullptr) = 0;
    virtual Status map(const QString &table, qint64 odooId, qint64 localId) = 0;
    virtual Result<qint64> odooId(const QString &table, qint64 localId) = 0;
    virtual Result<QHash<qint64, qint64>> mapped(const QString &table) = 0; // odoo id -> ours

    virtual Result<OdooCursor> cursor(const QString &model) = 0;
    virtual Status setCursor(const QString &model, const OdooCursor &cursor) = 0;
    virtual Result<QList<QPair<QString, OdooCursor>>> cursors() = 0;

    // The master-data and open-work rows, through the import path of `stockhand-server import` (admin.h,
    // importJsonObject: upserts by key, book stock set by an import recorded as an "import" move for the
    // difference), inside the open transaction; returns the rows written.
    virtual Result<qint64> importRows(const QJsonObject &document) = 0;
    virtual Result<std::optional<QString>> transferState(qint64 transferId) = 0;
    virtual Status setTransferState(qint64 transferId, const QString &state) = 0;

    // Quants: Odoo's quantity at the last import per Odoo quant, with our key; a later import books only
    // Odoo's own change (the difference), so the floor's unexported work is never overwritten.
    virtual Result<std::optional<OdooQuantBaseline>> quantBaseline(qint64 odooQuantId) = 0;
    virtual Status setQuantBaseline(const OdooQuantBaseline &baseline) = 0;
    virtual Status removeQuantBaseline(qint64 odooQuantId) = 0;
    virtual Result<QList<OdooQuantBaseline>> quantBaselines() = 0;
    // Our book quantity of the product at the location (lot 0: none), all packages.
    virtual Result<Milli> quantQty(qint64 locationId, qint64 productId, qint64 lotId) = 0;
    virtual Result<qint64> warehouseByCode(const QString &code) = 0; // 0: none
    // A row of ours with the same natural key as an Odoo record not mapped yet (seeded or made on the floor).
    virtual Result<qint64> productBySku(const QString &sku) = 0;
    virtual Result<qint64> locationByBarcode(const QString &barcode) = 0;
    virtual Result<qint64> lotByName(qint64 productId, const QString &name) = 0;
    virtual Result<qint64> transferByReference(const QString &reference) = 0;
    virtual Result<QString> transferReference(qint64 transferId) = 0;

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
    virtual Result<qint64> importUser(qint64 odooId, const UserRow &user) = 0;

    // Export: validated transfers that came from Odoo and approved adjustments at Odoo locations, that
    // are not exported yet (pending included), oldest first.
    virtual Result<QList<OdooPendingExport>> pendingExports() = 0;
    virtual Result<QList<OdooExportLine>> exportLines(qint64 transferId) = 0;
    virtual Result<OdooAdjustmentExport> adjustmentExport(qint64 adjustmentId) = 0;
    virtual Result<OdooMoveExport> moveExport(qint64 stockMoveId) = 0;
    // Moves are exported from the first import on (the op_log position then, kept as the cursor "export:move"),
    // not the history before Odoo was connected.
    virtual Status markMovesFromHere() = 0;
    virtual Result<OdooExportState> exportState(const QString &key) = 0;
    // Odoo could not be reached: still pending, one attempt more, not before nextAttemptAt.
    virtual Status markAttempt(
        const OdooPendingExport &e, const QString &message, const QString &nextAttemptAt, const QString &at)
        = 0;
    virtual Status markDone(const OdooPendingExport &e, const QString &at) = 0;
    // Odoo refused: the export stops and a supervisor exception carries Odoo's message.
    virtual Status markRefused(
        const OdooPendingExport &e, const QString &message, qint64 warehouseId, const QString &at)
        = 0;
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
    virtual Result<Refusal> refusal(const QString &key) = 0;
    virtual Result<QString> exportKeyOfException(qint64 exceptionId) = 0; // empty: not an Odoo export's exception
    // The refused export back to pending (attempts from 0); its exception stays open with who asked, and is
    // resolved by markDone when the export then succeeds.
    virtual Status retryExport(const QString &key, qint64 userId, const QString &login, const QString &at) = 0;
    virtual Result<qint64> transferWarehouse(qint64 transferId) = 0;
    virtual Result<QList<qint64>> transferLineIds(qint64 transferId) = 0; // in seq order
    virtual Result<QHash<QString, qint64>> exportCounts() = 0; // state -> count
};

} // namespace stockhand::server
