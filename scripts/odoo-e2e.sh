#!/bin/bash
# End to end against a live Odoo 17 (docs/odoo.md, "Tests"): a real stockhand-server imports from Odoo, a
# device (stockhand-cli) receives 6 of a 10 receipt, picks a delivery of 2 in full and counts the product in
# WH/Stock one above the book (approved by the warehouse's count policy), the server exports, and Odoo is
# read back: the receipt done with 6 and a backorder of 4, the delivery done without one, the quant at the
# counted quantity through an inventory move, and a second export changes nothing.
#
#   ODOO_URL=http://127.0.0.1:8069 ODOO_DB=whse ODOO_LOGIN=admin ODOO_KEY=admin \
#       scripts/odoo-e2e.sh BUILD_DIR        (e.g. build/asan; scripts/odoo-lab.sh starts a lab Odoo)
set -euo pipefail

build=$(cd "${1:?usage: odoo-e2e.sh BUILD_DIR}" && pwd)
: "${ODOO_URL:?set ODOO_URL (and ODOO_DB, ODOO_LOGIN, ODOO_KEY)}"
server=$build/server/stockhand-server
export STOCKHAND_ALLOW_ROOT=1 # stockhand-server refuses root otherwise (docs/operations.md); a lab runs as root
cli=$build/app/stockhand-cli
[ -x "$cli" ] || cli=$(find "$build" -name stockhand-cli -type f -perm -u+x | head -n 1)
work=$(mktemp -d)
port=${E2E_PORT:-18089}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
stop_server() {
    local pid
    pid=$(cat "$work/serve.pid" 2>/dev/null) || return 0
    kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
}
trap 'stop_server; rm -rf "$work"' EXIT

