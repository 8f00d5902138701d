#include "storage/feedscope.h"

#include <map>
#include <mutex>
#include <string_view>

namespace stockhand::server::storage {

const std::vector<FeedScope> &feedScopes()
{
    static const std::vector<FeedScope> scopes = {
        {"warehouse", "NULL", nullptr, "TRUE"},
        {"location", "R.warehouse_id", "warehouse_id", "warehouse_id = :wh"},
        {"product", "NULL", nullptr, "TRUE"},
        {"product_barcode", "NULL", nullptr, "TRUE"},
        {"lot", "NULL", nullptr, "TRUE"},
        {"package", "(SELECT warehouse_id FROM location WHERE id = R.location_id)", "location_id",
            "location_id IS NULL OR location_id IN (SELECT id FROM location WHERE warehouse_id = :wh)"},
        {"quant", "(SELECT warehouse_id FROM location WHERE id = R.location_id)", "location_id",
            "location_id IN (SELECT id FROM location WHERE warehouse_id = :wh)"},
        {"partner", "NULL", nullptr, "TRUE"},
        {"transfer", "R.warehouse_id", "warehouse_id", "warehouse_id = :wh"},
        {"transfer_line", "(SELECT warehouse_id FROM transfer WHERE id = R.transfer_id)", "transfer_id",
            "transfer_id IN (SELECT id FROM transfer WHERE warehouse_id = :wh)"},
        {"count_task", "R.warehouse_id", "warehouse_id", "warehouse_id = :wh"},
        {"count_line", "(SELECT warehouse_id FROM count_task WHERE id = R.task_id)", "task_id",
            "task_id IN (SELECT id FROM count_task WHERE warehouse_id = :wh)"},
        {"reason_code", "NULL", nullptr, "TRUE"},
        {"adjustment", "(SELECT warehouse_id FROM location WHERE id = R.location_id)", "location_id",
            "location_id IN (SELECT id FROM location WHERE warehouse_id = :wh)"},
        {"app_user", "R.warehouse_id", "warehouse_id", "warehouse_id = :wh OR warehouse_id IS NULL"},
        // SQLite schema version 2
        {"exception", "R.warehouse_id", "warehouse_id", "warehouse_id = :wh"},
        {"count_policy", "R.warehouse_id", "warehouse_id", "warehouse_id = :wh OR warehouse_id IS NULL"},
        {"user_policy", "(SELECT warehouse_id FROM app_user WHERE id = R.user_id)", nullptr,
            "user_id IN (SELECT id FROM app_user WHERE warehouse_id = :wh OR warehouse_id IS NULL)"},
    };
    return scopes;
}

const FeedScope *feedScope(const FeedTable &t)
{
    for (const FeedScope &s : feedScopes()) {
        if (std::string_view(s.table) == t.name)
            return &s;
    }
    return nullptr;
}

std::string replaceAll(std::string s, const std::string &from, const std::string &to)
{
    for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
        s.replace(pos, from.size(), to);
    return s;
}

std::string rowsOfWarehouse(const FeedScope &s, const char *param)
{
    return replaceAll(s.rows, ":wh", param);
}

const char *rowsOfWarehouse(const FeedTable &t, const char *param)
{
    static std::mutex mutex;
    static std::map<std::string, std::vector<std::string>, std::less<>> byParam;
    const FeedTable *known = feedTable(t.name);
    if (!known || !feedScope(*known))
        return "FALSE";
    std::lock_guard lock(mutex);
    auto it = byParam.find(std::string_view(param));
    if (it == byParam.end()) {
        std::vector<std::string> clauses;
        for (const FeedTable &table : feedTables()) {
            const FeedScope *scope = feedScope(table);
            clauses.push_back(scope ? rowsOfWarehouse(*scope, param) : std::string("FALSE"));
        }
        it = byParam.emplace(param, std::move(clauses)).first;
    }
    return it->second[size_t(known - feedTables().data())].c_str();
}

std::string rowWarehouse(const FeedScope &s, const std::string &row, const char *null)
{
    if (std::string_view(s.warehouseExpr) == "NULL")
        return null;
    return replaceAll(s.warehouseExpr, "R.", row + ".");
}

std::string rowInScope(const FeedTable &t, const char *param, const char *null)
{
    const FeedScope *s = feedScope(t);
    if (!s)
        return "FALSE";
    const std::string wh = rowWarehouse(*s, t.name, null);
    return "((" + wh + ") IS NULL OR (" + wh + ") = " + param + ")";
}

} // namespace stockhand::server::storage
