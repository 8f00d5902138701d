#!/usr/bin/env bash
# The demo command: installs what is missing, builds a release, starts stockhand-server on an embedded
# SQLite file seeded with the demo warehouse, enrols a device and signs the client in to it.
# Environment: STOCKHAND_DEMO_DIR (default build/demo), STOCKHAND_PORT (default 8080),
#              STOCKHAND_DEMO_EXIT=1 to stop after the first sync instead of keeping the server running.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -- -j"$(nproc)"

bin=build/release
server="$bin/server/stockhand-server"
cli="$bin/app/cli/stockhand-cli"
client="$bin/app/stockhand/stockhand"
data="${STOCKHAND_DEMO_DIR:-$PWD/build/demo}"
port="${STOCKHAND_PORT:-8080}"
url="http://127.0.0.1:$port"
mkdir -p "$data"
# A developer's build tree, not the service: stockhand-server refuses root unless told (docs/operations.md).
[ "$(id -u)" -ne 0 ] || export STOCKHAND_ALLOW_ROOT=1

if [ ! -f "$data/server.db" ]; then
  echo "Seeding the demo warehouse (3 warehouses, 20,000 products) into $data/server.db ..."
  "$server" --db "$data/server.db.new" init
  "$server" --db "$data/server.db.new" seed
  mv "$data/server.db.new" "$data/server.db"
fi

# The demo site's GS1 Company Prefix (a made-up one) so that devices get SSCC ranges for logistic labels.
cat >"$data/server.ini" <<'INI'
[sscc]
company_prefix = 4012345
extension_digit = 0
INI
"$server" --config "$data/server.ini" --db "$data/server.db" --listen 127.0.0.1 --port "$port" serve >"$data/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT
# Wait until the server answers (or has died).
until curl -fs "$url/health" >/dev/null; do
  kill -0 "$server_pid" 2>/dev/null || { cat "$data/server.log"; exit 1; }
  sleep 0.2
done
echo "stockhand-server is up at $url (log: $data/server.log)"

store="$data/device.db"
if ! "$cli" --store "$store" status | grep -q '"enrolled": true'; then
  code=$("$server" --db "$data/server.db" enrol --warehouse WH1 | tail -n 1)
  "$cli" --store "$store" enrol --server "$url" --code "$code" --name demo-handheld >/dev/null
fi
"$cli" --store "$store" sync --server "$url" >/dev/null
echo "The device store $store is synced with the server. What it holds:"
"$cli" --store "$store" summary

if [ -x "$client" ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${STOCKHAND_DEMO_EXIT:-}" ]; then
  echo "Opening the client. Sign in with badge U101 (picker) or U106 (counter), PIN 1234 (supervisors sign in online with a password: docs/security.md)."
  "$client" --store "$store" --server "$url"
elif [ -z "${STOCKHAND_DEMO_EXIT:-}" ]; then
  echo "No display: the server keeps running; press Ctrl-C to stop it."
  wait "$server_pid"
fi
