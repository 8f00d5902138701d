// Upserts rows into the world tables with cached statements: used by the demo generator, the server's
// import, and the device when it applies the change feed. The caller owns the transaction.
#pragma once

#include "db/database.h"
#include "domain/world.h"

namespace stockhand::store {

enum class WriteMode {
    Upsert, // insert or update by id: the change feed, imports
    BulkInsert, // plain inserts into tables known to be empty of these ids: snapshots, the demo generator
};

class WorldWriter
{
public:
    explicit WorldWriter(db::Database &db, WriteMode mode = WriteMode::Upsert)
        : m_db(db)
        , m_mode(mode)
    { }

    Status write(const WarehouseRow &r);
    Status write(const LocationRow &r);
    Status write(const ProductRow &r);
    Status write(const BarcodeRow &r);
    Status write(const LotRow &r);
    Status write(const QuantRow &r);
    Status write(const TransferRow &r);
    Status write(const TransferLineRow &r);
    Status write(const CountTaskRow &r);
    Status write(const CountLineRow &r);
    Status write(const ReasonCodeRow &r);
    Status write(const AdjustmentRow &r);
    Status write(const UserRow &r);
    Status writePartner(qint64 id, const QString &name);

private:
    // The statement for `upsertSql`, or its INSERT part alone in BulkInsert mode.
    Result<db::Statement> prepare(std::string_view upsertSql);

    db::Database &m_db;
    WriteMode m_mode;
};

} // namespace stockhand::store
