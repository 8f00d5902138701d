// Upserts rows into the world tables with cached statements: used by the demo generator, the server's
// import, and the device when it applies the change feed. The caller owns the transaction.
#pragma once

#include "db/database.h"
#include "domain/world.h"

namespace stockhand::store {

class WorldWriter
{
public:
    explicit WorldWriter(db::Database &db)
        : m_db(db)
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
    Status write(const UserRow &r);
    Status writePartner(qint64 id, const QString &name);

private:
    db::Database &m_db;
};

} // namespace stockhand::store
