#include "feedtables.h"

namespace stockhand::server {

const std::vector<FeedTable> &feedTables()
{
    static const std::vector<FeedTable> tables = {
        {"warehouse", "id", "id, code, name, auto_confirm, lots_case_sensitive", false},
        {"location", "id", "id, warehouse_id, barcode, name, type, parent_id, zone, pick_seq, quarantine", false},
        {"product", "id", "id, sku, name, uom, tracking, unit_value_cents, home_location_id", false},
        {"product_barcode", "code", "code, product_id, packaging, qty", true},
        {"lot", "id", "id, product_id, name, is_serial, expiry", false},
        {"package", "id", "id, name, location_id", false},
        {"partner", "id", "id, name", false},
        {"quant", "id", "id, location_id, product_id, lot_id, package_id, qty", false},
        {"transfer", "id",
            "id, warehouse_id, kind, reference, partner_id, origin, state, scheduled, assigned_user_id, priority",
            false},
        {"transfer_line", "id",
            "id, transfer_id, seq, product_id, lot_id, from_location_id, to_location_id, qty_expected, qty_done",
            false},
        {"count_task", "id", "id, warehouse_id, reference, kind, state, assigned_user_id", false},
        {"count_line", "id", "id, task_id, location_id, product_id, lot_id, qty_counted, state", false},
        {"reason_code", "code", "code, label, kind, note_required, labels", true},
        {"adjustment", "id",
            "id, count_line_id, location_id, product_id, lot_id, qty_book, qty_counted, state, reason_code, "
            "decided_by, "
            "counted_by, counted_at",
            false},
        {"app_user", "id", "id, login, name, badge, pin_hash, pin_salt, pin_iterations, roles, warehouse_id, active",
            false},
        {"exception", "id",
            "id, kind, warehouse_id, device_id, user_id, transfer_line_id, location_id, product_id, lot_id, qty, "
            "message, state, created_at, resolution, resolution_note, resolved_by, resolved_at",
            false},
        {"count_policy", "id", "id, warehouse_id, user_group, max_qty, max_percent, max_value_cents", false},
        {"user_policy", "user_id", "user_id, count_group, approval_limit_cents", false},
    };
    return tables;
}

const FeedTable *feedTable(std::string_view name)
{
    for (const auto &t : feedTables()) {
        if (name == t.name)
            return &t;
    }
    return nullptr;
}

} // namespace stockhand::server
