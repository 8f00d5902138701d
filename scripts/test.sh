#!/usr/bin/env bash
# The test command: installs what is missing, builds with AddressSanitizer + UBSan, runs every ctest test.
# Usage: scripts/test.sh [extra ctest arguments, e.g. -L unit or -R tst_database]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset asan >/dev/null
cmake --build --preset asan -- -j"$(nproc)"
ctest --preset asan "$@"
