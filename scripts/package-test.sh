#!/usr/bin/env bash
# The package test (docs/operations.md "Install from packages"): builds the Debian packages from a release
# build, checks them (lintian, appstreamcli, desktop-file-validate), installs them with apt into a clean
# Debian 12 root (debootstrap, cached under build/package-test), starts stockhand-server there the way its
# systemd unit would (its user, its command line), enrols stockhand-cli against it as an ordinary user,
# syncs, runs the client's --self-test (every QML file loads: the packages' QML dependencies are there),
# then purges both packages and checks that nothing of theirs is left but the site's data.
# Needs root (chroot, mounts, a network namespace) and the Debian mirror. First run: about 10 minutes
# (the root and the client's ~150 dependencies are downloaded); later runs reuse build/package-test.
# Not run by CI (docs/operations.md says why). Environment: STOCKHAND_PACKAGE_TEST_KEEP=1 keeps the root.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=$repo/build/package-test
root=$work/root
tarball=$work/bookworm-minbase.tar.gz
mirror=http://deb.debian.org/debian

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "run as root (chroot, mount, unshare)"

step "tools"
scripts/deps.sh
tools=(debootstrap lintian librsvg2-bin help2man appstream desktop-file-utils iproute2)
missing=()
for p in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

step "packages (release build, cpack)"
cmake --preset release >/dev/null
cmake --build --preset release --target stockhand_packaged -- -j"$(nproc)"
rm -rf build/release/packages
(cd build/release && cpack -G DEB >/dev/null)
debs=(build/release/packages/*.deb)
[ ${#debs[@]} -eq 2 ] || fail "expected two packages, got: ${debs[*]}"
for d in "${debs[@]}"; do
  echo "$d"
  dpkg-deb -f "$d" Package Version Depends | sed 's/^/  /'
done

step "checks: appstreamcli, desktop-file-validate, lintian"
appstreamcli validate --no-net packaging/client/org.stockhand.Stockhand.metainfo.xml
desktop-file-validate packaging/client/org.stockhand.Stockhand.desktop
# Every tag lintian still finds is overridden with its reason (packaging/lintian/); anything else fails.
lintian --fail-on error,warning --info "${debs[@]}"

step "a clean Debian 12 root"
mkdir -p "$work/apt-archives"
if [ ! -f "$tarball" ]; then
  rm -rf "$work/bootstrap.tmp"
  debootstrap --variant=minbase bookworm "$work/bootstrap.tmp" "$mirror"
  tar -C "$work/bootstrap.tmp" -czf "$tarball.part" .
  mv "$tarball.part" "$tarball"
  rm -rf "$work/bootstrap.tmp"
fi
cleanup() {
  set +e
  [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null
  for m in var/cache/apt/archives dev/pts dev proc; do
    mountpoint -q "$root/$m" && umount -l "$root/$m"
  done
  [ "${STOCKHAND_PACKAGE_TEST_KEEP:-0}" = 1 ] || rm -rf "$root"
}
trap cleanup EXIT
rm -rf "$root"
mkdir -p "$root"
tar -C "$root" -xzf "$tarball"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind "$work/apt-archives" "$root/var/cache/apt/archives"
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
# Keep the downloaded packages for the next run.
echo 'APT::Keep-Downloaded-Packages "true";' >"$root/etc/apt/apt.conf.d/99keep"
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
mkdir -p "$root/tmp/debs"
cp "${debs[@]}" "$root/tmp/debs/"
# The files the root holds before (a purge must bring it back to this, but for the data).
in_root find / -xdev \( -path /proc -o -path /dev -o -path /tmp -o -path /var/cache -o -path /var/lib/apt \
  -o -path /var/log \) -prune -o -print | sort >"$work/files-before.txt"

step "apt install ./stockhand*.deb in the root"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "${debs[@]/#build\/release\/packages\//\/tmp\/debs\/}" >"$work/apt-install.log" 2>&1 || { tail -30 "$work/apt-install.log"; fail "apt install"; }
in_root dpkg -L stockhand stockhand-server | sort -u >"$work/package-files.txt"

step "the server's user, files and modes"
in_root getent passwd stockhand | grep -q ':/var/lib/stockhand:' || fail "no stockhand system user"
check_mode() { # path owner:group mode
  local got
  got=$(in_root stat -c '%U:%G %a' "$1")
  [ "$got" = "$2 $3" ] || fail "$1 is $got, expected $2 $3"
  echo "  $1 $got"
}
check_mode /etc/stockhand root:stockhand 750
check_mode /etc/stockhand/server.ini root:stockhand 640
check_mode /var/lib/stockhand stockhand:stockhand 750
in_root dpkg-query -W -f='${Conffiles}\n' stockhand-server | grep -q /etc/stockhand/server.ini \
  || fail "server.ini is not a conffile"

step "stockhand-server refuses root"
rc=0
in_root stockhand-server --config /etc/stockhand/server.ini init >"$work/root-refusal.txt" 2>&1 || rc=$?
[ "$rc" -eq 77 ] || fail "stockhand-server as root exited $rc, expected 77"
grep -q "refusing to run as root" "$work/root-refusal.txt" || fail "no refusal message"
[ ! -e "$root/var/lib/stockhand/server.db" ] || fail "the refused run created the database"
echo "  refused (77), no file created"

step "start the server as the unit would"
unit=$root/lib/systemd/system/stockhand-server.service
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
unit_user=$(sed -n 's/^User=//p' "$unit")
unit_env=$(sed -n 's/^Environment=//p' "$unit")
workdir=$(sed -n 's/^WorkingDirectory=//p' "$unit")
umask_=$(sed -n 's/^UMask=//p' "$unit")
as_service() { in_root sh -c "umask $umask_ && cd $workdir && exec setpriv --reuid=$unit_user --regid=$unit_user --init-groups env $unit_env $*"; }
# An admin seeds a small demo site (as the service user, so that it owns what it creates).
as_service stockhand-server --config /etc/stockhand/server.ini seed --products 200 --warehouses 1 \
  --pin-iterations 1000 --password-iterations 100000 >/dev/null
code=$(as_service stockhand-server --config /etc/stockhand/server.ini enrol --warehouse 1 | head -1)
[ -n "$code" ] || fail "no enrolment code"
# The server and the client in their own network namespace: the root's 127.0.0.1:8080 is nobody else's.
in_root useradd --create-home floor
cat >"$root/tmp/client.sh" <<EOF
#!/bin/sh
set -e
cd $workdir
(umask $umask_; exec setpriv --reuid=$unit_user --regid=$unit_user --init-groups env $unit_env $exec_start) >/tmp/server.log 2>&1 &
server=\$!
i=0
until grep -q '^listening' /tmp/server.log; do
  i=\$((i + 1)); [ \$i -lt 300 ] || { cat /tmp/server.log; exit 1; }
  kill -0 \$server || { cat /tmp/server.log; exit 1; }
  sleep 0.1
done
echo "  server: \$(grep '^listening' /tmp/server.log)"
echo "  process: user \$(stat -c %U /proc/\$server), \$(tr '\\0' ' ' </proc/\$server/cmdline)"
cli() { runuser -u floor -- env HOME=/home/floor stockhand-cli "\$@"; }
cli enrol --server http://127.0.0.1:8080 --code "$code" --name package-test >/tmp/enrol.json
cli sync >/tmp/sync.json
cli status >/tmp/status.json
cli summary >/tmp/summary.json
runuser -u floor -- env HOME=/home/floor QT_QPA_PLATFORM=offscreen stockhand --self-test --store /tmp/selftest.db
kill -TERM \$server
wait \$server
echo "  server stopped: exit \$?"
EOF
chmod 755 "$root/tmp/client.sh"
unshare --net sh -c "ip link set lo up && exec chroot '$root' /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 /tmp/client.sh"
grep -q '"enrolled": true' "$root/tmp/status.json" || { cat "$root/tmp/status.json"; fail "not enrolled"; }
echo "  status: $(tr -d '\n' <"$root/tmp/status.json" | head -c 300)"
store=$root/home/floor/.local/share/Stockhand/stockhand/stockhand.db
[ -f "$store" ] || fail "the client's store is not in its standard place ($store)"
echo "  client store: ${store#"$root"}"
check_mode /var/lib/stockhand/server.db stockhand:stockhand 640
in_root sh -c 'ls -l /var/lib/stockhand' | sed 's/^/  /'

step "apt purge"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq stockhand stockhand-server \
  >"$work/apt-purge.log" 2>&1 || { tail -30 "$work/apt-purge.log"; fail "apt purge"; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get autoremove --purge -y -qq >>"$work/apt-purge.log" 2>&1
left=()
while read -r f; do
  [ -e "$root$f" ] || continue
  [ -d "$root$f" ] && grep -qx "$f" "$work/files-before.txt" && continue # a shared folder (/usr/bin, ...)
  [ -d "$root$f" ] && in_root dpkg-query -S "$f" </dev/null >/dev/null 2>&1 && continue # another package's folder
  case "$f" in /var/lib/stockhand) continue ;; esac                       # the site's data, kept on purge
  left+=("$f")
done < <(grep -v "^$" "$work/package-files.txt")
[ ${#left[@]} -eq 0 ] || fail "left after purge: ${left[*]}"
# Nothing of ours elsewhere either (the removed dependencies may leave caches: listed, not failed).
in_root find / -xdev \( -path /proc -o -path /dev -o -path /tmp -o -path /var/cache -o -path /var/lib/apt \
  -o -path /var/log \) -prune -o -print | sort >"$work/files-after.txt"
comm -13 "$work/files-before.txt" "$work/files-after.txt" >"$work/files-new.txt"
ours=$(grep -i stockhand "$work/files-new.txt" | grep -v -e '^/var/lib/stockhand' -e '^/home/floor/' || true) # the data: the site's, a user's
[ -z "$ours" ] || fail "left after purge: $ours"
echo "  new files after purge: $(wc -l <"$work/files-new.txt") ($work/files-new.txt: the data, the users, caches of removed dependencies)"
[ -f "$root/var/lib/stockhand/server.db" ] || fail "the site's data went with the purge"
in_root dpkg-statoverride --list | grep -q stockhand && fail "stat overrides left"
echo "  nothing left but /var/lib/stockhand (the data) and the stockhand user"
step "package test passed"
