#!/usr/bin/env bash
# Installs the Debian 12 packages Stockhand needs to build, test and run, if any is missing.
# Idempotent: when everything is there it only checks (about a second).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools qt6-multimedia-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  # The console's KPI page: Qt Charts (C++ package and QML module) and QtQuick.Dialogs (the CSV file dialog).
  qt6-charts-dev qml6-module-qtcharts qml6-module-qtquick-dialogs
  # The server's HTTP front end (docs/server.md, "The HTTP front end"): libmicrohttpd 0.9.75, with GnuTLS.
  libmicrohttpd-dev
  # Snapshot files for a device's first sync (docs/sync-protocol.md): zstd on both sides.
  libzstd-dev
  # The PostgreSQL backend (docs/server.md, "PostgreSQL"): libpq's C API, and a PostgreSQL 15 server the
  # tests start in a temporary data directory of their own (tests/server/pgtestserver.h).
  libpq-dev postgresql-15
  libqt6opengl6-dev libgl-dev libsqlite3-dev sqlite3 libzxing-dev zlib1g-dev libssl-dev
  # Labels: barcodes drawn by libzint (docs/labels.md); QPrinter is in qt6-base-dev (Qt6PrintSupport).
  libzint-dev fonts-dejavu-core
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtquick
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
  qml6-module-qtquick-window qml6-module-qtmultimedia qml6-module-qttest qml6-module-qtcore qt6-qpa-plugins
  xvfb xauth curl openssl
  # Scale-out tests: several server processes behind a real load balancer (docs/deployment.md).
  haproxy
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
