// The embedded backend's failures as storage error codes (storage.h lists them; errors.h answers them):
// the one place on the server that reads SQLite result codes. Every error a Sqlite* class returns passes
// through storageError().
#pragma once

#include "result.h"

namespace stockhand::server::storage {

// sqlite.* (and the db layer's own db.*) errors as storage.* codes; other errors (the backend's own
// refusals: enrol.invalid-code, storage.cannot-undo ...) unchanged.
Error storageError(Error e);

inline Status storageStatus(Status s)
{
    return s ? s : Status(storageError(s.error()));
}

template<typename T> Result<T> storageResult(Result<T> r)
{
    if (r)
        return r;
    return storageError(r.error());
}

} // namespace stockhand::server::storage

// SH_TRY for the backend: a failure leaves with a storage.* code.
#define SH_STORAGE_TRY(expr)                                                                                           \
    do {                                                                                                               \
        auto &&sh_try_result_ = (expr);                                                                                \
        if (!sh_try_result_.ok())                                                                                      \
            return ::stockhand::server::storage::storageError(sh_try_result_.error());                                 \
    } while (false)
