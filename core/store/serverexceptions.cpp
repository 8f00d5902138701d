#include "store/serverexceptions.h"

namespace stockhand::store {

Result<std::optional<ServerException>> loadServerException(db::Database &db, qint64 exceptionId)
{
    auto st
        = db.prepare("SELECT id, ifnull(warehouse_id, 0), kind, state, ifnull(location_id, 0), ifnull(resolution, ''), "
                     "EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'resolve_exception' AND o.state <> 'rejected' "
                     "AND json_extract(o.payload, '$.exception_id') = exception.id) FROM exception WHERE id = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, exceptionId).step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ServerException>();
    ServerException e {
        st->int64(0), st->int64(1), st->text(2), st->text(3), st->int64(4), st->text(5), st->int64(6) != 0};
    st->reset();
    return std::optional<ServerException>(std::move(e));
}

} // namespace stockhand::store