# Odoo's JSON-RPC from the shell: rpc MODEL METHOD ARGS_JSON [KWARGS_JSON] prints the result as JSON.
rpc() {
    /usr/bin/python3 - "$@" <<'EOF'
import json, os, sys, urllib.request
def call(service, method, args):
    body = json.dumps({"jsonrpc": "2.0", "method": "call", "id": 1,
                       "params": {"service": service, "method": method, "args": args}}).encode()
    req = urllib.request.Request(os.environ["ODOO_URL"] + "/jsonrpc", body, {"Content-Type": "application/json"})
    answer = json.load(urllib.request.urlopen(req))
    if "error" in answer:
        sys.exit("odoo: " + answer["error"]["data"]["message"])
    return answer.get("result")
db, login, key = os.environ["ODOO_DB"], os.environ["ODOO_LOGIN"], os.environ["ODOO_KEY"]
uid = call("common", "login", [db, login, key])
model, method, args = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
kwargs = json.loads(sys.argv[4]) if len(sys.argv) > 4 else {}
print(json.dumps(call("object", "execute_kw", [db, uid, key, model, method, args, kwargs])))
EOF
}
jq_() { /usr/bin/python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

cat >"$work/server.ini" <<EOF
[server]
database = server.db
http_port = $port
[odoo]
url = $ODOO_URL
database = $ODOO_DB
login = $ODOO_LOGIN
key = $ODOO_KEY
warehouses = WH:WH
import_minutes = 0
export_seconds = 0
EOF
S() { "$server" --config "$work/server.ini" "$@"; }
C() { "$cli" --store "$work/device.db" "$@"; }

# Odoo: a receipt of 10 and a delivery of 2 (reserved) of a storable untracked product in WH/Stock.
product=$(rpc stock.quant search_read '[[["location_id.barcode","=","WH-STOCK"],["product_id.tracking","=","none"],["lot_id","=",false],["quantity",">",20]]]' '{"fields":["product_id"],"limit":1,"order":"id"}' | jq_ 'd[0]["product_id"][0]')
uom=$(rpc product.product read "[[${product}]]" '{"fields":["uom_id"]}' | jq_ 'd[0]["uom_id"][0]')
stock=$(rpc stock.location search_read '[[["barcode","=","WH-STOCK"]]]' '{"fields":["id"]}' | jq_ 'd[0]["id"]')
vendors=$(rpc stock.location search_read '[[["usage","=","supplier"]]]' '{"fields":["id"],"limit":1}' | jq_ 'd[0]["id"]')
customers=$(rpc stock.location search_read '[[["usage","=","customer"]]]' '{"fields":["id"],"limit":1}' | jq_ 'd[0]["id"]')
type_in=$(rpc stock.picking.type search_read '[[["code","=","incoming"],["warehouse_id.code","=","WH"]]]' '{"fields":["id"],"limit":1}' | jq_ 'd[0]["id"]')
type_out=$(rpc stock.picking.type search_read '[[["code","=","outgoing"],["warehouse_id.code","=","WH"]]]' '{"fields":["id"],"limit":1}' | jq_ 'd[0]["id"]')
mk() { # type from to qty
    rpc stock.picking create "[{\"picking_type_id\":$1,\"location_id\":$2,\"location_dest_id\":$3,\"origin\":\"stockhand e2e\",\"move_ids\":[[0,0,{\"name\":\"e2e\",\"product_id\":$product,\"product_uom\":$uom,\"product_uom_qty\":$4,\"location_id\":$2,\"location_dest_id\":$3}]]}]"
}
receipt=$(mk "$type_in" "$vendors" "$stock" 10)
delivery=$(mk "$type_out" "$stock" "$customers" 2)
rpc stock.picking action_confirm "[[${receipt},${delivery}]]" >/dev/null
rpc stock.picking action_assign "[[${delivery}]]" >/dev/null
rname=$(rpc stock.picking read "[[${receipt}]]" '{"fields":["name"]}' | jq_ 'd[0]["name"]')
dname=$(rpc stock.picking read "[[${delivery}]]" '{"fields":["name"]}' | jq_ 'd[0]["name"]')
echo "odoo: receipt $rname ($receipt), delivery $dname ($delivery), product $product"

# The server imports, a worker with a device receives and picks.
S init >/dev/null
S odoo check
S odoo import
S user add --login e2e --name "E2E worker" --badge E2E-1 --pin 1234 --roles receiver,picker,counter --warehouse WH >/dev/null
# Counts up to 1,000 units off are approved at once here (the count below is one above the book).
S policy count --warehouse WH --max-qty 1000 --max-percent 100000 --max-value-cents 1000000000 >/dev/null
(cd "$work" && exec "$server" --config server.ini serve >serve.out 2>serve.err </dev/null) &
echo $! >"$work/serve.pid"
for _ in $(seq 1 300); do grep -q listening "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
grep -q listening "$work/serve.out" || { cat "$work/serve.err" >&2; exit 1; }
code=$(S enrol --warehouse WH | tail -n 1)
C enrol --server "http://127.0.0.1:$port" --code "$code" >/dev/null
C sync >/dev/null
rline=$(sqlite3 "$work/server.db" "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id WHERE t.reference = '$rname'")
dline=$(sqlite3 "$work/server.db" "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id WHERE t.reference = '$dname'")
C receive --line "$rline" --qty 6 --user E2E-1 --pin 1234 >/dev/null
C validate --transfer "$rname" --user E2E-1 --pin 1234 >/dev/null
C pick --line "$dline" --qty 2 --user E2E-1 --pin 1234 >/dev/null
C validate --transfer "$dname" --user E2E-1 --pin 1234 >/dev/null
C sync >/dev/null
# A count of the product in WH/Stock, one above the server's book.
sku=$(rpc product.product read "[[${product}]]" '{"fields":["default_code"]}' | jq_ 'd[0]["default_code"] or ""')
[ -n "$sku" ] || sku="ODOO-$product"
book=$(sqlite3 "$work/server.db" "SELECT ifnull(sum(q.qty), 0) FROM quant q JOIN location l ON l.id = q.location_id JOIN product p ON p.id = q.product_id WHERE l.barcode = 'WH-STOCK' AND p.sku = '$sku' AND q.lot_id IS NULL")
counted=$((book / 1000 + 1))
C count --location WH-STOCK --product "$sku" --qty "$counted" --user E2E-1 --pin 1234 >/dev/null
C sync >/dev/null
[ "$(sqlite3 "$work/server.db" "SELECT count(*) FROM adjustment WHERE state = 'approved'")" = 1 ] \
    || { echo "FAIL: the count was not approved" >&2; exit 1; }

# The server exports; Odoo is read back.
inventory_moves() {
    rpc stock.move search_count "[[[\"product_id\",\"=\",${product}],[\"is_inventory\",\"=\",true],[\"state\",\"=\",\"done\"]]]"
}
inv_before=$(inventory_moves)
S odoo export
fail() { echo "FAIL: $*" >&2; exit 1; }
[ "$(rpc stock.picking read "[[${receipt},${delivery}]]" '{"fields":["state"]}' | jq_ '",".join(p["state"] for p in d)')" = "done,done" ] \
    || fail "pickings not done"
[ "$(rpc stock.move search_read "[[[\"picking_id\",\"=\",${receipt}]]]" '{"fields":["quantity"]}' | jq_ 'd[0]["quantity"]')" = "6.0" ] \
    || fail "receipt move not 6"
[ "$(rpc stock.picking search_read "[[[\"backorder_id\",\"=\",${receipt}]]]" '{"fields":["move_ids"]}' | jq_ 'len(d)')" = 1 ] \
    || fail "no single backorder of the receipt"
[ "$(rpc stock.picking search_count "[[[\"backorder_id\",\"=\",${delivery}]]]")" = 0 ] || fail "the delivery has a backorder"
[ "$(rpc stock.quant search_read "[[[\"location_id\",\"=\",${stock}],[\"product_id\",\"=\",${product}],[\"lot_id\",\"=\",false]]]" '{"fields":["quantity"]}' | jq_ 'sum(q["quantity"] for q in d)')" = "${counted}.0" ] \
    || fail "Odoo's quant is not at the counted $counted"
[ "$(inventory_moves)" = $((inv_before + 1)) ] || fail "not one inventory move more in Odoo"
again=$(S odoo export)
echo "$again"
case "$again" in *"0 exported, 0 refused, 0 to retry"*) ;; *) fail "second export did something" ;; esac
echo "PASS: receipt 6 of 10 with a backorder, delivery of 2 done, count of $counted applied as an inventory adjustment, second export changed nothing"
