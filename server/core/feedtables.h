// The tables of the world replica that the change feed carries, in the order a client applies them
// (parents before children). What the protocol says about them; how a backend selects a warehouse's rows
// is the backend's (storage/sqlite/serverschema.h).
#pragma once

#include <string_view>
#include <vector>

namespace stockhand::server {

struct FeedTable
{
    const char *name;
    const char *keyColumn; // primary key (integer, or text for product_barcode / reason_code)
    const char *columns; // the column names sent to the client, comma-separated, in row order
    bool textKey;
};
const std::vector<FeedTable> &feedTables();
const FeedTable *feedTable(std::string_view name);

} // namespace stockhand::server
