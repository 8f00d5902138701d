#!/bin/bash
# A real Odoo 17 Community server for the connector's live suite and its recordings (docs/odoo.md).
#
#   scripts/odoo-lab.sh ODOO_TREE LAB_DIR [start|stop]
#
# ODOO_TREE: a clean Odoo 17.0 tree (odoo-bin at its top), e.g. `git archive` of
# nguyenmanhdat006/quan_ly_kho_odoo at 44f0b3ed8bde9a382668c4f4ba099317150baae1. Never commit it.
# LAB_DIR: where the config, logs and the pid file go.
#
# start (default): installs the Debian packages (idempotent), starts PostgreSQL 15, creates the odoo role,
# writes the config (demo data ON: `without_demo = False` must be in the FILE), initialises the `stock`
# module in database $ODOO_DB (default whse) once, and starts Odoo on 127.0.0.1:8069 in the background.
# Afterwards: ODOO_URL=http://127.0.0.1:8069 ODOO_DB=whse ODOO_LOGIN=admin ODOO_KEY=admin.
# stop: stops Odoo (by its pid file) and PostgreSQL.
set -euo pipefail

tree=${1:?usage: odoo-lab.sh ODOO_TREE LAB_DIR [start|stop]}
lab=${2:?usage: odoo-lab.sh ODOO_TREE LAB_DIR [start|stop]}
action=${3:-start}
db=${ODOO_DB:-whse}
port=${ODOO_PORT:-8069}
tree=$(cd "$tree" && pwd)
mkdir -p "$lab"
lab=$(cd "$lab" && pwd)
pidfile=$lab/odoo.pid

sudo_pg() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sudo -u postgres sh -c "$*"; fi; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ "$action" = stop ]; then
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        kill "$(cat "$pidfile")"
        for _ in $(seq 1 50); do kill -0 "$(cat "$pidfile")" 2>/dev/null || break; sleep 0.2; done
    fi
    rm -f "$pidfile"
    as_root pg_ctlcluster 15 main stop 2>/dev/null || true
    exit 0
fi

[ -x "$tree/odoo-bin" ] || { echo "no odoo-bin in $tree" >&2; exit 1; }

packages="postgresql"
for p in babel chardet cryptography dateutil decorator docutils freezegun geoip2 gevent greenlet idna pil jinja2 \
    libsass lxml markupsafe num2words ofxparse passlib polib psutil psycopg2 pydot openssl pypdf2 rjsmin qrcode \
    renderpm reportlab requests stdnum tz urllib3 vobject werkzeug xlsxwriter xlrd zeep setuptools; do
    packages="$packages python3-$p"
done
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "installing:$missing"
    as_root apt-get -o DPkg::Lock::Timeout=900 update -qq
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq $missing
fi

as_root pg_ctlcluster 15 main start 2>/dev/null || true
for _ in $(seq 1 50); do pg_isready -q -h localhost -p 5432 && break; sleep 0.2; done
sudo_pg "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='odoo'\"" | grep -q 1 \
    || sudo_pg "psql -qc \"CREATE ROLE odoo LOGIN SUPERUSER PASSWORD 'odoo'\""

conf=$lab/odoo.conf
cat >"$conf" <<EOF
[options]
db_host = localhost
db_port = 5432
db_user = odoo
db_password = odoo
addons_path = $tree/odoo/addons,$tree/addons
data_dir = $lab/data
http_interface = 127.0.0.1
http_port = $port
without_demo = False
logfile = $lab/odoo.log
workers = 0
EOF

if ! sudo_pg "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='$db'\"" | grep -q 1 \
    || [ ! -f "$lab/.initialised-$db" ]; then
    echo "initialising $db with stock and demo data (about a minute)"
    /usr/bin/python3 "$tree/odoo-bin" -c "$conf" -d "$db" -i stock --stop-after-init
    touch "$lab/.initialised-$db"
fi

if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "odoo already running (pid $(cat "$pidfile"))"
    exit 0
fi
nohup /usr/bin/python3 "$tree/odoo-bin" -c "$conf" -d "$db" >/dev/null 2>&1 &
echo $! >"$pidfile"
for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$port/web/login" && break
    sleep 0.3
done
echo "odoo on http://127.0.0.1:$port database $db (pid $(cat "$pidfile"))"
