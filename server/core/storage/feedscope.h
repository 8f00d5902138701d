// How the rows of each replicated table belong to warehouses: one definition for both backends' feed
// triggers (every change of a row writes a feed entry for its warehouse) and their pulls (which rows of a
// table the devices of a warehouse hold). SQL that SQLite and PostgreSQL both read: ":wh" stands for the
// backend's warehouse parameter, "R." for the row (NEW., OLD. or the table's name).
#pragma once

#include "feedtables.h"

#include <string>
#include <vector>

namespace stockhand::server::storage {

struct FeedScope
{
    const char *table;
    const char *warehouseExpr; // the row's warehouse; "NULL": every warehouse's
    const char *scopeColumn; // the column the row's warehouse follows (nullptr: it never changes)
    const char *rows; // a WHERE clause: the table's rows of warehouse :wh ("TRUE": every row)
};

// In the order their feed triggers were first created (the SQLite schema's version 1 has the first 15).
const std::vector<FeedScope> &feedScopes();
const FeedScope *feedScope(const FeedTable &t);

// The scope's WHERE clause with `param` for :wh.
std::string rowsOfWarehouse(const FeedScope &s, const char *param);
// The same for a replicated table, made once per table and parameter (the text lives as long as the
// program); "FALSE" for a table without a scope.
const char *rowsOfWarehouse(const FeedTable &t, const char *param);
// The row's warehouse expression on `row` ("NEW", "OLD", a table name); `null` is the backend's typed NULL.
std::string rowWarehouse(const FeedScope &s, const std::string &row, const char *null);
// A WHERE term that holds when one row of the table belongs to the warehouse `param` (or to all).
std::string rowInScope(const FeedTable &t, const char *param, const char *null);

std::string replaceAll(std::string s, const std::string &from, const std::string &to);

} // namespace stockhand::server::storage
