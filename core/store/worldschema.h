// The replica of the server's world (master data and open work): the same tables on the device and on
// the server, so that a change-feed row means the same thing on both ends. See docs/data-model.md.
#pragma once

#include "db/database.h"

namespace stockhand::store {

// Schema step 1 of both the device store and the server database.
Status createWorldSchemaV1(db::Database &db);

} // namespace stockhand::store
